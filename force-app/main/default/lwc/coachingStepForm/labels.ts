// The bundle's user-visible text, from Custom Labels so admins can translate it.
import actionLabel from '@salesforce/label/c.Coaching_Steps_ActionLabel';
import customerValueLabel from '@salesforce/label/c.Coaching_Steps_CustomerValueLabel';
import dueDateInvalid from '@salesforce/label/c.Coaching_Steps_DueDateInvalid';
import dueDateLabel from '@salesforce/label/c.Coaching_Steps_DueDateLabel';
import cancel from '@salesforce/label/c.Coaching_Common_Cancel';
import save from '@salesforce/label/c.Coaching_Common_Save';

const LABELS = Object.freeze({
    actionLabel,
    customerValueLabel,
    dueDateInvalid,
    dueDateLabel,
    cancel,
    save
});

export default LABELS;
