import { COACHING_KINDS } from 'c/coachingLanguage';
import type { CoachingKind } from 'c/coachingLanguage';
import { addDays, hoursBetween, toDateOnly } from './dates';
import type { CoachingBalance, IdeaResponse, NextStepView } from './types';

/** More reviews of one deal than this within the window earns the gentle over-review note. */
export const OVER_REVIEW_THRESHOLD = 3;
/** The window for the over-review count, in days before today (Salesforce's LAST_N_DAYS:30). */
export const REVIEW_WINDOW_DAYS = 30;

/**
 * The median of some numbers.
 * @param values the numbers, in any order; values that are not finite are ignored
 * @returns the middle value (the mean of the two middle ones for an even count), or undefined
 * when there are none
 */
export function median(values: number[]): number | undefined {
    const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
    if (sorted.length === 0) {
        return undefined;
    }
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One kind of question in the balance, with its whole-percent share. */
export interface KindShare {
    kind: CoachingKind;
    count: number;
    /** Whole percent; the shares of all kinds add up to exactly 100. */
    percent: number;
}

// Questions that invite the seller's thinking first, orders last.
const SHARE_ORDER: readonly CoachingKind[] = [
    'open-question',
    'closed-question',
    'suggestion',
    'statement',
    'directive'
];

/**
 * The share of each kind of question, in whole percents that add up to 100 (largest remainder),
 * so the card never shows 33% + 33% + 33%.
 * @param byKind the count of questions of each kind
 * @returns the kinds that were asked, open-ended first and directives last; empty when none were
 */
export function kindShares(byKind: Record<CoachingKind, number>): KindShare[] {
    const asked = SHARE_ORDER.filter((kind) => byKind[kind] > 0);
    const total = asked.reduce((sum, kind) => sum + byKind[kind], 0);
    if (total === 0) {
        return [];
    }
    const exact = asked.map((kind) => (byKind[kind] * 100) / total);
    const percents = exact.map(Math.floor);
    let left = 100 - percents.reduce((sum, value) => sum + value, 0);
    const byRemainder = exact
        .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
        .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const { index } of byRemainder) {
        if (left === 0) {
            break;
        }
        percents[index] += 1;
        left -= 1;
    }
    return asked.map((kind, index) => ({ kind, count: byKind[kind], percent: percents[index] }));
}

function share(count: number, total: number): number {
    return total === 0 ? 0 : count / total;
}

function emptyKindCounts(): Record<CoachingKind, number> {
    const counts = {} as Record<CoachingKind, number>;
    for (const kind of COACHING_KINDS) {
        counts[kind] = 0;
    }
    return counts;
}

/** What the balance reads of a question (a QuestionView has all of it). */
export interface BalanceQuestion {
    createdDate: string;
    kind?: CoachingKind;
    /** Open, Answered, Resolved, Withdrawn or No Answer Needed. */
    status: string;
    answeredAt?: string;
    changedMyView: boolean;
    ideaResponse?: IdeaResponse;
    adoptedStepId?: string;
    /** The seller asked the reviewer (Asked_By__c = Seller); absent reads as the reviewer. */
    askedBySeller?: boolean;
}

/** What the balance reads of a review (a ReviewView has all of it). */
export interface BalanceReview {
    createdDate: string;
    reviewDate?: string;
    questions: BalanceQuestion[];
}

// Answered questions; the others still wait, or need no answer.
const ANSWERED_STATUSES = new Set(['Answered', 'Resolved']);
// Taken back by the asker or released by the reviewer: nobody waits for their answer.
const NO_ANSWER_STATUSES = new Set(['Withdrawn', 'No Answer Needed']);

/**
 * The coaching balance of a deal, over every loaded review's questions and every next step. The
 * kinds, the answered share and the time to answer describe the reviewer's questions; the
 * seller's own questions are counted apart, and withdrawn questions, taken back by their asker,
 * count nowhere. A directive set aside (always with a reason) counts as the seller weighing the
 * advice, not as a refusal.
 * @param reviews the deal's reviews with their questions
 * @param steps the deal's next steps
 * @param now the current moment: reviews dated from 30 days before its date up to that date count
 * towards the over-review note
 * @returns the counts and shares the balance card shows
 */
export function computeBalance(
    reviews: BalanceReview[],
    steps: NextStepView[],
    now: Date
): CoachingBalance {
    const byKind = emptyKindCounts();
    let questionCount = 0;
    let needingAnswer = 0;
    let answered = 0;
    let ideasAdopted = 0;
    let ideasSetAside = 0;
    let directivesSetAside = 0;
    let sellerQuestions = 0;
    let changedViews = 0;
    const hoursToAnswer: number[] = [];
    const today = toDateOnly(now);
    const windowStart = addDays(today, -REVIEW_WINDOW_DAYS);
    let reviewsLast30Days = 0;

    for (const review of reviews) {
        // A review without a date (possible only through an admin) counts on the day it was created.
        const reviewDate = review.reviewDate ?? review.createdDate.slice(0, 10);
        if (reviewDate >= windowStart && reviewDate <= today) {
            reviewsLast30Days += 1;
        }
        for (const question of review.questions) {
            if (question.status === 'Withdrawn') {
                continue;
            }
            if (question.changedMyView) {
                changedViews += 1;
            }
            if (question.askedBySeller) {
                sellerQuestions += 1;
                continue;
            }
            questionCount += 1;
            if (question.kind) {
                byKind[question.kind] += 1;
            }
            // A statement needs no answer, so it neither waits for one nor counts as answered.
            if (question.kind !== 'statement' && !NO_ANSWER_STATUSES.has(question.status)) {
                needingAnswer += 1;
                if (ANSWERED_STATUSES.has(question.status)) {
                    answered += 1;
                }
            }
            if (question.answeredAt) {
                const hours = hoursBetween(question.createdDate, question.answeredAt);
                if (hours !== undefined) {
                    hoursToAnswer.push(hours);
                }
            }
            // A step linked to the idea counts as adopting it even if the response was not saved.
            if (
                question.ideaResponse === 'Adopted' ||
                (question.adoptedStepId && !question.ideaResponse)
            ) {
                ideasAdopted += 1;
            } else if (question.ideaResponse === 'Set aside') {
                if (question.kind === 'directive') {
                    directivesSetAside += 1;
                } else {
                    ideasSetAside += 1;
                }
            }
        }
    }

    const stepCounts = { planned: 0, done: 0, dropped: 0 };
    for (const step of steps) {
        if (step.status === 'Done') {
            stepCounts.done += 1;
        } else if (step.status === 'Dropped') {
            stepCounts.dropped += 1;
        } else {
            stepCounts.planned += 1;
        }
    }

    return {
        questionCount,
        byKind,
        openShare: share(byKind['open-question'], questionCount),
        closedShare: share(byKind['closed-question'], questionCount),
        directiveShare: share(byKind.directive, questionCount),
        questionsNeedingAnswer: needingAnswer,
        answeredShare: share(answered, needingAnswer),
        medianHoursToAnswer: median(hoursToAnswer),
        steps: stepCounts,
        ideasAdopted,
        ideasSetAside,
        directivesSetAside,
        sellerQuestions,
        changedViews,
        reviewsLast30Days,
        isOverReviewed: reviewsLast30Days > OVER_REVIEW_THRESHOLD
    };
}
