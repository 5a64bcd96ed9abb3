// The writes of the conversation on a question: replies, which the panel runs like its other saves.
import { postReplyInput, replyChangeInput } from 'c/coachingModel';
import type { ReplyDraft } from 'c/coachingQuestions';
import CONVERSATION_LABELS from './conversationLabels';
import { create, update } from './panelSave';
import SCHEMA from './schema';

/** A write and the title of its success toast. */
export interface ConversationWrite {
    title: string;
    write: () => Promise<unknown>;
}

/**
 * The write a reply thread asked for: a new reply, its author's edit, or its withdrawal.
 * @param draft the thread's request
 * @returns the write and its toast title
 */
export function replyWrite(draft: ReplyDraft): ConversationWrite {
    if (draft.change === 'post') {
        const input = postReplyInput(SCHEMA, {
            questionId: draft.questionId,
            text: draft.text ?? ''
        });
        return { title: CONVERSATION_LABELS.replyPosted, write: () => create(input) };
    }
    const input = replyChangeInput(SCHEMA, {
        replyId: draft.replyId ?? '',
        lastModifiedDate: draft.lastModifiedDate ?? '',
        text: draft.text,
        withdraw: draft.change === 'withdraw'
    });
    const title =
        draft.change === 'withdraw'
            ? CONVERSATION_LABELS.replyWithdrawn
            : CONVERSATION_LABELS.replySaved;
    return { title, write: () => update(input) };
}
