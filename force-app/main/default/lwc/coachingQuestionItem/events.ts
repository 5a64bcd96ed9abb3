// What a question item sends up: each save carries the reply the item hears its outcome through.
import type { QuestionChange, SaveReply, StepValues } from 'c/coachingModel';
import type { CoachingKind } from 'c/coachingLanguage';

/** The owner's answer, new or edited, checked against the question as the box last saw it. */
export interface AnswerDraft {
    questionId: string;
    lastModifiedDate: string;
    text: string;
    isEdit: boolean;
    reply: SaveReply;
}

/**
 * A change to a question: resolve, changed my view (with what changed), set an idea or a directive
 * aside (with why), withdraw, or reword (with the new text and its kind).
 */
export interface QuestionAction {
    questionId: string;
    lastModifiedDate: string;
    change: QuestionChange;
    note?: string;
    text?: string;
    kind?: CoachingKind;
    reply: SaveReply;
}

/** The seller's own step made from an idea, in the seller's words. */
export interface IdeaAdoption extends StepValues {
    questionId: string;
    reviewId: string;
    lastModifiedDate: string;
    reply: SaveReply;
}

/** The item asks its list to open or close its answer box: one box is open at a time. */
export interface AnswerToggle {
    questionId: string;
    open: boolean;
}
