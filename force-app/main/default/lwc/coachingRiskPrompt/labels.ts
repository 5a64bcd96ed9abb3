// The bundle's user-visible text, from Custom Labels so admins can translate it.
import askPrompt from '@salesforce/label/c.Coaching_Pipeline_AskPrompt';
import promptLabel from '@salesforce/label/c.Coaching_Pipeline_PromptLabel';
import ask from '@salesforce/label/c.Coaching_Pipeline_Ask';
import cancel from '@salesforce/label/c.Coaching_Pipeline_Cancel';
import promptNeedsReview from '@salesforce/label/c.Coaching_Pipeline_PromptNeedsReview';
import promptEmpty from '@salesforce/label/c.Coaching_Pipeline_PromptEmpty';

const LABELS = Object.freeze({
    askPrompt,
    promptLabel,
    ask,
    cancel,
    promptNeedsReview,
    promptEmpty
});

export default LABELS;
