// The bundle's user-visible text, from Custom Labels so admins can translate it.
import threadLabel from '@salesforce/label/c.Coaching_Replies_ThreadLabel';
import showEarlier from '@salesforce/label/c.Coaching_Replies_ShowEarlier';
import showFewer from '@salesforce/label/c.Coaching_Replies_ShowFewer';
import reply from '@salesforce/label/c.Coaching_Replies_Reply';
import continueReply from '@salesforce/label/c.Coaching_Replies_ContinueReply';
import replyLabel from '@salesforce/label/c.Coaching_Replies_ReplyLabel';
import post from '@salesforce/label/c.Coaching_Replies_Post';
import edit from '@salesforce/label/c.Coaching_Replies_Edit';
import editLabel from '@salesforce/label/c.Coaching_Replies_EditLabel';
import saveEdit from '@salesforce/label/c.Coaching_Replies_SaveEdit';
import withdraw from '@salesforce/label/c.Coaching_Replies_Withdraw';
import withdrawConfirm from '@salesforce/label/c.Coaching_Replies_WithdrawConfirm';
import withdrawKeep from '@salesforce/label/c.Coaching_Replies_WithdrawKeep';
import withdrawn from '@salesforce/label/c.Coaching_Replies_Withdrawn';
import withdrawnText from '@salesforce/label/c.Coaching_Replies_WithdrawnText';
import cancel from '@salesforce/label/c.Coaching_Common_Cancel';

const LABELS = Object.freeze({
    threadLabel,
    showEarlier,
    showFewer,
    reply,
    continueReply,
    replyLabel,
    post,
    edit,
    editLabel,
    saveEdit,
    withdraw,
    withdrawConfirm,
    withdrawKeep,
    withdrawn,
    withdrawnText,
    cancel
});

export default LABELS;
