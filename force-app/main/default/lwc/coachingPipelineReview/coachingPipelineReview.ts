import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import HAS_COACHING_MANAGER from '@salesforce/customPermission/Coaching_Manager';
import HAS_COACHING_ADMIN from '@salesforce/customPermission/Coaching_Admin';
import CURRENCY from '@salesforce/i18n/currency';
import QUESTION_OBJECT from '@salesforce/schema/Coaching_Question__c';
import QUESTION_REVIEW_FIELD from '@salesforce/schema/Coaching_Question__c.Coaching_Review__c';
import QUESTION_TEXT_FIELD from '@salesforce/schema/Coaching_Question__c.Question__c';
import QUESTION_KIND_FIELD from '@salesforce/schema/Coaching_Question__c.Kind__c';
import {
    agendaDeal,
    buildAgendaView,
    dealsFromPayload,
    mergePipelinePages,
    nextPipelineCursors
} from 'c/coachingAgenda';
import type {
    AgendaDeal,
    AgendaSort,
    AgendaView,
    ClosePeriod,
    PipelineCursors,
    PipelinePayload
} from 'c/coachingAgenda';
import { toDateOnly } from 'c/coachingModel';
import type { Viewer } from 'c/coachingModel';
import { describeSaveError, reduceErrors } from 'c/coachingErrors';
import { classifyCoachingText, kindToPicklistValue } from 'c/coachingLanguage';
import LABELS from './labels';
import PIPELINE_QUERY from './query';
import {
    agendaFilter,
    agendaSortOptions,
    closePeriodOptions,
    countsText,
    forecastOptions,
    meetingPosition,
    NO_FILTER,
    sellerGroupViews,
    sellerOptions,
    toAgendaSort,
    toClosePeriod,
    toDealView
} from './viewModel';
import type { Option, SellerGroupView } from './viewModel';

/** What the risk prompt child offers once the page has tried to save its question. */
interface PromptKeeper {
    asked(): void;
}

const VIEWER: Viewer = Object.freeze({
    userId: USER_ID,
    isManager: HAS_COACHING_MANAGER === true,
    isAdmin: HAS_COACHING_ADMIN === true
});

/**
 * A manager's pipeline review: the team's open deals grouped by seller with summary rows,
 * filters, sort and counts, what changed since each deal's last review, risk signals offered as
 * questions to ask, and a meeting mode that steps through the deals with the coaching review
 * panel of the current one inline.
 */
export default class CoachingPipelineReview extends LightningElement {
    labels = LABELS;
    currency = CURRENCY;
    periodOptions = closePeriodOptions(LABELS);
    sortOptions = agendaSortOptions(LABELS);
    deals?: AgendaDeal[];
    loadFailed = false;
    errorDetails: string[] = [];
    cursors: PipelineCursors = {};
    isLoadingMore = false;

    closePeriod: ClosePeriod = 'all';
    closeFrom = '';
    closeTo = '';
    sellerId = '';
    forecastCategory = '';
    minAmount = '';
    sort: AgendaSort = 'closeDate';
    descending = false;

    isMeeting = false;
    meetingIndex = 0;
    /** The filtered, sorted, grouped agenda; rebuilt when the deals, a filter or the sort change. */
    view: AgendaView = buildAgendaView([], { today: toDateOnly(new Date()) });
    /** The seller groups as the template shows them, built with the view. */
    groups: SellerGroupView[] = [];
    /** Deals whose questions, steps and risks are open in the list; closed, 200 deals render fast. */
    expandedIds = new Set<string>();

    private loaded?: PipelinePayload;
    private wiredResult?: GraphQLResult;

    @wire(graphql, {
        query: PIPELINE_QUERY,
        variables: '$queryVariables'
    })
    handlePipelineResult(result: GraphQLResult): void {
        this.wiredResult = result;
        const page = (result.data as { uiapi?: { query?: PipelinePayload } } | undefined)?.uiapi
            ?.query;
        if (page) {
            this.handlePage(page);
        } else if (result.errors?.length) {
            this.showLoadError(result.errors);
        }
    }

    /** The manager, and where each list continues while paging. */
    get queryVariables(): Record<string, string | null> {
        return {
            managerId: USER_ID,
            dealsAfter: this.cursors.dealsAfter ?? null,
            questionsAfter: this.cursors.questionsAfter ?? null
        };
    }

    get isLoading(): boolean {
        return !this.deals && !this.loadFailed;
    }

    get hasDeals(): boolean {
        return Boolean(this.deals && this.deals.length > 0);
    }

    get isTeamEmpty(): boolean {
        return Boolean(this.deals && this.deals.length === 0 && !this.isLoadingMore);
    }

    get isFilteredEmpty(): boolean {
        return this.hasDeals && this.view.counts.shown === 0;
    }

    get countsText(): string {
        return countsText(this.view.counts, LABELS);
    }

    get isCustomPeriod(): boolean {
        return this.closePeriod === 'custom';
    }

    get forecastOptions(): Option[] {
        return forecastOptions(this.deals ?? [], LABELS);
    }

    get sellerOptions(): Option[] {
        return sellerOptions(this.deals ?? [], LABELS);
    }

    get shownDeals(): AgendaDeal[] {
        return this.view.groups.flatMap((group) => group.deals);
    }

    get currentDeal() {
        const deals = this.shownDeals;
        const deal = deals[Math.min(this.meetingIndex, deals.length - 1)];
        return deal && toDealView(deal, LABELS);
    }

    get positionText(): string {
        return meetingPosition(this.meetingIndex, this.shownDeals.length, LABELS);
    }

    get isFirstDeal(): boolean {
        return this.meetingIndex <= 0;
    }

    get isLastDeal(): boolean {
        return this.meetingIndex >= this.shownDeals.length - 1;
    }

    get cannotStartMeeting(): boolean {
        return this.view.counts.shown === 0;
    }

    handlePeriodChange(event: CustomEvent<{ value: string }>): void {
        this.closePeriod = toClosePeriod(event.detail.value);
        this.rebuildView();
    }

    handleCloseFromChange(event: CustomEvent<{ value: string }>): void {
        this.closeFrom = event.detail.value ?? '';
        this.rebuildView();
    }

    handleCloseToChange(event: CustomEvent<{ value: string }>): void {
        this.closeTo = event.detail.value ?? '';
        this.rebuildView();
    }

    handleSellerChange(event: CustomEvent<{ value: string }>): void {
        this.sellerId = event.detail.value ?? '';
        this.rebuildView();
    }

    handleForecastChange(event: CustomEvent<{ value: string }>): void {
        this.forecastCategory = event.detail.value ?? '';
        this.rebuildView();
    }

    handleMinAmountChange(event: CustomEvent<{ value: string }>): void {
        this.minAmount = event.detail.value ?? '';
        this.rebuildView();
    }

    handleSortChange(event: CustomEvent<{ value: string }>): void {
        this.sort = toAgendaSort(event.detail.value);
        this.rebuildView();
    }

    handleDescendingChange(event: CustomEvent<{ checked: boolean }>): void {
        this.descending = event.detail.checked === true;
        this.rebuildView();
    }

    handleClearFilters(): void {
        Object.assign(this, NO_FILTER);
        this.rebuildView();
    }

    handleToggleDetails(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
        const expanded = new Set(this.expandedIds);
        if (!expanded.delete(id)) {
            expanded.add(id);
        }
        this.expandedIds = expanded;
        this.rebuildView();
    }

    handleStartMeeting(): void {
        this.meetingIndex = 0;
        this.isMeeting = true;
    }

    handleEndMeeting(): void {
        this.isMeeting = false;
        // The inline panel may have changed reviews and questions; the list shows them now.
        this.refresh();
    }

    handlePrevious(): void {
        this.meetingIndex = Math.max(0, this.meetingIndex - 1);
    }

    handleNext(): void {
        this.meetingIndex = Math.min(this.shownDeals.length - 1, this.meetingIndex + 1);
    }

    handleMeetingKeydown(event: KeyboardEvent): void {
        // Arrow keys belong to whatever field the manager is typing in.
        const target = event.composedPath()[0] as HTMLElement | undefined;
        if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
            return;
        }
        if (target?.isContentEditable) {
            return;
        }
        if (event.key === 'ArrowRight' && !this.isLastDeal) {
            event.preventDefault();
            this.handleNext();
        } else if (event.key === 'ArrowLeft' && !this.isFirstDeal) {
            event.preventDefault();
            this.handlePrevious();
        }
    }

    async handleAsk(event: CustomEvent<{ text: string; reviewId: string }>): Promise<void> {
        // currentTarget is only set while the event is being handled; keep the child for later.
        const prompt = event.currentTarget as unknown as PromptKeeper;
        const text = event.detail.text.trim();
        const kind = classifyCoachingText(text).kind;
        try {
            await createRecord({
                apiName: QUESTION_OBJECT.objectApiName,
                fields: {
                    [QUESTION_REVIEW_FIELD.fieldApiName]: event.detail.reviewId,
                    [QUESTION_TEXT_FIELD.fieldApiName]: text,
                    [QUESTION_KIND_FIELD.fieldApiName]: kindToPicklistValue(kind)
                }
            });
        } catch (error) {
            this.dispatchEvent(
                new ShowToastEvent({
                    title: LABELS.askFailed,
                    message: describeSaveError(error).message,
                    variant: 'error'
                })
            );
            return;
        }
        prompt.asked();
        this.dispatchEvent(new ShowToastEvent({ title: LABELS.asked, variant: 'success' }));
        this.refresh();
    }

    private handlePage(page: PipelinePayload): void {
        const isFirstPage = !this.cursors.dealsAfter && !this.cursors.questionsAfter;
        this.loaded = isFirstPage ? page : mergePipelinePages(this.loaded, page);
        const next = nextPipelineCursors(page);
        const now = new Date();
        const today = toDateOnly(now);
        this.deals = dealsFromPayload(this.loaded, VIEWER, now).map((input) =>
            agendaDeal(input, { now, today })
        );
        this.rebuildView();
        this.loadFailed = false;
        this.errorDetails = [];
        this.isLoadingMore = Boolean(next);
        if (next) {
            // New cursors re-run the wire for the following pages.
            this.cursors = next;
        }
    }

    private rebuildView(): void {
        this.view = buildAgendaView(this.deals ?? [], {
            today: toDateOnly(new Date()),
            filter: agendaFilter(this),
            sort: this.sort,
            descending: this.descending
        });
        this.groups = sellerGroupViews(this.view.groups, LABELS, this.expandedIds);
        this.meetingIndex = Math.min(this.meetingIndex, Math.max(0, this.view.counts.shown - 1));
    }

    private showLoadError(error: unknown): void {
        this.loadFailed = true;
        this.errorDetails = reduceErrors(error);
    }

    private refresh(): void {
        if (this.cursors.dealsAfter || this.cursors.questionsAfter) {
            // Going back to page one re-runs the wire from the first page.
            this.cursors = {};
            return;
        }
        this.wiredResult?.refresh?.().catch((error: unknown) => this.showLoadError(error));
    }
}
