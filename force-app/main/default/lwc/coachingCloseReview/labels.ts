// The bundle's user-visible text, from Custom Labels so admins can translate it.
import unansweredOne from '@salesforce/label/c.Coaching_CloseReview_UnansweredOne';
import unansweredMany from '@salesforce/label/c.Coaching_CloseReview_UnansweredMany';
import choiceLabel from '@salesforce/label/c.Coaching_CloseReview_ChoiceLabel';
import choiceLabelOne from '@salesforce/label/c.Coaching_CloseReview_ChoiceLabelOne';
import keepOpen from '@salesforce/label/c.Coaching_CloseReview_KeepOpen';
import keepOpenOne from '@salesforce/label/c.Coaching_CloseReview_KeepOpenOne';
import noAnswerNeeded from '@salesforce/label/c.Coaching_CloseReview_NoAnswerNeeded';
import noAnswerNeededOne from '@salesforce/label/c.Coaching_CloseReview_NoAnswerNeededOne';
import choiceRequired from '@salesforce/label/c.Coaching_CloseReview_ChoiceRequired';
import choiceRequiredOne from '@salesforce/label/c.Coaching_CloseReview_ChoiceRequiredOne';
import progress from '@salesforce/label/c.Coaching_CloseReview_Progress';
import progressOne from '@salesforce/label/c.Coaching_CloseReview_ProgressOne';
import sellerFallback from '@salesforce/label/c.Coaching_CloseReview_SellerFallback';

const LABELS = Object.freeze({
    unansweredOne,
    unansweredMany,
    choiceLabel,
    choiceLabelOne,
    keepOpen,
    keepOpenOne,
    noAnswerNeeded,
    noAnswerNeededOne,
    choiceRequired,
    choiceRequiredOne,
    progress,
    progressOne,
    sellerFallback
});

export default LABELS;
