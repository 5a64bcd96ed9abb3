// The panel's text for the conversation on a question, from Custom Labels so admins can translate it.
import questionWithdrawn from '@salesforce/label/c.Coaching_Panel_QuestionWithdrawn';
import questionReworded from '@salesforce/label/c.Coaching_Panel_QuestionReworded';
import replyPosted from '@salesforce/label/c.Coaching_Panel_ReplyPosted';
import replySaved from '@salesforce/label/c.Coaching_Panel_ReplySaved';
import replyWithdrawn from '@salesforce/label/c.Coaching_Panel_ReplyWithdrawn';
import sellerQuestionSent from '@salesforce/label/c.Coaching_Panel_SellerQuestionSent';
import setAside from '@salesforce/label/c.Coaching_Panel_SetAside';

const CONVERSATION_LABELS = Object.freeze({
    questionWithdrawn,
    questionReworded,
    replyPosted,
    replySaved,
    replyWithdrawn,
    sellerQuestionSent,
    setAside
});

export default CONVERSATION_LABELS;
