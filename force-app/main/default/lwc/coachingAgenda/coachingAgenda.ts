/**
 * The pipeline review agenda: a team's open deals with their coaching, grouped by seller with a
 * summary row each, filtered and sorted, with what changed since the last review and risk signals
 * offered as open questions. Pure TypeScript: the pipeline review page and the pipeline-review
 * script share it; the counting is the panel's own (coachingModel, coachingLanguage).
 *
 * Changes come from a snapshot the review keeps of its deal when it starts (close date, amount,
 * stage), not from Opportunity history: custom fields read the same through GraphQL on every org
 * and in the local org, where history objects are outside the UI API and field history tracking
 * may be off.
 */
export {
    buildAgendaView,
    closeRange,
    filterDeals,
    groupBySeller,
    sellerSummary,
    sortDeals
} from './agenda';
export { chronological, closeDatePushes, dealChanges, stageKnownSince } from './changes';
export { agendaDeal } from './deal';
export { fiscalQuarter } from './periods';
export { dealsFromPayload, mergePipelinePages, nextPipelineCursors } from './payload';
export type {
    PipelineCursors,
    PipelineDealNode,
    PipelinePayload,
    PipelineReviewNode
} from './payload';
export {
    DEFAULT_QUIET_DAYS,
    DEFAULT_STALLED_DAYS,
    PROMPT_LABELS,
    PUSHES_FOR_SIGNAL,
    riskSignals
} from './signals';
export type {
    AgendaCounts,
    AgendaDeal,
    AgendaFilter,
    AgendaOptions,
    AgendaQuestion,
    AgendaSort,
    AgendaStep,
    AgendaView,
    ChangeKind,
    ClosePeriod,
    DealChange,
    DealInput,
    DealOptions,
    ReviewSnapshot,
    RiskSignal,
    SellerGroup,
    SellerSummary,
    SignalKind
} from './types';
