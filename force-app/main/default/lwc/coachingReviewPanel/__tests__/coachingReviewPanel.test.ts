import type { LightningElement } from 'lwc';
import * as graphqlModule from 'lightning/graphql';
import * as recordApi from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import type { PanelQueryData } from 'c/coachingModel';
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
import panelQuery from './data/panelQuery.json';
import panelQueryNextPage from './data/panelQueryNextPage.json';

// The switcher's option text matters here, so those two labels get their real values.
jest.mock('@salesforce/label/c.Coaching_Panel_ReviewOption', () => ({ default: '{0} · {1}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Coaching_Panel_ReviewOptionOpen',
    () => ({ default: '{0} · {1} · Open' }),
    { virtual: true }
);

interface GraphQLTestAdapter {
    emit(value: unknown): void;
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
const refreshGraphQL = jest.mocked(graphqlModule.refreshGraphQL);
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

function copyOf(query: PanelQuery): PanelQuery {
    return JSON.parse(JSON.stringify(query)) as PanelQuery;
}

async function renderWithData(role: Role, query: PanelQuery = panelQuery): Promise<HTMLElement> {
    const element = createPanel(role);
    graphqlAdapter.emit(query);
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

function questionItem(element: HTMLElement, questionId: string): HTMLElement | undefined {
    const questions = find(element, 'c-coaching-questions') as HTMLElement;
    return findAll(questions, '.question').find((item) => item.dataset.id === questionId);
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
                stepsAfter: null
            });
        });
    });

    describe('data', () => {
        it('lists the reviews newest first and marks the open one', async () => {
            const element = await renderWithData('viewer');

            const switcher = find(element, 'lightning-combobox');
            expect(prop(switcher, 'options')).toEqual([
                { label: 'Nov 20, 2026 · Morgan Lee · Open', value: OPEN_REVIEW_ID },
                { label: 'Oct 2, 2026 · Morgan Lee', value: CLOSED_REVIEW_ID }
            ]);
            expect(prop(switcher, 'value')).toBe(OPEN_REVIEW_ID);
            expect(find(element, 'lightning-spinner')).toBeNull();
        });

        it('shows the open review with its questions, the steps and the balance', async () => {
            const element = await renderWithData('viewer');

            expect(find(element, 'c-coaching-intent', '.intent')?.textContent).toContain(
                'what the CFO needs'
            );
            expect(findAll(element, 'c-coaching-questions', '.question')).toHaveLength(4);
            expect(findAll(element, 'c-coaching-next-steps', '.step')).toHaveLength(4);
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
            expect(findAll(element, 'c-coaching-questions', '.question')).toHaveLength(2);
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
        it('offers answers, idea responses and step controls, but no manager tools', async () => {
            const element = await renderWithData('seller');

            expect(findAll(element, 'c-coaching-questions', '.answer-form')).toHaveLength(3);
            expect(findAll(element, 'c-coaching-questions', '.adopt')).toHaveLength(1);
            expect(findAll(element, 'c-coaching-next-steps', '.done')).toHaveLength(2);
            expect(find(element, 'c-coaching-next-steps', '.add')).not.toBeNull();
            expect(find(element, 'c-coaching-intent', '.edit-focus')).not.toBeNull();
            expect(find(element, 'c-coaching-questions', '.ask-form')).toBeNull();
            expect(find(element, 'c-coaching-questions', '.resolve')).toBeNull();
            expect(find(element, 'c-coaching-intent', '.edit-intent')).toBeNull();
            expect(find(element, 'c-coaching-intent', '.close-review')).toBeNull();
        });

        it('adds a next step to the open review', async () => {
            createRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            find(element, 'c-coaching-next-steps', '.add')?.click();
            await flushPromises();
            change(find(element, 'c-coaching-next-steps', '.action-input'), 'Send the CFO a draft');
            change(
                find(element, 'c-coaching-next-steps', '.customer-value-input'),
                'She sees the numbers first'
            );
            change(find(element, 'c-coaching-next-steps', '.due-date-input'), '2026-12-01');
            await flushPromises();
            find(element, 'c-coaching-next-steps', '.save')?.click();
            await flushPromises();

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Seller_Next_Step__c',
                fields: {
                    Opportunity__c: OPPORTUNITY_ID,
                    Action__c: 'Send the CFO a draft',
                    Customer_Value__c: 'She sees the numbers first',
                    Due_Date__c: '2026-12-01',
                    Coaching_Review__c: OPEN_REVIEW_ID
                }
            });
            expect(lastToast(toasts)).toEqual({
                title: 'c.Coaching_Panel_StepAdded',
                variant: 'success'
            });
            expect(refreshGraphQL).toHaveBeenCalledTimes(1);
            expect(find(element, 'c-coaching-next-steps', '.step-form')).toBeNull();
        });

        it('edits a next step, guarded by its last-modified date', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');

            const steps = find(element, 'c-coaching-next-steps') as HTMLElement;
            findAll(steps, '.edit')
                .find((button) => button.dataset.id === PLANNED_STEP_ID)
                ?.click();
            await flushPromises();
            change(find(steps, '.action-input'), 'Book an hour with the CFO');
            change(find(steps, '.due-date-input'), '');
            await flushPromises();
            find(steps, '.save')?.click();
            await flushPromises();

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
            ['.done', 'Done', 'c.Coaching_Panel_StepDone'],
            ['.drop', 'Dropped', 'c.Coaching_Panel_StepDropped']
        ])('sets a step %s', async (selector, status, title) => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            findAll(element, 'c-coaching-next-steps', selector)
                .find((button) => button.dataset.id === PLANNED_STEP_ID)
                ?.click();
            await flushPromises();

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

        it('answers a question and records when', async () => {
            jest.useFakeTimers({
                now: new Date('2026-11-24T09:30:00.000Z'),
                doNotFake: ['nextTick', 'queueMicrotask']
            });
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            const form = questionItem(element, OPEN_QUESTION_ID)?.querySelector(
                '.answer-form'
            ) as HTMLElement;
            await saveTextForm(form, 'A payback under 12 months.');

            expect(updateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: OPEN_QUESTION_ID,
                        Answer__c: 'A payback under 12 months.',
                        Answered_At__c: '2026-11-24T09:30:00.000Z',
                        Status__c: 'Answered'
                    }
                },
                { ifUnmodifiedSince: '2026-11-20T10:05:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_AnswerSaved');
            expect(
                questionItem(element, OPEN_QUESTION_ID)?.querySelector('.answer-form')
            ).toBeNull();
        });

        it('adopts an idea as a next step linked back to it', async () => {
            createRecord.mockResolvedValue(SAVED);
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');

            find(element, 'c-coaching-questions', '.adopt')?.click();
            await flushPromises();

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Seller_Next_Step__c',
                fields: {
                    Opportunity__c: OPPORTUNITY_ID,
                    Coaching_Review__c: OPEN_REVIEW_ID,
                    Adopted_From_Question__c: SUGGESTION_ID,
                    Customer_Value__c: '',
                    Due_Date__c: null,
                    Action__c: 'What if we brought their architect into the pricing call?'
                }
            });
            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: SUGGESTION_ID, Idea_Response__c: 'Adopted' } },
                { ifUnmodifiedSince: '2026-11-20T10:06:00.000Z' }
            );
        });

        it('sets an idea aside', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');

            find(element, 'c-coaching-questions', '.set-aside')?.click();
            await flushPromises();

            expect(createRecord).not.toHaveBeenCalled();
            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: SUGGESTION_ID, Idea_Response__c: 'Set aside' } },
                { ifUnmodifiedSince: '2026-11-20T10:06:00.000Z' }
            );
        });

        it('is accessible with a form open', async () => {
            const element = await renderWithData('seller');
            find(element, 'c-coaching-next-steps', '.add')?.click();
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('as a manager', () => {
        it('offers the ask form, resolve and intent tools, but nothing of the seller', async () => {
            const element = await renderWithData('manager');

            expect(find(element, 'c-coaching-questions', '.ask-form')).not.toBeNull();
            expect(find(element, 'c-coaching-questions', '.resolve')).not.toBeNull();
            expect(find(element, 'c-coaching-intent', '.edit-intent')).not.toBeNull();
            expect(find(element, 'c-coaching-intent', '.close-review')).not.toBeNull();
            expect(find(element, 'c-coaching-questions', '.answer-form')).toBeNull();
            expect(find(element, 'c-coaching-questions', '.adopt')).toBeNull();
            expect(find(element, 'c-coaching-next-steps', '.controls')).toBeNull();
            expect(find(element, 'c-coaching-next-steps', '.add')).toBeNull();
            expect(find(element, 'c-coaching-intent', '.edit-focus')).toBeNull();
            // A review is open, so there is no second one to start.
            expect(find(element, 'c-coaching-intent', '.start')).toBeNull();
        });

        it('asks a question saved with the kind the classifier gave it', async () => {
            createRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');
            const toasts = captureToasts(element);

            const questions = find(element, 'c-coaching-questions') as HTMLElement;
            change(find(questions, '.ask-input'), 'Who else will the CFO ask before she decides?');
            await flushPromises();
            find(questions, '.ask-save')?.click();
            await flushPromises();

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Coaching_Question__c',
                fields: {
                    Coaching_Review__c: OPEN_REVIEW_ID,
                    Question__c: 'Who else will the CFO ask before she decides?',
                    Kind__c: 'Open question'
                }
            });
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_QuestionAsked');
            expect(prop(find(questions, '.ask-input'), 'value')).toBe('');
        });

        it('saves a directive only after a second confirmation', async () => {
            createRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');

            const questions = find(element, 'c-coaching-questions') as HTMLElement;
            change(find(questions, '.ask-input'), 'Send the pricing to procurement today.');
            await flushPromises();
            find(questions, '.ask-save')?.click();
            await flushPromises();

            expect(createRecord).not.toHaveBeenCalled();
            expect(prop(find(questions, '.ask-save'), 'label')).toBe(
                'c.Coaching_Questions_SaveDirectiveAnyway'
            );

            find(questions, '.ask-save')?.click();
            await flushPromises();

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Coaching_Question__c',
                fields: {
                    Coaching_Review__c: OPEN_REVIEW_ID,
                    Question__c: 'Send the pricing to procurement today.',
                    Kind__c: 'Directive'
                }
            });
        });

        it('resolves an answered question', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');

            find(element, 'c-coaching-questions', '.resolve')?.click();
            await flushPromises();

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: ANSWERED_QUESTION_ID, Status__c: 'Resolved' } },
                { ifUnmodifiedSince: '2026-11-21T09:05:00.000Z' }
            );
        });

        it('records that an answer changed their view', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');

            find(element, 'c-coaching-questions', '.mark-changed-view')?.click();
            await flushPromises();

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: ANSWERED_QUESTION_ID, Changed_My_View__c: true } },
                { ifUnmodifiedSince: '2026-11-21T09:05:00.000Z' }
            );
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
                    Seller__c: SELLER_ID
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
            graphqlAdapter.emit(started);
            await flushPromises();

            expect(prop(find(element, 'lightning-combobox'), 'value')).toBe(NEW_REVIEW_ID);
            expect(find(element, 'c-coaching-intent', '.intent')?.textContent).toBe(
                'Plan the renewal together.'
            );
            expect(find(element, 'c-coaching-questions', '.ask-form')).not.toBeNull();
        });

        it('is accessible with the ask form in use', async () => {
            const element = await renderWithData('manager');
            change(find(element, 'c-coaching-questions', '.ask-input'), 'Call the CFO.');
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('as anyone else who can see the opportunity', () => {
        it('reads the coaching history and edits nothing', async () => {
            const element = await renderWithData('viewer');

            for (const selector of ['c-coaching-intent', 'c-coaching-questions']) {
                expect(findAll(element, selector, 'lightning-button')).toEqual([]);
                expect(findAll(element, selector, 'c-coaching-text-form')).toEqual([]);
            }
            expect(findAll(element, 'c-coaching-next-steps', 'lightning-button')).toEqual([]);
            expect(find(element, 'c-coaching-questions', '.ask-form')).toBeNull();
        });
    });

    describe('save failures', () => {
        async function answerWith(error: unknown): Promise<{
            element: HTMLElement;
            toasts: jest.Mock;
            form: HTMLElement;
        }> {
            updateRecord.mockRejectedValue(error);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);
            const form = questionItem(element, OPEN_QUESTION_ID)?.querySelector(
                '.answer-form'
            ) as HTMLElement;
            await saveTextForm(form, 'My careful answer');
            return { element, toasts, form };
        }

        it('shows the validation rule message and keeps the text', async () => {
            const { toasts, form } = await answerWith(VALIDATION_ERROR);

            expect(lastToast(toasts)).toEqual({
                title: 'c.Coaching_Panel_SaveFailed',
                message: 'Only the opportunity owner can answer a coaching question.',
                variant: 'error'
            });
            expect(prop(find(form, 'lightning-textarea'), 'value')).toBe('My careful answer');
            expect(refreshGraphQL).not.toHaveBeenCalled();
        });

        it('says the user may not make the change', async () => {
            const { toasts, form } = await answerWith(PERMISSION_ERROR);

            expect(lastToast(toasts).message).toBe('c.Coaching_Panel_NoPermission');
            expect(prop(find(form, 'lightning-textarea'), 'value')).toBe('My careful answer');
        });

        it('keeps the text when someone else changed the record, and loads their change', async () => {
            const { toasts, form } = await answerWith(STALE_ERROR);

            expect(lastToast(toasts).message).toBe('c.Coaching_Panel_StaleRecord');
            expect(prop(find(form, 'lightning-textarea'), 'value')).toBe('My careful answer');
            expect(find(form, '.slds-text-color_error')?.textContent).toBe(
                'c.Coaching_Panel_StaleRecord'
            );
            expect(refreshGraphQL).toHaveBeenCalledTimes(1);
        });

        it('keeps a new step when its save fails', async () => {
            createRecord.mockRejectedValue(VALIDATION_ERROR);
            const element = await renderWithData('seller');

            find(element, 'c-coaching-next-steps', '.add')?.click();
            await flushPromises();
            change(find(element, 'c-coaching-next-steps', '.action-input'), 'Call the CFO');
            await flushPromises();
            find(element, 'c-coaching-next-steps', '.save')?.click();
            await flushPromises();

            expect(prop(find(element, 'c-coaching-next-steps', '.action-input'), 'value')).toBe(
                'Call the CFO'
            );
            expect(prop(find(element, 'c-coaching-next-steps', '.save'), 'disabled')).toBe(false);
        });

        it('shows the step of an adopted idea even when the idea could not be marked', async () => {
            createRecord.mockResolvedValue(SAVED);
            updateRecord.mockRejectedValue(VALIDATION_ERROR);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            find(element, 'c-coaching-questions', '.adopt')?.click();
            await flushPromises();

            expect(lastToast(toasts).variant).toBe('error');
            // The step was saved and adopts the idea: the reload shows it, with no second adoption.
            expect(refreshGraphQL).toHaveBeenCalledTimes(1);
            const reloaded: PanelQueryData = copyOf(panelQuery);
            const steps = reloaded.uiapi.query.Seller_Next_Step__c.edges;
            steps.push({
                node: {
                    ...steps[0].node,
                    Id: 'a03000000000009AAA',
                    Adopted_From_Question__c: { value: SUGGESTION_ID },
                    Action__c: {
                        value: 'What if we brought their architect into the pricing call?'
                    }
                }
            });
            graphqlAdapter.emit(reloaded);
            await flushPromises();

            expect(find(element, 'c-coaching-questions', '.adopt')).toBeNull();
            expect(findAll(element, 'c-coaching-next-steps', '.adopted')).toHaveLength(2);
            expect(createRecord).toHaveBeenCalledTimes(1);
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
            graphqlAdapter.emit(theirFocus);
            await flushPromises();
            const form = find(element, 'c-coaching-intent', '.focus-form');
            await saveTextForm(form, 'Getting a slot with the CFO');

            expect(updateRecord).toHaveBeenLastCalledWith(
                { fields: { Id: OPEN_REVIEW_ID, Seller_Focus__c: 'Getting a slot with the CFO' } },
                { ifUnmodifiedSince: '2026-11-20T10:00:00.000Z' }
            );
            expect(prop(form, 'errorMessage')).toBe('c.Coaching_Panel_StaleRecord');
            expect(refreshGraphQL).toHaveBeenCalledTimes(1);

            graphqlAdapter.emit(theirFocus);
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

        it('adopts an idea once, however quickly the seller clicks twice', async () => {
            createRecord.mockResolvedValue(SAVED);
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller');

            const adopt = find(element, 'c-coaching-questions', '.adopt');
            adopt?.click();
            adopt?.click();
            await flushPromises();

            expect(createRecord).toHaveBeenCalledTimes(1);
            expect(updateRecord).toHaveBeenCalledTimes(1);
        });

        it('says next to the idea why setting it aside failed', async () => {
            updateRecord.mockRejectedValue(VALIDATION_ERROR);
            const element = await renderWithData('seller');
            const toasts = captureToasts(element);

            find(element, 'c-coaching-questions', '.set-aside')?.click();
            await flushPromises();

            expect(lastToast(toasts).variant).toBe('error');
            expect(
                questionItem(element, SUGGESTION_ID)
                    ?.querySelector('[role="alert"]')
                    ?.textContent?.trim()
            ).toBe('Only the opportunity owner can answer a coaching question.');
            expect(prop(find(element, 'c-coaching-questions', '.set-aside'), 'disabled')).toBe(
                false
            );
        });

        it('says next to the step why marking it done failed', async () => {
            updateRecord.mockRejectedValue(PERMISSION_ERROR);
            const element = await renderWithData('seller');

            const steps = find(element, 'c-coaching-next-steps') as HTMLElement;
            findAll(steps, '.done')
                .find((button) => button.dataset.id === PLANNED_STEP_ID)
                ?.click();
            await flushPromises();

            const item = findAll(steps, '.step').find(
                (step) => step.dataset.id === PLANNED_STEP_ID
            );
            expect(item?.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
                'c.Coaching_Panel_NoPermission'
            );
        });

        it('is accessible after a failed save', async () => {
            const { element } = await answerWith(STALE_ERROR);

            await expect(element).toBeAccessible();
        });
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
                stepsAfter: 'steps-1'
            });
            expect(find(element, '.loading-more')?.textContent).toBe(
                'c.Coaching_Panel_LoadingMore'
            );
            expect(findAll(element, 'c-coaching-questions', '.question')).toHaveLength(4);

            graphqlAdapter.emit(panelQueryNextPage);
            await flushPromises();

            expect(findAll(element, 'c-coaching-questions', '.question')).toHaveLength(5);
            expect(find(element, '.loading-more')?.textContent).toBe('');
        });

        it('reloads from the first page after a write', async () => {
            createRecord.mockResolvedValue(SAVED);
            const firstPage = copyOf(panelQuery);
            firstPage.uiapi.query.Coaching_Question__c.pageInfo.hasNextPage = true;
            const element = await renderWithData('manager', firstPage);
            graphqlAdapter.emit(panelQueryNextPage);
            await flushPromises();

            const questions = find(element, 'c-coaching-questions') as HTMLElement;
            change(find(questions, '.ask-input'), 'What would make this an easy yes?');
            await flushPromises();
            find(questions, '.ask-save')?.click();
            await flushPromises();

            expect(graphqlAdapter.getLastConfig().variables).toEqual({
                opportunityId: OPPORTUNITY_ID,
                reviewsAfter: null,
                questionsAfter: null,
                stepsAfter: null
            });
            graphqlAdapter.emit(panelQuery);
            await flushPromises();
            expect(refreshGraphQL).toHaveBeenCalledTimes(1);
        });
    });

    describe('paging after a write', () => {
        it('keeps what lies beyond the first page on screen until the reload reaches it', async () => {
            createRecord.mockResolvedValue(SAVED);
            const firstPage = copyOf(panelQuery);
            firstPage.uiapi.query.Coaching_Question__c.pageInfo.hasNextPage = true;
            const element = await renderWithData('manager', firstPage);
            graphqlAdapter.emit(panelQueryNextPage);
            await flushPromises();
            const questions = find(element, 'c-coaching-questions') as HTMLElement;
            change(find(questions, '.ask-input'), 'What would make this an easy yes?');
            await flushPromises();
            find(questions, '.ask-save')?.click();
            await flushPromises();

            // The cached first page, then the refreshed one: the second page is still to come.
            graphqlAdapter.emit(firstPage);
            await flushPromises();
            graphqlAdapter.emit(firstPage);
            await flushPromises();

            expect(findAll(element, 'c-coaching-questions', '.question')).toHaveLength(5);
            expect(graphqlAdapter.getLastConfig().variables.questionsAfter).toBe('questions-1');

            const lastPage = copyOf(panelQueryNextPage as PanelQuery);
            lastPage.uiapi.query.Coaching_Question__c.edges = [];
            graphqlAdapter.emit(lastPage);
            await flushPromises();

            // The reload is complete, and the question it no longer found is gone.
            expect(findAll(element, 'c-coaching-questions', '.question')).toHaveLength(4);
            expect(find(element, '.loading-more')?.textContent).toBe('');
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
