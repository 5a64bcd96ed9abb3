// The bundle's user-visible text, from Custom Labels so admins can translate it.
import showDetails from '@salesforce/label/c.Coaching_Error_ShowDetails';
import hideDetails from '@salesforce/label/c.Coaching_Error_HideDetails';

const LABELS = Object.freeze({
    showDetails,
    hideDetails
});

export default LABELS;
