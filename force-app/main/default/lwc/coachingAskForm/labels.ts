// The bundle's user-visible text, from Custom Labels so admins can translate it.
import askHeading from '@salesforce/label/c.Coaching_Questions_AskHeading';
import askLabel from '@salesforce/label/c.Coaching_Questions_AskLabel';
import askClosed from '@salesforce/label/c.Coaching_Questions_AskClosed';
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
import directiveWarning from '@salesforce/label/c.Coaching_Questions_DirectiveWarning';
import askSellerHeading from '@salesforce/label/c.Coaching_Questions_AskSellerHeading';
import askSellerLabel from '@salesforce/label/c.Coaching_Questions_AskSellerLabel';
import askSellerKind from '@salesforce/label/c.Coaching_Questions_AskSellerKind';
import askSellerQuestion from '@salesforce/label/c.Coaching_Questions_AskSellerQuestion';
import askSellerIdea from '@salesforce/label/c.Coaching_Questions_AskSellerIdea';
import askSellerSave from '@salesforce/label/c.Coaching_Questions_AskSellerSave';
import rewordLabel from '@salesforce/label/c.Coaching_Questions_RewordLabel';
import rewordSave from '@salesforce/label/c.Coaching_Questions_RewordSave';
import cancel from '@salesforce/label/c.Coaching_Common_Cancel';

const LABELS = Object.freeze({
    askHeading,
    askLabel,
    askClosed,
    readsAsEmpty,
    readsAsOpenQuestion,
    readsAsClosedQuestion,
    readsAsSuggestion,
    readsAsDirective,
    readsAsStatement,
    rephrasingsHint,
    askSave,
    saveDirectiveAnyway,
    directiveNote,
    directiveWarning,
    askSellerHeading,
    askSellerLabel,
    askSellerKind,
    askSellerQuestion,
    askSellerIdea,
    askSellerSave,
    rewordLabel,
    rewordSave,
    cancel
});

export default LABELS;
