// Who may do what, mirroring the validation rules on the three objects: each rule's
// NOT($Permission.Coaching_Admin) becomes `|| actor.isAdmin` here. The panel offers only what the
// server would accept.

import type { QuestionStatus, ReviewStatus, Viewer } from './types';

/** The viewer, plus whether they own the opportunity. */
export interface Actor extends Viewer {
    isOwner: boolean;
}

/**
 * Whether two record ids name the same record. The platform hands out both 15- and 18-character
 * ids; the first 15 characters identify the record, case-sensitively.
 * @param a an id, or an empty string
 * @param b an id, or an empty string
 * @returns true when both are present and name the same record
 */
export function sameId(a: string | undefined, b: string | undefined): boolean {
    if (!a || !b) {
        return false;
    }
    return a.slice(0, 15) === b.slice(0, 15);
}

/**
 * Builds the actor for a viewer of one opportunity.
 * @param viewer the user and their custom permissions
 * @param ownerId the opportunity's OwnerId
 * @returns the viewer with `isOwner`
 */
export function toActor(viewer: Viewer, ownerId: string): Actor {
    return { ...viewer, isOwner: sameId(viewer.userId, ownerId) };
}

/**
 * What the viewer may do with the panel as a whole.
 * @param actor the viewer
 * @param hasOpenReview whether the deal already has an open review
 * @returns `canStartReview` (a manager, when no review is open) and `canAddStep`
 * (Only_Owner_Creates_Next_Steps)
 */
export function panelPermissions(
    actor: Actor,
    hasOpenReview: boolean
): { canStartReview: boolean; canAddStep: boolean } {
    return {
        canStartReview: (actor.isManager || actor.isAdmin) && !hasOpenReview,
        canAddStep: actor.isOwner || actor.isAdmin
    };
}

/**
 * What the viewer may do with one review.
 * @param actor the viewer
 * @param review the review's reviewer, seller, intent and whether it is open
 * @returns the review's `can*` flags
 */
export function reviewPermissions(
    actor: Actor,
    review: { reviewerId: string; sellerId: string; intent: string; isOpen: boolean }
): {
    canEditIntent: boolean;
    canEditFocus: boolean;
    canAskQuestion: boolean;
    canClose: boolean;
    canShareLearning: boolean;
} {
    const isReviewer = sameId(actor.userId, review.reviewerId) || actor.isAdmin;
    const isSeller = sameId(actor.userId, review.sellerId) || actor.isAdmin;
    return {
        // Only_Reviewer_Sets_Intent
        canEditIntent: isReviewer && review.isOpen,
        // Only_Seller_Sets_Focus
        canEditFocus: isSeller && review.isOpen,
        // Closed_Review_Takes_No_Questions; and no questions before the intent is stated.
        canAskQuestion:
            (actor.isManager || actor.isAdmin) && review.isOpen && review.intent.trim() !== '',
        // Only_Reviewer_Changes_Status
        canClose: isReviewer && review.isOpen,
        // Only_Reviewer_Or_Seller_Shares_Learning
        canShareLearning: isReviewer || isSeller
    };
}

/**
 * What the viewer may do with the seller's rating of a review ("Did this help?").
 * @param actor the viewer
 * @param review the review's reviewer, seller and status
 * @returns `canRate` (the seller, once the review is closed: Only_Seller_Rates_Review) and
 * `canSeeRating` (the seller and the reviewer; admins read the field elsewhere, the panel keeps
 * it between the two people it concerns)
 */
export function ratingPermissions(
    actor: Actor,
    review: { reviewerId: string; sellerId: string; status: ReviewStatus }
): { canRate: boolean; canSeeRating: boolean } {
    const isSeller = sameId(actor.userId, review.sellerId);
    const isReviewer = sameId(actor.userId, review.reviewerId);
    return {
        canRate: isSeller && review.status === 'Closed',
        canSeeRating: isSeller || isReviewer
    };
}

/**
 * What the viewer may do with one question.
 * @param actor the viewer
 * @param question the question's author, status, answer, kind and response
 * @param reviewIsOpen whether its review is open
 * @returns the question's `can*` flags
 */
export function questionPermissions(
    actor: Actor,
    question: {
        authorId: string;
        status: QuestionStatus;
        answer: string;
        isSuggestion: boolean;
        hasResponse: boolean;
    },
    reviewIsOpen: boolean
): {
    canAnswer: boolean;
    canEditAnswer: boolean;
    canRespondToIdea: boolean;
    canResolve: boolean;
    canMarkChangedView: boolean;
} {
    // Only_Owner_Answers
    const answers = actor.isOwner || actor.isAdmin;
    // Only_Author_Edits_Question
    const isAuthor = sameId(actor.userId, question.authorId) || actor.isAdmin;
    return {
        // A review closed with questions kept open still takes the seller's answers to them.
        canAnswer: answers && question.status === 'Open',
        // The owner may reword a saved answer until the manager resolves the question.
        canEditAnswer: answers && question.status === 'Answered' && reviewIsOpen,
        canRespondToIdea: answers && question.isSuggestion && !question.hasResponse,
        canResolve: isAuthor && question.status === 'Answered',
        canMarkChangedView: isAuthor && question.answer.trim() !== ''
    };
}

/**
 * Whether the viewer may edit a next step (Only_Creator_Edits_Next_Step).
 * @param actor the viewer
 * @param createdById the step's CreatedById
 * @returns true for its creator and for admins
 */
export function canEditStep(actor: Actor, createdById: string): boolean {
    return sameId(actor.userId, createdById) || actor.isAdmin;
}
