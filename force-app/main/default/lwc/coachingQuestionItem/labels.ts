// The bundle's user-visible text, from Custom Labels so admins can translate it.
import kindOpenQuestion from '@salesforce/label/c.Coaching_Questions_KindOpenQuestion';
import kindClosedQuestion from '@salesforce/label/c.Coaching_Questions_KindClosedQuestion';
import kindSuggestion from '@salesforce/label/c.Coaching_Questions_KindSuggestion';
import kindSuggestionOthers from '@salesforce/label/c.Coaching_Questions_KindSuggestionOthers';
import kindDirective from '@salesforce/label/c.Coaching_Questions_KindDirective';
import kindStatement from '@salesforce/label/c.Coaching_Questions_KindStatement';
import statusOpen from '@salesforce/label/c.Coaching_Questions_StatusOpen';
import statusAnswered from '@salesforce/label/c.Coaching_Questions_StatusAnswered';
import statusResolved from '@salesforce/label/c.Coaching_Questions_StatusResolved';
import statusAdopted from '@salesforce/label/c.Coaching_Questions_StatusAdopted';
import statusSetAside from '@salesforce/label/c.Coaching_Questions_StatusSetAside';
import changedView from '@salesforce/label/c.Coaching_Questions_ChangedView';
import answerHeading from '@salesforce/label/c.Coaching_Questions_AnswerHeading';
import answerHeadingMine from '@salesforce/label/c.Coaching_Questions_AnswerHeadingMine';
import answerLabel from '@salesforce/label/c.Coaching_Questions_AnswerLabel';
import saveAnswer from '@salesforce/label/c.Coaching_Questions_SaveAnswer';
import answer from '@salesforce/label/c.Coaching_Questions_Answer';
import continueAnswer from '@salesforce/label/c.Coaching_Questions_ContinueAnswer';
import editAnswer from '@salesforce/label/c.Coaching_Questions_EditAnswer';
import ideaAdopted from '@salesforce/label/c.Coaching_Questions_IdeaAdopted';
import ideaAdoptedMine from '@salesforce/label/c.Coaching_Questions_IdeaAdoptedMine';
import ideaSetAside from '@salesforce/label/c.Coaching_Questions_IdeaSetAside';
import ideaSetAsideMine from '@salesforce/label/c.Coaching_Questions_IdeaSetAsideMine';
import adopt from '@salesforce/label/c.Coaching_Questions_Adopt';
import adoptHeading from '@salesforce/label/c.Coaching_Questions_AdoptHeading';
import adoptSave from '@salesforce/label/c.Coaching_Questions_AdoptSave';
import adoptFrom from '@salesforce/label/c.Coaching_Questions_AdoptFrom';
import setAside from '@salesforce/label/c.Coaching_Questions_SetAside';
import resolve from '@salesforce/label/c.Coaching_Questions_Resolve';
import markChangedView from '@salesforce/label/c.Coaching_Questions_MarkChangedView';
import cancel from '@salesforce/label/c.Coaching_Common_Cancel';
import statusWithdrawn from '@salesforce/label/c.Coaching_Questions_StatusWithdrawn';
import statusNoAnswerNeeded from '@salesforce/label/c.Coaching_Questions_StatusNoAnswerNeeded';
import kindSellerIdea from '@salesforce/label/c.Coaching_Questions_KindSellerIdea';
import askedByYou from '@salesforce/label/c.Coaching_Questions_AskedByYou';
import askedBy from '@salesforce/label/c.Coaching_Questions_AskedBy';
import theSeller from '@salesforce/label/c.Coaching_Questions_TheSeller';
import theReviewer from '@salesforce/label/c.Coaching_Questions_TheReviewer';
import changedViewNote from '@salesforce/label/c.Coaching_Questions_ChangedViewNote';
import changedViewBy from '@salesforce/label/c.Coaching_Questions_ChangedViewBy';
import changedViewLabel from '@salesforce/label/c.Coaching_Questions_ChangedViewLabel';
import changedViewSave from '@salesforce/label/c.Coaching_Questions_ChangedViewSave';
import setAsideLabel from '@salesforce/label/c.Coaching_Questions_SetAsideLabel';
import setAsideLabelOptional from '@salesforce/label/c.Coaching_Questions_SetAsideLabelOptional';
import setAsideSave from '@salesforce/label/c.Coaching_Questions_SetAsideSave';
import setAsideReason from '@salesforce/label/c.Coaching_Questions_SetAsideReason';
import directiveSetAside from '@salesforce/label/c.Coaching_Questions_DirectiveSetAside';
import directiveSetAsideMine from '@salesforce/label/c.Coaching_Questions_DirectiveSetAsideMine';
import answerHeadingReviewer from '@salesforce/label/c.Coaching_Questions_AnswerHeadingReviewer';
import reword from '@salesforce/label/c.Coaching_Questions_Reword';
import withdraw from '@salesforce/label/c.Coaching_Questions_Withdraw';
import withdrawConfirm from '@salesforce/label/c.Coaching_Questions_WithdrawConfirm';
import withdrawKeep from '@salesforce/label/c.Coaching_Questions_WithdrawKeep';

const LABELS = Object.freeze({
    kindOpenQuestion,
    kindClosedQuestion,
    kindSuggestion,
    kindSuggestionOthers,
    kindDirective,
    kindStatement,
    statusOpen,
    statusAnswered,
    statusResolved,
    statusAdopted,
    statusSetAside,
    changedView,
    answerHeading,
    answerHeadingMine,
    answerLabel,
    saveAnswer,
    answer,
    continueAnswer,
    editAnswer,
    ideaAdopted,
    ideaAdoptedMine,
    ideaSetAside,
    ideaSetAsideMine,
    adopt,
    adoptHeading,
    adoptSave,
    adoptFrom,
    setAside,
    resolve,
    markChangedView,
    cancel,
    statusWithdrawn,
    statusNoAnswerNeeded,
    kindSellerIdea,
    askedByYou,
    askedBy,
    theSeller,
    theReviewer,
    changedViewNote,
    changedViewBy,
    changedViewLabel,
    changedViewSave,
    setAsideLabel,
    setAsideLabelOptional,
    setAsideSave,
    setAsideReason,
    directiveSetAside,
    directiveSetAsideMine,
    answerHeadingReviewer,
    reword,
    withdraw,
    withdrawConfirm,
    withdrawKeep
});

export default LABELS;
