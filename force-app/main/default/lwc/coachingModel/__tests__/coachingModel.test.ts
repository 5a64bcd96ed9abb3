import { buildPanelModel, PAGE_SIZES } from 'c/coachingModel';
import type {
    NextStepView,
    PanelModel,
    PanelPayload,
    PanelQueryData,
    QuestionView,
    ReviewView,
    Viewer
} from 'c/coachingModel';
import panelResponse from './data/panelGraphQLResponse.json';

const NOW = new Date('2025-06-15T12:00:00.000Z');

const OPPORTUNITY = '006000000000001AAA';
const SELLER = '005000000000001AAA';
const MANAGER = '005000000000002AAA';
const SECOND_SELLER = '005000000000003AAA';
const ADMIN = '005000000000004AAA';
const OTHER_MANAGER = '005000000000005AAA';

const OPEN_REVIEW = 'a01000000000003AAA';
const MAY_REVIEW = 'a01000000000002AAA';
const MARCH_REVIEW = 'a01000000000001AAA';

const q = (n: number) => `a020000000000${String(n).padStart(2, '0')}AAA`;
const s = (n: number) => `a030000000000${String(n).padStart(2, '0')}AAA`;

const ROLES: Record<string, Viewer> = {
    seller: { userId: SELLER, isManager: false, isAdmin: false },
    manager: { userId: MANAGER, isManager: true, isAdmin: false },
    otherManager: { userId: OTHER_MANAGER, isManager: true, isAdmin: false },
    secondSeller: { userId: SECOND_SELLER, isManager: false, isAdmin: false },
    admin: { userId: ADMIN, isManager: true, isAdmin: true }
};
type Role = keyof typeof ROLES;
const ROLE_NAMES = Object.keys(ROLES) as Role[];

function freshPayload(): PanelPayload {
    return (JSON.parse(JSON.stringify(panelResponse)) as { data: PanelQueryData }).data.uiapi.query;
}

function build(role: Role = 'seller', payload = freshPayload(), selectedReviewId?: string) {
    return buildPanelModel(payload, ROLES[role], { now: NOW, selectedReviewId });
}

function reviewOf(model: PanelModel, id: string): ReviewView {
    const review = model.reviews.find((candidate) => candidate.id === id);
    if (!review) {
        throw new Error(`no review ${id}`);
    }
    return review;
}

function questionOf(model: PanelModel, id: string): QuestionView {
    const question = model.reviews
        .flatMap((review) => review.questions)
        .find((candidate) => candidate.id === id);
    if (!question) {
        throw new Error(`no question ${id}`);
    }
    return question;
}

function stepOf(model: PanelModel, id: string): NextStepView {
    const step = model.nextSteps.find((candidate) => candidate.id === id);
    if (!step) {
        throw new Error(`no step ${id}`);
    }
    return step;
}

describe('c-coaching-model', () => {
    it('exports the page sizes the query uses', () => {
        expect(PAGE_SIZES).toEqual({ reviews: 50, questions: 200, steps: 200, replies: 200 });
    });

    describe('data', () => {
        const model = build();

        it('reads the opportunity', () => {
            expect(model).toMatchObject({
                opportunityId: OPPORTUNITY,
                opportunityName: 'Acme Logistics – Fleet Expansion',
                ownerId: SELLER,
                viewerIsOwner: true,
                isEmpty: false
            });
        });

        it('lists reviews newest first and selects the open one', () => {
            expect(model.reviews.map((review) => review.id)).toEqual([
                OPEN_REVIEW,
                MAY_REVIEW,
                MARCH_REVIEW
            ]);
            expect(model.currentReview?.id).toBe(OPEN_REVIEW);
        });

        it('reads a review', () => {
            expect(reviewOf(model, MAY_REVIEW)).toMatchObject({
                lastModifiedDate: '2025-06-02T16:20:00.000Z',
                createdDate: '2025-05-28T08:45:00.000Z',
                intent: 'Check that the expansion has a business case the CFO will sign before quarter end.',
                sellerFocus: 'Help me put the savings in terms finance cares about.',
                reviewerId: MANAGER,
                reviewerName: 'Dana Whitfield',
                sellerId: SELLER,
                reviewDate: '2025-05-28',
                status: 'Closed',
                isOpen: false,
                sharedLearning:
                    'Numbers built with their own finance analyst moved the CFO more than our benchmark did.'
            });
            expect(reviewOf(model, OPEN_REVIEW).sharedLearning).toBe('');
        });

        it('lists each review’s questions in the order they were asked', () => {
            expect(reviewOf(model, OPEN_REVIEW).questions.map((question) => question.id)).toEqual([
                q(7),
                q(8),
                q(9),
                q(10),
                q(11)
            ]);
            expect(reviewOf(model, MAY_REVIEW).questions.map((question) => question.id)).toEqual([
                q(3),
                q(4),
                q(5),
                q(6)
            ]);
        });

        it.each([
            [1, 'open-question', 'Resolved'],
            [2, 'closed-question', 'Answered'],
            [3, 'suggestion', 'Answered'],
            [5, 'directive', 'Resolved'],
            [6, 'statement', 'Open'],
            [9, 'suggestion', 'Open']
        ])('reads question %i as %s, %s', (n, kind, status) => {
            expect(questionOf(model, q(n))).toMatchObject({ kind, status });
        });

        it('classifies a question whose kind was never saved', () => {
            expect(questionOf(model, q(10))).toMatchObject({
                kind: 'open-question',
                isSuggestion: false
            });
        });

        it('reads an answered idea and links the step adopted from it', () => {
            expect(questionOf(model, q(3))).toMatchObject({
                isSuggestion: true,
                answer: 'Good idea, I will set it up this week.',
                answeredAt: '2025-05-28T15:00:00.000Z',
                ideaResponse: 'Adopted',
                adoptedStepId: s(3),
                authorId: MANAGER,
                reviewId: MAY_REVIEW
            });
            expect(questionOf(model, q(4))).toMatchObject({
                ideaResponse: 'Set aside',
                adoptedStepId: undefined
            });
            expect(questionOf(model, q(1)).changedMyView).toBe(true);
            expect(questionOf(model, q(7))).toMatchObject({
                answer: '',
                answeredAt: undefined,
                ideaResponse: undefined,
                changedMyView: false
            });
        });

        it('orders next steps: planned by due date, then done, then dropped', () => {
            expect(model.nextSteps.map((step) => [step.id, step.status, step.dueDate])).toEqual([
                [s(1), 'Planned', '2025-06-01'],
                [s(3), 'Planned', '2025-06-15'],
                [s(2), 'Planned', '2025-06-20'],
                [s(4), 'Done', '2025-03-30'],
                [s(5), 'Dropped', undefined]
            ]);
        });

        it('marks only planned steps due before today as overdue', () => {
            expect(model.nextSteps.filter((step) => step.isOverdue).map((step) => step.id)).toEqual(
                [s(1)]
            );
        });

        it('reads a step adopted from an idea', () => {
            expect(stepOf(model, s(3))).toMatchObject({
                createdById: SELLER,
                reviewId: MAY_REVIEW,
                adoptedFromQuestionId: q(3),
                action: 'Run the savings model with their finance analyst',
                customerValue: 'Finance trusts numbers it helped build.',
                lastModifiedDate: '2025-05-28T16:05:00.000Z'
            });
            expect(stepOf(model, s(5))).toMatchObject({
                reviewId: undefined,
                adoptedFromQuestionId: undefined
            });
        });

        it('computes the balance counted by hand', () => {
            // 11 questions: open 1, 7, 10; closed 2, 8; suggestion 3, 4, 9; directive 5, 11; statement 6.
            // Answered or resolved: 1, 2, 3, 4, 5, 8, of the 10 that need an answer (no statement).
            // Hours to answer: 24, 4, 6, 30, 2, 10 -> median 8. One answer changed a view.
            // Reviews since 2025-05-16: June 10 and May 28.
            expect(model.balance).toEqual({
                questionCount: 11,
                byKind: {
                    'open-question': 3,
                    'closed-question': 2,
                    suggestion: 3,
                    directive: 2,
                    statement: 1
                },
                openShare: 3 / 11,
                closedShare: 2 / 11,
                directiveShare: 2 / 11,
                questionsNeedingAnswer: 10,
                answeredShare: 6 / 10,
                medianHoursToAnswer: 8,
                steps: { planned: 3, done: 1, dropped: 1 },
                ideasAdopted: 1,
                ideasSetAside: 1,
                directivesSetAside: 0,
                sellerQuestions: 0,
                changedViews: 1,
                reviewsLast30Days: 2,
                isOverReviewed: false
            });
        });
    });

    describe('permissions by role', () => {
        const models = Object.fromEntries(ROLE_NAMES.map((role) => [role, build(role)])) as Record<
            Role,
            PanelModel
        >;

        type Expectation = Record<Role, boolean>;
        const cases: [string, (model: PanelModel) => boolean, Expectation][] = [
            [
                'is the owner',
                (m) => m.viewerIsOwner,
                {
                    seller: true,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: false
                }
            ],
            [
                'adds a next step',
                (m) => m.canAddStep,
                {
                    seller: true,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'starts a review while one is open',
                (m) => m.canStartReview,
                {
                    seller: false,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: false
                }
            ],
            [
                'edits the open review’s intent',
                (m) => reviewOf(m, OPEN_REVIEW).canEditIntent,
                {
                    seller: false,
                    manager: true,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'edits the open review’s focus',
                (m) => reviewOf(m, OPEN_REVIEW).canEditFocus,
                {
                    seller: true,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'asks a question in the open review',
                (m) => reviewOf(m, OPEN_REVIEW).canAskQuestion,
                {
                    seller: false,
                    manager: true,
                    otherManager: true,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'closes the open review',
                (m) => reviewOf(m, OPEN_REVIEW).canClose,
                {
                    seller: false,
                    manager: true,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'shares the learning of the open review',
                (m) => reviewOf(m, OPEN_REVIEW).canShareLearning,
                {
                    seller: true,
                    manager: true,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'shares the learning of a closed review',
                (m) => reviewOf(m, MAY_REVIEW).canShareLearning,
                {
                    seller: true,
                    manager: true,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'edits a closed review’s intent, focus, questions or status',
                (m) => {
                    const review = reviewOf(m, MAY_REVIEW);
                    return (
                        review.canEditIntent ||
                        review.canEditFocus ||
                        review.canAskQuestion ||
                        review.canClose
                    );
                },
                {
                    seller: false,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: false
                }
            ],
            [
                'answers an open question in the open review',
                (m) => questionOf(m, q(7)).canAnswer,
                {
                    seller: true,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'answers a question left open in a closed review',
                (m) => questionOf(m, q(6)).canAnswer,
                {
                    seller: true,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'answers an answered question again',
                (m) => questionOf(m, q(8)).canAnswer,
                {
                    seller: false,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: false
                }
            ],
            [
                'responds to an open idea',
                (m) => questionOf(m, q(9)).canRespondToIdea,
                {
                    seller: true,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'responds to an idea already adopted',
                (m) => questionOf(m, q(3)).canRespondToIdea,
                {
                    seller: false,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: false
                }
            ],
            [
                'responds to a question that is no idea',
                (m) => questionOf(m, q(7)).canRespondToIdea,
                {
                    seller: false,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: false
                }
            ],
            [
                'resolves an answered question',
                (m) => questionOf(m, q(8)).canResolve,
                {
                    seller: false,
                    manager: true,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'resolves an open question',
                (m) => questionOf(m, q(7)).canResolve,
                {
                    seller: false,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: false
                }
            ],
            [
                'marks "changed my view" on an answered question',
                (m) => questionOf(m, q(1)).canMarkChangedView,
                {
                    seller: false,
                    manager: true,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'marks "changed my view" before an answer',
                (m) => questionOf(m, q(7)).canMarkChangedView,
                {
                    seller: false,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: false
                }
            ],
            [
                'edits the seller’s own step',
                (m) => stepOf(m, s(1)).canEdit,
                {
                    seller: true,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ],
            [
                'edits a step an admin created',
                (m) => stepOf(m, s(4)).canEdit,
                {
                    seller: false,
                    manager: false,
                    otherManager: false,
                    secondSeller: false,
                    admin: true
                }
            ]
        ];

        it.each(
            cases.flatMap(([action, read, expected]) =>
                ROLE_NAMES.map((role) => [role, action, expected[role], read] as const)
            )
        )('%s %s: %s', (role, _action, expected, read) => {
            expect(read(models[role])).toBe(expected);
        });

        it('lets a manager start a review once every review is closed', () => {
            const payload = freshPayload();
            payload.Coaching_Review__c.edges[0].node.Status__c = {
                value: 'Closed',
                displayValue: 'Closed'
            };

            expect(ROLE_NAMES.filter((role) => build(role, payload).canStartReview)).toEqual([
                'manager',
                'otherManager',
                'admin'
            ]);
        });

        it('recognises the owner by a 15-character user id', () => {
            const viewer = { ...ROLES.seller, userId: SELLER.slice(0, 15) };
            const model = buildPanelModel(freshPayload(), viewer, { now: NOW });

            expect(model.viewerIsOwner).toBe(true);
            expect(reviewOf(model, OPEN_REVIEW).canEditFocus).toBe(true);
        });
    });

    describe('selection and ordering', () => {
        it.each([
            ['the review asked for', MARCH_REVIEW, MARCH_REVIEW],
            ['the newest open review when the id is unknown', 'a01000000000999AAA', OPEN_REVIEW],
            ['the newest open review when none is asked for', undefined, OPEN_REVIEW]
        ])('selects %s', (_name, selected, expected) => {
            expect(build('seller', freshPayload(), selected).currentReview?.id).toBe(expected);
        });

        it('selects the newest open review over a newer closed one', () => {
            const payload = freshPayload();
            const [june, may] = payload.Coaching_Review__c.edges.map((edge) => edge.node);
            june.Status__c.value = 'Closed';
            may.Status__c.value = 'Open';

            expect(build('seller', payload).currentReview?.id).toBe(MAY_REVIEW);
        });

        it('selects the newest review when none is open', () => {
            const payload = freshPayload();
            payload.Coaching_Review__c.edges[0].node.Status__c.value = 'Closed';

            const model = build('seller', payload);
            expect(model.currentReview?.id).toBe(model.reviews[0].id);
            expect(model.reviews[0].reviewDate).toBe('2025-06-10');
        });

        it('orders reviews of the same date by creation, newest first, and undated ones last', () => {
            const payload = freshPayload();
            const [june, may, march] = payload.Coaching_Review__c.edges.map((edge) => edge.node);
            march.Review_Date__c = { value: null, displayValue: null };
            may.Review_Date__c = { value: '2025-06-10', displayValue: '6/10/2025' };
            // Reversed from the server's order, to show the model does not rely on it.
            payload.Coaching_Review__c.edges.reverse();

            expect(build('seller', payload).reviews.map((review) => review.id)).toEqual([
                june.Id,
                may.Id,
                march.Id
            ]);
            expect(june.CreatedDate.value! > may.CreatedDate.value!).toBe(true);
        });

        it('puts planned steps without a due date after dated ones', () => {
            const payload = freshPayload();
            const undated = payload.Seller_Next_Step__c.edges.find(
                (edge) => edge.node.Id === s(1)
            )!.node;
            undated.Due_Date__c = { value: null, displayValue: null };

            const model = build('seller', payload);
            expect(model.nextSteps.map((step) => step.id)).toEqual([s(3), s(2), s(1), s(4), s(5)]);
            expect(stepOf(model, s(1)).isOverdue).toBe(false);
        });

        it('shows a record the payload repeats once', () => {
            const payload = freshPayload();
            payload.Coaching_Question__c.edges.push(payload.Coaching_Question__c.edges[0]);
            payload.Seller_Next_Step__c.edges.push(payload.Seller_Next_Step__c.edges[0]);

            const model = build('seller', payload);
            expect(model.balance.questionCount).toBe(11);
            expect(model.nextSteps).toHaveLength(5);
        });
    });

    describe('empty and partial data', () => {
        it('is empty for a deal without reviews or steps', () => {
            const payload = freshPayload();
            payload.Coaching_Review__c.edges = [];
            payload.Coaching_Question__c.edges = [];
            payload.Seller_Next_Step__c.edges = [];

            const model = build('manager', payload);
            expect(model).toMatchObject({
                isEmpty: true,
                reviews: [],
                currentReview: undefined,
                nextSteps: [],
                canStartReview: true,
                canAddStep: false
            });
            expect(model.balance.questionCount).toBe(0);
        });

        it('reads a review whose reviewer was deleted', () => {
            const payload = freshPayload();
            const node = payload.Coaching_Review__c.edges[0].node;
            node.Reviewer__c = { value: null };
            node.Reviewer__r = null;

            const review = reviewOf(build('manager', payload), OPEN_REVIEW);
            expect(review).toMatchObject({ reviewerId: '', reviewerName: '' });
            expect(review.canEditIntent).toBe(false);
        });

        it('offers no question on a review without an intent', () => {
            const payload = freshPayload();
            payload.Coaching_Review__c.edges[0].node.Intent__c = { value: null };

            expect(reviewOf(build('manager', payload), OPEN_REVIEW).canAskQuestion).toBe(false);
        });

        it('leaves out questions whose review is not loaded yet', () => {
            const payload = freshPayload();
            payload.Coaching_Review__c.edges = payload.Coaching_Review__c.edges.filter(
                (edge) => edge.node.Id !== MARCH_REVIEW
            );

            expect(build('seller', payload).balance.questionCount).toBe(9);
        });

        it('reads an opportunity the viewer cannot see as blank', () => {
            const payload = freshPayload();
            payload.Opportunity.edges = [];

            expect(build('seller', payload)).toMatchObject({
                opportunityId: '',
                opportunityName: '',
                ownerId: '',
                viewerIsOwner: false,
                canAddStep: false
            });
        });
    });

    describe('a deal with a long coaching history', () => {
        function largePayload(): PanelPayload {
            const base = freshPayload();
            const reviewNode = base.Coaching_Review__c.edges[1].node;
            const questionNode = base.Coaching_Question__c.edges[2].node;
            const stepNode = base.Seller_Next_Step__c.edges[3].node;
            const day = (n: number) =>
                `2025-0${1 + (n % 6)}-${String(1 + (n % 28)).padStart(2, '0')}`;
            return {
                Opportunity: base.Opportunity,
                Coaching_Review__c: {
                    edges: Array.from({ length: 50 }, (_, i) => ({
                        node: { ...reviewNode, Id: `r${i}`, Review_Date__c: { value: day(i) } }
                    }))
                },
                Coaching_Question__c: {
                    edges: Array.from({ length: 1000 }, (_, i) => ({
                        node: {
                            ...questionNode,
                            Id: `q${i}`,
                            Coaching_Review__c: { value: `r${i % 50}` },
                            Kind__c: { value: i % 10 === 0 ? null : 'Open question' },
                            Question__c: {
                                value: `What would change if the budget moved by ${i % 7}%?`
                            }
                        }
                    }))
                },
                Seller_Next_Step__c: {
                    edges: Array.from({ length: 300 }, (_, i) => ({
                        node: {
                            ...stepNode,
                            Id: `s${i}`,
                            Adopted_From_Question__c: { value: `q${i * 3}` },
                            Due_Date__c: { value: i % 5 === 0 ? null : day(i) }
                        }
                    }))
                }
            };
        }

        it('builds every record once and stays fast when rebuilt', () => {
            const payload = largePayload();
            buildPanelModel(payload, ROLES.manager, { now: NOW });
            const started = performance.now();
            let model: PanelModel | undefined;
            for (let round = 0; round < 10; round += 1) {
                model = buildPanelModel(payload, ROLES.manager, { now: NOW });
            }
            const perBuild = (performance.now() - started) / 10;

            expect(model?.reviews).toHaveLength(50);
            expect(model?.balance.questionCount).toBe(1000);
            expect(model?.nextSteps).toHaveLength(300);
            expect(
                model?.reviews
                    .flatMap((review) => review.questions)
                    .filter((question) => question.adoptedStepId)
            ).toHaveLength(300);
            // Generous bound: it guards against quadratic lookups, not against a slow machine.
            expect(perBuild).toBeLessThan(100);
        });
    });
});
