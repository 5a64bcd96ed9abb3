import { daysBetween } from 'c/coachingModel';
import type { DealChange, DealInput, ReviewSnapshot } from './types';

/**
 * Snapshots oldest first; for one day, the order the reviews were given in.
 * @param snapshots the deal's snapshots, any order
 * @returns a sorted copy
 */
export function chronological(snapshots: readonly ReviewSnapshot[]): ReviewSnapshot[] {
    return snapshots
        .map((snapshot, index) => ({ snapshot, index }))
        .sort((a, b) => {
            if (a.snapshot.takenOn === b.snapshot.takenOn) {
                return a.index - b.index;
            }
            return a.snapshot.takenOn < b.snapshot.takenOn ? -1 : 1;
        })
        .map((entry) => entry.snapshot);
}

function stageDirection(
    from: string,
    to: string,
    stageOrder: readonly string[] | undefined
): DealChange['kind'] {
    const before = stageOrder?.indexOf(from) ?? -1;
    const after = stageOrder?.indexOf(to) ?? -1;
    if (before < 0 || after < 0) {
        return 'stageChanged';
    }
    return after < before ? 'stageMovedBack' : 'stageMovedForward';
}

/**
 * What changed on a deal since the newest review that kept a snapshot.
 * @param deal the deal as it is now, with its snapshots
 * @param stageOrder the stage picklist in sales-process order, to tell back from forward
 * @returns the snapshot compared with (undefined when none) and the changes, close date first
 */
export function dealChanges(
    deal: DealInput,
    stageOrder?: readonly string[]
): { since?: ReviewSnapshot; changes: DealChange[] } {
    const since = chronological(deal.snapshots).at(-1);
    if (!since) {
        return { changes: [] };
    }
    const changes: DealChange[] = [];
    if (since.closeDate && deal.closeDate && since.closeDate !== deal.closeDate) {
        const by = daysBetween(since.closeDate, deal.closeDate);
        changes.push({
            kind: by > 0 ? 'closeDatePushed' : 'closeDatePulledIn',
            from: since.closeDate,
            to: deal.closeDate,
            by: Math.abs(by)
        });
    }
    if (since.stage) {
        changes.push(
            since.stage === deal.stage
                ? { kind: 'stageUnchanged', from: since.stage, to: deal.stage, by: 0 }
                : {
                      kind: stageDirection(since.stage, deal.stage, stageOrder),
                      from: since.stage,
                      to: deal.stage,
                      by: 0
                  }
        );
    }
    const before = since.amount;
    if (typeof before === 'number' && deal.amount !== null && before !== deal.amount) {
        changes.push({
            kind: deal.amount > before ? 'amountUp' : 'amountDown',
            from: String(before),
            to: String(deal.amount),
            by: Math.abs(deal.amount - before)
        });
    }
    return { since, changes };
}

/**
 * How many times the close date moved later, from review to review and since the last one.
 * @param deal the deal as it is now, with its snapshots
 * @returns the count of pushes
 */
export function closeDatePushes(deal: DealInput): number {
    const dates = chronological(deal.snapshots)
        .map((snapshot) => snapshot.closeDate)
        .filter((date): date is string => Boolean(date));
    if (deal.closeDate) {
        dates.push(deal.closeDate);
    }
    let pushes = 0;
    for (let index = 1; index < dates.length; index += 1) {
        if (dates[index] > dates[index - 1]) {
            pushes += 1;
        }
    }
    return pushes;
}

/**
 * The earliest day the deal is known to have been in its current stage without a break.
 * @param deal the deal as it is now, with its snapshots
 * @returns YYYY-MM-DD, or undefined when no snapshot saw the current stage
 */
export function stageKnownSince(deal: DealInput): string | undefined {
    let since: string | undefined;
    for (const snapshot of chronological(deal.snapshots).reverse()) {
        if (!snapshot.stage) {
            continue;
        }
        if (snapshot.stage !== deal.stage) {
            break;
        }
        since = snapshot.takenOn;
    }
    return since;
}
