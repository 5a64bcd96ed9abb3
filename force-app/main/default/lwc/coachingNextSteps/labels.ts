// The bundle's user-visible text, from Custom Labels so admins can translate it.
import heading from '@salesforce/label/c.Coaching_Steps_Heading';
import ownedBySeller from '@salesforce/label/c.Coaching_Steps_OwnedBySeller';
import ownedByMe from '@salesforce/label/c.Coaching_Steps_OwnedByMe';
import empty from '@salesforce/label/c.Coaching_Steps_Empty';
import count from '@salesforce/label/c.Coaching_Steps_Count';
import addStep from '@salesforce/label/c.Coaching_Steps_AddStep';
import newStepHeading from '@salesforce/label/c.Coaching_Steps_NewStepHeading';
import showSection from '@salesforce/label/c.Coaching_Common_ShowSection';
import hideSection from '@salesforce/label/c.Coaching_Common_HideSection';

const LABELS = Object.freeze({
    heading,
    ownedBySeller,
    ownedByMe,
    empty,
    count,
    addStep,
    newStepHeading,
    showSection,
    hideSection
});

export default LABELS;
