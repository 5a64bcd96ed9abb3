import { foldThread, repliesByQuestion, REPLIES_SHOWN } from '../replies';
import { toActor } from '../permissions';
import type { Connection, ReplyNode, ReplyView } from '../types';
import threads from './data/replyThreads.json';

const SELLER = '005000000000001AAA';
const MANAGER = '005000000000002AAA';
const REPLIES = threads.Coaching_Reply__c as Connection<ReplyNode>;

const seller = toActor({ userId: SELLER, isManager: false, isAdmin: false }, SELLER);
const manager = toActor({ userId: MANAGER, isManager: true, isAdmin: false }, SELLER);
const admin = toActor({ userId: '005000000000009AAA', isManager: true, isAdmin: true }, SELLER);

function reply(index: number): ReplyView {
    return {
        id: `r${index}`,
        lastModifiedDate: '',
        createdDate: `2026-11-${String(index).padStart(2, '0')}T10:00:00.000Z`,
        authorId: SELLER,
        authorName: 'Sam Rivera',
        text: `Reply ${index}`,
        status: 'Posted',
        isWithdrawn: false,
        canEdit: true
    };
}

describe('c-coaching-model replies', () => {
    it("groups the deal's replies under their questions, oldest first", () => {
        const byQuestion = repliesByQuestion(REPLIES, seller);
        expect(byQuestion.get('a02000000000001AAA')?.map((r) => r.text)).toEqual([
            'The CFO signs alone.',
            'Then who else has to agree?',
            'Procurement, I think.'
        ]);
        expect(byQuestion.get('a02000000000002AAA')).toHaveLength(1);
        expect(repliesByQuestion(undefined, seller).size).toBe(0);
    });

    it('keeps a withdrawn reply, marked, and lets only its author edit a posted one', () => {
        const [first, second, withdrawn] =
            repliesByQuestion(REPLIES, seller).get('a02000000000001AAA') ?? [];
        expect(first).toMatchObject({ authorName: 'Sam Rivera', canEdit: true });
        expect(second).toMatchObject({ authorName: 'Morgan Lee', canEdit: false });
        expect(withdrawn).toMatchObject({ isWithdrawn: true, status: 'Withdrawn', canEdit: false });
        const asManager = repliesByQuestion(REPLIES, manager).get('a02000000000001AAA') ?? [];
        expect(asManager.map((r) => r.canEdit)).toEqual([false, true, false]);
        const asAdmin = repliesByQuestion(REPLIES, admin).get('a02000000000001AAA') ?? [];
        expect(asAdmin.map((r) => r.canEdit)).toEqual([true, true, false]);
    });

    it.each([
        ['a short thread shows whole', 3, false, [], 3, 0],
        [
            'a long thread shows its latest replies',
            10,
            false,
            [],
            REPLIES_SHOWN,
            10 - REPLIES_SHOWN
        ],
        ['an unfolded thread shows every reply', 10, true, [], 10, 0],
        ['a reply being edited stays shown', 10, false, ['r2'], REPLIES_SHOWN + 1, 6]
    ])('%s', (_name, count, unfolded, keep, shown, hidden) => {
        const thread = Array.from({ length: count }, (_, index) => reply(index + 1));
        const fold = foldThread(thread, unfolded, new Set(keep));
        expect(fold.shown).toHaveLength(shown);
        expect(fold.hidden).toBe(hidden);
        expect(fold.shown.at(-1)?.id).toBe(`r${count}`);
    });
});
