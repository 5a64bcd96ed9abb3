// The bundle's user-visible text, from Custom Labels so admins can translate it.
import heading from '@salesforce/label/c.Coaching_Intent_Heading';
import startReview from '@salesforce/label/c.Coaching_Intent_StartReview';
import startHeading from '@salesforce/label/c.Coaching_Intent_StartHeading';
import startHint from '@salesforce/label/c.Coaching_Intent_StartHint';
import intentLabel from '@salesforce/label/c.Coaching_Intent_IntentLabel';
import startSave from '@salesforce/label/c.Coaching_Intent_StartSave';
import reviewer from '@salesforce/label/c.Coaching_Intent_Reviewer';
import readsAsDirective from '@salesforce/label/c.Coaching_Intent_ReadsAsDirective';
import reviewDate from '@salesforce/label/c.Coaching_Intent_ReviewDate';
import status from '@salesforce/label/c.Coaching_Intent_Status';
import statusOpen from '@salesforce/label/c.Coaching_Intent_StatusOpen';
import statusClosed from '@salesforce/label/c.Coaching_Intent_StatusClosed';
import editIntent from '@salesforce/label/c.Coaching_Intent_EditIntent';
import focusHeadingOthers from '@salesforce/label/c.Coaching_Intent_FocusHeadingOthers';
import focusHeading from '@salesforce/label/c.Coaching_Intent_FocusHeading';
import focusLabel from '@salesforce/label/c.Coaching_Intent_FocusLabel';
import focusEmpty from '@salesforce/label/c.Coaching_Intent_FocusEmpty';
import editFocus from '@salesforce/label/c.Coaching_Intent_EditFocus';
import addFocus from '@salesforce/label/c.Coaching_Intent_AddFocus';
import learningHeading from '@salesforce/label/c.Coaching_Intent_LearningHeading';
import learningLabel from '@salesforce/label/c.Coaching_Intent_LearningLabel';
import learningEmpty from '@salesforce/label/c.Coaching_Intent_LearningEmpty';
import editLearning from '@salesforce/label/c.Coaching_Intent_EditLearning';
import addLearning from '@salesforce/label/c.Coaching_Intent_AddLearning';
import closeReview from '@salesforce/label/c.Coaching_Intent_CloseReview';
import closeHint from '@salesforce/label/c.Coaching_Intent_CloseHint';
import closeSave from '@salesforce/label/c.Coaching_Intent_CloseSave';
import closedOpenForYou from '@salesforce/label/c.Coaching_Intent_ClosedOpenForYou';
import closedOpenForSeller from '@salesforce/label/c.Coaching_Intent_ClosedOpenForSeller';
import cancel from '@salesforce/label/c.Coaching_Common_Cancel';
import save from '@salesforce/label/c.Coaching_Common_Save';

const LABELS = Object.freeze({
    heading,
    startReview,
    startHeading,
    startHint,
    intentLabel,
    startSave,
    reviewer,
    readsAsDirective,
    reviewDate,
    status,
    statusOpen,
    statusClosed,
    editIntent,
    focusHeading,
    focusHeadingOthers,
    focusLabel,
    focusEmpty,
    editFocus,
    addFocus,
    learningHeading,
    learningLabel,
    learningEmpty,
    editLearning,
    addLearning,
    closeReview,
    closeHint,
    closeSave,
    closedOpenForYou,
    closedOpenForSeller,
    cancel,
    save
});

export default LABELS;
