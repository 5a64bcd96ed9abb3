// The record inputs the panel hands to `createRecord` and `updateRecord`, built from what a user
// asked for. Field API names come in from the caller's schema imports, so the platform still checks
// every reference while these rules stay testable without it.

/** A schema import's shape: `@salesforce/schema/Object__c.Field__c`. */
export interface FieldRef {
    fieldApiName: string;
}

/** A schema import's shape: `@salesforce/schema/Object__c`. */
export interface ObjectRef {
    objectApiName: string;
}

/** The objects and fields the panel writes, as its schema imports give them. */
export interface CoachingSchema {
    review: {
        object: ObjectRef;
        id: FieldRef;
        opportunity: FieldRef;
        intent: FieldRef;
        sellerFocus: FieldRef;
        reviewer: FieldRef;
        seller: FieldRef;
        status: FieldRef;
        sharedLearning: FieldRef;
        closeDateAtStart: FieldRef;
        amountAtStart: FieldRef;
        stageAtStart: FieldRef;
        reviewDate: FieldRef;
        helpfulness: FieldRef;
        helpfulnessNote: FieldRef;
    };
    question: {
        object: ObjectRef;
        id: FieldRef;
        review: FieldRef;
        text: FieldRef;
        kind: FieldRef;
        answer: FieldRef;
        status: FieldRef;
        changedMyView: FieldRef;
        ideaResponse: FieldRef;
        askedBy: FieldRef;
        responseReason: FieldRef;
        changedViewNote: FieldRef;
    };
    reply: {
        object: ObjectRef;
        id: FieldRef;
        question: FieldRef;
        text: FieldRef;
        status: FieldRef;
    };
    step: {
        object: ObjectRef;
        id: FieldRef;
        opportunity: FieldRef;
        review: FieldRef;
        adoptedFromQuestion: FieldRef;
        action: FieldRef;
        customerValue: FieldRef;
        dueDate: FieldRef;
        status: FieldRef;
    };
}

export type Fields = Record<string, string | number | boolean | null>;

/** A new record, for `createRecord`. */
export interface CreateInput {
    apiName: string;
    fields: Fields;
}

/** A change to one record, for `updateRecord`, refused by the server if the record changed since. */
export interface UpdateInput {
    recordInput: { fields: Fields };
    clientOptions: { ifUnmodifiedSince: string };
}

/** Which text of a review a user saves. */
export type ReviewTextField = 'intent' | 'sellerFocus' | 'sharedLearning';

/** A one-click change to a question. */
export type QuestionChange =
    'resolve' | 'changedView' | 'setIdeaAside' | 'adoptIdea' | 'withdraw' | 'reword';

/** A change to a question, with what the change carries. */
export interface QuestionChangeValues {
    questionId: string;
    lastModifiedDate: string;
    change: QuestionChange;
    /** What changed the asker's view, or why the seller sets it aside. */
    note?: string;
    /** The reworded text and its Kind__c picklist value. */
    text?: string;
    kind?: string;
}

// The Action__c field holds 255 characters.
export const ACTION_MAX_LENGTH = 255;

/**
 * A change to one record, checked against its last-modified date as the user saw it.
 * @param idField the object's Id field
 * @param id the record id
 * @param lastModifiedDate the record's last-modified date as shown
 * @param fields the fields to write
 * @returns the update input
 */
export function update(
    idField: FieldRef,
    id: string,
    lastModifiedDate: string,
    fields: Fields
): UpdateInput {
    return {
        recordInput: { fields: { [idField.fieldApiName]: id, ...fields } },
        clientOptions: { ifUnmodifiedSince: lastModifiedDate }
    };
}

/** The deal as a review finds it, kept on the review so the next one can say what changed. */
export interface DealAtStart {
    closeDate?: string;
    amount?: number | null;
    stage?: string;
}

/**
 * A review a manager starts on a deal, with its intent and the deal's close date, amount and
 * stage at that moment.
 * @param schema the schema references
 * @param review the opportunity, the intent, the reviewer (the manager), the seller (the owner)
 * and the deal as it is now
 * @returns the create input
 */
export function startReviewInput(
    schema: CoachingSchema,
    review: {
        opportunityId: string;
        intent: string;
        reviewerId: string;
        sellerId: string;
        dealAtStart?: DealAtStart;
    }
): CreateInput {
    const s = schema.review;
    return {
        apiName: s.object.objectApiName,
        fields: {
            [s.opportunity.fieldApiName]: review.opportunityId,
            [s.intent.fieldApiName]: review.intent,
            [s.reviewer.fieldApiName]: review.reviewerId,
            [s.seller.fieldApiName]: review.sellerId,
            ...snapshotFields(schema, review.dealAtStart)
        }
    };
}

/**
 * The deal's close date, amount and stage as a review starts, for its `*_At_Start__c` fields.
 * @param schema the schema references
 * @param dealAtStart the deal as the panel read it
 * @returns the fields; only what the panel read: a field it could not see is left empty, never
 * guessed
 */
export function snapshotFields(schema: CoachingSchema, dealAtStart?: DealAtStart): Fields {
    const s = schema.review;
    const deal = dealAtStart ?? {};
    return {
        ...(deal.closeDate ? { [s.closeDateAtStart.fieldApiName]: deal.closeDate } : {}),
        ...(typeof deal.amount === 'number' ? { [s.amountAtStart.fieldApiName]: deal.amount } : {}),
        ...(deal.stage ? { [s.stageAtStart.fieldApiName]: deal.stage } : {})
    };
}

/**
 * One of a review's texts: the intent, the seller's focus or the shared learning.
 * @param schema the schema references
 * @param change the review, its last-modified date as shown, which text and its new value
 * @returns the update input
 */
export function reviewTextInput(
    schema: CoachingSchema,
    change: { reviewId: string; lastModifiedDate: string; field: ReviewTextField; text: string }
): UpdateInput {
    const s = schema.review;
    return update(s.id, change.reviewId, change.lastModifiedDate, {
        [s[change.field].fieldApiName]: change.text
    });
}

/**
 * Closes a review with its shared learning.
 * @param schema the schema references
 * @param change the review, its last-modified date as shown and the shared learning
 * @returns the update input
 */
export function closeReviewInput(
    schema: CoachingSchema,
    change: { reviewId: string; lastModifiedDate: string; text: string }
): UpdateInput {
    const s = schema.review;
    return update(s.id, change.reviewId, change.lastModifiedDate, {
        [s.status.fieldApiName]: 'Closed',
        [s.sharedLearning.fieldApiName]: change.text
    });
}

/** A step as the seller wrote it. */
export interface StepValues {
    action: string;
    customerValue: string;
    /** YYYY-MM-DD, or none. */
    dueDate?: string;
}

function stepFields(schema: CoachingSchema, values: StepValues): Fields {
    const s = schema.step;
    return {
        [s.action.fieldApiName]: values.action,
        [s.customerValue.fieldApiName]: values.customerValue,
        [s.dueDate.fieldApiName]: values.dueDate ?? null
    };
}

/**
 * A step the seller adds; one added while a review is open was proposed in it.
 * @param schema the schema references
 * @param step the opportunity, the open review if any, and the step's values
 * @returns the create input
 */
export function newStepInput(
    schema: CoachingSchema,
    step: StepValues & { opportunityId: string; openReviewId?: string }
): CreateInput {
    const s = schema.step;
    const fields: Fields = {
        [s.opportunity.fieldApiName]: step.opportunityId,
        ...stepFields(schema, step)
    };
    if (step.openReviewId) {
        fields[s.review.fieldApiName] = step.openReviewId;
    }
    return { apiName: s.object.objectApiName, fields };
}

/**
 * The seller's edit of a step's values.
 * @param schema the schema references
 * @param step the step, its last-modified date when the form opened, and the new values
 * @returns the update input
 */
export function editStepInput(
    schema: CoachingSchema,
    step: StepValues & { id: string; lastModifiedDate: string }
): UpdateInput {
    return update(schema.step.id, step.id, step.lastModifiedDate, stepFields(schema, step));
}

/**
 * The seller marks a step done or drops it.
 * @param schema the schema references
 * @param change the step, its last-modified date as shown and the new status
 * @returns the update input
 */
export function stepStatusInput(
    schema: CoachingSchema,
    change: { id: string; lastModifiedDate: string; status: 'Done' | 'Dropped' }
): UpdateInput {
    const s = schema.step;
    return update(s.id, change.id, change.lastModifiedDate, {
        [s.status.fieldApiName]: change.status
    });
}

/**
 * A question asked in a review: by the manager, or by the seller of their reviewer.
 * @param schema the schema references
 * @param question the review, the text, its Kind__c picklist value and whether the seller asks
 * @returns the create input
 */
export function askQuestionInput(
    schema: CoachingSchema,
    question: { reviewId: string; text: string; kind: string; askedBySeller?: boolean }
): CreateInput {
    const s = schema.question;
    const fields: Fields = {
        [s.review.fieldApiName]: question.reviewId,
        [s.text.fieldApiName]: question.text,
        [s.kind.fieldApiName]: question.kind
    };
    if (question.askedBySeller) {
        fields[s.askedBy.fieldApiName] = 'Seller';
    }
    return { apiName: s.object.objectApiName, fields };
}

/**
 * The seller's answer. A first answer moves the question to Answered (the server stamps when); an
 * edit of a saved answer changes only its text.
 * @param schema the schema references
 * @param answer the question, its last-modified date as the form saw it, the text, and whether it
 * edits a saved answer
 * @returns the update input
 */
export function answerInput(
    schema: CoachingSchema,
    answer: {
        questionId: string;
        lastModifiedDate: string;
        text: string;
        isEdit: boolean;
    }
): UpdateInput {
    const s = schema.question;
    const fields: Fields = { [s.answer.fieldApiName]: answer.text };
    if (!answer.isEdit) {
        fields[s.status.fieldApiName] = 'Answered';
    }
    return update(s.id, answer.questionId, answer.lastModifiedDate, fields);
}

type QuestionChangeFields = (s: CoachingSchema['question'], values: QuestionChangeValues) => Fields;

const QUESTION_CHANGES: Record<QuestionChange, QuestionChangeFields> = {
    resolve: (s) => ({ [s.status.fieldApiName]: 'Resolved' }),
    changedView: (s, values) => ({
        [s.changedMyView.fieldApiName]: true,
        [s.changedViewNote.fieldApiName]: values.note ?? ''
    }),
    setIdeaAside: (s, values) => ({
        [s.ideaResponse.fieldApiName]: 'Set aside',
        [s.responseReason.fieldApiName]: values.note || null
    }),
    adoptIdea: (s) => ({ [s.ideaResponse.fieldApiName]: 'Adopted' }),
    // Kept, as a state: the history of what was asked is never lost.
    withdraw: (s) => ({ [s.status.fieldApiName]: 'Withdrawn' }),
    reword: (s, values) => ({
        [s.text.fieldApiName]: values.text ?? '',
        [s.kind.fieldApiName]: values.kind ?? null
    })
};

/**
 * A change to a question: resolve it, mark that it changed the asker's view (with what changed),
 * record the seller's response to an idea or a directive (a set-aside with its reason), or, while
 * unanswered, withdraw or reword it.
 * @param schema the schema references
 * @param change the question, its last-modified date as shown, the change and what it carries
 * @returns the update input
 */
export function questionChangeInput(
    schema: CoachingSchema,
    change: QuestionChangeValues
): UpdateInput {
    const s = schema.question;
    return update(
        s.id,
        change.questionId,
        change.lastModifiedDate,
        QUESTION_CHANGES[change.change](s, change)
    );
}

/**
 * The seller's own step made from a manager's idea, in the seller's words, linked to the idea.
 * @param schema the schema references
 * @param step the opportunity, the idea's review and id, and the step's values
 * @returns the create input
 */
export function adoptedStepInput(
    schema: CoachingSchema,
    step: StepValues & { opportunityId: string; reviewId: string; questionId: string }
): CreateInput {
    const s = schema.step;
    return {
        apiName: s.object.objectApiName,
        fields: {
            [s.opportunity.fieldApiName]: step.opportunityId,
            [s.review.fieldApiName]: step.reviewId,
            [s.adoptedFromQuestion.fieldApiName]: step.questionId,
            ...stepFields(schema, step)
        }
    };
}
