import type { Connection, PageInfo, PanelCursors, PanelPayload } from './types';

/** Page sizes of the panel's query; the query repeats them as literals. */
export const PAGE_SIZES = Object.freeze({
    reviews: 50,
    questions: 200,
    steps: 200,
    replies: 200
} as const);

function mergeConnection<N extends { Id: string }>(
    previous: Connection<N> | undefined,
    next: Connection<N> | undefined
): Connection<N> {
    const previousEdges = previous?.edges ?? [];
    const nextEdges = next?.edges ?? [];
    // A Map keeps each id where it was first seen and takes the later page's copy of the record.
    const byId = new Map(previousEdges.map((edge) => [edge.node.Id, edge]));
    let added = 0;
    for (const edge of nextEdges) {
        if (!byId.has(edge.node.Id)) {
            added += 1;
        }
        byId.set(edge.node.Id, edge);
    }
    return {
        edges: [...byId.values()],
        pageInfo: mergePageInfo(previous?.pageInfo, next?.pageInfo, added)
    };
}

function mergePageInfo(
    previous: PageInfo | undefined,
    next: PageInfo | undefined,
    added: number
): PageInfo | undefined {
    if (!next) {
        return previous;
    }
    // A list that was complete stays complete when the new page brought nothing new: it was
    // fetched again (from the start or past its end) only because another list had more pages.
    if (previous && !previous.hasNextPage && added === 0) {
        return previous;
    }
    return {
        hasNextPage: next.hasNextPage,
        endCursor: next.endCursor ?? previous?.endCursor ?? null
    };
}

/**
 * Adds a page of the panel's query to what the panel already holds.
 * @param previous the accumulated payload, or undefined for the first page
 * @param next the payload the wire just delivered
 * @returns one payload with every record once (a record in both takes the newer page's copy) and
 * each list's latest paging state
 */
export function mergePanelPages(
    previous: PanelPayload | undefined,
    next: PanelPayload
): PanelPayload {
    if (!previous) {
        return next;
    }
    return {
        Opportunity: next.Opportunity?.edges?.length ? next.Opportunity : previous.Opportunity,
        Coaching_Review__c: mergeConnection(previous.Coaching_Review__c, next.Coaching_Review__c),
        Coaching_Question__c: mergeConnection(
            previous.Coaching_Question__c,
            next.Coaching_Question__c
        ),
        Seller_Next_Step__c: mergeConnection(
            previous.Seller_Next_Step__c,
            next.Seller_Next_Step__c
        ),
        Coaching_Reply__c: mergeConnection(previous.Coaching_Reply__c, next.Coaching_Reply__c)
    };
}

/**
 * Whether a load is past its first page.
 * @param cursors the `after` variables of the pages being loaded
 * @returns true when any list continues from a cursor
 */
export function hasCursors(cursors: PanelCursors): boolean {
    return Boolean(
        cursors.reviewsAfter || cursors.questionsAfter || cursors.stepsAfter || cursors.repliesAfter
    );
}

/**
 * The `after` variables for the next round of pages.
 * @param payload the accumulated payload
 * @returns undefined when every list is complete; otherwise each list's end cursor, so that a list
 * already complete fetches an empty page past its end rather than its first page again
 */
export function nextCursors(payload: PanelPayload): PanelCursors | undefined {
    const lists: [keyof PanelCursors, Connection<{ Id: string }> | undefined][] = [
        ['reviewsAfter', payload.Coaching_Review__c],
        ['questionsAfter', payload.Coaching_Question__c],
        ['stepsAfter', payload.Seller_Next_Step__c],
        ['repliesAfter', payload.Coaching_Reply__c]
    ];
    if (!lists.some(([, list]) => list?.pageInfo?.hasNextPage)) {
        return undefined;
    }
    const cursors: PanelCursors = {};
    for (const [name, list] of lists) {
        const cursor = list?.pageInfo?.endCursor;
        if (cursor) {
            cursors[name] = cursor;
        }
    }
    return cursors;
}

/**
 * How many records of each list the payload holds, for the "loading more" note.
 * @param payload the accumulated payload
 * @returns the number of reviews, questions and next steps
 */
export function countRecords(payload: PanelPayload | undefined): {
    reviews: number;
    questions: number;
    steps: number;
} {
    return {
        reviews: payload?.Coaching_Review__c?.edges?.length ?? 0,
        questions: payload?.Coaching_Question__c?.edges?.length ?? 0,
        steps: payload?.Seller_Next_Step__c?.edges?.length ?? 0
    };
}
