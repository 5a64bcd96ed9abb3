import { fiscalQuarter } from './periods';
import type {
    AgendaDeal,
    AgendaFilter,
    AgendaOptions,
    AgendaSort,
    AgendaView,
    SellerGroup,
    SellerSummary
} from './types';

/**
 * The close-date range a filter stands for.
 * @param filter the filter
 * @param today YYYY-MM-DD
 * @param fiscalYearStartMonth the month the fiscal year starts in
 * @returns the inclusive range, or undefined when the filter does not limit close dates
 */
export function closeRange(
    filter: AgendaFilter,
    today: string,
    fiscalYearStartMonth = 1
): { from?: string; to?: string } | undefined {
    switch (filter.closePeriod) {
        case 'thisQuarter':
            return fiscalQuarter(today, 0, fiscalYearStartMonth);
        case 'nextQuarter':
            return fiscalQuarter(today, 1, fiscalYearStartMonth);
        case 'custom':
            return filter.closeFrom || filter.closeTo
                ? { from: filter.closeFrom || undefined, to: filter.closeTo || undefined }
                : undefined;
        default:
            return undefined;
    }
}

/**
 * The deals a filter keeps.
 * @param deals the agenda's deals
 * @param filter close period, forecast categories, seller and minimum amount
 * @param today YYYY-MM-DD
 * @param fiscalYearStartMonth the month the fiscal year starts in
 * @returns the kept deals, in the same order
 */
export function filterDeals(
    deals: readonly AgendaDeal[],
    filter: AgendaFilter,
    today: string,
    fiscalYearStartMonth = 1
): AgendaDeal[] {
    const range = closeRange(filter, today, fiscalYearStartMonth);
    const categories = new Set(filter.forecastCategories ?? []);
    const minAmount = filter.minAmount;
    return deals.filter(
        (deal) =>
            (!range ||
                ((!range.from || deal.closeDate >= range.from) &&
                    (!range.to || deal.closeDate <= range.to))) &&
            (categories.size === 0 || categories.has(deal.forecastCategory)) &&
            (!filter.sellerId || deal.ownerId === filter.sellerId) &&
            // A deal without an amount fails any minimum above zero: nobody knows it meets it.
            (minAmount === undefined ||
                !(minAmount > 0) ||
                (deal.amount !== null && deal.amount >= minAmount))
    );
}

function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

// Missing values sort last whichever way the list runs.
function compareMissingLast<T>(
    a: T | undefined | null,
    b: T | undefined | null,
    compare: (x: T, y: T) => number,
    descending: boolean
): number {
    const aMissing = a === undefined || a === null;
    const bMissing = b === undefined || b === null;
    if (aMissing || bMissing) {
        return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
    }
    return descending ? compare(b, a) : compare(a, b);
}

function byKey(sort: AgendaSort, descending: boolean): (a: AgendaDeal, b: AgendaDeal) => number {
    switch (sort) {
        case 'amount':
            return (a, b) => compareMissingLast(a.amount, b.amount, (x, y) => x - y, descending);
        case 'signals':
            return (a, b) => {
                const difference = a.signals.length - b.signals.length;
                return descending ? -difference : difference;
            };
        case 'name':
            return (a, b) => {
                const order = compareText(a.name.toLowerCase(), b.name.toLowerCase());
                return descending ? -order : order;
            };
        case 'lastReview':
            return (a, b) =>
                compareMissingLast(a.lastReviewDate, b.lastReviewDate, compareText, descending);
        default:
            return (a, b) =>
                compareMissingLast(
                    a.closeDate || null,
                    b.closeDate || null,
                    compareText,
                    descending
                );
    }
}

/**
 * Sorts deals; ties fall back to close date, then name, then id, so the order never flickers.
 * @param deals the deals
 * @param sort the key
 * @param descending largest or latest first
 * @returns a sorted copy
 */
export function sortDeals(
    deals: readonly AgendaDeal[],
    sort: AgendaSort = 'closeDate',
    descending = false
): AgendaDeal[] {
    const primary = byKey(sort, descending);
    const byClose = byKey('closeDate', false);
    return [...deals].sort(
        (a, b) =>
            primary(a, b) || byClose(a, b) || compareText(a.name, b.name) || compareText(a.id, b.id)
    );
}

/**
 * A seller's summary row.
 * @param deals the seller's deals
 * @returns deals, amount, open questions, overdue steps, directive share, last review, signals
 */
export function sellerSummary(deals: readonly AgendaDeal[]): SellerSummary {
    let amount = 0;
    let openQuestions = 0;
    let overdueSteps = 0;
    let questionCount = 0;
    let directiveCount = 0;
    let signalCount = 0;
    let lastReviewDate: string | undefined;
    for (const deal of deals) {
        amount += deal.amount ?? 0;
        openQuestions += deal.openQuestions.length;
        overdueSteps += deal.overdueSteps.length;
        questionCount += deal.questionCount;
        directiveCount += deal.directiveCount;
        signalCount += deal.signals.length;
        if (deal.lastReviewDate && (!lastReviewDate || deal.lastReviewDate > lastReviewDate)) {
            lastReviewDate = deal.lastReviewDate;
        }
    }
    return {
        dealCount: deals.length,
        amount,
        openQuestions,
        overdueSteps,
        questionCount,
        directiveCount,
        directiveShare: questionCount === 0 ? 0 : directiveCount / questionCount,
        lastReviewDate,
        signalCount
    };
}

/**
 * Groups deals by seller, keeping each seller's deals in the order given.
 * @param deals the deals, already sorted
 * @returns one group per seller, by seller name (then id)
 */
export function groupBySeller(deals: readonly AgendaDeal[]): SellerGroup[] {
    const groups = new Map<string, { sellerName: string; deals: AgendaDeal[] }>();
    for (const deal of deals) {
        const group = groups.get(deal.ownerId);
        if (group) {
            group.deals.push(deal);
        } else {
            groups.set(deal.ownerId, { sellerName: deal.ownerName, deals: [deal] });
        }
    }
    return [...groups.entries()]
        .map(([sellerId, group]) => ({
            sellerId,
            sellerName: group.sellerName,
            deals: group.deals,
            summary: sellerSummary(group.deals)
        }))
        .sort(
            (a, b) =>
                compareText(a.sellerName.toLowerCase(), b.sellerName.toLowerCase()) ||
                compareText(a.sellerId, b.sellerId)
        );
}

/**
 * The agenda as the page and the script show it: filtered, sorted, grouped by seller, counted.
 * @param deals every loaded deal
 * @param options today, the fiscal year, the filter and the sort
 * @returns the groups and the counts
 */
export function buildAgendaView(deals: readonly AgendaDeal[], options: AgendaOptions): AgendaView {
    const filter = options.filter ?? {};
    const fiscalYearStartMonth = options.fiscalYearStartMonth ?? 1;
    const shown = sortDeals(
        filterDeals(deals, filter, options.today, fiscalYearStartMonth),
        options.sort,
        options.descending
    );
    const groups = groupBySeller(shown);
    return {
        groups,
        counts: {
            total: deals.length,
            shown: shown.length,
            sellers: groups.length,
            atRisk: shown.filter((deal) => deal.signals.length > 0).length,
            amount: shown.reduce((sum, deal) => sum + (deal.amount ?? 0), 0)
        },
        closeRange: closeRange(filter, options.today, fiscalYearStartMonth)
    };
}
