import { LightningElement, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
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
    DealChange,
    PipelineCursors,
    PipelinePayload,
    RiskSignal,
    SellerGroup
} from 'c/coachingAgenda';
import { toDateOnly } from 'c/coachingModel';
import type { Viewer } from 'c/coachingModel';
import { describeSaveError, reduceErrors } from 'c/coachingErrors';
import { classifyCoachingText, kindToPicklistValue } from 'c/coachingLanguage';
import { formatLabel } from 'c/coachingLabelFormat';
import LABELS from './labels';

/** What the risk prompt child offers once the page has tried to save its question. */
interface PromptKeeper {
    asked(): void;
}

type DealView = ReturnType<typeof toDealView>;

interface SellerGroupView {
    key: string;
    sellerName: string;
    summaryLabel: string;
    summary: SellerGroup['summary'];
    directiveShare: number;
    lastReview: string;
    deals: DealView[];
}

interface Option {
    label: string;
    value: string;
}

const VIEWER: Viewer = Object.freeze({
    userId: USER_ID,
    isManager: HAS_COACHING_MANAGER === true,
    isAdmin: HAS_COACHING_ADMIN === true
});

// The open question each risk signal offers, by the Custom Label the agenda module names.
const PROMPTS: Readonly<Record<string, string>> = Object.freeze({
    Coaching_Pipeline_Prompt_ClosePushed: LABELS.promptClosePushed,
    Coaching_Pipeline_Prompt_StageStalled: LABELS.promptStageStalled,
    Coaching_Pipeline_Prompt_NoActivity: LABELS.promptNoActivity,
    Coaching_Pipeline_Prompt_SingleContact: LABELS.promptSingleContact,
    Coaching_Pipeline_Prompt_StepOverdue: LABELS.promptStepOverdue
});

const SIGNAL_LABELS: Readonly<Record<RiskSignal['kind'], string>> = Object.freeze({
    closePushedTwice: LABELS.signalClosePushed,
    stageStalled: LABELS.signalStalled,
    noRecentActivity: LABELS.signalNoActivity,
    singleContactRole: LABELS.signalSingleContact,
    nextStepOverdue: LABELS.signalStepOverdue
});

const PERIODS: readonly ClosePeriod[] = ['all', 'thisQuarter', 'nextQuarter', 'custom'];
const SORTS: readonly AgendaSort[] = ['closeDate', 'amount', 'signals', 'name', 'lastReview'];

function changeText(change: DealChange): string {
    switch (change.kind) {
        case 'closeDatePushed':
            return formatLabel(LABELS.changeClosePushed, String(change.by), change.from, change.to);
        case 'closeDatePulledIn':
            return formatLabel(
                LABELS.changeClosePulledIn,
                String(change.by),
                change.from,
                change.to
            );
        case 'stageMovedBack':
            return formatLabel(LABELS.changeStageBack, change.from, change.to);
        case 'stageMovedForward':
            return formatLabel(LABELS.changeStageForward, change.from, change.to);
        case 'stageChanged':
            return formatLabel(LABELS.changeStage, change.from, change.to);
        case 'stageUnchanged':
            return formatLabel(LABELS.changeStageSame, change.to);
        case 'amountUp':
            return LABELS.changeAmountUp;
        default:
            return LABELS.changeAmountDown;
    }
}

function recordUrl(id: string): string {
    return `/lightning/r/Opportunity/${encodeURIComponent(id)}/view`;
}

/** A deal with the text and links the template shows. */
function toDealView(deal: AgendaDeal, isExpanded = true) {
    const openReviewId = deal.review?.isOpen ? deal.review.id : undefined;
    return {
        ...deal,
        isExpanded,
        expandedState: String(isExpanded),
        detailsLabel: formatLabel(
            LABELS.details,
            String(deal.openQuestions.length + deal.overdueSteps.length + deal.signals.length)
        ),
        url: recordUrl(deal.id),
        intent: deal.review?.intent || LABELS.notStated,
        sellerFocus: deal.review?.sellerFocus || LABELS.notStated,
        changesHeading: deal.changesSince
            ? formatLabel(LABELS.changesSince, deal.changesSince)
            : undefined,
        hasNoChanges: Boolean(deal.changesSince) && deal.changes.length === 0,
        changeItems: deal.changes.map((change, index) => ({
            key: `${deal.id}-change-${index}`,
            text: changeText(change),
            amount:
                change.kind === 'amountUp' || change.kind === 'amountDown' ? change.by : undefined
        })),
        hasSignals: deal.signals.length > 0,
        signalItems: deal.signals.map((signal) => ({
            key: `${deal.id}-${signal.kind}`,
            text: formatLabel(SIGNAL_LABELS[signal.kind], String(signal.count)),
            question: PROMPTS[signal.promptLabel] ?? '',
            reviewId: openReviewId
        })),
        questionItems: deal.openQuestions.map((question) => ({
            ...question,
            waited:
                question.waitedDays === 0
                    ? LABELS.askedToday
                    : formatLabel(LABELS.waited, String(question.waitedDays))
        })),
        stepItems: deal.overdueSteps.map((step) => ({
            ...step,
            due: step.dueDate ? formatLabel(LABELS.due, step.dueDate) : ''
        }))
    };
}

/**
 * A manager's pipeline review: the team's open deals grouped by seller with summary rows,
 * filters, sort and counts, what changed since each deal's last review, risk signals offered as
 * questions to ask, and a meeting mode that steps through the deals with the coaching review
 * panel of the current one inline.
 */
export default class CoachingPipelineReview extends LightningElement {
    labels = LABELS;
    currency = CURRENCY;
    deals?: AgendaDeal[];
    loadFailed = false;
    errorDetails: string[] = [];
    cursors: PipelineCursors = {};
    isLoadingMore = false;

    closePeriod: ClosePeriod = 'all';
    closeFrom = '';
    closeTo = '';
    sellerId = '';
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
        query: gql`
            query pipelineReview($managerId: ID, $dealsAfter: String, $questionsAfter: String) {
                uiapi {
                    query {
                        Opportunity(
                            where: {
                                and: [
                                    { IsClosed: { eq: false } }
                                    {
                                        or: [
                                            { Owner: { ManagerId: { eq: $managerId } } }
                                            {
                                                Owner: {
                                                    Manager: { ManagerId: { eq: $managerId } }
                                                }
                                            }
                                            {
                                                Owner: {
                                                    Manager: {
                                                        Manager: { ManagerId: { eq: $managerId } }
                                                    }
                                                }
                                            }
                                        ]
                                    }
                                ]
                            }
                            orderBy: { CloseDate: { order: ASC }, Id: { order: ASC } }
                            first: 200
                            after: $dealsAfter
                        ) {
                            edges {
                                node {
                                    Id
                                    Name {
                                        value
                                    }
                                    OwnerId {
                                        value
                                    }
                                    Owner {
                                        Name {
                                            value
                                        }
                                    }
                                    Account {
                                        Name {
                                            value
                                        }
                                    }
                                    StageName {
                                        value
                                    }
                                    Amount {
                                        value
                                    }
                                    CloseDate {
                                        value
                                    }
                                    Coaching_Reviews__r(
                                        orderBy: {
                                            Review_Date__c: { order: DESC }
                                            CreatedDate: { order: DESC }
                                        }
                                        first: 20
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
                                                }
                                                Status__c {
                                                    value
                                                }
                                                Shared_Learning__c {
                                                    value
                                                }
                                                Close_Date_At_Start__c {
                                                    value
                                                }
                                                Amount_At_Start__c {
                                                    value
                                                }
                                                Stage_At_Start__c {
                                                    value
                                                }
                                            }
                                        }
                                    }
                                    Seller_Next_Steps__r(
                                        where: { Status__c: { eq: "Planned" } }
                                        orderBy: { Due_Date__c: { order: ASC } }
                                        first: 50
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
                                                }
                                                Status__c {
                                                    value
                                                }
                                            }
                                        }
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
                                Coaching_Review__r: {
                                    Opportunity__r: {
                                        and: [
                                            { IsClosed: { eq: false } }
                                            {
                                                or: [
                                                    { Owner: { ManagerId: { eq: $managerId } } }
                                                    {
                                                        Owner: {
                                                            Manager: {
                                                                ManagerId: { eq: $managerId }
                                                            }
                                                        }
                                                    }
                                                    {
                                                        Owner: {
                                                            Manager: {
                                                                Manager: {
                                                                    ManagerId: { eq: $managerId }
                                                                }
                                                            }
                                                        }
                                                    }
                                                ]
                                            }
                                        ]
                                    }
                                }
                            }
                            orderBy: { CreatedDate: { order: ASC }, Id: { order: ASC } }
                            first: 2000
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
                                    }
                                    Answer__c {
                                        value
                                    }
                                    Answered_At__c {
                                        value
                                    }
                                    Status__c {
                                        value
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
                    }
                }
            }
        `,
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
        const counts = this.view.counts;
        return formatLabel(
            LABELS.counts,
            String(counts.shown),
            String(counts.total),
            String(counts.sellers),
            String(counts.atRisk)
        );
    }

    get isCustomPeriod(): boolean {
        return this.closePeriod === 'custom';
    }

    get periodOptions(): Option[] {
        const names: Record<ClosePeriod, string> = {
            all: LABELS.periodAll,
            thisQuarter: LABELS.periodThisQuarter,
            nextQuarter: LABELS.periodNextQuarter,
            custom: LABELS.periodCustom
        };
        return PERIODS.map((value) => ({ label: names[value], value }));
    }

    get sortOptions(): Option[] {
        const names: Record<AgendaSort, string> = {
            closeDate: LABELS.sortCloseDate,
            amount: LABELS.sortAmount,
            signals: LABELS.sortSignals,
            name: LABELS.sortName,
            lastReview: LABELS.sortLastReview
        };
        return SORTS.map((value) => ({ label: names[value], value }));
    }

    get sellerOptions(): Option[] {
        const sellers = new Map<string, string>();
        for (const deal of this.deals ?? []) {
            sellers.set(deal.ownerId, deal.ownerName);
        }
        return [
            { label: LABELS.allSellers, value: '' },
            ...[...sellers.entries()]
                .map(([value, label]) => ({ label, value }))
                .sort((a, b) => a.label.localeCompare(b.label))
        ];
    }

    get shownDeals(): AgendaDeal[] {
        return this.view.groups.flatMap((group) => group.deals);
    }

    get currentDeal() {
        const deals = this.shownDeals;
        const deal = deals[Math.min(this.meetingIndex, deals.length - 1)];
        return deal && toDealView(deal);
    }

    get positionText(): string {
        return formatLabel(
            LABELS.position,
            String(Math.min(this.meetingIndex, this.shownDeals.length - 1) + 1),
            String(this.shownDeals.length)
        );
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
        this.closePeriod = PERIODS.find((period) => period === event.detail.value) ?? 'all';
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

    handleMinAmountChange(event: CustomEvent<{ value: string }>): void {
        this.minAmount = event.detail.value ?? '';
        this.rebuildView();
    }

    handleSortChange(event: CustomEvent<{ value: string }>): void {
        this.sort = SORTS.find((sort) => sort === event.detail.value) ?? 'closeDate';
        this.rebuildView();
    }

    handleDescendingChange(event: CustomEvent<{ checked: boolean }>): void {
        this.descending = event.detail.checked === true;
        this.rebuildView();
    }

    handleClearFilters(): void {
        this.closePeriod = 'all';
        this.closeFrom = '';
        this.closeTo = '';
        this.sellerId = '';
        this.minAmount = '';
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
        const minAmount = Number(this.minAmount);
        this.view = buildAgendaView(this.deals ?? [], {
            today: toDateOnly(new Date()),
            filter: {
                closePeriod: this.closePeriod,
                closeFrom: this.closeFrom,
                closeTo: this.closeTo,
                sellerId: this.sellerId,
                minAmount:
                    this.minAmount !== '' && Number.isFinite(minAmount) ? minAmount : undefined
            },
            sort: this.sort,
            descending: this.descending
        });
        this.groups = this.view.groups.map((group) => ({
            key: group.sellerId,
            sellerName: group.sellerName,
            summaryLabel: formatLabel(LABELS.sellerSummary, group.sellerName),
            summary: group.summary,
            directiveShare: group.summary.directiveShare,
            lastReview: group.summary.lastReviewDate ?? LABELS.neverReviewed,
            deals: group.deals.map((deal) => toDealView(deal, this.expandedIds.has(deal.id)))
        }));
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
