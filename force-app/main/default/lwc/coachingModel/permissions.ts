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

/** What decides who may do what with one question. */
export interface QuestionFacts {
    authorId: string;
    status: QuestionStatus;
    answer: string;
    isSuggestion: boolean;
    isDirective: boolean;
    hasResponse: boolean;
    /** The seller asked; the reviewer answers. */
    askedBySeller: boolean;
}

/** What a review tells about one of its questions. */
export interface QuestionReview {
    isOpen: boolean;
    reviewerId: string;
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
 * @param question the question's author, status, answer, kind, response and who asked
 * @param review whether its review is open, and its reviewer
 * @returns the question's `can*` flags
 */
export function questionPermissions(
    actor: Actor,
    question: QuestionFacts,
    review: QuestionReview
): {
    canAnswer: boolean;
    canEditAnswer: boolean;
    canRespondToIdea: boolean;
    canResolve: boolean;
    canMarkChangedView: boolean;
    canWithdraw: boolean;
    canReword: boolean;
    canSetAside: boolean;
    canReply: boolean;
} {
    const isReviewer = sameId(actor.userId, review.reviewerId);
    // Only_Owner_Answers: the owner answers the reviewer, the reviewer answers the seller.
    const answers = actor.isAdmin || (question.askedBySeller ? isReviewer : actor.isOwner);
    // Only_Author_Edits_Question
    const isAuthor = sameId(actor.userId, question.authorId) || actor.isAdmin;
    // The seller responds to what the reviewer put to them, never to their own ideas.
    const responds = (actor.isOwner || actor.isAdmin) && !question.askedBySeller;
    const isLive = question.status !== 'Withdrawn' && question.status !== 'No Answer Needed';
    const unanswered = question.status === 'Open' && question.answer.trim() === '';
    return {
        // An idea or a directive the seller adopted or set aside has had its response; a review
        // closed with questions kept open still takes the answers to them.
        canAnswer: answers && question.status === 'Open' && !question.hasResponse,
        // The owner may reword a saved answer until the manager resolves the question.
        canEditAnswer: answers && question.status === 'Answered' && review.isOpen,
        canRespondToIdea: responds && question.isSuggestion && !question.hasResponse && isLive,
        canResolve: isAuthor && question.status === 'Answered',
        canMarkChangedView: isAuthor && question.answer.trim() !== '',
        // Answered_Question_Keeps_Its_Wording
        canWithdraw: isAuthor && unanswered && !question.hasResponse && review.isOpen,
        canReword: isAuthor && unanswered && !question.hasResponse && review.isOpen,
        // Set_Aside_Directive_Needs_Reason: a directive may be set aside too, with a reason.
        canSetAside:
            responds &&
            (question.isSuggestion || question.isDirective) &&
            !question.hasResponse &&
            isLive,
        // Only_Participants_Reply
        canReply: (isReviewer || actor.isOwner || actor.isAdmin) && question.status !== 'Withdrawn'
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
