// The bundle's user-visible text, from Custom Labels so admins can translate it.
import customerValueLabel from '@salesforce/label/c.Coaching_Steps_CustomerValueLabel';
import dueDateLabel from '@salesforce/label/c.Coaching_Steps_DueDateLabel';
import noDueDate from '@salesforce/label/c.Coaching_Steps_NoDueDate';
import overdue from '@salesforce/label/c.Coaching_Steps_Overdue';
import statusLabel from '@salesforce/label/c.Coaching_Steps_StatusLabel';
import statusPlanned from '@salesforce/label/c.Coaching_Steps_StatusPlanned';
import statusDone from '@salesforce/label/c.Coaching_Steps_StatusDone';
import statusDropped from '@salesforce/label/c.Coaching_Steps_StatusDropped';
import markDone from '@salesforce/label/c.Coaching_Steps_MarkDone';
import drop from '@salesforce/label/c.Coaching_Steps_Drop';
import edit from '@salesforce/label/c.Coaching_Steps_Edit';
import editStepHeading from '@salesforce/label/c.Coaching_Steps_EditStepHeading';
import adoptedFromIdea from '@salesforce/label/c.Coaching_Steps_AdoptedFromIdea';

const LABELS = Object.freeze({
    customerValueLabel,
    dueDateLabel,
    noDueDate,
    overdue,
    statusLabel,
    statusPlanned,
    statusDone,
    statusDropped,
    markDone,
    drop,
    edit,
    editStepHeading,
    adoptedFromIdea
});

export default LABELS;
