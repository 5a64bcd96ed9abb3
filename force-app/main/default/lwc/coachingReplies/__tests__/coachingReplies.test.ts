import CoachingReplies from 'c/coachingReplies';
import type { ReplyView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    findAll,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import threadData from './data/replyThread.json';

interface RepliesElement extends HTMLElement {
    replies: ReplyView[];
    questionId: string;
    questionText: string;
    canReply: boolean;
}

type Reply = { saved(): void; failed(message: string, isStale: boolean): void };

const THREAD = threadData.sellerThread as ReplyView[];
const QUESTION_ID = 'a02000000000005AAA';
const REFUSED = 'Only the reviewer and the seller can reply to a coaching question.';

function createThread(replies: ReplyView[] = THREAD, canReply = true) {
    const element = mount<RepliesElement>('c-coaching-replies', CoachingReplies, {
        replies,
        questionId: QUESTION_ID,
        questionText: 'Is legal already reviewing the MSA?',
        canReply
    });
    const handler = jest.fn();
    element.addEventListener('replychange', handler);
    return { element, handler };
}

function shownTexts(element: HTMLElement): string[] {
    return findAll(element, 'li.reply .reply-text').map((node) => node.textContent?.trim() ?? '');
}

function lastDetail(handler: jest.Mock): { reply: Reply } & Record<string, unknown> {
    return handler.mock.calls.at(-1)[0].detail;
}

function rowButton(element: HTMLElement, replyId: string, name: string): HTMLElement | null {
    const actions = find(element, `c-coaching-row-actions[data-id="${replyId}"]`);
    return actions?.shadowRoot?.querySelector(`lightning-button[data-name="${name}"]`) ?? null;
}

async function post(element: HTMLElement, text: string): Promise<void> {
    find(element, '.reply-toggle')?.click();
    await flushPromises();
    change(find(element, '.reply-input'), text);
    await flushPromises();
    find(element, '.post-reply')?.click();
    await flushPromises();
}

describe('c-coaching-replies', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('folds a long thread to its latest replies, and unfolds it on request', async () => {
            const { element } = createThread();
            await flushPromises();

            expect(shownTexts(element)).toEqual([
                'Reply number 8',
                'c.Coaching_Replies_WithdrawnText',
                'Reply number 10'
            ]);
            expect(findAll(element, 'li.reply')).toHaveLength(3);
            expect(prop(find(element, '.fold-toggle'), 'label')).toBe(
                'c.Coaching_Replies_ShowEarlier'
            );

            find(element, '.fold-toggle')?.click();
            await flushPromises();
            expect(findAll(element, 'li.reply')).toHaveLength(10);
            expect(prop(find(element, '.fold-toggle'), 'label')).toBe(
                'c.Coaching_Replies_ShowFewer'
            );
            await expect(element).toBeAccessible();
        });

        it('shows author and text, and a withdrawn reply as withdrawn without its text', async () => {
            const { element } = createThread();
            await flushPromises();

            const [eighth, ninth, tenth] = findAll(element, 'li.reply');
            expect(eighth.querySelector('.author')?.textContent).toBe('Sam Rivera');
            expect(eighth.querySelector('.reply-text')?.textContent).toBe('Reply number 8');
            expect(ninth.querySelector('.withdrawn-badge')).not.toBeNull();
            expect(ninth.querySelector('.reply-text')?.textContent?.trim()).toBe(
                'c.Coaching_Replies_WithdrawnText'
            );
            expect(ninth.textContent).not.toContain('Reply number 9');
            expect(prop(tenth.querySelector('lightning-relative-date-time'), 'value')).toBe(
                Date.parse('2026-11-20T09:00:00.000Z')
            );
        });

        it("offers edit and withdraw on the viewer's own posted replies only", async () => {
            const { element } = createThread();
            await flushPromises();
            find(element, '.fold-toggle')?.click();
            await flushPromises();

            const withActions = findAll(element, 'c-coaching-row-actions').map(
                (node) => node.dataset.id
            );
            expect(withActions).toEqual(
                THREAD.filter((reply) => reply.canEdit).map((reply) => reply.id)
            );
        });

        it('gives viewers no reply box', async () => {
            const { element } = createThread(THREAD.slice(0, 2), false);
            await flushPromises();

            expect(find(element, '.reply-toggle')).toBeNull();
            expect(find(element, '.fold-toggle')).toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('posting', () => {
        it('sends the reply, disables Post while saving, and closes the box once saved', async () => {
            const { element, handler } = createThread([]);
            await flushPromises();

            await post(element, '  Who signs on their side?  ');

            expect(lastDetail(handler)).toMatchObject({
                questionId: QUESTION_ID,
                change: 'post',
                text: 'Who signs on their side?'
            });
            expect(prop(find(element, '.post-reply'), 'disabled')).toBe(true);
            lastDetail(handler).reply.saved();
            await flushPromises();
            expect(find(element, '.reply-input')).toBeNull();
            expect(prop(find(element, '.reply-toggle'), 'label')).toBe('c.Coaching_Replies_Reply');
        });

        it('keeps the text when the save is refused, says why and moves focus there', async () => {
            const { element, handler } = createThread([]);
            await flushPromises();

            await post(element, 'Noted.');
            lastDetail(handler).reply.failed(REFUSED, false);
            await flushPromises();

            expect(prop(find(element, '.reply-input'), 'value')).toBe('Noted.');
            const error = find(element, '.post-error');
            expect(error?.textContent?.trim()).toBe(REFUSED);
            expect(element.shadowRoot?.activeElement).toBe(error);
            expect(prop(find(element, '.post-reply'), 'disabled')).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('keeps a draft when the box is closed, and offers to continue it', async () => {
            const { element } = createThread([]);
            await flushPromises();
            find(element, '.reply-toggle')?.click();
            await flushPromises();
            change(find(element, '.reply-input'), 'Half a thought');
            await flushPromises();

            find(element, '.reply-form')?.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape' })
            );
            await flushPromises();

            expect(find(element, '.reply-input')).toBeNull();
            expect(prop(find(element, '.reply-toggle'), 'label')).toBe(
                'c.Coaching_Replies_ContinueReply'
            );
            find(element, '.reply-toggle')?.click();
            await flushPromises();
            expect(prop(find(element, '.reply-input'), 'value')).toBe('Half a thought');
        });
    });

    describe("the author's own reply", () => {
        const own = THREAD[9];

        it('edits it in place, checked against the reply as the author opened it', async () => {
            const { element, handler } = createThread();
            await flushPromises();

            rowButton(element, own.id, 'edit')?.click();
            await flushPromises();
            expect(prop(find(element, '.edit-input'), 'value')).toBe(own.text);
            change(find(element, '.edit-input'), 'Reply number 10, clearer');
            await flushPromises();
            find(element, '.save-edit')?.click();
            await flushPromises();

            expect(lastDetail(handler)).toMatchObject({
                change: 'edit',
                replyId: own.id,
                lastModifiedDate: own.lastModifiedDate,
                text: 'Reply number 10, clearer'
            });
            lastDetail(handler).reply.failed(REFUSED, false);
            await flushPromises();
            expect(prop(find(element, '.edit-input'), 'value')).toBe('Reply number 10, clearer');
            expect(find(element, '.row-error')?.textContent?.trim()).toBe(REFUSED);
        });

        it('withdraws it only after a confirmation', async () => {
            const { element, handler } = createThread();
            await flushPromises();

            rowButton(element, own.id, 'withdraw')?.click();
            await flushPromises();
            expect(handler).not.toHaveBeenCalled();
            expect(find(element, '.withdraw-confirm')).not.toBeNull();
            await expect(element).toBeAccessible();

            find(element, '.confirm-withdraw')?.click();
            await flushPromises();
            expect(lastDetail(handler)).toMatchObject({
                change: 'withdraw',
                replyId: own.id,
                lastModifiedDate: own.lastModifiedDate
            });
            expect(prop(find(element, '.confirm-withdraw'), 'disabled')).toBe(true);
            lastDetail(handler).reply.saved();
            await flushPromises();
            expect(find(element, '.withdraw-confirm')).toBeNull();
        });

        it('keeps it when the author changes their mind', async () => {
            const { element, handler } = createThread();
            await flushPromises();

            rowButton(element, own.id, 'withdraw')?.click();
            await flushPromises();
            find(element, '.keep-reply')?.click();
            await flushPromises();

            expect(find(element, '.withdraw-confirm')).toBeNull();
            expect(handler).not.toHaveBeenCalled();
        });
    });
});
