/**
 * What the pipeline review page shows, built from the agenda: deal rows, seller summary rows,
 * filter and sort options, the filter the controls describe. Pure: the page passes its Custom
 * Label text in, so jest tests this without a DOM.
 */
import type {
    AgendaCounts,
    AgendaDeal,
    AgendaFilter,
    AgendaSort,
    ClosePeriod,
    DealChange,
    RiskSignal,
    SellerGroup
} from 'c/coachingAgenda';
import { formatLabel } from 'c/coachingLabelFormat';

/** The Custom Label text this module needs, by the page's label names. */
export type PipelineTexts = Readonly<
    Record<
        | 'allForecastCategories'
        | 'allSellers'
        | 'askedToday'
        | 'changeAmountDown'
        | 'changeAmountUp'
        | 'changeClosePulledIn'
        | 'changeClosePushed'
        | 'changeStage'
        | 'changeStageBack'
        | 'changeStageForward'
        | 'changeStageSame'
        | 'changesSince'
        | 'counts'
        | 'details'
        | 'due'
        | 'neverReviewed'
        | 'notStated'
        | 'periodAll'
        | 'periodCustom'
        | 'periodNextQuarter'
        | 'periodThisQuarter'
        | 'position'
        | 'promptClosePushed'
        | 'promptNoActivity'
        | 'promptSingleContact'
        | 'promptStageStalled'
        | 'promptStepOverdue'
        | 'sellerSummary'
        | 'signalClosePushed'
        | 'signalNoActivity'
        | 'signalSingleContact'
        | 'signalStalled'
        | 'signalStepOverdue'
        | 'sortAmount'
        | 'sortCloseDate'
        | 'sortLastReview'
        | 'sortName'
        | 'sortSignals'
        | 'waited',
        string
    >
>;

export interface Option {
    label: string;
    value: string;
}

/** The filter controls as the page keeps them: strings straight from the inputs. */
export interface FilterState {
    closePeriod: ClosePeriod;
    closeFrom: string;
    closeTo: string;
    sellerId: string;
    forecastCategory: string;
    minAmount: string;
}

export type DealView = ReturnType<typeof toDealView>;

export interface SellerGroupView {
    key: string;
    sellerName: string;
    summaryLabel: string;
    summary: SellerGroup['summary'];
    directiveShare: number;
    lastReview: string;
    deals: DealView[];
}

// ForecastCategoryName values, from most to least committed.
const FORECAST_ORDER = ['Closed', 'Commit', 'Best Case', 'Pipeline', 'Omitted'];

const PERIODS: readonly ClosePeriod[] = ['all', 'thisQuarter', 'nextQuarter', 'custom'];
const SORTS: readonly AgendaSort[] = ['closeDate', 'amount', 'signals', 'name', 'lastReview'];

/** The filter controls when nothing is filtered. */
export const NO_FILTER: Readonly<FilterState> = Object.freeze({
    closePeriod: 'all',
    closeFrom: '',
    closeTo: '',
    sellerId: '',
    forecastCategory: '',
    minAmount: ''
});

/**
 * @param value a period control's value
 * @returns the period it names, or every period for anything else
 */
export function toClosePeriod(value: string | undefined): ClosePeriod {
    return PERIODS.find((period) => period === value) ?? 'all';
}

/**
 * @param value a sort control's value
 * @returns the sort it names, or close date for anything else
 */
export function toAgendaSort(value: string | undefined): AgendaSort {
    return SORTS.find((sort) => sort === value) ?? 'closeDate';
}

/**
 * @param state the filter controls
 * @returns the agenda filter they describe; a minimum amount that is not a number filters nothing
 */
export function agendaFilter(state: FilterState): AgendaFilter {
    const minAmount = Number(state.minAmount);
    return {
        closePeriod: state.closePeriod,
        closeFrom: state.closeFrom,
        closeTo: state.closeTo,
        sellerId: state.sellerId,
        forecastCategories: state.forecastCategory ? [state.forecastCategory] : [],
        minAmount: state.minAmount !== '' && Number.isFinite(minAmount) ? minAmount : undefined
    };
}

/**
 * @param change one change since the deal's last review
 * @param texts the page's labels
 * @returns the sentence the deal row shows for it
 */
export function changeText(change: DealChange, texts: PipelineTexts): string {
    switch (change.kind) {
        case 'closeDatePushed':
            return formatLabel(texts.changeClosePushed, String(change.by), change.from, change.to);
        case 'closeDatePulledIn':
            return formatLabel(
                texts.changeClosePulledIn,
                String(change.by),
                change.from,
                change.to
            );
        case 'stageMovedBack':
            return formatLabel(texts.changeStageBack, change.from, change.to);
        case 'stageMovedForward':
            return formatLabel(texts.changeStageForward, change.from, change.to);
        case 'stageChanged':
            return formatLabel(texts.changeStage, change.from, change.to);
        case 'stageUnchanged':
            return formatLabel(texts.changeStageSame, change.to);
        case 'amountUp':
            return texts.changeAmountUp;
        default:
            return texts.changeAmountDown;
    }
}

function signalText(signal: RiskSignal, texts: PipelineTexts): string {
    const labels: Record<RiskSignal['kind'], string> = {
        closePushedTwice: texts.signalClosePushed,
        stageStalled: texts.signalStalled,
        noRecentActivity: texts.signalNoActivity,
        singleContactRole: texts.signalSingleContact,
        nextStepOverdue: texts.signalStepOverdue
    };
    return formatLabel(labels[signal.kind], String(signal.count));
}

// The open question each risk signal offers, by the Custom Label the agenda module names.
function promptText(promptLabel: string, texts: PipelineTexts): string {
    const prompts: Record<string, string> = {
        Coaching_Pipeline_Prompt_ClosePushed: texts.promptClosePushed,
        Coaching_Pipeline_Prompt_StageStalled: texts.promptStageStalled,
        Coaching_Pipeline_Prompt_NoActivity: texts.promptNoActivity,
        Coaching_Pipeline_Prompt_SingleContact: texts.promptSingleContact,
        Coaching_Pipeline_Prompt_StepOverdue: texts.promptStepOverdue
    };
    return prompts[promptLabel] ?? '';
}

/**
 * A deal with the text and links the template shows.
 * @param deal the agenda deal
 * @param texts the page's labels
 * @param isExpanded whether its questions, steps and risks are open
 * @returns the deal row
 */
export function toDealView(deal: AgendaDeal, texts: PipelineTexts, isExpanded = true) {
    const openReviewId = deal.review?.isOpen ? deal.review.id : undefined;
    return {
        ...deal,
        isExpanded,
        expandedState: String(isExpanded),
        detailsLabel: formatLabel(
            texts.details,
            String(deal.openQuestions.length + deal.overdueSteps.length + deal.signals.length)
        ),
        url: `/lightning/r/Opportunity/${encodeURIComponent(deal.id)}/view`,
        intent: deal.review?.intent || texts.notStated,
        sellerFocus: deal.review?.sellerFocus || texts.notStated,
        changesHeading: deal.changesSince
            ? formatLabel(texts.changesSince, deal.changesSince)
            : undefined,
        hasNoChanges: Boolean(deal.changesSince) && deal.changes.length === 0,
        changeItems: deal.changes.map((change, index) => ({
            key: `${deal.id}-change-${index}`,
            text: changeText(change, texts),
            amount:
                change.kind === 'amountUp' || change.kind === 'amountDown' ? change.by : undefined
        })),
        hasSignals: deal.signals.length > 0,
        signalItems: deal.signals.map((signal) => ({
            key: `${deal.id}-${signal.kind}`,
            text: signalText(signal, texts),
            question: promptText(signal.promptLabel, texts),
            reviewId: openReviewId
        })),
        questionItems: deal.openQuestions.map((question) => ({
            ...question,
            waited:
                question.waitedDays === 0
                    ? texts.askedToday
                    : formatLabel(texts.waited, String(question.waitedDays))
        })),
        stepItems: deal.overdueSteps.map((step) => ({
            ...step,
            due: step.dueDate ? formatLabel(texts.due, step.dueDate) : ''
        }))
    };
}

/**
 * @param groups the agenda's seller groups
 * @param texts the page's labels
 * @param expandedIds deals whose details are open
 * @returns the seller summary rows with their deal rows
 */
export function sellerGroupViews(
    groups: readonly SellerGroup[],
    texts: PipelineTexts,
    expandedIds: ReadonlySet<string>
): SellerGroupView[] {
    return groups.map((group) => ({
        key: group.sellerId,
        sellerName: group.sellerName,
        summaryLabel: formatLabel(texts.sellerSummary, group.sellerName),
        summary: group.summary,
        directiveShare: group.summary.directiveShare,
        lastReview: group.summary.lastReviewDate ?? texts.neverReviewed,
        deals: group.deals.map((deal) => toDealView(deal, texts, expandedIds.has(deal.id)))
    }));
}

/**
 * @param counts the agenda's counts
 * @param texts the page's labels
 * @returns the line above the list: shown of total, sellers, deals at risk
 */
/**
 * @param index the meeting's place in the shown deals, from 0; past the end counts as the last
 * @param count how many deals are shown
 * @param texts the page's labels
 * @returns "deal n of m" for the meeting navigator
 */
export function meetingPosition(index: number, count: number, texts: PipelineTexts): string {
    return formatLabel(texts.position, String(Math.min(index, count - 1) + 1), String(count));
}

export function countsText(counts: AgendaCounts, texts: PipelineTexts): string {
    return formatLabel(
        texts.counts,
        String(counts.shown),
        String(counts.total),
        String(counts.sellers),
        String(counts.atRisk)
    );
}

export function closePeriodOptions(texts: PipelineTexts): Option[] {
    const names: Record<ClosePeriod, string> = {
        all: texts.periodAll,
        thisQuarter: texts.periodThisQuarter,
        nextQuarter: texts.periodNextQuarter,
        custom: texts.periodCustom
    };
    return PERIODS.map((value) => ({ label: names[value], value }));
}

export function agendaSortOptions(texts: PipelineTexts): Option[] {
    const names: Record<AgendaSort, string> = {
        closeDate: texts.sortCloseDate,
        amount: texts.sortAmount,
        signals: texts.sortSignals,
        name: texts.sortName,
        lastReview: texts.sortLastReview
    };
    return SORTS.map((value) => ({ label: names[value], value }));
}

/**
 * @param deals the loaded deals
 * @param texts the page's labels
 * @returns every category first, then the categories present, in the order Salesforce forecasts them
 */
export function forecastOptions(deals: readonly AgendaDeal[], texts: PipelineTexts): Option[] {
    const present = new Set(deals.map((deal) => deal.forecastCategory));
    return [
        { label: texts.allForecastCategories, value: '' },
        ...FORECAST_ORDER.filter((category) => present.has(category)).map((category) => ({
            label: category,
            value: category
        }))
    ];
}

/**
 * @param deals the loaded deals
 * @param texts the page's labels
 * @returns every seller first, then each deal owner once, by name
 */
export function sellerOptions(deals: readonly AgendaDeal[], texts: PipelineTexts): Option[] {
    const sellers = new Map<string, string>();
    for (const deal of deals) {
        sellers.set(deal.ownerId, deal.ownerName);
    }
    return [
        { label: texts.allSellers, value: '' },
        ...[...sellers.entries()]
            .map(([value, label]) => ({ label, value }))
            .sort((a, b) => a.label.localeCompare(b.label))
    ];
}
