// The bundle's user-visible text, from Custom Labels so admins can translate it.
import heading from '@salesforce/label/c.Coaching_FocusRequest_Heading';
import hint from '@salesforce/label/c.Coaching_FocusRequest_Hint';
import label from '@salesforce/label/c.Coaching_FocusRequest_Label';
import save from '@salesforce/label/c.Coaching_FocusRequest_Save';
import edit from '@salesforce/label/c.Coaching_FocusRequest_Edit';
import othersHeading from '@salesforce/label/c.Coaching_FocusRequest_OthersHeading';
import managerHint from '@salesforce/label/c.Coaching_FocusRequest_ManagerHint';
import sellerFallback from '@salesforce/label/c.Coaching_FocusRequest_SellerFallback';
import cancel from '@salesforce/label/c.Coaching_Common_Cancel';

const LABELS = Object.freeze({
    heading,
    hint,
    label,
    save,
    edit,
    othersHeading,
    managerHint,
    sellerFallback,
    cancel
});

export default LABELS;
