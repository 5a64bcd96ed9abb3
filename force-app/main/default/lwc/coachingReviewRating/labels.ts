// The bundle's user-visible text, from Custom Labels so admins can translate it.
import heading from '@salesforce/label/c.Coaching_Rating_Heading';
import hint from '@salesforce/label/c.Coaching_Rating_Hint';
import label from '@salesforce/label/c.Coaching_Rating_Label';
import helpful from '@salesforce/label/c.Coaching_Rating_Helpful';
import somewhatHelpful from '@salesforce/label/c.Coaching_Rating_SomewhatHelpful';
import notHelpful from '@salesforce/label/c.Coaching_Rating_NotHelpful';
import noteLabel from '@salesforce/label/c.Coaching_Rating_NoteLabel';
import save from '@salesforce/label/c.Coaching_Rating_Save';
import change from '@salesforce/label/c.Coaching_Rating_Change';
import yourRating from '@salesforce/label/c.Coaching_Rating_YourRating';
import sellerRating from '@salesforce/label/c.Coaching_Rating_SellerRating';
import notRated from '@salesforce/label/c.Coaching_Rating_NotRated';
import required from '@salesforce/label/c.Coaching_Rating_Required';
import sellerFallback from '@salesforce/label/c.Coaching_FocusRequest_SellerFallback';
import cancel from '@salesforce/label/c.Coaching_Common_Cancel';

const LABELS = Object.freeze({
    heading,
    hint,
    label,
    helpful,
    somewhatHelpful,
    notHelpful,
    noteLabel,
    save,
    change,
    yourRating,
    sellerRating,
    notRated,
    required,
    sellerFallback,
    cancel
});

export default LABELS;
