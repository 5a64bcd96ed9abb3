// The bundle's user-visible text, from Custom Labels so admins can translate it.
import title from '@salesforce/label/c.Coaching_Panel_Title';
import loading from '@salesforce/label/c.Coaching_Panel_Loading';
import loadingMore from '@salesforce/label/c.Coaching_Panel_LoadingMore';
import loadError from '@salesforce/label/c.Coaching_Panel_LoadError';
import noAccessTitle from '@salesforce/label/c.Coaching_Panel_NoAccessTitle';
import noAccess from '@salesforce/label/c.Coaching_Panel_NoAccess';
import emptyTitle from '@salesforce/label/c.Coaching_Panel_EmptyTitle';
import emptyManager from '@salesforce/label/c.Coaching_Panel_EmptyManager';
import emptySeller from '@salesforce/label/c.Coaching_Panel_EmptySeller';
import emptyViewer from '@salesforce/label/c.Coaching_Panel_EmptyViewer';
import reviewSwitcher from '@salesforce/label/c.Coaching_Panel_ReviewSwitcher';
import reviewOption from '@salesforce/label/c.Coaching_Panel_ReviewOption';
import reviewOptionOpen from '@salesforce/label/c.Coaching_Panel_ReviewOptionOpen';
import noIntent from '@salesforce/label/c.Coaching_Panel_NoIntent';
import networkError from '@salesforce/label/c.Coaching_Panel_NetworkError';
import overReviewed from '@salesforce/label/c.Coaching_Balance_OverReviewed';
import noReviewDate from '@salesforce/label/c.Coaching_Panel_NoReviewDate';
import saveFailed from '@salesforce/label/c.Coaching_Panel_SaveFailed';
import saveFailedUnknown from '@salesforce/label/c.Coaching_Panel_SaveFailedUnknown';
import staleRecord from '@salesforce/label/c.Coaching_Panel_StaleRecord';
import noPermission from '@salesforce/label/c.Coaching_Panel_NoPermission';
import reviewStarted from '@salesforce/label/c.Coaching_Panel_ReviewStarted';
import intentSaved from '@salesforce/label/c.Coaching_Panel_IntentSaved';
import focusSaved from '@salesforce/label/c.Coaching_Panel_FocusSaved';
import learningSaved from '@salesforce/label/c.Coaching_Panel_LearningSaved';
import reviewClosed from '@salesforce/label/c.Coaching_Panel_ReviewClosed';
import stepAdded from '@salesforce/label/c.Coaching_Panel_StepAdded';
import stepSaved from '@salesforce/label/c.Coaching_Panel_StepSaved';
import stepDone from '@salesforce/label/c.Coaching_Panel_StepDone';
import stepDropped from '@salesforce/label/c.Coaching_Panel_StepDropped';
import questionAsked from '@salesforce/label/c.Coaching_Panel_QuestionAsked';
import answerSaved from '@salesforce/label/c.Coaching_Panel_AnswerSaved';
import questionResolved from '@salesforce/label/c.Coaching_Panel_QuestionResolved';
import viewChanged from '@salesforce/label/c.Coaching_Panel_ViewChanged';
import ideaAdopted from '@salesforce/label/c.Coaching_Panel_IdeaAdopted';
import ideaSetAside from '@salesforce/label/c.Coaching_Panel_IdeaSetAside';
import focusRequested from '@salesforce/label/c.Coaching_Panel_FocusRequested';
import noAnswerNeededPartial from '@salesforce/label/c.Coaching_Panel_NoAnswerNeededPartial';
import ratingSaved from '@salesforce/label/c.Coaching_Panel_RatingSaved';

const LABELS = Object.freeze({
    title,
    loading,
    loadingMore,
    loadError,
    noAccessTitle,
    noAccess,
    emptyTitle,
    emptyManager,
    emptySeller,
    emptyViewer,
    reviewSwitcher,
    reviewOption,
    reviewOptionOpen,
    noIntent,
    networkError,
    overReviewed,
    noReviewDate,
    saveFailed,
    saveFailedUnknown,
    staleRecord,
    noPermission,
    reviewStarted,
    intentSaved,
    focusSaved,
    learningSaved,
    reviewClosed,
    stepAdded,
    stepSaved,
    stepDone,
    stepDropped,
    questionAsked,
    answerSaved,
    questionResolved,
    viewChanged,
    ideaAdopted,
    ideaSetAside,
    focusRequested,
    noAnswerNeededPartial,
    ratingSaved
});

export default LABELS;
