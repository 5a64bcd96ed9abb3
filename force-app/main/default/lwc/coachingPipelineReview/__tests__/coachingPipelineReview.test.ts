import { createElement } from 'lwc';
import * as graphqlModule from 'lightning/graphql';
import * as recordApi from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import CoachingPipelineReview from 'c/coachingPipelineReview';
import {
    cleanUp,
    find,
    findAll,
    flushPromises,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import pipelineQuery from './data/pipelineQuery.json';
import firstPage from './data/pipelineQueryFirstPage.json';
import secondPage from './data/pipelineQuerySecondPage.json';

// Text a manager reads gets its real value where the test asserts on it.
jest.mock(
    '@salesforce/label/c.Coaching_Pipeline_Counts',
    () => ({ default: '{0} of {1} deals · {2} sellers · {3} with risk signals' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Coaching_Pipeline_Position',
    () => ({ default: 'Deal {0} of {1}' }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Coaching_Pipeline_Prompt_StageStalled',
    () => ({ default: 'What would need to happen for this deal to move to its next stage?' }),
    { virtual: true }
);
jest.mock('@salesforce/user/Id', () => ({ default: '005000000000009AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Manager', () => ({ default: true }), {
    virtual: true
});
jest.mock('@salesforce/i18n/currency', () => ({ default: 'EUR' }), { virtual: true });

interface GraphQLTestAdapter {
    emit(value: unknown, filterFn?: unknown, refreshFn?: () => Promise<void>): void;
    emitErrors(errors: unknown): void;
    getLastConfig(): { variables: Record<string, unknown> };
}

const graphqlAdapter = graphqlModule.graphql as unknown as GraphQLTestAdapter;
const refresh = jest.fn(() => Promise.resolve());
const createRecord = jest.mocked(recordApi.createRecord);

const NORTHWIND = '006000000000001AAA';
const BLUE_HARBOR = '006000000000002AAA';
const CONTOSO = '006000000000003AAA';
const FABRIKAM = '006000000000004AAA';
const SAM = '005000000000001AAA';
const BLUE_HARBOR_OPEN_REVIEW = 'a01000000000003AAA';

const SAVED: RecordRepresentation = {
    id: 'a02000000000099AAA',
    apiName: 'Coaching_Question__c',
    lastModifiedDate: '2026-05-20T09:01:00.000Z',
    fields: {}
};

function createReview(): HTMLElement {
    const element = createElement('c-coaching-pipeline-review', { is: CoachingPipelineReview });
    document.body.appendChild(element);
    return element;
}

async function renderWithData(query: unknown = pipelineQuery): Promise<HTMLElement> {
    const element = createReview();
    graphqlAdapter.emit(query, undefined, refresh);
    await flushPromises();
    return element;
}

function dealIds(element: HTMLElement): string[] {
    return findAll(element, 'li.deal').map((item) => item.dataset.id ?? '');
}

async function choose(element: HTMLElement, selector: string, value: string): Promise<void> {
    find(element, selector)?.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flushPromises();
}

function captureToasts(element: HTMLElement): jest.Mock {
    const handler = jest.fn();
    element.addEventListener('lightning__showtoast', handler);
    return handler;
}

function dealItem(element: HTMLElement, dealId: string): HTMLElement | undefined {
    return findAll(element, 'li.deal').find((item) => item.dataset.id === dealId);
}

/** Opens a deal's questions, steps and risks, closed in the list so 200 deals render fast. */
async function expand(element: HTMLElement, dealId: string): Promise<void> {
    dealItem(element, dealId)?.querySelector<HTMLElement>('button.toggle-details')?.click();
    await flushPromises();
}

function riskPrompts(element: HTMLElement, dealId: string): HTMLElement[] {
    const deal = findAll(element, 'li.deal').find((item) => item.dataset.id === dealId);
    return Array.from(deal?.querySelectorAll<HTMLElement>('c-coaching-risk-prompt') ?? []);
}

describe('c-coaching-pipeline-review', () => {
    beforeEach(() => {
        // The fixture's team on 2026-05-20, in fiscal Q2 (April to June).
        jest.useFakeTimers({
            now: new Date('2026-05-20T09:00:00'),
            advanceTimers: true,
            doNotFake: ['nextTick', 'queueMicrotask']
        });
    });

    afterEach(() => {
        cleanUp();
        jest.useRealTimers();
    });

    describe('loading', () => {
        it('shows a spinner and asks for the signed-in manager’s team from the first page', async () => {
            const element = createReview();
            await flushPromises();

            expect(prop(find(element, 'lightning-spinner'), 'alternativeText')).toBe(
                'c.Coaching_Pipeline_Loading'
            );
            expect(graphqlAdapter.getLastConfig().variables).toEqual({
                managerId: '005000000000009AAA',
                dealsAfter: null,
                questionsAfter: null
            });
        });

        it('loads the team one GraphQL request per page, then shows every deal', async () => {
            const element = createReview();
            const requests: unknown[] = [];
            graphqlAdapter.emit(firstPage, undefined, refresh);
            await flushPromises();
            requests.push(graphqlAdapter.getLastConfig().variables);
            expect(find(element, '.loading-more')?.textContent).toBe(
                'c.Coaching_Pipeline_LoadingMore'
            );
            graphqlAdapter.emit(secondPage, undefined, refresh);
            await flushPromises();

            // Two pages of deals: the first request, then one more from the first page's cursor.
            expect(requests).toEqual([
                {
                    managerId: '005000000000009AAA',
                    dealsAfter: 'cGFnZTE=',
                    questionsAfter: 'cXVlc3Rpb25z'
                }
            ]);
            expect(dealIds(element).sort()).toEqual(
                [NORTHWIND, BLUE_HARBOR, CONTOSO, FABRIKAM].sort()
            );
            expect(find(element, '.loading-more')?.textContent).toBe('');
        });
    });

    describe('data', () => {
        it('groups the deals by seller with a summary row each', async () => {
            const element = await renderWithData();

            const groups = findAll(element, 'section.seller-group');
            expect(groups.map((group) => group.querySelector('h2')?.textContent)).toEqual([
                'Alex Chen',
                'Sam Rivera'
            ]);
            const sam = groups[1];
            const cell = (field: string) => sam.querySelector(`td[data-field="${field}"]`);
            expect(cell('dealCount')?.textContent).toBe('2');
            expect(prop(cell('amount')?.querySelector('lightning-formatted-number'), 'value')).toBe(
                160000
            );
            expect(
                prop(cell('amount')?.querySelector('lightning-formatted-number'), 'currencyCode')
            ).toBe('EUR');
            expect(cell('openQuestions')?.textContent).toBe('2');
            expect(cell('overdueSteps')?.textContent).toBe('1');
            expect(
                prop(cell('directiveShare')?.querySelector('lightning-formatted-number'), 'value')
            ).toBeCloseTo(1 / 3);
            expect(cell('lastReview')?.textContent).toBe('2026-05-06');
            expect(find(element, '.counts')?.textContent).toBe(
                '4 of 4 deals · 2 sellers · 2 with risk signals'
            );
        });

        it('shows each deal with a link, what changed since its last review and its waiting questions', async () => {
            const element = await renderWithData();

            const northwind = findAll(element, 'li.deal').find(
                (item) => item.dataset.id === NORTHWIND
            ) as HTMLElement;
            expect(northwind.querySelector('a')?.getAttribute('href')).toBe(
                `/lightning/r/Opportunity/${NORTHWIND}/view`
            );
            expect(northwind.querySelector('.stage')?.textContent).toBe('Proposal/Price Quote');
            expect(northwind.querySelector('.intent')?.textContent).toBe(
                'See what the CFO needs before signing.'
            );
            expect(northwind.querySelector('.changes-heading')?.textContent).toBe(
                'c.Coaching_Pipeline_ChangesSince'
            );
            expect(northwind.querySelectorAll('.changes li')).toHaveLength(3);
            expect(
                prop(northwind.querySelector('.changes lightning-formatted-number'), 'value')
            ).toBe(20000);
            const toggle = northwind.querySelector('button.toggle-details');
            expect(toggle?.getAttribute('aria-expanded')).toBe('false');
            expect(northwind.querySelector('.questions')).toBeNull();
            await expand(element, NORTHWIND);
            expect(toggle?.getAttribute('aria-expanded')).toBe('true');
            expect(northwind.querySelector('.questions li')?.textContent).toContain(
                'Call the CFO today.'
            );
        });

        it('shows the focus a seller prepared for a review no manager has opened yet', async () => {
            const element = await renderWithData();

            const deals = findAll(element, 'li.deal');
            const fabrikam = deals.find((item) => item.dataset.id === FABRIKAM);
            expect(fabrikam?.querySelector('.prepared-focus')?.textContent?.trim()).toBe(
                'Who signs now that the sponsor moved on?'
            );
            // Its closed review is still the one the row reads.
            expect(fabrikam?.querySelector('.intent')?.textContent).toBe(
                'Check the expansion still has a sponsor.'
            );
            const northwind = deals.find((item) => item.dataset.id === NORTHWIND);
            expect(northwind?.querySelector('.prepared-focus')).toBeNull();
        });

        it('offers a question for each risk, to edit and ask in the open review', async () => {
            const element = await renderWithData();
            const toasts = captureToasts(element);
            createRecord.mockResolvedValue(SAVED);
            await expand(element, BLUE_HARBOR);

            const prompts = riskPrompts(element, BLUE_HARBOR);
            expect(prompts.map((prompt) => prop(prompt, 'signalText'))).toEqual([
                'c.Coaching_Pipeline_SignalStalled',
                'c.Coaching_Pipeline_SignalStepOverdue'
            ]);
            const stalled = prompts[0];
            expect(prop(stalled, 'reviewId')).toBe(BLUE_HARBOR_OPEN_REVIEW);
            find(stalled, 'lightning-button.open')?.click();
            await flushPromises();
            const textarea = find(stalled, 'lightning-textarea');
            expect(prop(textarea, 'value')).toBe(
                'What would need to happen for this deal to move to its next stage?'
            );
            textarea?.dispatchEvent(
                new CustomEvent('change', {
                    detail: { value: 'What would it take to reach the next stage this month?' }
                })
            );
            find(stalled, 'lightning-button.ask')?.click();
            await flushPromises();

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Coaching_Question__c',
                fields: {
                    Coaching_Review__c: BLUE_HARBOR_OPEN_REVIEW,
                    Question__c: 'What would it take to reach the next stage this month?',
                    Kind__c: 'Open question'
                }
            });
            expect(toasts.mock.calls.at(-1)?.[0].detail).toMatchObject({ variant: 'success' });
            expect(find(stalled, 'lightning-textarea')).toBeNull();
            expect(refresh).toHaveBeenCalled();
        });

        it('keeps the edited question when the save fails', async () => {
            const element = await renderWithData();
            const toasts = captureToasts(element);
            createRecord.mockRejectedValue({
                status: 400,
                body: [
                    {
                        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                        message: 'A closed review takes no new questions.'
                    }
                ]
            });
            await expand(element, BLUE_HARBOR);
            const stalled = riskPrompts(element, BLUE_HARBOR)[0];
            find(stalled, 'lightning-button.open')?.click();
            await flushPromises();
            find(stalled, 'lightning-textarea')?.dispatchEvent(
                new CustomEvent('change', { detail: { value: 'My own wording?' } })
            );
            find(stalled, 'lightning-button.ask')?.click();
            await flushPromises();

            expect(toasts.mock.calls.at(-1)?.[0].detail).toMatchObject({
                title: 'c.Coaching_Pipeline_AskFailed',
                message: 'A closed review takes no new questions.',
                variant: 'error'
            });
            expect(prop(find(stalled, 'lightning-textarea'), 'value')).toBe('My own wording?');
        });

        it('asks nothing for a deal without an open review, and says why', async () => {
            const closed = JSON.parse(JSON.stringify(pipelineQuery)) as typeof pipelineQuery;
            for (const edge of closed.uiapi.query.Opportunity.edges) {
                for (const review of edge.node.Coaching_Reviews__r.edges) {
                    review.node.Status__c.value = 'Closed';
                }
            }
            const element = await renderWithData(closed);
            await expand(element, BLUE_HARBOR);

            const stalled = riskPrompts(element, BLUE_HARBOR)[0];
            expect(prop(find(stalled, 'lightning-button.open'), 'disabled')).toBe(true);
            expect(find(stalled, '.needs-review')?.textContent).toBe(
                'c.Coaching_Pipeline_PromptNeedsReview'
            );
        });

        it('is accessible', async () => {
            const element = await renderWithData();
            await expand(element, BLUE_HARBOR);
            jest.useRealTimers();
            await expect(element).toBeAccessible();
        });
    });

    describe('filters and sort', () => {
        it('filters to this quarter, one seller and a minimum amount, and counts what is left', async () => {
            const element = await renderWithData();

            await choose(element, 'lightning-combobox.period', 'thisQuarter');
            expect(dealIds(element)).toEqual([FABRIKAM, CONTOSO, NORTHWIND]);
            expect(find(element, '.counts')?.textContent).toBe(
                '3 of 4 deals · 2 sellers · 1 with risk signals'
            );
            await choose(element, 'lightning-combobox.seller', SAM);
            expect(dealIds(element)).toEqual([NORTHWIND]);
            await choose(element, 'lightning-combobox.seller', '');
            await choose(element, 'lightning-input.min-amount', '200000');
            expect(dealIds(element)).toEqual([FABRIKAM]);
            await choose(element, 'lightning-input.min-amount', '');
            expect(
                prop<{ value: string }[]>(
                    find(element, 'lightning-combobox.forecast'),
                    'options'
                ).map((option) => option.value)
            ).toEqual(['', 'Commit', 'Best Case', 'Pipeline']);
            await choose(element, 'lightning-combobox.forecast', 'Commit');
            expect(dealIds(element)).toEqual([NORTHWIND]);
        });

        it('takes a custom close range', async () => {
            const element = await renderWithData();

            await choose(element, 'lightning-combobox.period', 'custom');
            await choose(element, 'lightning-input.close-from', '2026-05-25');
            await choose(element, 'lightning-input.close-to', '2026-06-10');
            expect(dealIds(element)).toEqual([CONTOSO, NORTHWIND]);
        });

        it('sorts inside each seller', async () => {
            const element = await renderWithData();

            await choose(element, 'lightning-combobox.sort', 'amount');
            find(element, 'lightning-input.descending')?.dispatchEvent(
                new CustomEvent('change', { detail: { checked: true } })
            );
            await flushPromises();
            expect(dealIds(element)).toEqual([FABRIKAM, CONTOSO, NORTHWIND, BLUE_HARBOR]);
        });

        it('says when no deal matches, and clears the filters', async () => {
            const element = await renderWithData();

            await choose(element, 'lightning-input.min-amount', '999999999');
            expect(dealIds(element)).toEqual([]);
            expect(find(element, '.empty-filtered p')?.textContent).toBe(
                'c.Coaching_Pipeline_EmptyFiltered'
            );
            expect(prop(find(element, 'lightning-button.start-meeting'), 'disabled')).toBe(true);
            find(element, 'lightning-button.clear-filters')?.click();
            await flushPromises();
            expect(dealIds(element)).toHaveLength(4);
        });
    });

    describe('meeting mode', () => {
        it('steps through the shown deals with the coaching review panel of the current one', async () => {
            const element = await renderWithData();
            await choose(element, 'lightning-combobox.period', 'thisQuarter');

            find(element, 'lightning-button.start-meeting')?.click();
            await flushPromises();
            const panel = () => find(element, 'c-coaching-review-panel');
            const position = () => find(element, '.position')?.textContent?.trim();
            expect(position()).toBe('Deal 1 of 3');
            expect(prop(panel(), 'recordId')).toBe(FABRIKAM);
            expect(prop(find(element, 'lightning-button.previous'), 'disabled')).toBe(true);

            find(element, 'lightning-button.next')?.click();
            await flushPromises();
            expect(prop(panel(), 'recordId')).toBe(CONTOSO);

            const meeting = find(element, 'section.meeting') as HTMLElement;
            meeting.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })
            );
            await flushPromises();
            expect(position()).toBe('Deal 3 of 3');
            expect(prop(panel(), 'recordId')).toBe(NORTHWIND);
            expect(prop(find(element, 'lightning-button.next'), 'disabled')).toBe(true);

            meeting.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })
            );
            await flushPromises();
            expect(prop(panel(), 'recordId')).toBe(CONTOSO);

            find(element, 'lightning-button.end-meeting')?.click();
            await flushPromises();
            expect(panel()).toBeNull();
            expect(dealIds(element)).toEqual([FABRIKAM, CONTOSO, NORTHWIND]);
        });
    });

    describe('empty', () => {
        it('explains where a team’s deals come from', async () => {
            const empty = JSON.parse(JSON.stringify(pipelineQuery)) as typeof pipelineQuery;
            empty.uiapi.query.Opportunity.edges = [];
            empty.uiapi.query.Coaching_Question__c.edges = [];
            const element = await renderWithData(empty);

            expect(find(element, '.empty-team')?.textContent).toBe('c.Coaching_Pipeline_EmptyTeam');
            expect(find(element, 'section.seller-group')).toBeNull();
        });
    });

    describe('error', () => {
        it('shows what went wrong in the error panel', async () => {
            const element = createReview();
            graphqlAdapter.emitErrors([{ message: 'Field Owner is not accessible.' }]);
            await flushPromises();

            const panel = find(element, 'c-coaching-error-panel');
            expect(prop(panel, 'message')).toBe('c.Coaching_Pipeline_LoadError');
            expect(prop(panel, 'details')).toEqual(['Field Owner is not accessible.']);
            jest.useRealTimers();
            await expect(element).toBeAccessible();
        });
    });
});
