// The panel's own words: the review switcher's options and why a save failed.
import { countRecords } from 'c/coachingModel';
import type { PanelModel, PanelPayload, QuestionChange, ReviewView } from 'c/coachingModel';
import { describeSaveError } from 'c/coachingErrors';
import { formatLabel } from 'c/coachingLabelFormat';
import LABELS from './labels';
import CONVERSATION_LABELS from './conversationLabels';

/** One review in the switcher. */
export interface ReviewOption {
    label: string;
    value: string;
}

// Enough of the intent to tell reviews of the same day and reviewer apart.
const INTENT_START_LENGTH = 48;

/**
 * The start of a review's intent, cut at a word where it is long.
 * @param intent the intent
 * @returns at most about 48 characters, with an ellipsis when cut
 */
export function intentStart(intent: string): string {
    const text = intent.replace(/\s+/g, ' ').trim();
    if (!text) {
        return LABELS.noIntent;
    }
    if (text.length <= INTENT_START_LENGTH) {
        return text;
    }
    const cut = text.slice(0, INTENT_START_LENGTH);
    const lastSpace = cut.lastIndexOf(' ');
    return `${(lastSpace > INTENT_START_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}

/**
 * The review switcher's options: date, reviewer, whether open, and how the intent starts.
 * @param reviews the deal's reviews, newest first
 * @param locale the user's locale
 * @returns one option per review
 */
export function reviewOptions(reviews: ReviewView[], locale: string): ReviewOption[] {
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return reviews.map((review) => {
        const date = review.reviewDate
            ? dates.format(new Date(`${review.reviewDate}T00:00:00Z`))
            : LABELS.noReviewDate;
        const template = review.isOpen ? LABELS.reviewOptionOpen : LABELS.reviewOption;
        return {
            label: formatLabel(template, date, review.reviewerName, intentStart(review.intent)),
            value: review.id
        };
    });
}

/**
 * Why a save failed, in the user's words, and whether the record changed under them.
 * @param error the rejection from `createRecord` or `updateRecord`
 * @returns the message for the form and the toast, and `isStale`
 */
export function saveErrorMessage(error: unknown): { message: string; isStale: boolean } {
    const described = describeSaveError(error);
    if (described.isStale) {
        return { message: LABELS.staleRecord, isStale: true };
    }
    if (described.isNetwork) {
        return { message: LABELS.networkError, isStale: false };
    }
    if (described.isPermission) {
        return { message: LABELS.noPermission, isStale: false };
    }
    return { message: described.message || LABELS.saveFailedUnknown, isStale: false };
}

/**
 * What the panel says while it pages through a large deal.
 * @param loaded the pages loaded so far
 * @param locale the user's locale
 * @returns how many reviews, questions and steps have loaded
 */
export function loadingMoreText(loaded: PanelPayload | undefined, locale: string): string {
    const counts = countRecords(loaded);
    const number = new Intl.NumberFormat(locale);
    return formatLabel(
        LABELS.loadingMore,
        number.format(counts.reviews),
        number.format(counts.questions),
        number.format(counts.steps)
    );
}

/**
 * The note a manager reads before starting yet another review of a deal reviewed often.
 * @param reviewsLast30Days how many reviews the deal had in the last 30 days
 * @param locale the user's locale
 * @returns the note
 */
export function overReviewNote(reviewsLast30Days: number, locale: string): string {
    return formatLabel(
        LABELS.overReviewed,
        new Intl.NumberFormat(locale).format(reviewsLast30Days)
    );
}

const QUESTION_CHANGE_TITLES: Record<QuestionChange, string> = {
    resolve: LABELS.questionResolved,
    changedView: LABELS.viewChanged,
    setIdeaAside: LABELS.ideaSetAside,
    adoptIdea: LABELS.ideaAdopted,
    withdraw: CONVERSATION_LABELS.questionWithdrawn,
    reword: CONVERSATION_LABELS.questionReworded
};

/**
 * The toast title of a saved change to a question.
 * @param change the change
 * @param isIdea whether the question is an idea: anything else the seller sets aside is not one
 * @returns the title
 */
export function questionChangeTitle(change: QuestionChange, isIdea = true): string {
    if (change === 'setIdeaAside' && !isIdea) {
        return CONVERSATION_LABELS.setAside;
    }
    return QUESTION_CHANGE_TITLES[change];
}

/**
 * What a deal with no coaching yet says to the viewer.
 * @param model the panel's model
 * @returns what the viewer can do: start a review, add a step, or wait for a manager
 */
export function emptyStateText(model: PanelModel | undefined): string {
    if (model?.canStartReview) {
        return LABELS.emptyManager;
    }
    return model?.viewerIsOwner ? LABELS.emptySeller : LABELS.emptyViewer;
}
