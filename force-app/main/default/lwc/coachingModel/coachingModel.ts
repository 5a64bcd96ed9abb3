/**
 * The coaching panel's model: turns the GraphQL payload into reviews, questions and next steps with
 * what the viewer may do with each, the deal's coaching balance, and the paging state. Pure: the
 * components, the local org and the scripts share it.
 */
import { classifyCoachingText, picklistValueToKind } from 'c/coachingLanguage';
import type { CoachingKind } from 'c/coachingLanguage';
import { computeBalance } from './balance';
import { toDateOnly } from './dates';
import {
    canEditStep,
    panelPermissions,
    questionPermissions,
    ratingPermissions,
    reviewPermissions,
    toActor
} from './permissions';
import type { Actor } from './permissions';
import { repliesByQuestion } from './replies';
import type {
    BuildOptions,
    FieldValue,
    Helpfulness,
    IdeaResponse,
    NextStepView,
    PanelModel,
    PanelPayload,
    QuestionNode,
    QuestionStatus,
    QuestionView,
    ReplyView,
    ReviewNode,
    ReviewStatus,
    ReviewView,
    StepNode,
    StepStatus,
    Viewer
} from './types';

export {
    computeBalance,
    kindShares,
    median,
    OVER_REVIEW_THRESHOLD,
    REVIEW_WINDOW_DAYS
} from './balance';
export type { KindShare } from './balance';
export { addDays, daysBetween, daysSince, toDateOnly } from './dates';
export { readDateInput } from './dates';
export type { DateInput } from './dates';
export { openEdit, recordShown, staleSave } from './editBase';
export type { EditBase } from './editBase';
export { countRecords, hasCursors, mergePanelPages, nextCursors, PAGE_SIZES } from './paging';
export { sameId } from './permissions';
export {
    awaitsViewer,
    countQuestions,
    inFilter,
    orderForViewer,
    QUESTION_PAGE_SIZE,
    questionWindow
} from './questionList';
export type { QuestionCounts, QuestionWindow } from './questionList';
export { foldThread, postReplyInput, replyChangeInput, REPLIES_SHOWN } from './replies';
export type { ThreadFold } from './replies';
export {
    ACTION_MAX_LENGTH,
    adoptedStepInput,
    answerInput,
    askQuestionInput,
    closeReviewInput,
    editStepInput,
    newStepInput,
    questionChangeInput,
    reviewTextInput,
    startReviewInput,
    stepStatusInput
} from './recordInputs';
export {
    HELPFULNESS_NOTE_MAX_LENGTH,
    noAnswerNeededInput,
    openRequestedReviewInput,
    ratingInput,
    requestReviewInput
} from './reviewInputs';
export type { RatingValues } from './reviewInputs';
export type {
    CoachingSchema,
    CreateInput,
    QuestionChange,
    QuestionChangeValues,
    ReviewTextField,
    StepValues,
    UpdateInput
} from './recordInputs';
export type {
    BuildOptions,
    CoachingBalance,
    Connection,
    Edge,
    FieldValue,
    Helpfulness,
    IdeaResponse,
    NextStepView,
    OpportunityNode,
    PageInfo,
    PanelCursors,
    PanelModel,
    PanelPayload,
    PanelQueryData,
    QuestionFilter,
    QuestionNode,
    QuestionStatus,
    QuestionView,
    ReplyNode,
    ReplyStatus,
    ReplyView,
    ReviewNode,
    ReviewStatus,
    ReviewView,
    SaveReply,
    StepNode,
    StepStatus,
    Viewer
} from './types';

const REVIEW_STATUSES: readonly ReviewStatus[] = ['Requested', 'Open', 'Closed'];
const QUESTION_STATUSES: readonly QuestionStatus[] = [
    'Open',
    'Answered',
    'Resolved',
    'Withdrawn',
    'No Answer Needed'
];
const STEP_STATUSES: readonly StepStatus[] = ['Planned', 'Done', 'Dropped'];
const IDEA_RESPONSES: readonly IdeaResponse[] = ['Adopted', 'Set aside'];
/** The answers to "Did this help?", in the order the seller is offered them. */
export const HELPFULNESS_VALUES: readonly Helpfulness[] = [
    'Helpful',
    'Somewhat helpful',
    'Not helpful'
];

// Classifying is the costliest step of a rebuild and the panel rebuilds on every change, so texts
// without a saved kind are classified once. The bound keeps a long session from growing it forever.
const CLASSIFIED_LIMIT = 2000;
const classified = new Map<string, CoachingKind | undefined>();

function text(field: FieldValue | null | undefined): string {
    return field?.value ?? '';
}

function optional(field: FieldValue | null | undefined): string | undefined {
    return field?.value || undefined;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
    return allowed.find((candidate) => candidate === value);
}

function kindOf(node: QuestionNode, questionText: string): CoachingKind | undefined {
    const kind = picklistValueToKind(node.Kind__c?.value);
    if (kind || !questionText.trim()) {
        return kind;
    }
    if (!classified.has(questionText)) {
        if (classified.size >= CLASSIFIED_LIMIT) {
            classified.clear();
        }
        classified.set(questionText, classifyCoachingText(questionText).kind);
    }
    return classified.get(questionText);
}

// Ascending by a possibly missing key, missing last.
function compareMissingLast(a: string | undefined, b: string | undefined): number {
    if (a === b) {
        return 0;
    }
    if (a === undefined) {
        return 1;
    }
    if (b === undefined) {
        return -1;
    }
    return a < b ? -1 : 1;
}

function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

function newestFirst(a: ReviewView, b: ReviewView): number {
    if (a.reviewDate !== b.reviewDate) {
        if (a.reviewDate === undefined || b.reviewDate === undefined) {
            return a.reviewDate === undefined ? 1 : -1;
        }
        return compareText(b.reviewDate, a.reviewDate);
    }
    return compareText(b.createdDate, a.createdDate) || compareText(b.id, a.id);
}

function askedOrder(a: QuestionView, b: QuestionView): number {
    return compareText(a.createdDate, b.createdDate) || compareText(a.id, b.id);
}

function stepOrder(a: NextStepView, b: NextStepView): number {
    return (
        STEP_STATUSES.indexOf(a.status) - STEP_STATUSES.indexOf(b.status) ||
        compareMissingLast(a.dueDate, b.dueDate) ||
        compareText(a.createdDate, b.createdDate) ||
        compareText(a.id, b.id)
    );
}

function toStep(node: StepNode, actor: Actor, today: string): NextStepView {
    const status = oneOf(optional(node.Status__c), STEP_STATUSES) ?? 'Planned';
    const dueDate = optional(node.Due_Date__c);
    const createdById = text(node.CreatedById);
    return {
        id: node.Id,
        lastModifiedDate: text(node.LastModifiedDate),
        createdDate: text(node.CreatedDate),
        createdById,
        reviewId: optional(node.Coaching_Review__c),
        adoptedFromQuestionId: optional(node.Adopted_From_Question__c),
        action: text(node.Action__c),
        customerValue: text(node.Customer_Value__c),
        dueDate,
        status,
        isOverdue: status === 'Planned' && dueDate !== undefined && dueDate < today,
        canEdit: canEditStep(actor, createdById)
    };
}

/** What a question's review and the deal's replies tell about it. */
interface QuestionContext {
    reviewIsOpen: boolean;
    reviewerId: string;
    adoptedStepId?: string;
    replies: ReplyView[];
}

function toQuestion(node: QuestionNode, actor: Actor, context: QuestionContext): QuestionView {
    const questionText = text(node.Question__c);
    const kind = kindOf(node, questionText);
    const isSuggestion = kind === 'suggestion';
    const status = oneOf(optional(node.Status__c), QUESTION_STATUSES) ?? 'Open';
    const ideaResponse = oneOf(optional(node.Idea_Response__c), IDEA_RESPONSES);
    const answer = text(node.Answer__c);
    const authorId = text(node.CreatedById);
    const askedBySeller = node.Asked_By__c?.value === 'Seller';
    const { adoptedStepId } = context;
    return {
        id: node.Id,
        lastModifiedDate: text(node.LastModifiedDate),
        createdDate: text(node.CreatedDate),
        authorId,
        authorName: text(node.CreatedBy?.Name),
        reviewId: text(node.Coaching_Review__c),
        text: questionText,
        kind,
        isSuggestion,
        answer,
        answeredAt: optional(node.Answered_At__c),
        status,
        changedMyView: node.Changed_My_View__c?.value === true,
        changedViewNote: text(node.Changed_My_View_Note__c),
        ideaResponse,
        responseReason: text(node.Response_Reason__c),
        adoptedStepId,
        askedBySeller,
        // A statement asks for nothing; neither does a question released from an answer.
        needsNoAnswer:
            status === 'No Answer Needed' || (kind === 'statement' && status === 'Open' && !answer),
        replies: context.replies,
        setAsideNeedsReason: kind === 'directive',
        ...questionPermissions(
            actor,
            {
                authorId,
                status,
                answer,
                isSuggestion,
                isDirective: kind === 'directive',
                // An idea already turned into a step is answered even if its response was not saved.
                hasResponse: ideaResponse !== undefined || adoptedStepId !== undefined,
                askedBySeller
            },
            { isOpen: context.reviewIsOpen, reviewerId: context.reviewerId }
        )
    };
}

function toReview(
    node: ReviewNode,
    actor: Actor,
    questionNodes: QuestionNode[],
    adoptedSteps: Map<string, string>,
    replies: Map<string, ReplyView[]>
): ReviewView {
    const status = oneOf(optional(node.Status__c), REVIEW_STATUSES) ?? 'Open';
    const isOpen = status === 'Open';
    const fields = {
        intent: text(node.Intent__c),
        reviewerId: text(node.Reviewer__c),
        sellerId: text(node.Seller__c)
    };
    const questions = questionNodes
        .map((question) =>
            toQuestion(question, actor, {
                reviewIsOpen: isOpen,
                reviewerId: fields.reviewerId,
                adoptedStepId: adoptedSteps.get(question.Id),
                replies: replies.get(question.Id) ?? []
            })
        )
        .sort(askedOrder);
    return {
        id: node.Id,
        lastModifiedDate: text(node.LastModifiedDate),
        createdDate: text(node.CreatedDate),
        ...fields,
        sellerFocus: text(node.Seller_Focus__c),
        reviewerName: text(node.Reviewer__r?.Name),
        sellerName: text(node.Seller__r?.Name),
        reviewDate: optional(node.Review_Date__c),
        status,
        isOpen,
        sharedLearning: text(node.Shared_Learning__c),
        questions,
        unansweredCount: questions.filter(awaitsAnAnswer).length,
        ...reviewPermissions(actor, { ...fields, isOpen }),
        ...ratingPermissions(actor, { ...fields, status })
    };
}

/**
 * Whether a question still waits for an answer: open (not answered, resolved, withdrawn or
 * released with "no answer needed"), not a statement, which needs none, and not responded to.
 * @param question the question
 * @returns true while it waits
 */
export function awaitsAnAnswer(question: QuestionView): boolean {
    return (
        question.status === 'Open' &&
        question.kind !== 'statement' &&
        !question.askedBySeller &&
        // An idea adopted or a directive set aside has had its response, as permissions read it.
        question.ideaResponse === undefined
    );
}

// The last copy of each id wins, so a payload that repeats a record still shows it once.
function uniqueNodes<N extends { Id: string }>(edges: { node: N }[] | undefined): N[] {
    const byId = new Map<string, N>();
    for (const edge of edges ?? []) {
        byId.set(edge.node.Id, edge.node);
    }
    return [...byId.values()];
}

/**
 * Builds the panel's view model from the accumulated GraphQL payload.
 * @param payload the `uiapi.query` object, all pages merged
 * @param viewer the current user and their Coaching_Manager / Coaching_Admin custom permissions
 * @param options `selectedReviewId`, the review the user picked; `now`, for overdue steps and the
 * 30-day review count (defaults to the current time)
 * @returns reviews newest first with their questions, the current review, next steps in working
 * order, what the viewer may do with each, and the coaching balance
 */
export function buildPanelModel(
    payload: PanelPayload,
    viewer: Viewer,
    options: BuildOptions = {}
): PanelModel {
    const now = options.now ?? new Date();
    const today = toDateOnly(now);
    const opportunity = payload.Opportunity?.edges?.[0]?.node;
    const ownerId = text(opportunity?.OwnerId);
    const actor = toActor(viewer, ownerId);

    const nextSteps = uniqueNodes(payload.Seller_Next_Step__c?.edges)
        .map((node) => toStep(node, actor, today))
        .sort(stepOrder);
    // Question id -> the step adopted from it; the first one created wins if a retry made two.
    const adoptedSteps = new Map<string, string>();
    for (const step of [...nextSteps].sort((a, b) => compareText(a.createdDate, b.createdDate))) {
        if (step.adoptedFromQuestionId && !adoptedSteps.has(step.adoptedFromQuestionId)) {
            adoptedSteps.set(step.adoptedFromQuestionId, step.id);
        }
    }

    const questionsByReview = new Map<string, QuestionNode[]>();
    for (const question of uniqueNodes(payload.Coaching_Question__c?.edges)) {
        const reviewId = text(question.Coaching_Review__c);
        const list = questionsByReview.get(reviewId);
        if (list) {
            list.push(question);
        } else {
            questionsByReview.set(reviewId, [question]);
        }
    }

    const replies = repliesByQuestion(payload.Coaching_Reply__c, actor);
    const allReviews = uniqueNodes(payload.Coaching_Review__c?.edges)
        .map((node) =>
            toReview(node, actor, questionsByReview.get(node.Id) ?? [], adoptedSteps, replies)
        )
        .sort(newestFirst);
    // A requested review is the seller's preparation, not a review held: it waits apart.
    const reviews = allReviews.filter((review) => review.status !== 'Requested');
    const requestedReview = allReviews.find((review) => review.status === 'Requested');
    const hasOpenReview = reviews.some((review) => review.isOpen);
    const currentReview =
        reviews.find((review) => review.id === options.selectedReviewId) ??
        reviews.find((review) => review.isOpen) ??
        reviews[0];

    return {
        opportunityId: opportunity?.Id ?? '',
        opportunityName: text(opportunity?.Name),
        dealNow: {
            closeDate: optional(opportunity?.CloseDate),
            amount: opportunity?.Amount?.value ?? null,
            stage: optional(opportunity?.StageName)
        },
        ownerId,
        viewerIsOwner: actor.isOwner,
        ...panelPermissions(actor, hasOpenReview),
        reviews,
        currentReview,
        requestedReview,
        canPrepareFocus: actor.isOwner && !hasOpenReview,
        nextSteps,
        balance: computeBalance(reviews, nextSteps, now),
        isEmpty: reviews.length === 0 && nextSteps.length === 0
    };
}
