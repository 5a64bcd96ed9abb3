// The bundle's user-visible text, from Custom Labels so admins can translate it.
import allForecastCategories from '@salesforce/label/c.Coaching_Pipeline_AllForecastCategories';
import allSellers from '@salesforce/label/c.Coaching_Pipeline_AllSellers';
import amount from '@salesforce/label/c.Coaching_Pipeline_Amount';
import ask from '@salesforce/label/c.Coaching_Pipeline_Ask';
import askFailed from '@salesforce/label/c.Coaching_Pipeline_AskFailed';
import askPrompt from '@salesforce/label/c.Coaching_Pipeline_AskPrompt';
import asked from '@salesforce/label/c.Coaching_Pipeline_Asked';
import askedToday from '@salesforce/label/c.Coaching_Pipeline_AskedToday';
import cancel from '@salesforce/label/c.Coaching_Pipeline_Cancel';
import changeAmountDown from '@salesforce/label/c.Coaching_Pipeline_ChangeAmountDown';
import changeAmountUp from '@salesforce/label/c.Coaching_Pipeline_ChangeAmountUp';
import changeClosePulledIn from '@salesforce/label/c.Coaching_Pipeline_ChangeClosePulledIn';
import changeClosePushed from '@salesforce/label/c.Coaching_Pipeline_ChangeClosePushed';
import changeStage from '@salesforce/label/c.Coaching_Pipeline_ChangeStage';
import changeStageBack from '@salesforce/label/c.Coaching_Pipeline_ChangeStageBack';
import changeStageForward from '@salesforce/label/c.Coaching_Pipeline_ChangeStageForward';
import changeStageSame from '@salesforce/label/c.Coaching_Pipeline_ChangeStageSame';
import changesSince from '@salesforce/label/c.Coaching_Pipeline_ChangesSince';
import clearFilters from '@salesforce/label/c.Coaching_Pipeline_ClearFilters';
import closeDate from '@salesforce/label/c.Coaching_Pipeline_CloseDate';
import closeFrom from '@salesforce/label/c.Coaching_Pipeline_CloseFrom';
import closeTo from '@salesforce/label/c.Coaching_Pipeline_CloseTo';
import counts from '@salesforce/label/c.Coaching_Pipeline_Counts';
import deals from '@salesforce/label/c.Coaching_Pipeline_Deals';
import descending from '@salesforce/label/c.Coaching_Pipeline_Descending';
import details from '@salesforce/label/c.Coaching_Pipeline_Details';
import directiveShare from '@salesforce/label/c.Coaching_Pipeline_DirectiveShare';
import due from '@salesforce/label/c.Coaching_Pipeline_Due';
import emptyFiltered from '@salesforce/label/c.Coaching_Pipeline_EmptyFiltered';
import emptyTeam from '@salesforce/label/c.Coaching_Pipeline_EmptyTeam';
import endMeeting from '@salesforce/label/c.Coaching_Pipeline_EndMeeting';
import filterPeriod from '@salesforce/label/c.Coaching_Pipeline_FilterPeriod';
import filterForecast from '@salesforce/label/c.Coaching_Pipeline_FilterForecast';
import filterSeller from '@salesforce/label/c.Coaching_Pipeline_FilterSeller';
import filters from '@salesforce/label/c.Coaching_Pipeline_Filters';
import heading from '@salesforce/label/c.Coaching_Pipeline_Heading';
import intent from '@salesforce/label/c.Coaching_Pipeline_Intent';
import lastReview from '@salesforce/label/c.Coaching_Pipeline_LastReview';
import loadError from '@salesforce/label/c.Coaching_Pipeline_LoadError';
import loading from '@salesforce/label/c.Coaching_Pipeline_Loading';
import loadingMore from '@salesforce/label/c.Coaching_Pipeline_LoadingMore';
import meetingHint from '@salesforce/label/c.Coaching_Pipeline_MeetingHint';
import minAmount from '@salesforce/label/c.Coaching_Pipeline_MinAmount';
import neverReviewed from '@salesforce/label/c.Coaching_Pipeline_NeverReviewed';
import next from '@salesforce/label/c.Coaching_Pipeline_Next';
import noChange from '@salesforce/label/c.Coaching_Pipeline_NoChange';
import noReview from '@salesforce/label/c.Coaching_Pipeline_NoReview';
import notStated from '@salesforce/label/c.Coaching_Pipeline_NotStated';
import openQuestions from '@salesforce/label/c.Coaching_Pipeline_OpenQuestions';
import overdueSteps from '@salesforce/label/c.Coaching_Pipeline_OverdueSteps';
import periodAll from '@salesforce/label/c.Coaching_Pipeline_PeriodAll';
import periodCustom from '@salesforce/label/c.Coaching_Pipeline_PeriodCustom';
import periodNextQuarter from '@salesforce/label/c.Coaching_Pipeline_PeriodNextQuarter';
import periodThisQuarter from '@salesforce/label/c.Coaching_Pipeline_PeriodThisQuarter';
import position from '@salesforce/label/c.Coaching_Pipeline_Position';
import previous from '@salesforce/label/c.Coaching_Pipeline_Previous';
import promptEmpty from '@salesforce/label/c.Coaching_Pipeline_PromptEmpty';
import promptLabel from '@salesforce/label/c.Coaching_Pipeline_PromptLabel';
import promptNeedsReview from '@salesforce/label/c.Coaching_Pipeline_PromptNeedsReview';
import promptClosePushed from '@salesforce/label/c.Coaching_Pipeline_Prompt_ClosePushed';
import promptNoActivity from '@salesforce/label/c.Coaching_Pipeline_Prompt_NoActivity';
import promptSingleContact from '@salesforce/label/c.Coaching_Pipeline_Prompt_SingleContact';
import promptStageStalled from '@salesforce/label/c.Coaching_Pipeline_Prompt_StageStalled';
import promptStepOverdue from '@salesforce/label/c.Coaching_Pipeline_Prompt_StepOverdue';
import risks from '@salesforce/label/c.Coaching_Pipeline_Risks';
import sellerFocus from '@salesforce/label/c.Coaching_Pipeline_SellerFocus';
import preparedFocus from '@salesforce/label/c.Coaching_Pipeline_PreparedFocus';
import sellerSummary from '@salesforce/label/c.Coaching_Pipeline_SellerSummary';
import signalClosePushed from '@salesforce/label/c.Coaching_Pipeline_SignalClosePushed';
import signalNoActivity from '@salesforce/label/c.Coaching_Pipeline_SignalNoActivity';
import signalSingleContact from '@salesforce/label/c.Coaching_Pipeline_SignalSingleContact';
import signalStalled from '@salesforce/label/c.Coaching_Pipeline_SignalStalled';
import signalStepOverdue from '@salesforce/label/c.Coaching_Pipeline_SignalStepOverdue';
import sortAmount from '@salesforce/label/c.Coaching_Pipeline_SortAmount';
import sortBy from '@salesforce/label/c.Coaching_Pipeline_SortBy';
import sortCloseDate from '@salesforce/label/c.Coaching_Pipeline_SortCloseDate';
import sortLastReview from '@salesforce/label/c.Coaching_Pipeline_SortLastReview';
import sortName from '@salesforce/label/c.Coaching_Pipeline_SortName';
import sortSignals from '@salesforce/label/c.Coaching_Pipeline_SortSignals';
import stage from '@salesforce/label/c.Coaching_Pipeline_Stage';
import startMeeting from '@salesforce/label/c.Coaching_Pipeline_StartMeeting';
import waited from '@salesforce/label/c.Coaching_Pipeline_Waited';

const LABELS = Object.freeze({
    allForecastCategories,
    allSellers,
    amount,
    ask,
    askFailed,
    askPrompt,
    asked,
    askedToday,
    cancel,
    changeAmountDown,
    changeAmountUp,
    changeClosePulledIn,
    changeClosePushed,
    changeStage,
    changeStageBack,
    changeStageForward,
    changeStageSame,
    changesSince,
    clearFilters,
    closeDate,
    closeFrom,
    closeTo,
    counts,
    deals,
    descending,
    details,
    directiveShare,
    due,
    emptyFiltered,
    emptyTeam,
    endMeeting,
    filterPeriod,
    filterForecast,
    filterSeller,
    filters,
    heading,
    intent,
    lastReview,
    loadError,
    loading,
    loadingMore,
    meetingHint,
    minAmount,
    neverReviewed,
    next,
    noChange,
    noReview,
    notStated,
    openQuestions,
    overdueSteps,
    periodAll,
    periodCustom,
    periodNextQuarter,
    periodThisQuarter,
    position,
    previous,
    promptEmpty,
    promptLabel,
    promptNeedsReview,
    promptClosePushed,
    promptNoActivity,
    promptSingleContact,
    promptStageStalled,
    promptStepOverdue,
    risks,
    sellerFocus,
    preparedFocus,
    sellerSummary,
    signalClosePushed,
    signalNoActivity,
    signalSingleContact,
    signalStalled,
    signalStepOverdue,
    sortAmount,
    sortBy,
    sortCloseDate,
    sortLastReview,
    sortName,
    sortSignals,
    stage,
    startMeeting,
    waited
});

export default LABELS;
