import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import HAS_COACHING_MANAGER from '@salesforce/customPermission/Coaching_Manager';
import HAS_COACHING_ADMIN from '@salesforce/customPermission/Coaching_Admin';
import LOCALE from '@salesforce/i18n/locale';
import REVIEW_OBJECT from '@salesforce/schema/Coaching_Review__c';
import REVIEW_ID_FIELD from '@salesforce/schema/Coaching_Review__c.Id';
import REVIEW_OPPORTUNITY_FIELD from '@salesforce/schema/Coaching_Review__c.Opportunity__c';
import INTENT_FIELD from '@salesforce/schema/Coaching_Review__c.Intent__c';
import SELLER_FOCUS_FIELD from '@salesforce/schema/Coaching_Review__c.Seller_Focus__c';
import REVIEWER_FIELD from '@salesforce/schema/Coaching_Review__c.Reviewer__c';
import SELLER_FIELD from '@salesforce/schema/Coaching_Review__c.Seller__c';
import REVIEW_STATUS_FIELD from '@salesforce/schema/Coaching_Review__c.Status__c';
import SHARED_LEARNING_FIELD from '@salesforce/schema/Coaching_Review__c.Shared_Learning__c';
import QUESTION_OBJECT from '@salesforce/schema/Coaching_Question__c';
import QUESTION_ID_FIELD from '@salesforce/schema/Coaching_Question__c.Id';
import QUESTION_REVIEW_FIELD from '@salesforce/schema/Coaching_Question__c.Coaching_Review__c';
import QUESTION_TEXT_FIELD from '@salesforce/schema/Coaching_Question__c.Question__c';
import KIND_FIELD from '@salesforce/schema/Coaching_Question__c.Kind__c';
import ANSWER_FIELD from '@salesforce/schema/Coaching_Question__c.Answer__c';
import QUESTION_STATUS_FIELD from '@salesforce/schema/Coaching_Question__c.Status__c';
import CHANGED_MY_VIEW_FIELD from '@salesforce/schema/Coaching_Question__c.Changed_My_View__c';
import IDEA_RESPONSE_FIELD from '@salesforce/schema/Coaching_Question__c.Idea_Response__c';
import STEP_OBJECT from '@salesforce/schema/Seller_Next_Step__c';
import STEP_ID_FIELD from '@salesforce/schema/Seller_Next_Step__c.Id';
import STEP_OPPORTUNITY_FIELD from '@salesforce/schema/Seller_Next_Step__c.Opportunity__c';
import STEP_REVIEW_FIELD from '@salesforce/schema/Seller_Next_Step__c.Coaching_Review__c';
import ADOPTED_FROM_QUESTION_FIELD from '@salesforce/schema/Seller_Next_Step__c.Adopted_From_Question__c';
import ACTION_FIELD from '@salesforce/schema/Seller_Next_Step__c.Action__c';
import CUSTOMER_VALUE_FIELD from '@salesforce/schema/Seller_Next_Step__c.Customer_Value__c';
import DUE_DATE_FIELD from '@salesforce/schema/Seller_Next_Step__c.Due_Date__c';
import STEP_STATUS_FIELD from '@salesforce/schema/Seller_Next_Step__c.Status__c';
import { buildPanelModel, countRecords, mergePanelPages, nextCursors } from 'c/coachingModel';
import type {
    PanelCursors,
    PanelModel,
    PanelPayload,
    PanelQueryData,
    QuestionView,
    ReviewView,
    Viewer
} from 'c/coachingModel';
import { describeSaveError, inaccessibleObjects, reduceErrors } from 'c/coachingErrors';
import { kindToPicklistValue } from 'c/coachingLanguage';
import { formatLabel } from 'c/coachingLabelFormat';
import type { IntentDraft, ReviewTextDraft } from 'c/coachingIntent';
import type { StepDraft, StepStatusChange } from 'c/coachingNextSteps';
import type { AnswerDraft, QuestionAction, QuestionDraft } from 'c/coachingQuestions';
import LABELS from './labels';

/** What every child that keeps a draft offers the panel, so a failed save leaves the text in place. */
interface DraftKeeper {
    saveSucceeded(key: string): void;
    /** `isStale`: someone else changed the record; the panel reloads to show their change. */
    saveFailed(key: string, message: string, isStale: boolean): void;
}

interface ReviewOption {
    label: string;
    value: string;
}

// The Action__c field holds 255 characters; an adopted idea longer than that is cut with an ellipsis.
const ACTION_MAX_LENGTH = 255;

const VIEWER: Viewer = Object.freeze({
    userId: USER_ID,
    isManager: HAS_COACHING_MANAGER === true,
    isAdmin: HAS_COACHING_ADMIN === true
});

// The objects the panel reads besides the Opportunity; without access to them there is nothing to show.
const COACHING_OBJECTS = [
    REVIEW_OBJECT.objectApiName,
    QUESTION_OBJECT.objectApiName,
    STEP_OBJECT.objectApiName
];

function hasCursors(cursors: PanelCursors): boolean {
    return Boolean(cursors.reviewsAfter || cursors.questionsAfter || cursors.stepsAfter);
}

function toAction(text: string): string {
    return text.length <= ACTION_MAX_LENGTH ? text : `${text.slice(0, ACTION_MAX_LENGTH - 1)}…`;
}

/**
 * The coaching review panel on the Opportunity record page: loads the deal's reviews, questions and
 * next steps in one GraphQL query, composes the intent, next steps, questions and balance children,
 * and makes every write they ask for.
 */
export default class CoachingReviewPanel extends LightningElement {
    /** The Opportunity the record page shows. */
    @api recordId?: string;

    labels = LABELS;
    model?: PanelModel;
    loadFailed = false;
    /** The user may not read the coaching objects: a calm message, not a load error. */
    hasNoAccess = false;
    errorDetails: string[] = [];
    selectedReviewId?: string;
    cursors: PanelCursors = {};
    isLoadingMore = false;

    /** What the panel shows. */
    private payload?: PanelPayload;
    /** The pages of the current load or reload, from its first page on: paging follows these. */
    private loaded?: PanelPayload;
    private wiredResult?: GraphQLResult;
    private refreshWhenFirstPageArrives = false;

    @wire(graphql, {
        query: gql`
            query coachingPanel(
                $opportunityId: ID!
                $reviewsAfter: String
                $questionsAfter: String
                $stepsAfter: String
            ) {
                uiapi {
                    query {
                        Opportunity(where: { Id: { eq: $opportunityId } }, first: 1) {
                            edges {
                                node {
                                    Id
                                    Name {
                                        value
                                    }
                                    OwnerId {
                                        value
                                    }
                                }
                            }
                        }
                        Coaching_Review__c(
                            where: { Opportunity__c: { eq: $opportunityId } }
                            orderBy: {
                                Review_Date__c: { order: DESC }
                                CreatedDate: { order: DESC }
                            }
                            first: 50
                            after: $reviewsAfter
                        ) {
                            edges {
                                node {
                                    Id
                                    LastModifiedDate {
                                        value
                                    }
                                    CreatedDate {
                                        value
                                    }
                                    Intent__c {
                                        value
                                    }
                                    Seller_Focus__c {
                                        value
                                    }
                                    Reviewer__c {
                                        value
                                    }
                                    Reviewer__r {
                                        Name {
                                            value
                                        }
                                    }
                                    Seller__c {
                                        value
                                    }
                                    Review_Date__c {
                                        value
                                        displayValue
                                    }
                                    Status__c {
                                        value
                                        displayValue
                                    }
                                    Shared_Learning__c {
                                        value
                                    }
                                }
                            }
                            pageInfo {
                                hasNextPage
                                endCursor
                            }
                        }
                        Coaching_Question__c(
                            where: {
                                Coaching_Review__r: { Opportunity__c: { eq: $opportunityId } }
                            }
                            orderBy: { CreatedDate: { order: ASC } }
                            first: 200
                            after: $questionsAfter
                        ) {
                            edges {
                                node {
                                    Id
                                    LastModifiedDate {
                                        value
                                    }
                                    CreatedDate {
                                        value
                                    }
                                    CreatedById {
                                        value
                                    }
                                    Coaching_Review__c {
                                        value
                                    }
                                    Question__c {
                                        value
                                    }
                                    Kind__c {
                                        value
                                        displayValue
                                    }
                                    Answer__c {
                                        value
                                    }
                                    Answered_At__c {
                                        value
                                    }
                                    Status__c {
                                        value
                                        displayValue
                                    }
                                    Changed_My_View__c {
                                        value
                                    }
                                    Idea_Response__c {
                                        value
                                    }
                                }
                            }
                            pageInfo {
                                hasNextPage
                                endCursor
                            }
                        }
                        Seller_Next_Step__c(
                            where: { Opportunity__c: { eq: $opportunityId } }
                            orderBy: { CreatedDate: { order: ASC } }
                            first: 200
                            after: $stepsAfter
                        ) {
                            edges {
                                node {
                                    Id
                                    LastModifiedDate {
                                        value
                                    }
                                    CreatedDate {
                                        value
                                    }
                                    CreatedById {
                                        value
                                    }
                                    Coaching_Review__c {
                                        value
                                    }
                                    Adopted_From_Question__c {
                                        value
                                    }
                                    Action__c {
                                        value
                                    }
                                    Customer_Value__c {
                                        value
                                    }
                                    Due_Date__c {
                                        value
                                        displayValue
                                    }
                                    Status__c {
                                        value
                                        displayValue
                                    }
                                }
                            }
                            pageInfo {
                                hasNextPage
                                endCursor
                            }
                        }
                    }
                }
            }
        `,
        variables: '$queryVariables'
    })
    handlePanelResult(result: GraphQLResult): void {
        this.wiredResult = result;
        const page = (result.data as PanelQueryData | undefined)?.uiapi?.query;
        if (page) {
            this.handlePage(page, result);
        } else if (result.errors?.length) {
            this.showLoadError(result.errors);
        }
    }

    /** The query's variables: the record, and where each list continues while paging. */
    get queryVariables(): Record<string, string | null> | undefined {
        if (!this.recordId) {
            return undefined;
        }
        return {
            opportunityId: this.recordId,
            reviewsAfter: this.cursors.reviewsAfter ?? null,
            questionsAfter: this.cursors.questionsAfter ?? null,
            stepsAfter: this.cursors.stepsAfter ?? null
        };
    }

    get isLoading(): boolean {
        return !this.model && !this.hasError && !this.hasNoAccess;
    }

    get hasError(): boolean {
        return this.loadFailed;
    }

    get loadingMoreText(): string {
        const counts = countRecords(this.loaded);
        const number = new Intl.NumberFormat(LOCALE);
        return formatLabel(
            LABELS.loadingMore,
            number.format(counts.reviews),
            number.format(counts.questions),
            number.format(counts.steps)
        );
    }

    get isEmpty(): boolean {
        return this.model?.isEmpty ?? false;
    }

    get emptyStateText(): string {
        if (this.model?.canStartReview) {
            return LABELS.emptyManager;
        }
        return this.model?.viewerIsOwner ? LABELS.emptySeller : LABELS.emptyViewer;
    }

    get showNextSteps(): boolean {
        return !this.isEmpty || Boolean(this.model?.canAddStep);
    }

    get showBalance(): boolean {
        return !this.isEmpty;
    }

    get currentReview(): ReviewView | undefined {
        return this.model?.currentReview;
    }

    get currentQuestions(): QuestionView[] {
        return this.currentReview?.questions ?? [];
    }

    get canAskQuestion(): boolean {
        return this.currentReview?.canAskQuestion ?? false;
    }

    get hasReviews(): boolean {
        return (this.model?.reviews.length ?? 0) > 0;
    }

    get reviewOptions(): ReviewOption[] {
        const dates = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });
        return (this.model?.reviews ?? []).map((review) => {
            const date = review.reviewDate
                ? dates.format(new Date(`${review.reviewDate}T00:00:00Z`))
                : LABELS.noReviewDate;
            const template = review.isOpen ? LABELS.reviewOptionOpen : LABELS.reviewOption;
            return { label: formatLabel(template, date, review.reviewerName), value: review.id };
        });
    }

    get currentReviewId(): string | undefined {
        return this.currentReview?.id;
    }

    handleReviewChange(event: CustomEvent<{ value: string }>): void {
        this.selectedReviewId = event.detail.value;
        this.rebuildModel();
    }

    handleStartReview(event: CustomEvent<IntentDraft>): void {
        const fields = {
            [REVIEW_OPPORTUNITY_FIELD.fieldApiName]: this.recordId,
            [INTENT_FIELD.fieldApiName]: event.detail.text,
            [REVIEWER_FIELD.fieldApiName]: VIEWER.userId,
            [SELLER_FIELD.fieldApiName]: this.model?.ownerId
        };
        this.save(event, LABELS.reviewStarted, async () => {
            const review = await createRecord({ apiName: REVIEW_OBJECT.objectApiName, fields });
            // The manager goes on in the review just started, whichever one they were reading.
            this.selectedReviewId = review.id;
        });
    }

    handleSaveIntent(event: CustomEvent<ReviewTextDraft>): void {
        this.updateReviewText(event, INTENT_FIELD.fieldApiName, LABELS.intentSaved);
    }

    handleSaveFocus(event: CustomEvent<ReviewTextDraft>): void {
        this.updateReviewText(event, SELLER_FOCUS_FIELD.fieldApiName, LABELS.focusSaved);
    }

    handleSaveLearning(event: CustomEvent<ReviewTextDraft>): void {
        this.updateReviewText(event, SHARED_LEARNING_FIELD.fieldApiName, LABELS.learningSaved);
    }

    handleCloseReview(event: CustomEvent<ReviewTextDraft>): void {
        const { reviewId, lastModifiedDate, text } = event.detail;
        this.saveUpdate(event, LABELS.reviewClosed, lastModifiedDate, {
            [REVIEW_ID_FIELD.fieldApiName]: reviewId,
            [REVIEW_STATUS_FIELD.fieldApiName]: 'Closed',
            [SHARED_LEARNING_FIELD.fieldApiName]: text
        });
    }

    handleSaveStep(event: CustomEvent<StepDraft>): void {
        const { id, lastModifiedDate, action, customerValue, dueDate } = event.detail;
        const values = {
            [ACTION_FIELD.fieldApiName]: action,
            [CUSTOMER_VALUE_FIELD.fieldApiName]: customerValue,
            [DUE_DATE_FIELD.fieldApiName]: dueDate ?? null
        };
        if (id && lastModifiedDate) {
            this.saveUpdate(event, LABELS.stepSaved, lastModifiedDate, {
                [STEP_ID_FIELD.fieldApiName]: id,
                ...values
            });
            return;
        }
        const fields: Record<string, unknown> = {
            [STEP_OPPORTUNITY_FIELD.fieldApiName]: this.recordId,
            ...values
        };
        // A step added while a review is open was proposed in it.
        if (this.openReviewId) {
            fields[STEP_REVIEW_FIELD.fieldApiName] = this.openReviewId;
        }
        this.save(event, LABELS.stepAdded, () =>
            createRecord({ apiName: STEP_OBJECT.objectApiName, fields })
        );
    }

    handleStepStatus(event: CustomEvent<StepStatusChange>): void {
        const { id, lastModifiedDate, status } = event.detail;
        const title = status === 'Done' ? LABELS.stepDone : LABELS.stepDropped;
        this.saveUpdate(event, title, lastModifiedDate, {
            [STEP_ID_FIELD.fieldApiName]: id,
            [STEP_STATUS_FIELD.fieldApiName]: status
        });
    }

    handleAskQuestion(event: CustomEvent<QuestionDraft>): void {
        const { reviewId, text, kind } = event.detail;
        const fields = {
            [QUESTION_REVIEW_FIELD.fieldApiName]: reviewId,
            [QUESTION_TEXT_FIELD.fieldApiName]: text,
            [KIND_FIELD.fieldApiName]: kindToPicklistValue(kind)
        };
        this.save(event, LABELS.questionAsked, () =>
            createRecord({ apiName: QUESTION_OBJECT.objectApiName, fields })
        );
    }

    handleAnswerQuestion(event: CustomEvent<AnswerDraft>): void {
        const { questionId, lastModifiedDate, text } = event.detail;
        this.saveUpdate(event, LABELS.answerSaved, lastModifiedDate, {
            [QUESTION_ID_FIELD.fieldApiName]: questionId,
            [ANSWER_FIELD.fieldApiName]: text,
            [QUESTION_STATUS_FIELD.fieldApiName]: 'Answered'
        });
    }

    handleResolveQuestion(event: CustomEvent<QuestionAction>): void {
        this.updateQuestion(event, LABELS.questionResolved, {
            [QUESTION_STATUS_FIELD.fieldApiName]: 'Resolved'
        });
    }

    handleChangedView(event: CustomEvent<QuestionAction>): void {
        this.updateQuestion(event, LABELS.viewChanged, {
            [CHANGED_MY_VIEW_FIELD.fieldApiName]: true
        });
    }

    handleSetIdeaAside(event: CustomEvent<QuestionAction>): void {
        this.updateQuestion(event, LABELS.ideaSetAside, {
            [IDEA_RESPONSE_FIELD.fieldApiName]: 'Set aside'
        });
    }

    handleAdoptIdea(event: CustomEvent<QuestionAction>): void {
        const { questionId, lastModifiedDate } = event.detail;
        const question = this.currentQuestions.find((candidate) => candidate.id === questionId);
        if (!question) {
            return;
        }
        // The step comes first: it is the seller's own plan; the response only labels the idea.
        const stepFields = {
            [STEP_OPPORTUNITY_FIELD.fieldApiName]: this.recordId,
            [STEP_REVIEW_FIELD.fieldApiName]: question.reviewId,
            [ADOPTED_FROM_QUESTION_FIELD.fieldApiName]: question.id,
            [ACTION_FIELD.fieldApiName]: toAction(question.text)
        };
        let stepCreated = false;
        this.save(
            event,
            LABELS.ideaAdopted,
            async () => {
                await createRecord({ apiName: STEP_OBJECT.objectApiName, fields: stepFields });
                stepCreated = true;
                await this.update(lastModifiedDate, {
                    [QUESTION_ID_FIELD.fieldApiName]: questionId,
                    [IDEA_RESPONSE_FIELD.fieldApiName]: 'Adopted'
                });
            },
            // A saved step already adopts the idea: show it, rather than offer a second adoption.
            () => stepCreated
        );
    }

    private get openReviewId(): string | undefined {
        return this.model?.reviews.find((review) => review.isOpen)?.id;
    }

    private handlePage(page: PanelPayload, result: GraphQLResult): void {
        const isFirstPage = !hasCursors(this.cursors);
        if (isFirstPage && this.refreshWhenFirstPageArrives) {
            // After a write the first page may come from the cache; only the refreshed one counts.
            this.refreshWhenFirstPageArrives = false;
            this.refresh(result);
            return;
        }
        this.loaded = isFirstPage ? page : mergePanelPages(this.loaded, page);
        const next = nextCursors(this.loaded);
        // While a reload pages through a large deal, what it has not reached yet stays on screen,
        // with any form open on it, until its last page replaces the whole picture.
        this.payload = next && this.payload ? mergePanelPages(this.payload, page) : this.loaded;
        this.loadFailed = false;
        this.hasNoAccess = false;
        this.errorDetails = [];
        this.rebuildModel();
        this.isLoadingMore = Boolean(next);
        if (next) {
            // New cursors re-run the wire for the following pages.
            this.cursors = next;
        }
    }

    private rebuildModel(): void {
        if (this.payload) {
            this.model = buildPanelModel(this.payload, VIEWER, {
                selectedReviewId: this.selectedReviewId
            });
        }
    }

    private showLoadError(error: unknown): void {
        if (inaccessibleObjects(error, COACHING_OBJECTS).length > 0) {
            this.hasNoAccess = true;
            this.loadFailed = false;
            this.model = undefined;
            return;
        }
        this.loadFailed = true;
        this.errorDetails = reduceErrors(error);
    }

    private updateReviewText(
        event: CustomEvent<ReviewTextDraft>,
        fieldApiName: string,
        successTitle: string
    ): void {
        const { reviewId, lastModifiedDate, text } = event.detail;
        this.saveUpdate(event, successTitle, lastModifiedDate, {
            [REVIEW_ID_FIELD.fieldApiName]: reviewId,
            [fieldApiName]: text
        });
    }

    private updateQuestion(
        event: CustomEvent<QuestionAction>,
        successTitle: string,
        values: Record<string, unknown>
    ): void {
        const { questionId, lastModifiedDate } = event.detail;
        this.saveUpdate(event, successTitle, lastModifiedDate, {
            [QUESTION_ID_FIELD.fieldApiName]: questionId,
            ...values
        });
    }

    /** Saves one record's changed fields (its Id among them) for a child. */
    private saveUpdate(
        event: CustomEvent,
        successTitle: string,
        lastModifiedDate: string,
        fields: Record<string, unknown>
    ): void {
        this.save(event, successTitle, () => this.update(lastModifiedDate, fields));
    }

    private update(lastModifiedDate: string, fields: Record<string, unknown>): Promise<unknown> {
        // The server refuses the write if someone changed the record since we read it.
        return updateRecord({ fields }, { ifUnmodifiedSince: lastModifiedDate });
    }

    /**
     * Runs one write for a child: on success it clears the child's draft and reloads; on failure
     * it tells the child, which keeps the user's text, and says why in a toast. A failed write is
     * reloaded when the record changed under the user, or when `savedPart` says part of it landed.
     */
    private save(
        event: CustomEvent,
        successTitle: string,
        write: () => Promise<unknown>,
        savedPart: () => boolean = () => false
    ): void {
        // currentTarget is only set while the event is being handled; keep the child for later.
        const child = event.currentTarget as unknown as DraftKeeper;
        const key = (event.detail as { key: string }).key;
        write().then(
            () => {
                child.saveSucceeded(key);
                this.dispatchEvent(new ShowToastEvent({ title: successTitle, variant: 'success' }));
                this.reloadFromFirstPage();
            },
            (error: unknown) => {
                const message = this.saveErrorMessage(error);
                const isStale = describeSaveError(error).isStale;
                child.saveFailed(key, message, isStale);
                this.dispatchEvent(
                    new ShowToastEvent({ title: LABELS.saveFailed, message, variant: 'error' })
                );
                // After a stale save, their change loads so the next save is checked against it.
                if (isStale || savedPart()) {
                    this.reloadFromFirstPage();
                }
            }
        );
    }

    private saveErrorMessage(error: unknown): string {
        const described = describeSaveError(error);
        if (described.isStale) {
            return LABELS.staleRecord;
        }
        if (described.isPermission) {
            return LABELS.noPermission;
        }
        return described.message || LABELS.saveFailedUnknown;
    }

    private reloadFromFirstPage(): void {
        if (hasCursors(this.cursors)) {
            // Going back to page one re-runs the wire; that page is then refreshed from the server.
            this.refreshWhenFirstPageArrives = true;
            this.cursors = {};
            return;
        }
        this.refresh(this.wiredResult);
    }

    /** Reloads a query from the server with the `refresh()` that lightning/graphql puts on its results. */
    private refresh(result: GraphQLResult | undefined): void {
        result?.refresh?.().catch((error: unknown) => this.showLoadError(error));
    }
}
