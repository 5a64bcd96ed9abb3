import type { CoachingKind } from 'c/coachingLanguage';

// The GraphQL payload, typed as the panel's query asks for it (the `uiapi.query` object).

/** A UI API GraphQL field: `value` is null when the field is empty. */
export interface FieldValue<T = string> {
    value: T | null;
    displayValue?: string | null;
}

export interface PageInfo {
    hasNextPage: boolean;
    endCursor?: string | null;
}

export interface Edge<N> {
    node: N;
}

export interface Connection<N> {
    edges: Edge<N>[];
    pageInfo?: PageInfo;
}

export interface OpportunityNode {
    Id: string;
    Name: FieldValue;
    OwnerId: FieldValue;
    /** Read so a review started in the panel keeps the deal as it was (its snapshot). */
    CloseDate?: FieldValue;
    Amount?: FieldValue<number>;
    StageName?: FieldValue;
}

export interface ReviewNode {
    Id: string;
    LastModifiedDate: FieldValue;
    CreatedDate: FieldValue;
    Intent__c: FieldValue;
    Seller_Focus__c: FieldValue;
    Reviewer__c: FieldValue;
    Reviewer__r: { Name: FieldValue } | null;
    Seller__c: FieldValue;
    Review_Date__c: FieldValue;
    Status__c: FieldValue;
    Shared_Learning__c: FieldValue;
    /** The seller's name, for "<seller> would like help with". */
    Seller__r?: { Name: FieldValue } | null;
}

export interface QuestionNode {
    Id: string;
    LastModifiedDate: FieldValue;
    CreatedDate: FieldValue;
    CreatedById: FieldValue;
    Coaching_Review__c: FieldValue;
    Question__c: FieldValue;
    Kind__c: FieldValue;
    Answer__c: FieldValue;
    Answered_At__c: FieldValue;
    Status__c: FieldValue;
    Changed_My_View__c: FieldValue<boolean>;
    Idea_Response__c: FieldValue;
    /** Who asked: Reviewer (also when empty) or Seller. */
    Asked_By__c?: FieldValue;
    Response_Reason__c?: FieldValue;
    Changed_My_View_Note__c?: FieldValue;
    CreatedBy?: { Name: FieldValue } | null;
}

export interface ReplyNode {
    Id: string;
    LastModifiedDate: FieldValue;
    CreatedDate: FieldValue;
    CreatedById: FieldValue;
    CreatedBy: { Name: FieldValue } | null;
    Coaching_Question__c: FieldValue;
    Reply__c: FieldValue;
    Status__c: FieldValue;
}

export interface StepNode {
    Id: string;
    LastModifiedDate: FieldValue;
    CreatedDate: FieldValue;
    CreatedById: FieldValue;
    Coaching_Review__c: FieldValue;
    Adopted_From_Question__c: FieldValue;
    Action__c: FieldValue;
    Customer_Value__c: FieldValue;
    Due_Date__c: FieldValue;
    Status__c: FieldValue;
}

/** The `uiapi.query` object of the panel's GraphQL result. */
export interface PanelPayload {
    Opportunity: Connection<OpportunityNode>;
    Coaching_Review__c: Connection<ReviewNode>;
    Coaching_Question__c: Connection<QuestionNode>;
    Seller_Next_Step__c: Connection<StepNode>;
    /** The replies under the deal's questions; absent from payloads of before replies. */
    Coaching_Reply__c?: Connection<ReplyNode>;
}

/** The `data` of the panel's wire result. */
export interface PanelQueryData {
    uiapi: { query: PanelPayload };
}

/** The `after` variables for the next round of pages. */
export interface PanelCursors {
    reviewsAfter?: string;
    questionsAfter?: string;
    stepsAfter?: string;
    repliesAfter?: string;
}

// The view model.

export type ReviewStatus = 'Requested' | 'Open' | 'Closed';
export type QuestionStatus = 'Open' | 'Answered' | 'Resolved' | 'Withdrawn' | 'No Answer Needed';
export type StepStatus = 'Planned' | 'Done' | 'Dropped';
export type IdeaResponse = 'Adopted' | 'Set aside';
/** The seller's answer to "Did this help?" on a closed review. */
export type Helpfulness = 'Helpful' | 'Somewhat helpful' | 'Not helpful';

/** Who is looking at the panel. */
export interface Viewer {
    userId: string;
    /** The Coaching_Manager custom permission. */
    isManager: boolean;
    /** The Coaching_Admin custom permission: bypasses the ownership rules. */
    isAdmin: boolean;
}

export interface QuestionView {
    id: string;
    lastModifiedDate: string;
    createdDate: string;
    authorId: string;
    reviewId: string;
    text: string;
    /** From Kind__c; classified from the text when Kind__c is empty. */
    kind?: CoachingKind;
    isSuggestion: boolean;
    answer: string;
    answeredAt?: string;
    status: QuestionStatus;
    changedMyView: boolean;
    ideaResponse?: IdeaResponse;
    /** The step whose Adopted_From_Question__c is this question. */
    adoptedStepId?: string;
    canAnswer: boolean;
    canEditAnswer: boolean;
    canRespondToIdea: boolean;
    canResolve: boolean;
    canMarkChangedView: boolean;
    /** Asked_By__c is Seller: the seller asked, and the reviewer answers. */
    askedBySeller: boolean;
    /** The asker's name, from CreatedBy. */
    authorName: string;
    /** The seller's reason for setting an idea or a directive aside. */
    responseReason: string;
    /** What changed the asker's view. */
    changedViewNote: string;
    /** A statement, or closed with No Answer Needed: nobody waits for an answer. */
    needsNoAnswer: boolean;
    /** The replies under it, oldest first. */
    replies: ReplyView[];
    /** The asker may take it back or reword it: only while nobody has answered it. */
    canWithdraw: boolean;
    canReword: boolean;
    /** The seller may set aside an idea or a directive; a directive needs a reason. */
    canSetAside: boolean;
    setAsideNeedsReason: boolean;
    /** The review's reviewer and the deal's seller post replies. */
    canReply: boolean;
}

export type ReplyStatus = 'Posted' | 'Withdrawn';

export interface ReplyView {
    id: string;
    lastModifiedDate: string;
    createdDate: string;
    authorId: string;
    authorName: string;
    text: string;
    status: ReplyStatus;
    isWithdrawn: boolean;
    /** Its author (or an admin) may edit or withdraw it while posted. */
    canEdit: boolean;
}

export interface ReviewView {
    id: string;
    lastModifiedDate: string;
    createdDate: string;
    intent: string;
    sellerFocus: string;
    reviewerId: string;
    reviewerName: string;
    sellerId: string;
    reviewDate?: string;
    status: ReviewStatus;
    isOpen: boolean;
    sharedLearning: string;
    sellerName: string;
    /** Oldest first, the order they were asked in. */
    questions: QuestionView[];
    /** Questions still waiting for the seller: open, and not statements. */
    unansweredCount: number;
    canEditIntent: boolean;
    canEditFocus: boolean;
    canAskQuestion: boolean;
    canClose: boolean;
    canShareLearning: boolean;
    /** The seller rates a closed review (Only_Seller_Rates_Review). */
    canRate: boolean;
    /** The seller and the reviewer see the rating; nobody else does. */
    canSeeRating: boolean;
}

export interface NextStepView {
    id: string;
    lastModifiedDate: string;
    createdDate: string;
    createdById: string;
    reviewId?: string;
    adoptedFromQuestionId?: string;
    action: string;
    customerValue: string;
    dueDate?: string;
    status: StepStatus;
    /** Planned and due before today. */
    isOverdue: boolean;
    canEdit: boolean;
}

export interface CoachingBalance {
    /** The reviewer's questions, withdrawn ones left out. */
    questionCount: number;
    byKind: Record<CoachingKind, number>;
    /** Shares of questionCount, 0..1 (0 when there are no questions). */
    openShare: number;
    closedShare: number;
    directiveShare: number;
    /** The reviewer's questions that need an answer: not statements, not released. */
    questionsNeedingAnswer: number;
    /** Answered or resolved, as a share of questionsNeedingAnswer. */
    answeredShare: number;
    /** From CreatedDate to Answered_At__c, over the questions that have both. */
    medianHoursToAnswer?: number;
    steps: { planned: number; done: number; dropped: number };
    ideasAdopted: number;
    /** Ideas (not directives) the seller set aside. */
    ideasSetAside: number;
    /** Directives the seller set aside with a reason: pushback, a healthy signal. */
    directivesSetAside: number;
    /** Questions the seller asked the reviewer; not in questionCount or the shares. */
    sellerQuestions: number;
    /** Answers that changed the asker's view, each with a note on what changed. */
    changedViews: number;
    reviewsLast30Days: number;
    isOverReviewed: boolean;
}

export interface PanelModel {
    opportunityId: string;
    opportunityName: string;
    /** The deal's close date, amount and stage now, for the snapshot of a review started now. */
    dealNow: { closeDate?: string; amount: number | null; stage?: string };
    ownerId: string;
    viewerIsOwner: boolean;
    canStartReview: boolean;
    canAddStep: boolean;
    /** Newest first: Review_Date__c descending (no date last), then CreatedDate descending. */
    reviews: ReviewView[];
    /** The review asked for, else the newest open one, else the newest. */
    currentReview?: ReviewView;
    /**
     * The newest review the seller requested and no manager has opened yet: its focus is the
     * seller's preparation for the next review. Requested reviews are not in `reviews`.
     */
    requestedReview?: ReviewView;
    /** The seller may prepare a focus for the next review: they own the deal and none is open. */
    canPrepareFocus: boolean;
    /** Planned first (by due date, no date last), then Done, then Dropped. */
    nextSteps: NextStepView[];
    balance: CoachingBalance;
    /** No reviews and no steps. */
    isEmpty: boolean;
}

export interface BuildOptions {
    /** The review the user picked; ignored when it is not in the payload. */
    selectedReviewId?: string;
    /** "Now" for overdue steps and the 30-day review count; defaults to the current time. */
    now?: Date;
}

/**
 * How a container tells a child the outcome of a save the child asked for: the child keeps its form
 * and what was typed until it hears, and after a refusal still has them.
 */
export interface SaveReply {
    saved(): void;
    /** `isStale`: someone else changed the record; the panel reloads to show their change. */
    failed(message: string, isStale: boolean): void;
}

/** Which questions a list shows. */
export type QuestionFilter = 'all' | 'mine' | 'open' | 'resolved';
