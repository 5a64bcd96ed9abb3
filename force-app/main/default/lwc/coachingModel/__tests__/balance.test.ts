import type { CoachingKind } from 'c/coachingLanguage';
import {
    computeBalance,
    kindShares,
    median,
    OVER_REVIEW_THRESHOLD,
    type BalanceQuestion
} from '../balance';
import type { NextStepView, QuestionView, ReviewView, StepStatus } from '../types';

const NOW = new Date('2025-06-15T12:00:00.000Z');

function question(overrides: Partial<QuestionView>): QuestionView {
    return {
        id: 'a02000000000001AAA',
        lastModifiedDate: '2025-06-10T09:00:00.000Z',
        createdDate: '2025-06-10T09:00:00.000Z',
        authorId: '005000000000002AAA',
        reviewId: 'a01000000000001AAA',
        text: 'What is next?',
        kind: 'open-question',
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
        ...overrides
    };
}

function review(reviewDate: string | undefined, questions: QuestionView[] = []): ReviewView {
    return {
        id: `a01-${reviewDate ?? 'none'}`,
        lastModifiedDate: '2025-06-10T09:00:00.000Z',
        createdDate: '2025-06-01T09:00:00.000Z',
        intent: 'Why',
        sellerFocus: '',
        reviewerId: '005000000000002AAA',
        reviewerName: 'Dana Whitfield',
        sellerId: '005000000000001AAA',
        reviewDate,
        status: 'Closed',
        isOpen: false,
        sharedLearning: '',
        sellerName: 'Sam Carter',
        questions,
        unansweredCount: 0,
        canEditIntent: false,
        canEditFocus: false,
        canAskQuestion: false,
        canClose: false,
        canShareLearning: false,
        canRate: false,
        canSeeRating: false
    };
}

function step(status: StepStatus): NextStepView {
    return {
        id: `a03-${status}`,
        lastModifiedDate: '2025-06-10T09:00:00.000Z',
        createdDate: '2025-06-10T09:00:00.000Z',
        createdById: '005000000000001AAA',
        action: 'Call',
        customerValue: '',
        status,
        isOverdue: false,
        canEdit: false
    };
}

describe('c-coaching-model balance', () => {
    describe('median', () => {
        it.each([
            [[], undefined],
            [[5], 5],
            [[3, 1], 2],
            [[7, 1, 3], 3],
            [[10, 2, 30, 4, 24, 6], 8],
            [[Number.NaN, 4, Number.POSITIVE_INFINITY], 4]
        ])('of %j is %s', (values, expected) => {
            expect(median(values)).toBe(expected);
        });

        it('leaves its input in order', () => {
            const values = [3, 1, 2];
            median(values);
            expect(values).toEqual([3, 1, 2]);
        });
    });

    it('is all zeros for a deal without coaching', () => {
        expect(computeBalance([], [], NOW)).toEqual({
            questionCount: 0,
            byKind: {
                'open-question': 0,
                'closed-question': 0,
                suggestion: 0,
                directive: 0,
                statement: 0
            },
            openShare: 0,
            closedShare: 0,
            directiveShare: 0,
            questionsNeedingAnswer: 0,
            answeredShare: 0,
            medianHoursToAnswer: undefined,
            steps: { planned: 0, done: 0, dropped: 0 },
            ideasAdopted: 0,
            ideasSetAside: 0,
            directivesSetAside: 0,
            sellerQuestions: 0,
            changedViews: 0,
            reviewsLast30Days: 0,
            isOverReviewed: false
        });
    });

    it('counts kinds, shares and time to answer over every review', () => {
        const kinds: CoachingKind[] = ['open-question', 'open-question', 'directive', 'statement'];
        const questions = kinds.map((kind, index) =>
            question({ id: `q${index}`, kind, status: index === 0 ? 'Resolved' : 'Open' })
        );
        questions[1] = {
            ...questions[1],
            status: 'Answered',
            answeredAt: '2025-06-10T12:00:00.000Z'
        };
        const balance = computeBalance(
            [review('2025-06-01', questions.slice(0, 2)), review('2025-05-01', questions.slice(2))],
            [step('Planned'), step('Planned'), step('Done'), step('Dropped')],
            NOW
        );

        expect(balance).toMatchObject({
            questionCount: 4,
            openShare: 0.5,
            closedShare: 0,
            directiveShare: 0.25,
            // Two of the three that need an answer: the statement needs none.
            answeredShare: 2 / 3,
            medianHoursToAnswer: 3,
            steps: { planned: 2, done: 1, dropped: 1 }
        });
        expect(balance.byKind.statement).toBe(1);
    });

    it('counts an idea turned into a step as adopted even without a saved response', () => {
        const ideas = [
            question({ id: 'q1', kind: 'suggestion', ideaResponse: 'Adopted' }),
            question({ id: 'q2', kind: 'suggestion', adoptedStepId: 'a03000000000001AAA' }),
            question({ id: 'q3', kind: 'suggestion', ideaResponse: 'Set aside' }),
            question({ id: 'q4', kind: 'suggestion' })
        ];
        const balance = computeBalance([review('2025-06-01', ideas)], [], NOW);

        expect(balance.ideasAdopted).toBe(2);
        expect(balance.ideasSetAside).toBe(1);
    });

    describe('the conversation', () => {
        function asked(overrides: Partial<BalanceQuestion>): BalanceQuestion {
            return {
                createdDate: '2025-06-10T09:00:00.000Z',
                kind: 'open-question',
                status: 'Open',
                changedMyView: false,
                ...overrides
            };
        }
        const questions: BalanceQuestion[] = [
            asked({ kind: 'directive', status: 'Answered', ideaResponse: 'Set aside' }),
            asked({ kind: 'directive', status: 'Answered', ideaResponse: 'Set aside' }),
            asked({ kind: 'suggestion', status: 'Answered', ideaResponse: 'Set aside' }),
            asked({ status: 'Resolved', changedMyView: true }),
            asked({ status: 'Withdrawn', kind: 'directive' }),
            asked({ status: 'No Answer Needed' }),
            asked({ askedBySeller: true, status: 'Answered', changedMyView: true }),
            asked({ askedBySeller: true, kind: 'suggestion' }),
            asked({ askedBySeller: true, status: 'Withdrawn' })
        ];
        const balance = computeBalance([{ createdDate: NOW.toISOString(), questions }], [], NOW);

        it('counts a directive set aside apart from ideas set aside', () => {
            expect(balance).toMatchObject({ directivesSetAside: 2, ideasSetAside: 1 });
        });

        it("counts the seller's questions apart from the reviewer's kinds and answers", () => {
            expect(balance).toMatchObject({
                sellerQuestions: 2,
                questionCount: 5,
                byKind: { directive: 2, suggestion: 1, 'open-question': 2 },
                directiveShare: 0.4
            });
        });

        it('counts every changed view, whoever asked', () => {
            expect(balance.changedViews).toBe(2);
        });

        it('leaves withdrawn questions out, and released ones out of the answered share', () => {
            expect(balance).toMatchObject({ questionsNeedingAnswer: 4, answeredShare: 1 });
        });
    });

    it.each([
        ['today', '2025-06-15', 1],
        ['the first day of the window', '2025-05-16', 1],
        ['the day before the window', '2025-05-15', 0],
        ['a future date', '2025-06-16', 0]
    ])('counts a review dated %s towards the 30 days: %s', (_name, date, expected) => {
        expect(computeBalance([review(date)], [], NOW).reviewsLast30Days).toBe(expected);
    });

    it('counts an undated review on the day it was created', () => {
        expect(computeBalance([review(undefined)], [], NOW).reviewsLast30Days).toBe(1);
    });

    it.each([
        [OVER_REVIEW_THRESHOLD, false],
        [OVER_REVIEW_THRESHOLD + 1, true]
    ])('with %i reviews in 30 days, notes over-reviewing: %s', (count, expected) => {
        const reviews = Array.from({ length: count }, (_, index) =>
            review(`2025-06-0${index + 1}`)
        );
        expect(computeBalance(reviews, [], NOW)).toMatchObject({
            reviewsLast30Days: count,
            isOverReviewed: expected
        });
    });

    describe('kindShares', () => {
        const none = {
            'open-question': 0,
            'closed-question': 0,
            suggestion: 0,
            directive: 0,
            statement: 0
        };
        it.each([
            [
                'thirds round so they add up',
                { ...none, 'open-question': 1, 'closed-question': 1, directive: 1 },
                [34, 33, 33]
            ],
            ['one kind is all of them', { ...none, suggestion: 4 }, [100]],
            [
                'uneven counts',
                { ...none, 'open-question': 5, 'closed-question': 1, statement: 1 },
                [72, 14, 14]
            ],
            ['nothing asked', none, []]
        ])('%s', (_why, byKind, percents) => {
            const shares = kindShares(byKind);
            expect(shares.map((entry) => entry.percent)).toEqual(percents);
            const total = shares.reduce((sum, entry) => sum + entry.percent, 0);
            expect(total).toBe(percents.length > 0 ? 100 : 0);
        });
    });
});
