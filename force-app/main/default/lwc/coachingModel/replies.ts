// The replies under a deal's questions: each question's thread, what its viewer may do with each
// reply, the record inputs for a new, edited or withdrawn reply, and how a long thread folds.
import { sameId } from './permissions';
import type { Actor } from './permissions';
import type { CoachingSchema, CreateInput, UpdateInput } from './recordInputs';
import type { Connection, FieldValue, ReplyNode, ReplyStatus, ReplyView } from './types';

/** How many of a thread's replies show at first: the latest ones. */
export const REPLIES_SHOWN = 3;

function text(field: FieldValue | null | undefined): string {
    return field?.value ?? '';
}

function toReply(node: ReplyNode, actor: Actor): ReplyView {
    const status: ReplyStatus = node.Status__c?.value === 'Withdrawn' ? 'Withdrawn' : 'Posted';
    const authorId = text(node.CreatedById);
    return {
        id: node.Id,
        lastModifiedDate: text(node.LastModifiedDate),
        createdDate: text(node.CreatedDate),
        authorId,
        authorName: text(node.CreatedBy?.Name),
        text: text(node.Reply__c),
        status,
        isWithdrawn: status === 'Withdrawn',
        // Only_Author_Edits_Reply; a withdrawn reply is final.
        canEdit: status === 'Posted' && (sameId(actor.userId, authorId) || actor.isAdmin)
    };
}

function oldestFirst(a: ReplyView, b: ReplyView): number {
    if (a.createdDate !== b.createdDate) {
        return a.createdDate < b.createdDate ? -1 : 1;
    }
    return a.id < b.id ? -1 : Number(a.id > b.id);
}

/**
 * Groups the deal's replies by the question they are under.
 * @param connection the replies as the query returned them, every page merged
 * @param actor the viewer
 * @returns question id -> its replies, oldest first; each reply once (the last copy wins)
 */
export function repliesByQuestion(
    connection: Connection<ReplyNode> | undefined,
    actor: Actor
): Map<string, ReplyView[]> {
    const nodes = new Map<string, ReplyNode>();
    for (const edge of connection?.edges ?? []) {
        nodes.set(edge.node.Id, edge.node);
    }
    const byQuestion = new Map<string, ReplyView[]>();
    for (const node of nodes.values()) {
        const questionId = text(node.Coaching_Question__c);
        const thread = byQuestion.get(questionId) ?? [];
        thread.push(toReply(node, actor));
        byQuestion.set(questionId, thread);
    }
    for (const thread of byQuestion.values()) {
        thread.sort(oldestFirst);
    }
    return byQuestion;
}

/** What a folded thread shows. */
export interface ThreadFold {
    shown: ReplyView[];
    /** How many earlier replies the fold hides. */
    hidden: number;
}

/**
 * Folds a long thread to its latest replies, unless the user unfolded it.
 * @param replies the thread, oldest first
 * @param unfolded whether the user asked for every reply
 * @param keepIds replies that stay shown whatever the fold (one being edited)
 * @returns the replies shown, oldest first, and how many earlier ones are hidden
 */
export function foldThread(
    replies: ReplyView[],
    unfolded: boolean,
    keepIds: ReadonlySet<string> = new Set()
): ThreadFold {
    if (unfolded || replies.length <= REPLIES_SHOWN) {
        return { shown: replies, hidden: 0 };
    }
    const cut = replies.length - REPLIES_SHOWN;
    const shown = replies.filter((reply, index) => index >= cut || keepIds.has(reply.id));
    return { shown, hidden: replies.length - shown.length };
}

/**
 * A reply posted under a question.
 * @param schema the schema references
 * @param reply the question and the reply's text
 * @returns the create input
 */
export function postReplyInput(
    schema: CoachingSchema,
    reply: { questionId: string; text: string }
): CreateInput {
    const s = schema.reply;
    return {
        apiName: s.object.objectApiName,
        fields: { [s.question.fieldApiName]: reply.questionId, [s.text.fieldApiName]: reply.text }
    };
}

/**
 * Its author's change to a reply: new text, or taking it back (kept, shown as withdrawn).
 * @param schema the schema references
 * @param change the reply, its last-modified date as the author saw it, and the new text or
 * `withdraw`
 * @returns the update input, refused by the server if the reply changed since
 */
export function replyChangeInput(
    schema: CoachingSchema,
    change: { replyId: string; lastModifiedDate: string; text?: string; withdraw?: boolean }
): UpdateInput {
    const s = schema.reply;
    const fields = change.withdraw
        ? { [s.status.fieldApiName]: 'Withdrawn' }
        : { [s.text.fieldApiName]: change.text ?? '' };
    return {
        recordInput: { fields: { [s.id.fieldApiName]: change.replyId, ...fields } },
        clientOptions: { ifUnmodifiedSince: change.lastModifiedDate }
    };
}
