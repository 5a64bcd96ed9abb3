// The writes of the conversation on a question: changes to the question and its replies, which
// the panel runs like its other saves.
import { postReplyInput, questionChangeInput, replyChangeInput } from 'c/coachingModel';
import type { QuestionView } from 'c/coachingModel';
import { kindToPicklistValue } from 'c/coachingLanguage';
import type { QuestionAction, ReplyDraft } from 'c/coachingQuestions';
import CONVERSATION_LABELS from './conversationLabels';
import { create, update } from './panelSave';
import { questionChangeTitle } from './panelText';
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

/**
 * The write an item asked for on its question: resolve, a note on what changed a view, a
 * response to an idea or a directive, or, while unanswered, a withdrawal or a new wording.
 * @param action the item's request
 * @param question the question as shown, which names what was set aside
 * @returns the write and its toast title
 */
export function questionChangeWrite(
    action: QuestionAction,
    question: QuestionView | undefined
): ConversationWrite {
    const { kind } = action;
    const input = questionChangeInput(SCHEMA, {
        ...action,
        kind: kind && kindToPicklistValue(kind)
    });
    return {
        title: questionChangeTitle(action.change, question?.isSuggestion ?? true),
        write: () => update(input)
    };
}
