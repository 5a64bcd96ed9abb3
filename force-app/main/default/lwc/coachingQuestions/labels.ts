// The bundle's user-visible text, from Custom Labels so admins can translate it.
import heading from '@salesforce/label/c.Coaching_Questions_Heading';
import empty from '@salesforce/label/c.Coaching_Questions_Empty';
import kindOpenQuestion from '@salesforce/label/c.Coaching_Questions_KindOpenQuestion';
import kindClosedQuestion from '@salesforce/label/c.Coaching_Questions_KindClosedQuestion';
import kindSuggestion from '@salesforce/label/c.Coaching_Questions_KindSuggestion';
import kindDirective from '@salesforce/label/c.Coaching_Questions_KindDirective';
import kindStatement from '@salesforce/label/c.Coaching_Questions_KindStatement';
import statusOpen from '@salesforce/label/c.Coaching_Questions_StatusOpen';
import statusAnswered from '@salesforce/label/c.Coaching_Questions_StatusAnswered';
import statusResolved from '@salesforce/label/c.Coaching_Questions_StatusResolved';
import changedView from '@salesforce/label/c.Coaching_Questions_ChangedView';
import answerHeading from '@salesforce/label/c.Coaching_Questions_AnswerHeading';
import answerLabel from '@salesforce/label/c.Coaching_Questions_AnswerLabel';
import saveAnswer from '@salesforce/label/c.Coaching_Questions_SaveAnswer';
import ideaAdopted from '@salesforce/label/c.Coaching_Questions_IdeaAdopted';
import ideaSetAside from '@salesforce/label/c.Coaching_Questions_IdeaSetAside';
import adopt from '@salesforce/label/c.Coaching_Questions_Adopt';
import setAside from '@salesforce/label/c.Coaching_Questions_SetAside';
import resolve from '@salesforce/label/c.Coaching_Questions_Resolve';
import markChangedView from '@salesforce/label/c.Coaching_Questions_MarkChangedView';
import askHeading from '@salesforce/label/c.Coaching_Questions_AskHeading';
import askLabel from '@salesforce/label/c.Coaching_Questions_AskLabel';
import readsAsEmpty from '@salesforce/label/c.Coaching_Questions_ReadsAsEmpty';
import readsAsOpenQuestion from '@salesforce/label/c.Coaching_Questions_ReadsAsOpenQuestion';
import readsAsClosedQuestion from '@salesforce/label/c.Coaching_Questions_ReadsAsClosedQuestion';
import readsAsSuggestion from '@salesforce/label/c.Coaching_Questions_ReadsAsSuggestion';
import readsAsDirective from '@salesforce/label/c.Coaching_Questions_ReadsAsDirective';
import readsAsStatement from '@salesforce/label/c.Coaching_Questions_ReadsAsStatement';
import rephrasingsHint from '@salesforce/label/c.Coaching_Questions_RephrasingsHint';
import askSave from '@salesforce/label/c.Coaching_Questions_AskSave';
import saveDirectiveAnyway from '@salesforce/label/c.Coaching_Questions_SaveDirectiveAnyway';
import directiveNote from '@salesforce/label/c.Coaching_Questions_DirectiveNote';

const LABELS = Object.freeze({
    heading,
    empty,
    kindOpenQuestion,
    kindClosedQuestion,
    kindSuggestion,
    kindDirective,
    kindStatement,
    statusOpen,
    statusAnswered,
    statusResolved,
    changedView,
    answerHeading,
    answerLabel,
    saveAnswer,
    ideaAdopted,
    ideaSetAside,
    adopt,
    setAside,
    resolve,
    markChangedView,
    askHeading,
    askLabel,
    readsAsEmpty,
    readsAsOpenQuestion,
    readsAsClosedQuestion,
    readsAsSuggestion,
    readsAsDirective,
    readsAsStatement,
    rephrasingsHint,
    askSave,
    saveDirectiveAnyway,
    directiveNote
});

export default LABELS;
