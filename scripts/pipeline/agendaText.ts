// Wording shared by the Markdown and HTML agendas.
import type { AgendaDeal } from './agenda';

/**
 * Formats an amount with thousands separators.
 * @param amount the amount, or null
 * @returns the text, or "no amount"
 */
export function formatAmount(amount: number | null): string {
    return amount === null ? 'no amount' : amount.toLocaleString('en-US');
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
              ? `in ${days} day${days === 1 ? '' : 's'}`
              : `${-days} day${days === -1 ? '' : 's'} ago`;
    return `closes ${deal.closeDate} (${when})`;
}

/**
 * Says how long a question has waited.
 * @param days whole days
 * @returns such as "waiting 3 days"
 */
export function waited(days: number): string {
    return days === 0 ? 'asked today' : `waiting ${days} day${days === 1 ? '' : 's'}`;
}
