// The writes and reads of a review's life around the meeting: the seller's request with a prepared
// focus, the manager opening it, closing with the unanswered questions released (with progress and
// a named account of failures), and the rating, which only its seller and reviewer read.
import {
    awaitsAnAnswer,
    closeReviewInput,
    HELPFULNESS_VALUES,
    noAnswerNeededInput,
    openRequestedReviewInput,
    requestReviewInput,
    reviewTextInput,
    startReviewInput,
    toDateOnly
} from 'c/coachingModel';
import type { PanelModel, QuestionView, ReviewView } from 'c/coachingModel';
import type { CloseDraft } from 'c/coachingIntent';
import type { FocusRequestDraft } from 'c/coachingFocusRequest';
import type { SavedRating } from 'c/coachingReviewRating';
import { formatLabel } from 'c/coachingLabelFormat';
import { intentStart, saveErrorMessage } from './panelText';
import { create, update } from './panelSave';
import LABELS from './labels';
import SCHEMA from './schema';

/** How far releasing has gone. */
export interface ReleaseProgress {
    done: number;
    total: number;
}

// Enough saves in flight to be quick on a long list without flooding the server.
const PARALLEL_SAVES = 4;

/**
 * Marks each question "no answer needed". Every question is tried; when some are refused, the
 * promise rejects with one message naming each of them and why, so nothing is left half-done
 * without saying so.
 * @param questions the questions to release
 * @param onProgress told after each save, whichever way it went
 * @param onReleased told after each question released, so a caller knows part of it landed
 * @returns a promise settled when every save has finished
 */
export async function releaseQuestions(
    questions: QuestionView[],
    onProgress: (progress: ReleaseProgress) => void,
    onReleased: () => void
): Promise<void> {
    const total = questions.length;
    const failures: string[] = [];
    let done = 0;
    let next = 0;
    onProgress({ done, total });
    // Each worker takes the next question when its last save is over.
    const worker = async (): Promise<void> => {
        if (next >= total) {
            return;
        }
        const question = questions[next];
        next += 1;
        try {
            await update(
                noAnswerNeededInput(SCHEMA, {
                    questionId: question.id,
                    lastModifiedDate: question.lastModifiedDate
                })
            );
            onReleased();
        } catch (error) {
            failures.push(`“${intentStart(question.text)}” (${saveErrorMessage(error).message})`);
        }
        done += 1;
        onProgress({ done, total });
        await worker();
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_SAVES, total) }, worker));
    if (failures.length > 0) {
        throw new Error(
            formatLabel(
                LABELS.noAnswerNeededPartial,
                String(failures.length),
                String(total),
                failures.join('; ')
            )
        );
    }
}

/** A `getRecord` wire's result, as far as the panel reads it. */
export interface RecordResult {
    data?: { fields: Record<string, { value: unknown } | undefined> };
}

/**
 * The viewer's manager from their user record.
 * @param data the `getRecord` data for the user, with ManagerId
 * @returns the manager's id, or undefined when there is none or it could not be read
 */
export function readManagerId(data: RecordResult['data']): string | undefined {
    const managerId = data?.fields.ManagerId?.value;
    return typeof managerId === 'string' && managerId ? managerId : undefined;
}

/**
 * A review's rating from its record, read with optional fields.
 * @param data the `getRecord` data for the review
 * @returns the rating (no answer yet when the fields are empty or not readable), or undefined
 * while nothing has loaded
 */
export function readRating(data: RecordResult['data']): SavedRating | undefined {
    if (!data) {
        return undefined;
    }
    const helpfulness = data.fields.Helpfulness__c?.value;
    const note = data.fields.Helpfulness_Note__c?.value;
    return {
        helpfulness: HELPFULNESS_VALUES.find((value) => value === helpfulness),
        note: typeof note === 'string' ? note : ''
    };
}

/**
 * A manager starts a review: they open the one the seller requested, carrying its focus into it,
 * or else create one. Either way the deal is kept as it is now.
 * @param intent the intent they state
 * @param model the panel's model: the requested review, the owner, the deal now
 * @param start the deal and the manager
 * @returns the write, settled with the id of the review started
 */
export function startReview(
    intent: string,
    model: PanelModel | undefined,
    start: { opportunityId: string; reviewerId: string }
): () => Promise<string> {
    const requested = model?.requestedReview;
    if (requested) {
        const input = openRequestedReviewInput(SCHEMA, {
            reviewId: requested.id,
            lastModifiedDate: requested.lastModifiedDate,
            reviewerId: start.reviewerId,
            intent,
            reviewDate: toDateOnly(new Date()),
            dealAtStart: model.dealNow
        });
        return async () => {
            await update(input);
            return requested.id;
        };
    }
    const input = startReviewInput(SCHEMA, {
        ...start,
        intent,
        sellerId: model?.ownerId ?? '',
        dealAtStart: model?.dealNow
    });
    return async () => (await create(input)).id;
}

/**
 * The seller's prepared focus: a new request, or an edit of the one waiting.
 * @param draft the focus and, when editing, the requested review
 * @param request the deal, the seller and their manager if known
 * @returns the write
 */
export function saveFocusRequest(
    draft: FocusRequestDraft,
    request: { opportunityId: string; sellerId: string; managerId?: string }
): () => Promise<unknown> {
    const { reviewId, lastModifiedDate, text } = draft;
    if (reviewId && lastModifiedDate) {
        const input = reviewTextInput(SCHEMA, {
            reviewId,
            lastModifiedDate,
            field: 'sellerFocus',
            text
        });
        return () => update(input);
    }
    const input = requestReviewInput(SCHEMA, { ...request, focus: text });
    return () => create(input);
}

/**
 * Closing a review: when the reviewer chose so, its unanswered questions are released first, and
 * the review closes only once none is left waiting without a word.
 * @param draft the learning, the review and the choice about unanswered questions
 * @param review the review as shown
 * @param onProgress told how far releasing has gone, and undefined when it is over
 * @returns the write, and whether a failed one still changed something
 */
export function closeReview(
    draft: CloseDraft,
    review: ReviewView | undefined,
    onProgress: (progress: ReleaseProgress | undefined) => void
): { write: () => Promise<unknown>; partlyLanded: () => boolean } {
    const input = closeReviewInput(SCHEMA, draft);
    const toRelease =
        draft.unanswered === 'noAnswerNeeded'
            ? (review?.questions ?? []).filter(awaitsAnAnswer)
            : [];
    let released = false;
    const write = async () => {
        if (toRelease.length > 0) {
            try {
                await releaseQuestions(toRelease, onProgress, () => {
                    released = true;
                });
            } finally {
                onProgress(undefined);
            }
        }
        await update(input);
    };
    return { write, partlyLanded: () => released };
}
