import {
    awaitsViewer,
    countQuestions,
    inFilter,
    orderForViewer,
    questionWindow
} from '../questionList';
import type { QuestionFilter, QuestionView } from '../types';

function question(id: string, changes: Partial<QuestionView>): QuestionView {
    return {
        id,
        lastModifiedDate: '2026-11-20T10:00:00.000Z',
        createdDate: '2026-11-20T10:00:00.000Z',
        authorId: 'manager',
        reviewId: 'rev',
        text: id,
        isSuggestion: false,
        answer: '',
        status: 'Open',
        changedMyView: false,
        canAnswer: false,
        canEditAnswer: false,
        canRespondToIdea: false,
        canResolve: false,
        canMarkChangedView: false,
        askedBySeller: false,
        authorName: '',
        responseReason: '',
        changedViewNote: '',
        needsNoAnswer: false,
        replies: [],
        canWithdraw: false,
        canReword: false,
        canSetAside: false,
        setAsideNeedsReason: false,
        canReply: false,
        ...changes
    };
}

// As the seller sees them: one to answer, one idea to respond to, one answered, one resolved.
const SELLER_VIEW = [
    question('answered', { status: 'Answered', answer: 'Yes', canEditAnswer: true }),
    question('toAnswer', { canAnswer: true }),
    question('resolved', { status: 'Resolved', answer: 'Done' }),
    question('idea', { isSuggestion: true, canRespondToIdea: true, canAnswer: true })
];
// As the manager sees them: one answer to look at, one waiting on the seller, one resolved.
const MANAGER_VIEW = [
    question('waiting', {}),
    question('toResolve', {
        status: 'Answered',
        answer: 'Yes',
        canResolve: true,
        canMarkChangedView: true
    }),
    question('resolved', { status: 'Resolved', answer: 'Done', canMarkChangedView: true })
];

describe('c-coaching-model question list', () => {
    it.each([
        ['the seller', SELLER_VIEW, { all: 4, mine: 2, open: 3, resolved: 1 }],
        ['the manager', MANAGER_VIEW, { all: 3, mine: 1, open: 2, resolved: 1 }]
    ])('counts what each filter shows %s', (_who, questions, counts) => {
        expect(countQuestions(questions)).toEqual(counts);
    });

    it.each<[string, QuestionView[], QuestionFilter, string[]]>([
        ['the seller', SELLER_VIEW, 'all', ['answered', 'toAnswer', 'resolved', 'idea']],
        ['the seller', SELLER_VIEW, 'mine', ['toAnswer', 'idea']],
        ['the seller', SELLER_VIEW, 'open', ['answered', 'toAnswer', 'idea']],
        ['the seller', SELLER_VIEW, 'resolved', ['resolved']],
        ['the manager', MANAGER_VIEW, 'mine', ['toResolve']],
        ['the manager', MANAGER_VIEW, 'open', ['waiting', 'toResolve']]
    ])('filters for %s: %s', (_who, questions, filter, ids) => {
        expect(questions.filter((q) => inFilter(q, filter)).map((q) => q.id)).toEqual(ids);
    });

    it.each([
        ['the seller', SELLER_VIEW, ['toAnswer', 'idea', 'answered', 'resolved']],
        ['the manager', MANAGER_VIEW, ['toResolve', 'waiting', 'resolved']]
    ])('puts what waits on %s first, resolved last, each in asked order', (_who, qs, ids) => {
        expect(orderForViewer(qs).map((q) => q.id)).toEqual(ids);
    });

    it('counts a changed view already marked as no longer waiting on the manager', () => {
        const marked = question('m', {
            status: 'Answered',
            answer: 'Yes',
            canMarkChangedView: true,
            changedMyView: true
        });
        expect(awaitsViewer(marked)).toBe(false);
    });

    // Six questions in the viewer's order: q0, q2 and q4 open, q1, q3 and q5 resolved.
    const SIX = Array.from({ length: 6 }, (_, index) =>
        question(`q${index}`, index % 2 ? { status: 'Resolved', answer: 'Done' } : {})
    );

    it.each<[string, QuestionFilter, number, string[], string | undefined, string[], number]>([
        ['shows the first ones up to the limit', 'all', 2, [], undefined, ['q0', 'q1'], 4],
        ['shows all once the limit covers them', 'all', 20, [], undefined, SIX.map((q) => q.id), 0],
        ['counts the limit within the filter', 'open', 2, [], undefined, ['q0', 'q2'], 1],
        [
            'keeps a question acted on beyond the limit',
            'all',
            2,
            ['q4'],
            undefined,
            ['q0', 'q1', 'q4'],
            3
        ],
        ['keeps the open answer box beyond the limit', 'all', 2, [], 'q5', ['q0', 'q1', 'q5'], 3],
        [
            'keeps an acted-on question out of the filter in its place',
            'open',
            2,
            ['q1'],
            undefined,
            ['q0', 'q1'],
            2
        ],
        ['hides an open answer box out of the filter', 'resolved', 2, [], 'q0', ['q1', 'q3'], 1],
        ['shows nothing when the filter matches nothing', 'mine', 2, [], undefined, [], 0]
    ])('%s', (_case, filter, limit, actedOn, openId, shown, remaining) => {
        const window = questionWindow(SIX, filter, limit, new Set(actedOn), openId);
        expect(SIX.map((q) => q.id).filter((id) => !window.hiddenIds.has(id))).toEqual(shown);
        expect(window.remaining).toBe(remaining);
    });
});
