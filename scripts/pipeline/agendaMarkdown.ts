import type { SellerGroup } from 'c/coachingAgenda';
import { customLabels } from '../lib/labels';
import { recordUrl, type Agenda, type AgendaDeal, type AgendaStep } from './agenda';
import {
    closesIn,
    describeChange,
    describeSignal,
    describeSummary,
    formatMoney,
    waited
} from './agendaText';

/**
 * Text from the org as one line of Markdown. Only what would format is escaped, so a pasted
 * agenda reads "Check-in #5", never "Check-in \#5": `#`, `>`, `|` and `-` format only at the start
 * of a line or in tables, and org text never starts one here.
 * @param text the text
 * @returns the text on one line, safe inside a list item or heading
 */
export function inline(text: string): string {
    const line = text.replace(/\s+/g, ' ').trim();
    const count = (pattern: RegExp) => (line.match(pattern) ?? []).length;
    const pairs = {
        star: count(/\*/g) >= 2,
        underscore: count(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g) >= 2,
        backtick: count(/`/g) >= 2,
        link: /\]\s*[([]/.test(line)
    };
    return line
        .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
        .replace(/\*/g, (star) => (pairs.star ? '\\*' : star))
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (mark) => (pairs.underscore ? '\\_' : mark))
        .replace(/`/g, (tick) => (pairs.backtick ? '\\`' : tick))
        .replace(/[[\]]/g, (bracket) => (pairs.link ? `\\${bracket}` : bracket))
        .replace(/<(?=[A-Za-z/!?])/g, '\\<')
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

// A link's target may hold no space or unbalanced parenthesis; record URLs hold neither.
function link(text: string, url: string): string {
    return `[${inline(text).replace(/[[\]]/g, '\\$&')}](<${url}>)`;
}

function steps(list: AgendaStep[], none: string): string {
    if (list.length === 0) {
        return ` ${none}`;
    }
    return list
        .map(
            (step) => `\n  - ${inline(step.action)}${step.dueDate ? ` (due ${step.dueDate})` : ''}`
        )
        .join('');
}

function deal(item: AgendaDeal, index: number, agenda: Agenda): string {
    const lines = [
        `### ${index}. ${link(item.name, recordUrl(agenda.instanceUrl, item.id))}`,
        '',
        `${inline(item.ownerName)} · ${inline(item.accountName || 'no account')} · ${inline(item.stage)}${item.forecastCategory ? ` · ${inline(item.forecastCategory)}` : ''} · ${formatMoney(item.amount, agenda.currency)} · ${closesIn(item)}`,
        ''
    ];
    if (item.changesSince) {
        lines.push(
            `- **Since the review of ${item.changesSince}:** ${
                item.changes.length === 0
                    ? 'no change'
                    : item.changes
                          .map((change) => inline(describeChange(change, agenda.currency)))
                          .join('; ')
            }`
        );
    }
    if (item.signals.length > 0) {
        const labels = customLabels();
        lines.push(
            `- **Risks:**${item.signals
                .map(
                    (signal) =>
                        `\n  - ${inline(describeSignal(signal))}: ask “${inline(labels.get(signal.promptLabel) ?? '')}”`
                )
                .join('')}`
        );
    }
    const review = item.review;
    if (review) {
        const when = `review of ${review.date ?? 'no date'}, ${review.isOpen ? 'open' : 'closed'}`;
        lines.push(`- **Intent** (${when}): ${inline(review.intent) || 'not stated yet'}`);
        lines.push(`- **Seller's focus:** ${inline(review.sellerFocus) || 'not stated yet'}`);
    } else {
        lines.push('- **Intent:** no review yet');
    }
    if (item.preparedFocus) {
        lines.push(`- **Prepared for the next review:** ${inline(item.preparedFocus)}`);
    }
    lines.push(
        `- **Open questions:**${
            item.openQuestions.length === 0
                ? ' none'
                : item.openQuestions
                      .map(
                          (question) =>
                              `\n  - ${inline(question.text)} (${question.kind ?? 'unclassified'}, ${waited(question.waitedDays)})`
                      )
                      .join('')
        }`
    );
    lines.push(`- **Planned next steps:**${steps(item.plannedSteps, 'none')}`);
    lines.push(`- **Overdue next steps:**${steps(item.overdueSteps, 'none')}`);
    return lines.join('\n');
}

function seller(group: SellerGroup, firstIndex: number, agenda: Agenda): string {
    return [
        `## ${inline(group.sellerName)}`,
        describeSummary(group.summary, agenda.currency),
        ...group.deals.map((item, offset) => deal(item, firstIndex + offset, agenda))
    ].join('\n\n');
}

/**
 * The agenda as Markdown, to paste into meeting notes: one section per seller with a summary
 * line, then the seller's deals, numbered through the whole agenda.
 * @param agenda the agenda
 * @returns Markdown
 */
export function agendaMarkdown(agenda: Agenda): string {
    const counts = agenda.view.counts;
    const header = [
        `# Pipeline review: ${inline(agenda.managerName)}'s team`,
        '',
        `${agenda.asOf} · ${counts.shown} open opportunit${counts.shown === 1 ? 'y' : 'ies'} · ${formatMoney(counts.amount, agenda.currency)} · ${
            agenda.teamNames.length > 0
                ? agenda.teamNames.map(inline).join(', ')
                : 'nobody reports to this manager'
        }`
    ];
    for (const signal of agenda.signals) {
        header.push('', `> ${inline(signal)}`);
    }
    let next = 1;
    const sellers = agenda.view.groups.map((group) => {
        const text = seller(group, next, agenda);
        next += group.deals.length;
        return text;
    });
    return `${[header.join('\n'), ...sellers].join('\n\n')}\n`;
}
