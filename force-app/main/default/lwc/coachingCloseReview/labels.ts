// The bundle's user-visible text, from Custom Labels so admins can translate it.
import unansweredOne from '@salesforce/label/c.Coaching_CloseReview_UnansweredOne';
import unansweredMany from '@salesforce/label/c.Coaching_CloseReview_UnansweredMany';
import choiceLabel from '@salesforce/label/c.Coaching_CloseReview_ChoiceLabel';
import keepOpen from '@salesforce/label/c.Coaching_CloseReview_KeepOpen';
import noAnswerNeeded from '@salesforce/label/c.Coaching_CloseReview_NoAnswerNeeded';
import choiceRequired from '@salesforce/label/c.Coaching_CloseReview_ChoiceRequired';
import progress from '@salesforce/label/c.Coaching_CloseReview_Progress';
import sellerFallback from '@salesforce/label/c.Coaching_CloseReview_SellerFallback';

const LABELS = Object.freeze({
    unansweredOne,
    unansweredMany,
    choiceLabel,
    keepOpen,
    noAnswerNeeded,
    choiceRequired,
    progress,
    sellerFallback
});

export default LABELS;
