// Wording shared by the Markdown and HTML agendas.
import type { AgendaDeal, DealChange, RiskSignal, SellerSummary } from 'c/coachingAgenda';

function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}

/**
 * Formats an amount in the org's currency.
 * @param amount the amount, or null
 * @param currency the ISO currency code
 * @returns such as "$120,000" or "€1,234.50", or "no amount"
 */
export function formatMoney(amount: number | null, currency: string): string {
    if (amount === null) {
        return 'no amount';
    }
    const whole = Number.isInteger(amount);
    return new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: whole ? 0 : 2
    }).format(amount);
}

/**
 * Says when a deal closes, relative to today.
 * @param deal the deal
 * @returns such as "closes 2025-06-01 (in 21 days)"
 */
export function closesIn(deal: AgendaDeal): string {
    const days = deal.daysToClose;
    const when =
        days === 0
            ? 'today'
            : days > 0
              ? `in ${plural(days, 'day')}`
              : `${plural(-days, 'day')} ago`;
    return `closes ${deal.closeDate} (${when})`;
}

/**
 * Says how long a question has waited.
 * @param days whole days
 * @returns such as "waiting 3 days"
 */
export function waited(days: number): string {
    return days === 0 ? 'asked today' : `waiting ${plural(days, 'day')}`;
}

/**
 * Says what changed since the last review.
 * @param change the change
 * @param currency the ISO currency code
 * @returns such as "close date pushed 10 days (2026-05-31 → 2026-06-10)"
 */
export function describeChange(change: DealChange, currency: string): string {
    const money = (text: string) => formatMoney(Number(text), currency);
    switch (change.kind) {
        case 'closeDatePushed':
            return `close date pushed ${plural(change.by, 'day')} (${change.from} → ${change.to})`;
        case 'closeDatePulledIn':
            return `close date pulled in ${plural(change.by, 'day')} (${change.from} → ${change.to})`;
        case 'stageMovedBack':
            return `stage moved back from ${change.from} to ${change.to}`;
        case 'stageMovedForward':
            return `stage moved forward from ${change.from} to ${change.to}`;
        case 'stageChanged':
            return `stage changed from ${change.from} to ${change.to}`;
        case 'stageUnchanged':
            return `still in ${change.to}`;
        case 'amountUp':
            return `amount up ${formatMoney(change.by, currency)} (${money(change.from)} → ${money(change.to)})`;
        default:
            return `amount down ${formatMoney(change.by, currency)} (${money(change.from)} → ${money(change.to)})`;
    }
}

/**
 * Names a risk signal.
 * @param signal the signal
 * @returns such as "no stage change in 40 days"
 */
export function describeSignal(signal: RiskSignal): string {
    switch (signal.kind) {
        case 'closePushedTwice':
            return `close date pushed ${plural(signal.count, 'time')} across reviews`;
        case 'stageStalled':
            return `no stage change in ${plural(signal.count, 'day')}`;
        case 'noRecentActivity':
            return `no activity in ${plural(signal.count, 'day')}`;
        case 'singleContactRole':
            return signal.count === 0 ? 'no contact role' : 'one contact role only';
        default:
            return `${plural(signal.count, 'next step')} overdue`;
    }
}

/**
 * A seller's summary line.
 * @param summary the seller's summary
 * @param currency the ISO currency code
 * @returns such as "2 deals · $160,000 · 2 open questions · 1 overdue step · directives 33% · last review 2026-05-06"
 */
export function describeSummary(summary: SellerSummary, currency: string): string {
    return [
        plural(summary.dealCount, 'deal'),
        formatMoney(summary.amount, currency),
        plural(summary.openQuestions, 'open question'),
        plural(summary.overdueSteps, 'overdue step'),
        summary.questionCount === 0
            ? 'no questions yet'
            : `directives ${Math.round(summary.directiveShare * 100)}% of ${plural(summary.questionCount, 'question')}`,
        summary.lastReviewDate ? `last review ${summary.lastReviewDate}` : 'never reviewed'
    ].join(' · ');
}
