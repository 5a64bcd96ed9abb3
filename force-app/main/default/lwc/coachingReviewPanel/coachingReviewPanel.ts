import { LightningElement, api, wire } from 'lwc';
import { gql, graphql, refreshGraphQL } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import HAS_COACHING_MANAGER from '@salesforce/customPermission/Coaching_Manager';
import HAS_COACHING_ADMIN from '@salesforce/customPermission/Coaching_Admin';
import LOCALE from '@salesforce/i18n/locale';
import {
    ACTION_MAX_LENGTH,
    adoptedStepInput,
    answerInput,
    askQuestionInput,
    buildPanelModel,
    closeReviewInput,
    countRecords,
    editStepInput,
    mergePanelPages,
    newStepInput,
    nextCursors,
    questionChangeInput,
    reviewTextInput,
    startReviewInput,
    stepStatusInput
} from 'c/coachingModel';
import type {
    CreateInput,
    QuestionChange,
    ReviewTextField,
    UpdateInput,
    PanelCursors,
    PanelModel,
    PanelPayload,
    PanelQueryData,
    QuestionView,
    ReviewView,
    Viewer
} from 'c/coachingModel';
import { describeSaveError, reduceErrors } from 'c/coachingErrors';
import { kindToPicklistValue } from 'c/coachingLanguage';
import { formatLabel } from 'c/coachingLabelFormat';
import type { IntentDraft, ReviewTextDraft } from 'c/coachingIntent';
import type { StepDraft, StepStatusChange } from 'c/coachingNextSteps';
import type { AnswerDraft, QuestionAction, QuestionDraft } from 'c/coachingQuestions';
import LABELS from './labels';
import SCHEMA from './schema';

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

const VIEWER: Viewer = Object.freeze({
    userId: USER_ID,
    isManager: HAS_COACHING_MANAGER === true,
    isAdmin: HAS_COACHING_ADMIN === true
});

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
        return !this.model && !this.hasError;
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
        const input = startReviewInput(SCHEMA, {
            opportunityId: this.recordId ?? '',
            intent: event.detail.text,
            reviewerId: VIEWER.userId,
            sellerId: this.model?.ownerId ?? ''
        });
        this.save(event, LABELS.reviewStarted, async () => {
            const review = await createRecord(input);
            // The manager goes on in the review just started, whichever one they were reading.
            this.selectedReviewId = review.id;
        });
    }

    handleSaveIntent(event: CustomEvent<ReviewTextDraft>): void {
        this.updateReviewText(event, 'intent', LABELS.intentSaved);
    }

    handleSaveFocus(event: CustomEvent<ReviewTextDraft>): void {
        this.updateReviewText(event, 'sellerFocus', LABELS.focusSaved);
    }

    handleSaveLearning(event: CustomEvent<ReviewTextDraft>): void {
        this.updateReviewText(event, 'sharedLearning', LABELS.learningSaved);
    }

    handleCloseReview(event: CustomEvent<ReviewTextDraft>): void {
        this.saveUpdate(event, LABELS.reviewClosed, closeReviewInput(SCHEMA, event.detail));
    }

    handleSaveStep(event: CustomEvent<StepDraft>): void {
        const { id, lastModifiedDate } = event.detail;
        if (id && lastModifiedDate) {
            this.saveUpdate(
                event,
                LABELS.stepSaved,
                editStepInput(SCHEMA, { ...event.detail, id, lastModifiedDate })
            );
            return;
        }
        this.saveCreate(
            event,
            LABELS.stepAdded,
            newStepInput(SCHEMA, {
                ...event.detail,
                opportunityId: this.recordId ?? '',
                openReviewId: this.openReviewId
            })
        );
    }

    handleStepStatus(event: CustomEvent<StepStatusChange>): void {
        const title = event.detail.status === 'Done' ? LABELS.stepDone : LABELS.stepDropped;
        this.saveUpdate(event, title, stepStatusInput(SCHEMA, event.detail));
    }

    handleAskQuestion(event: CustomEvent<QuestionDraft>): void {
        const { reviewId, text, kind } = event.detail;
        this.saveCreate(
            event,
            LABELS.questionAsked,
            askQuestionInput(SCHEMA, { reviewId, text, kind: kindToPicklistValue(kind) })
        );
    }

    handleAnswerQuestion(event: CustomEvent<AnswerDraft>): void {
        const input = answerInput(SCHEMA, {
            ...event.detail,
            isEdit: false,
            now: new Date().toISOString()
        });
        this.saveUpdate(event, LABELS.answerSaved, input);
    }

    handleResolveQuestion(event: CustomEvent<QuestionAction>): void {
        this.changeQuestion(event, 'resolve', LABELS.questionResolved);
    }

    handleChangedView(event: CustomEvent<QuestionAction>): void {
        this.changeQuestion(event, 'changedView', LABELS.viewChanged);
    }

    handleSetIdeaAside(event: CustomEvent<QuestionAction>): void {
        this.changeQuestion(event, 'setIdeaAside', LABELS.ideaSetAside);
    }

    handleAdoptIdea(event: CustomEvent<QuestionAction>): void {
        const { questionId, lastModifiedDate } = event.detail;
        const question = this.currentQuestions.find((candidate) => candidate.id === questionId);
        if (!question) {
            return;
        }
        // The step comes first: it is the seller's own plan; the response only labels the idea.
        const step = adoptedStepInput(SCHEMA, {
            opportunityId: this.recordId ?? '',
            reviewId: question.reviewId,
            questionId,
            action: toAction(question.text),
            customerValue: ''
        });
        const response = questionChangeInput(SCHEMA, {
            questionId,
            lastModifiedDate,
            change: 'adoptIdea'
        });
        let stepCreated = false;
        this.save(
            event,
            LABELS.ideaAdopted,
            async () => {
                await createRecord(step);
                stepCreated = true;
                await updateRecord(response.recordInput, response.clientOptions);
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
            refreshGraphQL(result).catch((error: unknown) => this.showLoadError(error));
            return;
        }
        this.loaded = isFirstPage ? page : mergePanelPages(this.loaded, page);
        const next = nextCursors(this.loaded);
        // While a reload pages through a large deal, what it has not reached yet stays on screen,
        // with any form open on it, until its last page replaces the whole picture.
        this.payload = next && this.payload ? mergePanelPages(this.payload, page) : this.loaded;
        this.loadFailed = false;
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
        this.loadFailed = true;
        this.errorDetails = reduceErrors(error);
    }

    private updateReviewText(
        event: CustomEvent<ReviewTextDraft>,
        field: ReviewTextField,
        successTitle: string
    ): void {
        this.saveUpdate(event, successTitle, reviewTextInput(SCHEMA, { ...event.detail, field }));
    }

    private changeQuestion(
        event: CustomEvent<QuestionAction>,
        change: QuestionChange,
        successTitle: string
    ): void {
        this.saveUpdate(
            event,
            successTitle,
            questionChangeInput(SCHEMA, { ...event.detail, change })
        );
    }

    private saveCreate(event: CustomEvent, successTitle: string, input: CreateInput): void {
        this.save(event, successTitle, () => createRecord(input));
    }

    /** Saves one record's changed fields; the server refuses it if the record changed since. */
    private saveUpdate(event: CustomEvent, successTitle: string, input: UpdateInput): void {
        this.save(event, successTitle, () => updateRecord(input.recordInput, input.clientOptions));
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
        if (this.wiredResult) {
            refreshGraphQL(this.wiredResult).catch((error: unknown) => this.showLoadError(error));
        }
    }
}
