// What a question list shows a viewer: counts for each filter, the filter itself, and an order that
// puts what waits on the viewer first.

import type { QuestionFilter, QuestionView } from './types';

/** How many questions each filter shows. */
export type QuestionCounts = Record<QuestionFilter, number>;

/**
 * Whether a question waits on the viewer: an answer from the person asked, a response to an idea
 * from the seller, or the asker's look at an answer (resolve it, or say it changed their view).
 * @param question the question as the viewer sees it
 * @returns true when the next move is the viewer's
 */
export function awaitsViewer(question: QuestionView): boolean {
    return (
        // A statement waits on nobody, though its reader may still answer it.
        (question.canAnswer && !question.needsNoAnswer) ||
        question.canRespondToIdea ||
        question.canResolve ||
        (question.canMarkChangedView && !question.changedMyView && question.status !== 'Resolved')
    );
}

// Open and answered questions are still in play; withdrawn and released ones are not.
function isInPlay(question: QuestionView): boolean {
    return question.status === 'Open' || question.status === 'Answered';
}

function matches(question: QuestionView, filter: QuestionFilter): boolean {
    switch (filter) {
        case 'mine':
            return awaitsViewer(question);
        case 'open':
            return isInPlay(question);
        case 'resolved':
            return question.status === 'Resolved';
        default:
            return true;
    }
}

/**
 * Counts the questions each filter shows.
 * @param questions the review's questions
 * @returns the count per filter
 */
export function countQuestions(questions: QuestionView[]): QuestionCounts {
    const counts: QuestionCounts = { all: questions.length, mine: 0, open: 0, resolved: 0 };
    for (const question of questions) {
        counts.mine += awaitsViewer(question) ? 1 : 0;
        counts.open += isInPlay(question) ? 1 : 0;
        counts.resolved += question.status === 'Resolved' ? 1 : 0;
    }
    return counts;
}

/**
 * Whether a filter shows a question.
 * @param question the question
 * @param filter the filter
 * @returns true when the question is in the filter
 */
export function inFilter(question: QuestionView, filter: QuestionFilter): boolean {
    return matches(question, filter);
}

/**
 * Orders questions for the viewer: those waiting on them first, then the other open or answered
 * ones, then the resolved, withdrawn and released ones, each group in the order they were asked.
 * @param questions the questions, in the order they were asked
 * @returns a new array in the viewer's order
 */
export function orderForViewer(questions: QuestionView[]): QuestionView[] {
    const rank = (question: QuestionView): number => {
        if (awaitsViewer(question)) {
            return 0;
        }
        return isInPlay(question) ? 1 : 2;
    };
    return questions
        .map((question, index) => ({ question, index, rank: rank(question) }))
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .map((entry) => entry.question);
}

/** How many questions a list shows at first, and how many more each "Show more" adds. */
export const QUESTION_PAGE_SIZE = 20;

/** Which of a viewer's questions a list hides, and how many of the filter's are still to show. */
export interface QuestionWindow {
    hiddenIds: Set<string>;
    remaining: number;
}

/**
 * Decides which questions a list hides: those outside the filter, and those beyond the limit, except
 * the ones the user has acted on (they stay put while the user works down the list) and the one
 * whose answer box is open.
 * @param ordered the questions in the viewer's order
 * @param filter the current filter
 * @param limit how many of the listed questions show
 * @param actedOn the ids of questions the user acted on since the filter last changed
 * @param openId the id of the question whose answer box is open
 * @returns the ids hidden, and how many listed questions are hidden beyond the limit
 */
export function questionWindow(
    ordered: QuestionView[],
    filter: QuestionFilter,
    limit: number,
    actedOn: ReadonlySet<string>,
    openId?: string
): QuestionWindow {
    const hiddenIds = new Set<string>();
    let listed = 0;
    let remaining = 0;
    for (const question of ordered) {
        const kept = actedOn.has(question.id);
        if (!kept && !matches(question, filter)) {
            hiddenIds.add(question.id);
            continue;
        }
        listed += 1;
        if (listed > limit && !kept && question.id !== openId) {
            hiddenIds.add(question.id);
            remaining += 1;
        }
    }
    return { hiddenIds, remaining };
}
