import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import type { GraphQLResult } from 'lightning/graphql';
import USER_ID from '@salesforce/user/Id';
import HAS_COACHING_MANAGER from '@salesforce/customPermission/Coaching_Manager';
import HAS_COACHING_ADMIN from '@salesforce/customPermission/Coaching_Admin';
import LOCALE from '@salesforce/i18n/locale';
import USER_MANAGER_FIELD from '@salesforce/schema/User.ManagerId';
import {
    adoptedStepInput,
    answerInput,
    askQuestionInput,
    buildPanelModel,
    editStepInput,
    hasCursors,
    mergePanelPages,
    newStepInput,
    nextCursors,
    questionChangeInput,
    ratingInput,
    reviewTextInput,
    stepStatusInput
} from 'c/coachingModel';
import type {
    PanelCursors,
    PanelModel,
    PanelPayload,
    PanelQueryData,
    ReviewTextField,
    ReviewView,
    SaveReply,
    Viewer
} from 'c/coachingModel';
import { inaccessibleObjects, reduceErrors } from 'c/coachingErrors';
import { kindToPicklistValue } from 'c/coachingLanguage';
import type { CloseDraft, IntentDraft, ReviewTextDraft } from 'c/coachingIntent';
import type { CloseProgress } from 'c/coachingCloseReview';
import type { FocusRequestDraft } from 'c/coachingFocusRequest';
import type { RatingDraft, SavedRating } from 'c/coachingReviewRating';
import type { NewStep, StepEdit, StepStatusChange } from 'c/coachingNextSteps';
import type {
    AnswerDraft,
    IdeaAdoption,
    QuestionAction,
    QuestionDraft,
    ReplyDraft
} from 'c/coachingQuestions';
import LABELS from './labels';
import PANEL_QUERY from './query';
import { create, keeperReply, runSave, update } from './panelSave';
import { questionChangeWrite, replyWrite } from './conversationSave';
import CONVERSATION_LABELS from './conversationLabels';
import { emptyStateText, loadingMoreText, overReviewNote, reviewOptions } from './panelText';
import type { ReviewOption } from './panelText';
import SCHEMA, { COACHING_OBJECTS, RATING_FIELDS } from './schema';
import {
    closeReview,
    readManagerId,
    readRating,
    saveFocusRequest,
    startReview
} from './reviewActions';
import type { RecordResult } from './reviewActions';

const VIEWER: Viewer = Object.freeze({
    userId: USER_ID,
    isManager: HAS_COACHING_MANAGER === true,
    isAdmin: HAS_COACHING_ADMIN === true
});

/**
 * The coaching review panel on the Opportunity record page: loads the deal's reviews, questions and
 * next steps in one GraphQL query, composes the intent, next steps, questions and balance children
 * in the order that serves the viewer, and makes every write they ask for.
 */
export default class CoachingReviewPanel extends LightningElement {
    /** The Opportunity the record page shows. */
    @api recordId?: string;

    labels = LABELS;
    model?: PanelModel;
    loadFailed = false;
    /** The user may not read the coaching objects: a calm note, not a load error. */
    hasNoAccess = false;
    errorDetails: string[] = [];
    selectedReviewId?: string;
    cursors: PanelCursors = {};
    isLoadingMore = false;
    /** While a close releases questions: how far it has gone. */
    closeProgress?: CloseProgress;
    /** The current review's rating, for its seller and reviewer; undefined while it loads. */
    rating?: SavedRating;
    /** The viewer's manager, who a prepared focus is for; undefined when unknown. */
    private managerId?: string;

    /** What the panel shows. */
    private payload?: PanelPayload;
    /** The pages of the current load or reload, from its first page on: paging follows these. */
    private loaded?: PanelPayload;
    private wiredResult?: GraphQLResult;
    private refreshWhenFirstPageArrives = false;

    @wire(graphql, {
        query: PANEL_QUERY,
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

    /** The viewer's own user record, read only when they may prepare a focus for their manager. */
    @wire(getRecord, { recordId: '$viewerToRead', fields: [USER_MANAGER_FIELD] })
    handleViewerRecord({ data }: RecordResult): void {
        this.managerId = readManagerId(data);
    }

    /** The rating of the review shown, read only by its seller and reviewer once it is closed. */
    @wire(getRecord, { recordId: '$ratedReviewId', optionalFields: RATING_FIELDS })
    handleRating({ data }: RecordResult): void {
        this.rating = readRating(data);
    }

    get viewerToRead(): string | undefined {
        return this.model?.canPrepareFocus ? VIEWER.userId : undefined;
    }

    get ratedReviewId(): string | undefined {
        const review = this.currentReview;
        return review && !review.isOpen && review.canSeeRating ? review.id : undefined;
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
            stepsAfter: this.cursors.stepsAfter ?? null,
            repliesAfter: this.cursors.repliesAfter ?? null
        };
    }

    get isLoading(): boolean {
        return !this.model && !this.loadFailed && !this.hasNoAccess;
    }

    get loadingMoreText(): string {
        return loadingMoreText(this.loaded, LOCALE);
    }

    get isEmpty(): boolean {
        return this.model?.isEmpty ?? false;
    }

    get emptyStateText(): string {
        return emptyStateText(this.model);
    }

    get showNextSteps(): boolean {
        return !this.isEmpty || Boolean(this.model?.canAddStep);
    }

    /** The seller reads their own plan first; everyone else reads the questions first. */
    get stepsFirst(): boolean {
        return this.showNextSteps && Boolean(this.model?.viewerIsOwner);
    }

    get showStepsAfterQuestions(): boolean {
        return this.showNextSteps && !this.model?.viewerIsOwner;
    }

    /** Said where a manager would start yet another review, not under the numbers. */
    get overReviewNote(): string | undefined {
        const balance = this.model?.balance;
        return balance?.isOverReviewed && this.model?.canStartReview
            ? overReviewNote(balance.reviewsLast30Days, LOCALE)
            : undefined;
    }

    get currentReview(): ReviewView | undefined {
        return this.model?.currentReview;
    }

    get hasReviews(): boolean {
        return (this.model?.reviews.length ?? 0) > 0;
    }

    get reviewOptions(): ReviewOption[] {
        return reviewOptions(this.model?.reviews ?? [], LOCALE);
    }

    handleReviewChange(event: CustomEvent<{ value: string }>): void {
        this.selectedReviewId = event.detail.value;
        this.rebuildModel();
    }

    handleStartReview(event: CustomEvent<IntentDraft>): void {
        const start = startReview(event.detail.text, this.model, {
            opportunityId: this.recordId ?? '',
            reviewerId: VIEWER.userId
        });
        this.perform(keeperReply(event), LABELS.reviewStarted, async () => {
            // The manager goes on in the review just started, whichever one they were reading.
            this.selectedReviewId = await start();
        });
    }

    handleSaveIntent(event: CustomEvent<ReviewTextDraft>): void {
        this.saveReviewText(event, 'intent', LABELS.intentSaved);
    }

    handleSaveFocus(event: CustomEvent<ReviewTextDraft>): void {
        this.saveReviewText(event, 'sellerFocus', LABELS.focusSaved);
    }

    handleSaveLearning(event: CustomEvent<ReviewTextDraft>): void {
        this.saveReviewText(event, 'sharedLearning', LABELS.learningSaved);
    }

    handleCloseReview(event: CustomEvent<CloseDraft>): void {
        const review = this.model?.reviews.find((item) => item.id === event.detail.reviewId);
        const close = closeReview(event.detail, review, (progress) => {
            this.closeProgress = progress;
        });
        this.perform(keeperReply(event), LABELS.reviewClosed, close.write, close.partlyLanded);
    }

    handleSaveFocusRequest(event: CustomEvent<FocusRequestDraft>): void {
        const write = saveFocusRequest(event.detail, {
            opportunityId: this.recordId ?? '',
            sellerId: VIEWER.userId,
            managerId: this.managerId
        });
        this.perform(keeperReply(event), LABELS.focusRequested, write);
    }

    handleRateReview(event: CustomEvent<RatingDraft>): void {
        const input = ratingInput(SCHEMA, event.detail);
        this.perform(keeperReply(event), LABELS.ratingSaved, () => update(input));
    }

    handleAddStep(event: CustomEvent<NewStep>): void {
        const input = newStepInput(SCHEMA, {
            ...event.detail,
            opportunityId: this.recordId ?? '',
            // A step added while a review is open was proposed in it.
            openReviewId: this.model?.reviews.find((review) => review.isOpen)?.id
        });
        this.perform(event.detail.reply, LABELS.stepAdded, () => create(input));
    }

    handleSaveStep(event: CustomEvent<StepEdit>): void {
        const input = editStepInput(SCHEMA, event.detail);
        this.perform(event.detail.reply, LABELS.stepSaved, () => update(input));
    }

    handleStepStatus(event: CustomEvent<StepStatusChange>): void {
        const title = event.detail.status === 'Done' ? LABELS.stepDone : LABELS.stepDropped;
        const input = stepStatusInput(SCHEMA, event.detail);
        this.perform(event.detail.reply, title, () => update(input));
    }

    handleAskQuestion(event: CustomEvent<QuestionDraft>): void {
        const { reviewId, text, kind, askedBySeller, reply } = event.detail;
        const input = askQuestionInput(SCHEMA, {
            reviewId,
            text,
            kind: kindToPicklistValue(kind),
            askedBySeller
        });
        // A refused question may meet a review closed elsewhere: reload to show it as it is.
        this.perform(
            reply,
            askedBySeller ? CONVERSATION_LABELS.sellerQuestionSent : LABELS.questionAsked,
            () => create(input),
            () => true
        );
    }

    handleAnswerQuestion(event: CustomEvent<AnswerDraft>): void {
        const input = answerInput(SCHEMA, event.detail);
        this.perform(event.detail.reply, LABELS.answerSaved, () => update(input));
    }

    handleQuestionChange(event: CustomEvent<QuestionAction>): void {
        const { questionId, reply } = event.detail;
        const question = this.currentReview?.questions.find((q) => q.id === questionId);
        const { title, write } = questionChangeWrite(event.detail, question);
        this.perform(reply, title, write);
    }

    handleReplyChange(event: CustomEvent<ReplyDraft>): void {
        const { title, write } = replyWrite(event.detail);
        this.perform(event.detail.reply, title, write);
    }

    handleAdoptIdea(event: CustomEvent<IdeaAdoption>): void {
        const { questionId, lastModifiedDate, reply } = event.detail;
        const step = adoptedStepInput(SCHEMA, {
            ...event.detail,
            opportunityId: this.recordId ?? ''
        });
        const response = questionChangeInput(SCHEMA, {
            questionId,
            lastModifiedDate,
            change: 'adoptIdea'
        });
        let stepCreated = false;
        const write = async () => {
            // The step comes first: it is the seller's own plan; the response only labels the idea.
            await create(step);
            stepCreated = true;
            await update(response);
        };
        // A saved step already adopts the idea: show it, rather than offer a second adoption.
        this.perform(reply, LABELS.ideaAdopted, write, () => stepCreated);
    }

    private handlePage(page: PanelPayload, result: GraphQLResult): void {
        const isFirstPage = !hasCursors(this.cursors);
        if (isFirstPage && this.refreshWhenFirstPageArrives) {
            this.refreshWhenFirstPageArrives = false;
            // After a write the first page may come from the cache; only the refreshed one counts.
            // A result that cannot be refreshed is shown as it is rather than waited on forever.
            if (result.refresh) {
                this.refresh(result);
                return;
            }
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

    private saveReviewText(
        event: CustomEvent<ReviewTextDraft>,
        field: ReviewTextField,
        successTitle: string
    ): void {
        const input = reviewTextInput(SCHEMA, { ...event.detail, field });
        this.perform(keeperReply(event), successTitle, () => update(input));
    }

    /** Runs a write a child asked for; see `runSave`. */
    private perform(
        reply: SaveReply,
        successTitle: string,
        write: () => Promise<unknown>,
        reloadOnFailure?: () => boolean
    ): void {
        runSave(
            {
                toast: (event) => this.dispatchEvent(event),
                reload: () => this.reloadFromFirstPage()
            },
            { reply, successTitle, write, reloadOnFailure }
        );
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
