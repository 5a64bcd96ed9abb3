// The bundle's user-visible text, from Custom Labels so admins can translate it.
import heading from '@salesforce/label/c.Coaching_Steps_Heading';
import ownedBySeller from '@salesforce/label/c.Coaching_Steps_OwnedBySeller';
import empty from '@salesforce/label/c.Coaching_Steps_Empty';
import addStep from '@salesforce/label/c.Coaching_Steps_AddStep';
import newStepHeading from '@salesforce/label/c.Coaching_Steps_NewStepHeading';
import editStepHeading from '@salesforce/label/c.Coaching_Steps_EditStepHeading';
import actionLabel from '@salesforce/label/c.Coaching_Steps_ActionLabel';
import customerValueLabel from '@salesforce/label/c.Coaching_Steps_CustomerValueLabel';
import dueDateInvalid from '@salesforce/label/c.Coaching_Steps_DueDateInvalid';
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
import adoptedFromIdea from '@salesforce/label/c.Coaching_Steps_AdoptedFromIdea';
import cancel from '@salesforce/label/c.Coaching_Common_Cancel';
import save from '@salesforce/label/c.Coaching_Common_Save';

const LABELS = Object.freeze({
    heading,
    ownedBySeller,
    empty,
    addStep,
    newStepHeading,
    editStepHeading,
    actionLabel,
    customerValueLabel,
    dueDateInvalid,
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
    adoptedFromIdea,
    cancel,
    save
});

export default LABELS;
