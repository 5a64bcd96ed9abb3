import type { LightningElement } from 'lwc';
import * as graphqlModule from 'lightning/graphql';
import * as recordApi from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import type { NextStepView, PanelQueryData, QuestionView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    findAll,
    flushPromises,
    mount,
    prop,
    saveTextForm
} from '../../../../../test/jest-utils/lwcTestUtils';
import panelQuery from './data/panelWireData.json';
import panelQueryNextPage from './data/panelWireDataNextPage.json';
import noAccessErrors from './data/noAccessErrors.json';

// The switcher's option text matters here, so those two labels get their real values.
jest.mock(
    '@salesforce/label/c.Coaching_Panel_ReviewOption',
    () => ({ default: '{0} · {1} · {2}' }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Coaching_Panel_ReviewOptionOpen',
    () => ({ default: '{0} · {1} · Open · {2}' }),
    { virtual: true }
);

interface GraphQLTestAdapter {
    emit(value: unknown, filterFn?: unknown, refreshFn?: () => Promise<void>): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): { variables: Record<string, unknown> };
}

type Role = 'seller' | 'manager' | 'viewer';

// The engine this file renders with, shared with each role's copy of the component modules.
const engine = jest.requireActual<Record<string, unknown>>('lwc');
type PanelQuery = typeof panelQuery;

const OPPORTUNITY_ID = '006000000000001AAA';
const SELLER_ID = '005000000000001AAA';
const MANAGER_ID = '005000000000002AAA';
const OPEN_REVIEW_ID = 'a01000000000002AAA';
const CLOSED_REVIEW_ID = 'a01000000000001AAA';
const OPEN_QUESTION_ID = 'a02000000000003AAA';
const SUGGESTION_ID = 'a02000000000004AAA';
const ANSWERED_QUESTION_ID = 'a02000000000005AAA';
const PLANNED_STEP_ID = 'a03000000000004AAA';

const ROLES: Record<Role, { userId: string; isManager: boolean }> = {
    seller: { userId: SELLER_ID, isManager: false },
    manager: { userId: MANAGER_ID, isManager: true },
    viewer: { userId: '005000000000003AAA', isManager: false }
};

const graphqlAdapter = graphqlModule.graphql as unknown as GraphQLTestAdapter;
// The refresh() that lightning/graphql puts on every result it emits.
const refresh = jest.fn(() => Promise.resolve());
const createRecord = jest.mocked(recordApi.createRecord);
const updateRecord = jest.mocked(recordApi.updateRecord);

const SAVED: RecordRepresentation = {
    id: 'a0X000000000001AAA',
    apiName: 'Coaching_Question__c',
    lastModifiedDate: '2026-11-24T08:00:00.000Z',
    fields: {}
};
const VALIDATION_ERROR = {
    status: 400,
    body: {
        message: 'An error occurred while trying to update the record. Please try again.',
        output: {
            errors: [
                {
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: 'Only the opportunity owner can answer a coaching question.'
                }
            ],
            fieldErrors: {}
        }
    }
};
const PERMISSION_ERROR = {
    status: 403,
    body: [{ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY', message: 'insufficient access rights' }]
};
const STALE_ERROR = {
    status: 412,
    body: [{ errorCode: 'PRECONDITION_FAILED', message: 'The record has been modified.' }]
};

/**
 * Creates the panel as one of the three roles. The user id and custom permissions are read when
 * the component module loads, so each role gets its own copy of the modules, sharing the engine and
 * the platform mocks with this file.
 */
function createPanel(role: Role): HTMLElement {
    const { userId, isManager } = ROLES[role];
    let Panel: typeof LightningElement | undefined;
    jest.isolateModules(() => {
        jest.doMock('lwc', () => engine);
        jest.doMock('lightning/graphql', () => graphqlModule);
        jest.doMock('lightning/uiRecordApi', () => recordApi);
        jest.doMock('@salesforce/user/Id', () => ({ default: userId }), { virtual: true });
        jest.doMock(
            '@salesforce/customPermission/Coaching_Manager',
            () => ({ default: isManager || undefined }),
            { virtual: true }
        );
        jest.doMock('@salesforce/customPermission/Coaching_Admin', () => ({ default: undefined }), {
            virtual: true
        });
        Panel = require('c/coachingReviewPanel').default;
    });
    return mount<HTMLElement & { recordId: string }>('c-coaching-review-panel', Panel!, {
        recordId: OPPORTUNITY_ID
    });
}

/** Emits a query result as lightning/graphql does, carrying its refresh(). */
function emitPage(query: unknown): void {
    graphqlAdapter.emit(query, undefined, refresh);
}

function copyOf(query: PanelQuery): PanelQuery {
    return JSON.parse(JSON.stringify(query)) as PanelQuery;
}

async function renderWithData(role: Role, query: PanelQuery = panelQuery): Promise<HTMLElement> {
    const element = createPanel(role);
    emitPage(query);
    await flushPromises();
    return element;
}

/** Opens one of the intent's forms with its button, then types the text and saves it. */
async function saveIntentForm(
    element: HTMLElement,
    button: string,
    form: string,
    text: string
): Promise<void> {
    find(element, 'c-coaching-intent', button)?.click();
    await flushPromises();
    await saveTextForm(find(element, 'c-coaching-intent', form), text);
}

function captureToasts(element: HTMLElement): jest.Mock {
    const handler = jest.fn();
    element.addEventListener('lightning__showtoast', handler);
    return handler;
}

function lastToast(handler: jest.Mock): { title: string; message?: string; variant: string } {
    return (handler.mock.calls.at(-1)?.[0] as CustomEvent).detail;
}

function shownQuestions(element: HTMLElement): QuestionView[] {
    return prop<QuestionView[]>(find(element, 'c-coaching-questions'), 'questions');
}

function shownSteps(element: HTMLElement): NextStepView[] {
    return prop<NextStepView[]>(find(element, 'c-coaching-next-steps'), 'steps');
}

interface Reply {
    saved: jest.Mock;
    failed: jest.Mock;
}

function newReply(): Reply {
    return { saved: jest.fn(), failed: jest.fn() };
}

/** Sends an event as a child would, and lets the write settle. */
async function send(
    element: HTMLElement,
    child: string,
    type: string,
    detail: Record<string, unknown>
): Promise<void> {
    find(element, child)?.dispatchEvent(new CustomEvent(type, { detail }));
    await flushPromises();
}

async function answer(element: HTMLElement, reply: Reply, text = 'My careful answer') {
    await send(element, 'c-coaching-questions', 'answerquestion', {
        questionId: OPEN_QUESTION_ID,
        lastModifiedDate: '2026-11-20T10:05:00.000Z',
        text,
        isEdit: false,
        reply
    });
}

describe('c-coaching-review-panel', () => {
    afterEach(() => {
        cleanUp();
        jest.useRealTimers();
    });

    describe('loading', () => {
        it('shows a spinner with assistive text until the data arrives', async () => {
            const element = createPanel('seller');
            await flushPromises();

            const spinner = find(element, 'lightning-spinner');
            expect(prop(spinner, 'alternativeText')).toBe('c.Coaching_Panel_Loading');
            expect(find(element, 'c-coaching-intent')).toBeNull();
        });

        it('asks for the record page opportunity from the first page', async () => {
            createPanel('seller');
            await flushPromises();

            expect(graphqlAdapter.getLastConfig().variables).toEqual({
                opportunityId: OPPORTUNITY_ID,
                reviewsAfter: null,
                questionsAfter: null,
                stepsAfter: null,
                repliesAfter: null
            });
        });
    });

    describe('data', () => {
        it('lists the reviews newest first, each told apart by how its intent starts', async () => {
            const element = await renderWithData('viewer');

            const switcher = find(element, 'lightning-combobox');
            expect(prop(switcher, 'options')).toEqual([
                {
                    label: 'Nov 20, 2026 · Morgan Lee · Open · Understand what the CFO needs before signing…',
                    value: OPEN_REVIEW_ID
                },
                {
                    label: 'Oct 2, 2026 · Morgan Lee · Check that the technical win is solid before we…',
                    value: CLOSED_REVIEW_ID
                }
            ]);
            expect(prop(switcher, 'value')).toBe(OPEN_REVIEW_ID);
            expect(find(element, 'lightning-spinner')).toBeNull();
        });

        it('shows the open review with its questions, the steps and the balance', async () => {
            const element = await renderWithData('viewer');

            expect(find(element, 'c-coaching-intent', '.intent')?.textContent).toContain(
                'what the CFO needs'
            );
            expect(shownQuestions(element)).toHaveLength(4);
            expect(shownSteps(element)).toHaveLength(4);
            const balance = find(element, 'c-coaching-balance');
            expect(prop<{ questionCount: number }>(balance, 'balance').questionCount).toBe(6);
        });

        it('switches to another review', async () => {
            const element = await renderWithData('viewer');

            change(find(element, 'lightning-combobox'), CLOSED_REVIEW_ID);
            await flushPromises();

            expect(find(element, 'c-coaching-intent', '.learning')?.textContent).toContain(
                'architect joins the first call'
            );
            expect(shownQuestions(element)).toHaveLength(2);
        });

        it.each([
            ['seller', ['c-coaching-next-steps', 'c-coaching-questions']],
            ['manager', ['c-coaching-questions', 'c-coaching-next-steps']]
        ] as [Role, string[]][])('orders the sections for the %s', async (role, order) => {
            const element = await renderWithData(role);

            const sections = findAll(element, 'c-coaching-next-steps, c-coaching-questions');
            expect(sections.map((section) => section.tagName.toLowerCase())).toEqual(order);
        });

        it('is accessible', async () => {
            const element = await renderWithData('seller');

            await expect(element).toBeAccessible();
        });
    });

    describe('empty', () => {
        const emptyQuery = (): PanelQuery => {
            const query = copyOf(panelQuery);
            query.uiapi.query.Coaching_Review__c.edges = [];
            query.uiapi.query.Coaching_Question__c.edges = [];
            query.uiapi.query.Seller_Next_Step__c.edges = [];
            return query;
        };

        it.each([
            ['manager', 'c.Coaching_Panel_EmptyManager'],
            ['seller', 'c.Coaching_Panel_EmptySeller'],
            ['viewer', 'c.Coaching_Panel_EmptyViewer']
        ] as [Role, string][])('tells the %s what to do', async (role, text) => {
            const element = await renderWithData(role, emptyQuery());

            expect(find(element, '.empty h3')?.textContent).toBe('c.Coaching_Panel_EmptyTitle');
            expect(find(element, '.empty-text')?.textContent).toBe(text);
            expect(find(element, 'lightning-combobox')).toBeNull();
        });

        it('lets the manager start a review and the seller add a step', async () => {
            const manager = await renderWithData('manager', emptyQuery());
            expect(find(manager, 'c-coaching-intent', '.start')).not.toBeNull();
            expect(find(manager, 'c-coaching-next-steps')).toBeNull();

            const seller = await renderWithData('seller', emptyQuery());
            expect(find(seller, 'c-coaching-intent', '.start')).toBeNull();
            expect(find(seller, 'c-coaching-next-steps', '.add')).not.toBeNull();
        });
    });

    describe('as the seller who owns the opportunity', () => {
        it('passes the seller their questions and steps, with their point of view', async () => {
            const element = await renderWithData('seller');

            const questions = find(element, 'c-coaching-questions');
            expect(prop(questions, 'viewerIsOwner')).toBe(true);
            expect(prop(questions, 'canAsk')).toBe(false);
            expect(prop(find(element, 'c-coaching-next-steps'), 'canAddStep')).toBe(true);
            expect(find(element, 'c-coaching-intent', '.edit-focus')).not.toBeNull();
            expect(find(element, 'c-coaching-intent', '.edit-intent')).toBeNull();
        });

        it('adds a next step to the open review', async () => {
            createRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);
            const reply = newReply();

            await send(element, 'c-coaching-next-steps', 'addstep', {
                action: 'Send the CFO a draft',
                customerValue: 'She sees the numbers first',
                dueDate: '2026-12-10',
                reply
            });

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Seller_Next_Step__c',
                fields: {
                    Opportunity__c: OPPORTUNITY_ID,
                    Action__c: 'Send the CFO a draft',
                    Customer_Value__c: 'She sees the numbers first',
                    Due_Date__c: '2026-12-10',
                    Coaching_Review__c: OPEN_REVIEW_ID
                }
            });
            expect(lastToast(toasts)).toEqual({
                title: 'c.Coaching_Panel_StepAdded',
                variant: 'success'
            });
            expect(reply.saved).toHaveBeenCalledTimes(1);
            expect(refresh).toHaveBeenCalledTimes(1);
        });

        it('edits a next step, guarded by its last-modified date', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');

            await send(element, 'c-coaching-next-steps', 'savestep', {
                id: PLANNED_STEP_ID,
                lastModifiedDate: '2026-11-20T12:00:00.000Z',
                action: 'Book an hour with the CFO',
                customerValue: 'She can check the payback before her board meeting.',
                dueDate: undefined,
                reply: newReply()
            });

            expect(updateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: PLANNED_STEP_ID,
                        Action__c: 'Book an hour with the CFO',
                        Customer_Value__c: 'She can check the payback before her board meeting.',
                        Due_Date__c: null
                    }
                },
                { ifUnmodifiedSince: '2026-11-20T12:00:00.000Z' }
            );
        });

        it.each([
            ['Done', 'c.Coaching_Panel_StepDone'],
            ['Dropped', 'c.Coaching_Panel_StepDropped']
        ])('sets a step %s', async (status, title) => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            await send(element, 'c-coaching-next-steps', 'stepstatus', {
                id: PLANNED_STEP_ID,
                lastModifiedDate: '2026-11-20T12:00:00.000Z',
                status,
                reply: newReply()
            });

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: PLANNED_STEP_ID, Status__c: status } },
                { ifUnmodifiedSince: '2026-11-20T12:00:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe(title);
        });

        it('saves where the seller would like help', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');

            await saveIntentForm(
                element,
                '.edit-focus',
                '.focus-form',
                'Getting a slot with the CFO'
            );

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: OPEN_REVIEW_ID, Seller_Focus__c: 'Getting a slot with the CFO' } },
                { ifUnmodifiedSince: '2026-11-20T10:00:00.000Z' }
            );
        });

        it('answers a question, leaving when to the server', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);
            const reply = newReply();

            await answer(element, reply, 'A payback under 12 months.');

            expect(updateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: OPEN_QUESTION_ID,
                        Answer__c: 'A payback under 12 months.',
                        Status__c: 'Answered'
                    }
                },
                { ifUnmodifiedSince: '2026-11-20T10:05:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_AnswerSaved');
            expect(reply.saved).toHaveBeenCalledTimes(1);
        });

        it('edits a saved answer without moving when it was first answered', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');

            await send(element, 'c-coaching-questions', 'answerquestion', {
                questionId: ANSWERED_QUESTION_ID,
                lastModifiedDate: '2026-11-21T09:05:00.000Z',
                text: 'Reworded',
                isEdit: true,
                reply: newReply()
            });

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: ANSWERED_QUESTION_ID, Answer__c: 'Reworded' } },
                { ifUnmodifiedSince: '2026-11-21T09:05:00.000Z' }
            );
        });

        it("adopts an idea as the seller's own step, linked back to it", async () => {
            createRecord.mockResolvedValue(SAVED);
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const reply = newReply();

            await send(element, 'c-coaching-questions', 'adoptidea', {
                questionId: SUGGESTION_ID,
                reviewId: OPEN_REVIEW_ID,
                lastModifiedDate: '2026-11-20T10:06:00.000Z',
                action: 'Invite their architect to the pricing call',
                customerValue: 'They vet the integration early',
                dueDate: '2026-12-10',
                reply
            });

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Seller_Next_Step__c',
                fields: {
                    Opportunity__c: OPPORTUNITY_ID,
                    Coaching_Review__c: OPEN_REVIEW_ID,
                    Adopted_From_Question__c: SUGGESTION_ID,
                    Action__c: 'Invite their architect to the pricing call',
                    Customer_Value__c: 'They vet the integration early',
                    Due_Date__c: '2026-12-10'
                }
            });
            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: SUGGESTION_ID, Idea_Response__c: 'Adopted' } },
                { ifUnmodifiedSince: '2026-11-20T10:06:00.000Z' }
            );
            expect(reply.saved).toHaveBeenCalledTimes(1);
        });

        it('sets an idea aside', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            await send(element, 'c-coaching-questions', 'questionchange', {
                questionId: SUGGESTION_ID,
                lastModifiedDate: '2026-11-20T10:06:00.000Z',
                change: 'setIdeaAside',
                note: 'Their security team runs its own workshops.',
                reply: newReply()
            });

            expect(createRecord).not.toHaveBeenCalled();
            expect(updateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: SUGGESTION_ID,
                        Idea_Response__c: 'Set aside',
                        Response_Reason__c: 'Their security team runs its own workshops.'
                    }
                },
                { ifUnmodifiedSince: '2026-11-20T10:06:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_IdeaSetAside');
        });
    });

    describe('as a manager', () => {
        it('passes the manager the ask form and the intent tools, and nothing of the seller', async () => {
            const element = await renderWithData('manager');

            const questions = find(element, 'c-coaching-questions');
            expect(prop(questions, 'canAsk')).toBe(true);
            expect(prop(questions, 'viewerIsOwner')).toBe(false);
            expect(prop(find(element, 'c-coaching-next-steps'), 'canAddStep')).toBe(false);
            expect(find(element, 'c-coaching-intent', '.edit-intent')).not.toBeNull();
            expect(find(element, 'c-coaching-intent', '.close-review')).not.toBeNull();
            expect(find(element, 'c-coaching-intent', '.edit-focus')).toBeNull();
            // A review is open, so there is no second one to start.
            expect(find(element, 'c-coaching-intent', '.start')).toBeNull();
        });

        it('asks a question saved with the kind the classifier gave it', async () => {
            createRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');
            const toasts = captureToasts(element);

            await send(element, 'c-coaching-questions', 'askquestion', {
                reviewId: OPEN_REVIEW_ID,
                text: 'Send the pricing to procurement today.',
                kind: 'directive',
                reply: newReply()
            });

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Coaching_Question__c',
                fields: {
                    Coaching_Review__c: OPEN_REVIEW_ID,
                    Question__c: 'Send the pricing to procurement today.',
                    Kind__c: 'Directive'
                }
            });
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_QuestionAsked');
        });

        it('reloads after a refused question, as the review may have closed elsewhere', async () => {
            createRecord.mockRejectedValue(VALIDATION_ERROR);
            const element = await renderWithData('manager');
            const reply = newReply();

            await send(element, 'c-coaching-questions', 'askquestion', {
                reviewId: OPEN_REVIEW_ID,
                text: 'What would change her mind?',
                kind: 'open-question',
                reply
            });

            expect(reply.failed).toHaveBeenCalledWith(
                'Only the opportunity owner can answer a coaching question.',
                false
            );
            expect(refresh).toHaveBeenCalledTimes(1);
        });

        it.each([
            ['resolve', {}, { Status__c: 'Resolved' }, 'c.Coaching_Panel_QuestionResolved'],
            [
                'changedView',
                { note: 'Legal is not the blocker.' },
                { Changed_My_View__c: true, Changed_My_View_Note__c: 'Legal is not the blocker.' },
                'c.Coaching_Panel_ViewChanged'
            ]
        ])('saves %s on an answered question', async (questionChange, values, fields, title) => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');
            const toasts = captureToasts(element);

            await send(element, 'c-coaching-questions', 'questionchange', {
                questionId: ANSWERED_QUESTION_ID,
                lastModifiedDate: '2026-11-21T09:05:00.000Z',
                change: questionChange,
                ...values,
                reply: newReply()
            });

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: ANSWERED_QUESTION_ID, ...fields } },
                { ifUnmodifiedSince: '2026-11-21T09:05:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe(title);
        });

        it('says the deal is often reviewed where the manager would start another', async () => {
            jest.useFakeTimers({
                now: new Date('2026-11-26T09:00:00.000Z'),
                doNotFake: ['nextTick', 'queueMicrotask']
            });
            const query = copyOf(panelQuery);
            const reviews = query.uiapi.query.Coaching_Review__c.edges;
            reviews[0].node.Status__c = { value: 'Closed', displayValue: 'Closed' };
            for (const day of ['21', '23', '25']) {
                const node = {
                    ...reviews[0].node,
                    Id: `a010000000000${day}AAA`,
                    Review_Date__c: { value: `2026-11-${day}`, displayValue: `2026-11-${day}` }
                };
                reviews.push({ node } as (typeof reviews)[number]);
            }
            const element = await renderWithData('manager', query);

            const note = find(element, '.over-reviewed');
            expect(note?.textContent?.trim()).toBe('c.Coaching_Balance_OverReviewed');
            // Just before the intent, where "Start a review" is.
            expect(note?.nextElementSibling?.tagName.toLowerCase()).toBe('c-coaching-intent');
            expect(find(element, 'c-coaching-intent', '.start')).not.toBeNull();

            const seller = await renderWithData('seller', query);
            expect(find(seller, '.over-reviewed')).toBeNull();
        });

        it('edits the intent', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');

            await saveIntentForm(
                element,
                '.edit-intent',
                '.intent-form',
                'Agree together what the CFO needs.'
            );

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: OPEN_REVIEW_ID, Intent__c: 'Agree together what the CFO needs.' } },
                { ifUnmodifiedSince: '2026-11-20T10:00:00.000Z' }
            );
        });

        it('closes the review with a shared learning', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');
            const toasts = captureToasts(element);
            find(element, 'c-coaching-intent', '.close-review')?.click();
            await flushPromises();
            // The review has unanswered questions: the reviewer keeps them open for the seller.
            change(
                find(element, 'c-coaching-intent', 'c-coaching-close-review', '.choice'),
                'keepOpen'
            );

            await saveIntentForm(
                element,
                '.close-review',
                '.close-form',
                'The CFO cares about payback, not price.'
            );

            expect(updateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: OPEN_REVIEW_ID,
                        Status__c: 'Closed',
                        Shared_Learning__c: 'The CFO cares about payback, not price.'
                    }
                },
                { ifUnmodifiedSince: '2026-11-20T10:00:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_ReviewClosed');
        });

        it('starts a review with its intent when none is open', async () => {
            createRecord.mockResolvedValue(SAVED);
            const query = copyOf(panelQuery);
            query.uiapi.query.Coaching_Review__c.edges[0].node.Status__c = {
                value: 'Closed',
                displayValue: 'Closed'
            };
            const element = await renderWithData('manager', query);

            await saveIntentForm(element, '.start', '.start-form', 'Plan the renewal together.');

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Coaching_Review__c',
                fields: {
                    Opportunity__c: OPPORTUNITY_ID,
                    Intent__c: 'Plan the renewal together.',
                    Reviewer__c: MANAGER_ID,
                    Seller__c: SELLER_ID,
                    // The deal as the review found it, for the next pipeline review's changes.
                    Close_Date_At_Start__c: '2026-12-18',
                    Amount_At_Start__c: 120000,
                    Stage_At_Start__c: 'Proposal/Price Quote'
                }
            });
        });

        it('goes on in the review it starts, even when it was reading an older one', async () => {
            const NEW_REVIEW_ID = 'a01000000000009AAA';
            createRecord.mockResolvedValue({ ...SAVED, id: NEW_REVIEW_ID });
            const query = copyOf(panelQuery);
            const reviews = query.uiapi.query.Coaching_Review__c.edges;
            reviews[0].node.Status__c = { value: 'Closed', displayValue: 'Closed' };
            const element = await renderWithData('manager', query);
            change(find(element, 'lightning-combobox'), CLOSED_REVIEW_ID);
            await flushPromises();

            await saveIntentForm(element, '.start', '.start-form', 'Plan the renewal together.');
            const started: PanelQueryData = copyOf(query);
            started.uiapi.query.Coaching_Review__c.edges.unshift({
                node: {
                    ...reviews[0].node,
                    Id: NEW_REVIEW_ID,
                    CreatedDate: { value: '2026-11-24T08:00:00.000Z' },
                    Intent__c: { value: 'Plan the renewal together.' },
                    Review_Date__c: { value: '2026-11-24', displayValue: '2026-11-24' },
                    Status__c: { value: 'Open', displayValue: 'Open' }
                }
            });
            emitPage(started);
            await flushPromises();

            expect(prop(find(element, 'lightning-combobox'), 'value')).toBe(NEW_REVIEW_ID);
            expect(find(element, 'c-coaching-intent', '.intent')?.textContent).toBe(
                'Plan the renewal together.'
            );
            expect(prop(find(element, 'c-coaching-questions'), 'canAsk')).toBe(true);
        });

        it('is accessible', async () => {
            const element = await renderWithData('manager');

            await expect(element).toBeAccessible();
        });
    });

    describe('as anyone else who can see the opportunity', () => {
        it('reads the coaching history and edits nothing', async () => {
            const element = await renderWithData('viewer');

            expect(findAll(element, 'c-coaching-intent', 'lightning-button')).toEqual([]);
            expect(prop(find(element, 'c-coaching-questions'), 'canAsk')).toBe(false);
            expect(prop(find(element, 'c-coaching-next-steps'), 'canAddStep')).toBe(false);
            expect(
                shownQuestions(element).some(
                    (q) => q.canAnswer || q.canEditAnswer || q.canResolve || q.canRespondToIdea
                )
            ).toBe(false);
            expect(shownSteps(element).some((step) => step.canEdit)).toBe(false);
        });
    });

    describe('save failures', () => {
        async function answerWith(error: unknown) {
            updateRecord.mockRejectedValue(error);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);
            const reply = newReply();
            await answer(element, reply);
            return { element, toasts, reply };
        }

        it('passes the validation rule message on to the form and the toast', async () => {
            const { toasts, reply } = await answerWith(VALIDATION_ERROR);

            const message = 'Only the opportunity owner can answer a coaching question.';
            expect(lastToast(toasts)).toEqual({
                title: 'c.Coaching_Panel_SaveFailed',
                message,
                variant: 'error'
            });
            expect(reply.failed).toHaveBeenCalledWith(message, false);
            expect(reply.saved).not.toHaveBeenCalled();
            expect(refresh).not.toHaveBeenCalled();
        });

        it('says the user may not make the change', async () => {
            const { toasts, reply } = await answerWith(PERMISSION_ERROR);

            expect(lastToast(toasts).message).toBe('c.Coaching_Panel_NoPermission');
            expect(reply.failed).toHaveBeenCalledWith('c.Coaching_Panel_NoPermission', false);
        });

        it('says what happened and what to do when the server cannot be reached', async () => {
            const { toasts, reply } = await answerWith(new TypeError('Failed to fetch'));

            expect(lastToast(toasts).message).toBe('c.Coaching_Panel_NetworkError');
            expect(reply.failed).toHaveBeenCalledWith('c.Coaching_Panel_NetworkError', false);
        });

        it('tells the form someone else changed the record, and loads their change', async () => {
            const { toasts, reply } = await answerWith(STALE_ERROR);

            expect(lastToast(toasts).message).toBe('c.Coaching_Panel_StaleRecord');
            expect(reply.failed).toHaveBeenCalledWith('c.Coaching_Panel_StaleRecord', true);
            expect(refresh).toHaveBeenCalledTimes(1);
        });

        it('shows the step of an adopted idea even when the idea could not be marked', async () => {
            createRecord.mockResolvedValue(SAVED);
            updateRecord.mockRejectedValue(VALIDATION_ERROR);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);
            const reply = newReply();

            await send(element, 'c-coaching-questions', 'adoptidea', {
                questionId: SUGGESTION_ID,
                reviewId: OPEN_REVIEW_ID,
                lastModifiedDate: '2026-11-20T10:06:00.000Z',
                action: 'Invite their architect',
                customerValue: '',
                reply
            });

            expect(lastToast(toasts).variant).toBe('error');
            expect(reply.failed).toHaveBeenCalledTimes(1);
            // The step was saved and adopts the idea: the reload shows it, with no second adoption.
            expect(refresh).toHaveBeenCalledTimes(1);
            const reloaded: PanelQueryData = copyOf(panelQuery);
            const steps = reloaded.uiapi.query.Seller_Next_Step__c.edges;
            steps.push({
                node: {
                    ...steps[0].node,
                    Id: 'a03000000000009AAA',
                    Adopted_From_Question__c: { value: SUGGESTION_ID },
                    Action__c: { value: 'Invite their architect' }
                }
            });
            emitPage(reloaded);
            await flushPromises();

            const idea = shownQuestions(element).find((q) => q.id === SUGGESTION_ID);
            expect(idea?.canRespondToIdea).toBe(false);
            expect(idea?.adoptedStepId).toBe('a03000000000009AAA');
        });

        it('saves against the review as opened, then as the stale save showed it', async () => {
            const THEIR_CHANGE = '2026-11-22T15:00:00.000Z';
            const theirFocus = copyOf(panelQuery);
            const openReview = theirFocus.uiapi.query.Coaching_Review__c.edges[0].node;
            expect(openReview.Id).toBe(OPEN_REVIEW_ID);
            openReview.LastModifiedDate = { value: THEIR_CHANGE };
            openReview.Seller_Focus__c = { value: 'Their focus' };
            updateRecord.mockRejectedValueOnce(STALE_ERROR).mockResolvedValueOnce(SAVED);
            const element = await renderWithData('seller');
            find(element, 'c-coaching-intent', '.edit-focus')?.click();
            await flushPromises();

            // The panel reloads while the form is open, say after the seller's own other save.
            emitPage(theirFocus);
            await flushPromises();
            const form = find(element, 'c-coaching-intent', '.focus-form');
            await saveTextForm(form, 'Getting a slot with the CFO');

            expect(updateRecord).toHaveBeenLastCalledWith(
                { fields: { Id: OPEN_REVIEW_ID, Seller_Focus__c: 'Getting a slot with the CFO' } },
                { ifUnmodifiedSince: '2026-11-20T10:00:00.000Z' }
            );
            expect(prop(form, 'errorMessage')).toBe('c.Coaching_Panel_StaleRecord');
            expect(refresh).toHaveBeenCalledTimes(1);

            emitPage(theirFocus);
            await flushPromises();
            expect(find(element, 'c-coaching-intent', '.focus')?.textContent).toBe('Their focus');
            find(form, '.save')?.click();
            await flushPromises();

            expect(updateRecord).toHaveBeenLastCalledWith(
                { fields: { Id: OPEN_REVIEW_ID, Seller_Focus__c: 'Getting a slot with the CFO' } },
                { ifUnmodifiedSince: THEIR_CHANGE }
            );
            expect(find(element, 'c-coaching-intent', '.focus-form')).toBeNull();
        });

        it('tells a step why marking it done failed', async () => {
            updateRecord.mockRejectedValue(PERMISSION_ERROR);
            const element = await renderWithData('seller');
            const reply = newReply();

            await send(element, 'c-coaching-next-steps', 'stepstatus', {
                id: PLANNED_STEP_ID,
                lastModifiedDate: '2026-11-20T12:00:00.000Z',
                status: 'Done',
                reply
            });

            expect(reply.failed).toHaveBeenCalledWith('c.Coaching_Panel_NoPermission', false);
        });

        it('is accessible after a failed save', async () => {
            const { element } = await answerWith(STALE_ERROR);

            await expect(element).toBeAccessible();
        });
    });

    describe('the conversation on a question', () => {
        const REPLY_ID = 'a04000000000001AAA';

        it('gives each question its replies, oldest first, with their authors', async () => {
            const element = await renderWithData('seller');

            const answered = shownQuestions(element).find((q) => q.id === ANSWERED_QUESTION_ID);
            expect(answered?.replies.map((reply) => [reply.authorName, reply.canEdit])).toEqual([
                ['Sam Rivera', true],
                ['Morgan Lee', false]
            ]);
            expect(answered?.canReply).toBe(true);
            expect(prop(find(element, 'c-coaching-questions'), 'reviewIsOpen')).toBe(true);
        });

        it('posts a reply under a question', async () => {
            createRecord.mockResolvedValue({ ...SAVED, id: 'a04000000000009AAA' });
            const element = await renderWithData('manager');
            const toasts = captureToasts(element);
            const reply = newReply();

            await send(element, 'c-coaching-questions', 'replychange', {
                questionId: ANSWERED_QUESTION_ID,
                change: 'post',
                text: 'Who signs on their side?',
                reply
            });

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Coaching_Reply__c',
                fields: {
                    Coaching_Question__c: ANSWERED_QUESTION_ID,
                    Reply__c: 'Who signs on their side?'
                }
            });
            expect(reply.saved).toHaveBeenCalledTimes(1);
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_ReplyPosted');
        });

        it.each([
            ['edit', { text: 'By Thursday.' }, { Reply__c: 'By Thursday.' }, 'ReplySaved'],
            ['withdraw', {}, { Status__c: 'Withdrawn' }, 'ReplyWithdrawn']
        ])("saves the author's %s of a reply", async (replyChange, values, fields, title) => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            await send(element, 'c-coaching-questions', 'replychange', {
                questionId: ANSWERED_QUESTION_ID,
                change: replyChange,
                replyId: REPLY_ID,
                lastModifiedDate: '2026-11-21T09:00:00.000Z',
                ...values,
                reply: newReply()
            });

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: REPLY_ID, ...fields } },
                { ifUnmodifiedSince: '2026-11-21T09:00:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe(`c.Coaching_Panel_${title}`);
        });

        it('keeps a refused reply with the thread, and says why', async () => {
            createRecord.mockRejectedValue(VALIDATION_ERROR);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);
            const reply = newReply();

            await send(element, 'c-coaching-questions', 'replychange', {
                questionId: ANSWERED_QUESTION_ID,
                change: 'post',
                text: 'Noted.',
                reply
            });

            expect(reply.failed).toHaveBeenCalledWith(
                'Only the opportunity owner can answer a coaching question.',
                false
            );
            expect(lastToast(toasts).variant).toBe('error');
        });

        it('sets a directive aside with its reason, and says so', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            await send(element, 'c-coaching-questions', 'questionchange', {
                questionId: 'a02000000000006AAA',
                lastModifiedDate: '2026-11-20T10:08:00.000Z',
                change: 'setIdeaAside',
                note: 'The champion sends it; I would go around her.',
                reply: newReply()
            });

            expect(updateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: 'a02000000000006AAA',
                        Idea_Response__c: 'Set aside',
                        Response_Reason__c: 'The champion sends it; I would go around her.'
                    }
                },
                { ifUnmodifiedSince: '2026-11-20T10:08:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_SetAside');
        });

        it("records the seller's question to their reviewer as the seller's", async () => {
            createRecord.mockResolvedValue({ ...SAVED, id: 'a02000000000009AAA' });
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            await send(element, 'c-coaching-questions', 'askquestion', {
                reviewId: OPEN_REVIEW_ID,
                text: 'Could you join the CFO call on Thursday?',
                kind: 'closed-question',
                askedBySeller: true,
                reply: newReply()
            });

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Coaching_Question__c',
                fields: {
                    Coaching_Review__c: OPEN_REVIEW_ID,
                    Question__c: 'Could you join the CFO call on Thursday?',
                    Kind__c: 'Closed question',
                    Asked_By__c: 'Seller'
                }
            });
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_SellerQuestionSent');
        });

        it.each([
            ['withdraw', {}, { Status__c: 'Withdrawn' }, 'QuestionWithdrawn'],
            [
                'reword',
                { text: 'What does the CFO need to see?', kind: 'open-question' },
                { Question__c: 'What does the CFO need to see?', Kind__c: 'Open question' },
                'QuestionReworded'
            ]
        ])(
            "saves the manager's %s of an unanswered question",
            async (questionChange, values, fields, title) => {
                updateRecord.mockResolvedValue(SAVED);
                const element = await renderWithData('manager');
                const toasts = captureToasts(element);

                await send(element, 'c-coaching-questions', 'questionchange', {
                    questionId: OPEN_QUESTION_ID,
                    lastModifiedDate: '2026-11-20T10:05:00.000Z',
                    change: questionChange,
                    ...values,
                    reply: newReply()
                });

                expect(updateRecord).toHaveBeenCalledWith(
                    { fields: { Id: OPEN_QUESTION_ID, ...fields } },
                    { ifUnmodifiedSince: '2026-11-20T10:05:00.000Z' }
                );
                expect(lastToast(toasts).title).toBe(`c.Coaching_Panel_${title}`);
            }
        );
    });

    describe('paging', () => {
        it('follows the next page and merges it in', async () => {
            const firstPage = copyOf(panelQuery);
            firstPage.uiapi.query.Coaching_Question__c.pageInfo.hasNextPage = true;
            const element = await renderWithData('viewer', firstPage);

            expect(graphqlAdapter.getLastConfig().variables).toEqual({
                opportunityId: OPPORTUNITY_ID,
                reviewsAfter: 'reviews-1',
                questionsAfter: 'questions-1',
                stepsAfter: 'steps-1',
                repliesAfter: 'replies-1'
            });
            expect(find(element, '.loading-more')?.textContent).toBe(
                'c.Coaching_Panel_LoadingMore'
            );
            expect(shownQuestions(element)).toHaveLength(4);

            emitPage(panelQueryNextPage);
            await flushPromises();

            expect(shownQuestions(element)).toHaveLength(5);
            // A reply on the next page joins its question's thread, in the order it was posted.
            const answered = shownQuestions(element).find((q) => q.id === ANSWERED_QUESTION_ID);
            expect(answered?.replies.map((reply) => reply.text)).toEqual([
                'Their counsel has it; I will know by Thursday.',
                'Good. Ask who signs on their side.',
                'And when does their board meet?'
            ]);
            expect(find(element, '.loading-more')?.textContent).toBe('');
        });

        it('reloads from the first page after a write', async () => {
            createRecord.mockResolvedValue(SAVED);
            const firstPage = copyOf(panelQuery);
            firstPage.uiapi.query.Coaching_Question__c.pageInfo.hasNextPage = true;
            const element = await renderWithData('manager', firstPage);
            emitPage(panelQueryNextPage);
            await flushPromises();

            await send(element, 'c-coaching-questions', 'askquestion', {
                reviewId: OPEN_REVIEW_ID,
                text: 'What would make this an easy yes?',
                kind: 'open-question',
                reply: newReply()
            });

            expect(graphqlAdapter.getLastConfig().variables).toEqual({
                opportunityId: OPPORTUNITY_ID,
                reviewsAfter: null,
                questionsAfter: null,
                stepsAfter: null,
                repliesAfter: null
            });
            emitPage(panelQuery);
            await flushPromises();
            expect(refresh).toHaveBeenCalledTimes(1);
        });

        it('shows a first page that carries no refresh() rather than wait for one', async () => {
            createRecord.mockResolvedValue(SAVED);
            const firstPage = copyOf(panelQuery);
            firstPage.uiapi.query.Coaching_Question__c.pageInfo.hasNextPage = true;
            const element = await renderWithData('manager', firstPage);
            emitPage(panelQueryNextPage);
            await flushPromises();
            await send(element, 'c-coaching-questions', 'askquestion', {
                reviewId: OPEN_REVIEW_ID,
                text: 'What would make this an easy yes?',
                kind: 'open-question',
                reply: newReply()
            });

            graphqlAdapter.emit(panelQuery);
            await flushPromises();

            expect(refresh).not.toHaveBeenCalled();
            expect(shownQuestions(element)).toHaveLength(4);
        });
    });

    describe('paging after a write', () => {
        it('keeps what lies beyond the first page on screen until the reload reaches it', async () => {
            createRecord.mockResolvedValue(SAVED);
            const firstPage = copyOf(panelQuery);
            firstPage.uiapi.query.Coaching_Question__c.pageInfo.hasNextPage = true;
            const element = await renderWithData('manager', firstPage);
            emitPage(panelQueryNextPage);
            await flushPromises();
            await send(element, 'c-coaching-questions', 'askquestion', {
                reviewId: OPEN_REVIEW_ID,
                text: 'What would make this an easy yes?',
                kind: 'open-question',
                reply: newReply()
            });

            // The cached first page, then the refreshed one: the second page is still to come.
            emitPage(firstPage);
            await flushPromises();
            emitPage(firstPage);
            await flushPromises();

            expect(shownQuestions(element)).toHaveLength(5);
            expect(graphqlAdapter.getLastConfig().variables.questionsAfter).toBe('questions-1');

            const lastPage = copyOf(panelQueryNextPage as PanelQuery);
            lastPage.uiapi.query.Coaching_Question__c.edges = [];
            emitPage(lastPage);
            await flushPromises();

            // The reload is complete, and the question it no longer found is gone.
            expect(shownQuestions(element)).toHaveLength(4);
            expect(find(element, '.loading-more')?.textContent).toBe('');
        });
    });

    describe('no access', () => {
        it('says calmly that coaching is not shared with the user, and who can change that', async () => {
            const element = createPanel('viewer');
            graphqlAdapter.emitErrors(noAccessErrors);
            await flushPromises();

            expect(find(element, '.no-access h3')?.textContent).toBe(
                'c.Coaching_Panel_NoAccessTitle'
            );
            expect(find(element, '.no-access-text')?.textContent).toBe('c.Coaching_Panel_NoAccess');
            expect(find(element, 'c-coaching-error-panel')).toBeNull();
            expect(find(element, 'lightning-spinner')).toBeNull();
            expect(find(element, 'c-coaching-intent')).toBeNull();
        });

        it('shows the coaching once a reload finds access again', async () => {
            const element = createPanel('viewer');
            graphqlAdapter.emitErrors(noAccessErrors);
            await flushPromises();
            emitPage(panelQuery);
            await flushPromises();

            expect(find(element, '.no-access')).toBeNull();
            expect(find(element, 'c-coaching-intent')).not.toBeNull();
        });

        it('is accessible', async () => {
            const element = createPanel('viewer');
            graphqlAdapter.emitErrors(noAccessErrors);
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('error', () => {
        it('shows a friendly message with the details on demand', async () => {
            const element = createPanel('seller');
            graphqlAdapter.emitErrors([
                { message: 'No such column Intent__c on Coaching_Review__c' }
            ]);
            await flushPromises();

            const errorPanel = find(element, 'c-coaching-error-panel');
            expect(prop(errorPanel, 'message')).toBe('c.Coaching_Panel_LoadError');
            expect(prop(errorPanel, 'details')).toEqual([
                'No such column Intent__c on Coaching_Review__c'
            ]);
            expect(find(element, 'lightning-spinner')).toBeNull();
        });

        it('is accessible', async () => {
            const element = createPanel('seller');
            graphqlAdapter.emitErrors([{ message: 'Something failed' }]);
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });
});
