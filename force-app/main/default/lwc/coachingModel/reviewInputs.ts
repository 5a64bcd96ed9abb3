// The record inputs of a review's life around the meeting: the seller's request with a prepared
// focus, the manager opening it, releasing unanswered questions on close, and the seller's rating.
import { snapshotFields, update } from './recordInputs';
import type { CoachingSchema, CreateInput, DealAtStart, UpdateInput } from './recordInputs';
import type { Helpfulness } from './types';

// Helpfulness_Note__c holds 255 characters.
export const HELPFULNESS_NOTE_MAX_LENGTH = 255;

/** The seller's answer to "Did this help?". */
export interface RatingValues {
    helpfulness: Helpfulness;
    /** Optional; an empty note clears a saved one. */
    note: string;
}

/**
 * The seller's request for help before a review: a Requested review holding their focus, for
 * their manager when the panel knows who that is.
 * @param schema the schema references
 * @param request the opportunity, the seller (its owner), their manager if known, and the focus
 * @returns the create input
 */
export function requestReviewInput(
    schema: CoachingSchema,
    request: { opportunityId: string; sellerId: string; managerId?: string; focus: string }
): CreateInput {
    const s = schema.review;
    return {
        apiName: s.object.objectApiName,
        fields: {
            [s.opportunity.fieldApiName]: request.opportunityId,
            [s.seller.fieldApiName]: request.sellerId,
            ...(request.managerId ? { [s.reviewer.fieldApiName]: request.managerId } : {}),
            [s.status.fieldApiName]: 'Requested',
            [s.sellerFocus.fieldApiName]: request.focus
        }
    };
}

/**
 * A manager opens the review the seller requested, so the prepared focus is carried into it: they
 * become its reviewer, state the intent, and the deal is kept as it is now.
 * @param schema the schema references
 * @param review the requested review and its last-modified date as shown, the manager, the
 * intent, today (YYYY-MM-DD) and the deal as it is now
 * @returns the update input
 */
export function openRequestedReviewInput(
    schema: CoachingSchema,
    review: {
        reviewId: string;
        lastModifiedDate: string;
        reviewerId: string;
        intent: string;
        reviewDate: string;
        dealAtStart?: DealAtStart;
    }
): UpdateInput {
    const s = schema.review;
    return update(s.id, review.reviewId, review.lastModifiedDate, {
        [s.reviewer.fieldApiName]: review.reviewerId,
        [s.intent.fieldApiName]: review.intent,
        [s.status.fieldApiName]: 'Open',
        // The review takes place the day it opens, not the day the seller asked for it.
        [s.reviewDate.fieldApiName]: review.reviewDate,
        ...snapshotFields(schema, review.dealAtStart)
    });
}

/**
 * Releases the seller from answering a question of a review being closed.
 * @param schema the schema references
 * @param question the question and its last-modified date as shown
 * @returns the update input
 */
export function noAnswerNeededInput(
    schema: CoachingSchema,
    question: { questionId: string; lastModifiedDate: string }
): UpdateInput {
    const s = schema.question;
    return update(s.id, question.questionId, question.lastModifiedDate, {
        [s.status.fieldApiName]: 'No Answer Needed'
    });
}

/**
 * The seller's rating of a closed review, with an optional note.
 * @param schema the schema references
 * @param rating the review, its last-modified date as shown, and the rating
 * @returns the update input
 */
export function ratingInput(
    schema: CoachingSchema,
    rating: RatingValues & { reviewId: string; lastModifiedDate: string }
): UpdateInput {
    const s = schema.review;
    return update(s.id, rating.reviewId, rating.lastModifiedDate, {
        [s.helpfulness.fieldApiName]: rating.helpfulness,
        [s.helpfulnessNote.fieldApiName]: rating.note.trim() || null
    });
}
