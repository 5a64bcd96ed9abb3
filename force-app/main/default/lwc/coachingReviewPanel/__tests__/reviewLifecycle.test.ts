import type { LightningElement } from 'lwc';
import * as graphqlModule from 'lightning/graphql';
import * as recordApi from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import type { QuestionView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop,
    saveTextForm
} from '../../../../../test/jest-utils/lwcTestUtils';
import panelQuery from './data/panelWireData.json';
// The open review closed, and a review the seller requested with a prepared focus.
import requestedQuery from './data/panelWireDataRequested.json';
import viewerUserRecord from './data/viewerUserRecord.json';
import reviewRatingRecord from './data/reviewRatingRecord.json';

// The partial-failure message matters here, so it gets its real value.
jest.mock(
    '@salesforce/label/c.Coaching_Panel_NoAnswerNeededPartial',
    () => ({
        default:
            'The review is still open: {0} of {1} questions could not be marked no answer needed: {2}.'
    }),
    { virtual: true }
);

interface GraphQLTestAdapter {
    emit(value: unknown, filterFn?: unknown, refreshFn?: () => Promise<void>): void;
}

interface RecordConfig {
    recordId?: string;
    fields?: unknown[];
    optionalFields?: unknown[];
}

interface RecordTestAdapter {
    emit(value: unknown, filterFn?: (config: RecordConfig) => boolean): void;
}

type Role = 'seller' | 'manager' | 'viewer';
type PanelQuery = typeof panelQuery;

// The engine this file renders with, shared with each role's copy of the component modules.
const engine = jest.requireActual<Record<string, unknown>>('lwc');

const OPPORTUNITY_ID = '006000000000001AAA';
const SELLER_ID = '005000000000001AAA';
const MANAGER_ID = '005000000000002AAA';
const OPEN_REVIEW_ID = 'a01000000000002AAA';
const CLOSED_REVIEW_ID = 'a01000000000001AAA';
const REQUESTED_REVIEW_ID = 'a01000000000009AAA';

const ROLES: Record<Role, { userId: string; isManager: boolean }> = {
    seller: { userId: SELLER_ID, isManager: false },
    manager: { userId: MANAGER_ID, isManager: true },
    viewer: { userId: '005000000000003AAA', isManager: false }
};

const graphqlAdapter = graphqlModule.graphql as unknown as GraphQLTestAdapter;
const recordAdapter = recordApi.getRecord as unknown as RecordTestAdapter;
const refresh = jest.fn(() => Promise.resolve());
const createRecord = jest.mocked(recordApi.createRecord);
const updateRecord = jest.mocked(recordApi.updateRecord);

const SAVED: RecordRepresentation = {
    id: REQUESTED_REVIEW_ID,
    apiName: 'Coaching_Review__c',
    lastModifiedDate: '2026-11-24T08:00:00.000Z',
    fields: {}
};

function validationError(message: string): unknown {
    return {
        status: 400,
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            output: {
                errors: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message }],
                fieldErrors: {}
            }
        }
    };
}

/** The panel as one role: the user id and custom permissions are read when its module loads. */
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

async function renderWithData(role: Role, query: unknown = panelQuery): Promise<HTMLElement> {
    const element = createPanel(role);
    graphqlAdapter.emit(query, undefined, refresh);
    await flushPromises();
    return element;
}

function copyOf(query: PanelQuery): PanelQuery {
    return JSON.parse(JSON.stringify(query)) as PanelQuery;
}

/** The deal with its open review closed, and no review requested. */
function withoutOpenReview(): PanelQuery {
    const query = copyOf(panelQuery);
    query.uiapi.query.Coaching_Review__c.edges[0].node.Status__c = {
        value: 'Closed',
        displayValue: 'Closed'
    };
    return query;
}

/** The configs of the live getRecord wires: the panel has one per record it reads. */
function recordWireConfigs(): RecordConfig[] {
    const configs: RecordConfig[] = [];
    recordAdapter.emit(undefined, (config) => {
        configs.push(config);
        return false;
    });
    return configs.filter((config) => config.recordId);
}

/** Emits a record to the wires reading it. */
function emitRecord(record: { id: string; fields: object }): void {
    recordAdapter.emit(record, (config) => config.recordId === record.id);
}

function captureToasts(element: HTMLElement): jest.Mock {
    const handler = jest.fn();
    element.addEventListener('lightning__showtoast', handler);
    return handler;
}

function lastToast(handler: jest.Mock): { title: string; message?: string; variant: string } {
    return (handler.mock.calls.at(-1)?.[0] as CustomEvent).detail;
}

async function closeWith(element: HTMLElement, choice: string, learning: string): Promise<void> {
    find(element, 'c-coaching-intent', '.close-review')?.click();
    await flushPromises();
    change(find(element, 'c-coaching-intent', 'c-coaching-close-review', '.choice'), choice);
    await saveTextForm(find(element, 'c-coaching-intent', '.close-form'), learning);
    await flushPromises();
}

describe('c-coaching-review-panel review lifecycle', () => {
    afterEach(() => {
        cleanUp();
        createRecord.mockReset();
        updateRecord.mockReset();
    });

    describe("the seller's prepared focus", () => {
        it('is asked for when the deal has no open review, and sent to their manager', async () => {
            createRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller', withoutOpenReview());
            const toasts = captureToasts(element);
            expect(recordWireConfigs()).toContainEqual({
                recordId: SELLER_ID,
                fields: [{ objectApiName: 'User', fieldApiName: 'ManagerId' }]
            });
            emitRecord(viewerUserRecord);
            await flushPromises();

            const request = find(element, 'c-coaching-focus-request');
            expect(prop(request, 'canPrepare')).toBe(true);
            await saveTextForm(find(request, '.focus-form'), 'Getting past procurement.');

            expect(createRecord).toHaveBeenCalledWith({
                apiName: 'Coaching_Review__c',
                fields: {
                    Opportunity__c: OPPORTUNITY_ID,
                    Seller__c: SELLER_ID,
                    Reviewer__c: MANAGER_ID,
                    Status__c: 'Requested',
                    Seller_Focus__c: 'Getting past procurement.'
                }
            });
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_FocusRequested');
            expect(refresh).toHaveBeenCalled();
        });

        it('is not asked for while a review is open', async () => {
            const element = await renderWithData('seller');

            expect(prop(find(element, 'c-coaching-focus-request'), 'canPrepare')).toBe(false);
        });

        it('is edited in the request while no manager has opened it', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('seller', requestedQuery);
            const request = find(element, 'c-coaching-focus-request');

            find(request, '.edit')?.click();
            await flushPromises();
            await saveTextForm(find(request, '.focus-form'), 'Pricing approval');

            expect(updateRecord).toHaveBeenCalledWith(
                { fields: { Id: REQUESTED_REVIEW_ID, Seller_Focus__c: 'Pricing approval' } },
                { ifUnmodifiedSince: '2026-11-23T08:00:00.000Z' }
            );
        });

        it('keeps the text and says why when the save is refused', async () => {
            createRecord.mockRejectedValue(
                validationError('Only the seller can ask for a review of their deal.')
            );
            const element = await renderWithData('seller', withoutOpenReview());
            const toasts = captureToasts(element);
            const request = find(element, 'c-coaching-focus-request');
            await saveTextForm(find(request, '.focus-form'), 'Getting past procurement.');

            const form = find(request, '.focus-form');
            expect(find(form, '.form-error')?.textContent?.trim()).toBe(
                'Only the seller can ask for a review of their deal.'
            );
            expect(prop(find(form, 'lightning-textarea'), 'value')).toBe(
                'Getting past procurement.'
            );
            expect(lastToast(toasts).variant).toBe('error');
            await expect(element).toBeAccessible();
        });

        it('is shown to the manager, whose Start review opens that request with the focus', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager', requestedQuery);
            const request = find(element, 'c-coaching-focus-request');
            expect(find(request, '.focus')?.textContent).toBe(
                'Getting past procurement to the CFO.'
            );
            expect(find(request, '.manager-hint')).not.toBeNull();

            find(element, 'c-coaching-intent', '.start')?.click();
            await flushPromises();
            await saveTextForm(
                find(element, 'c-coaching-intent', '.start-form'),
                'Find the path to signature together.'
            );

            expect(createRecord).not.toHaveBeenCalled();
            const [input, options] = updateRecord.mock.calls[0];
            expect(input).toEqual({
                fields: {
                    Id: REQUESTED_REVIEW_ID,
                    Reviewer__c: MANAGER_ID,
                    Intent__c: 'Find the path to signature together.',
                    Status__c: 'Open',
                    Review_Date__c: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
                    Close_Date_At_Start__c: '2026-12-18',
                    Amount_At_Start__c: 120000,
                    Stage_At_Start__c: 'Proposal/Price Quote'
                }
            });
            expect(options).toEqual({ ifUnmodifiedSince: '2026-11-23T08:00:00.000Z' });
            await expect(element).toBeAccessible();
        });

        it('keeps the request apart from the reviews held', async () => {
            const element = await renderWithData('manager', requestedQuery);

            const options = prop<{ value: string }[]>(find(element, '.review-switcher'), 'options');
            expect(options.map((option) => option.value)).not.toContain(REQUESTED_REVIEW_ID);
        });
    });

    describe('closing with unanswered questions', () => {
        it('keeps them open for the seller: only the review closes', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');

            expect(
                prop(find(element, 'c-coaching-intent'), 'review') as { unansweredCount: number }
            ).toMatchObject({ unansweredCount: 3 });
            await closeWith(element, 'keepOpen', 'Payback beats discount.');

            expect(updateRecord).toHaveBeenCalledTimes(1);
            expect(updateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: OPEN_REVIEW_ID,
                        Status__c: 'Closed',
                        Shared_Learning__c: 'Payback beats discount.'
                    }
                },
                { ifUnmodifiedSince: '2026-11-20T10:00:00.000Z' }
            );
        });

        it('marks each unanswered question no answer needed, then closes the review', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await renderWithData('manager');
            const toasts = captureToasts(element);

            await closeWith(element, 'noAnswerNeeded', 'Payback beats discount.');

            const written = updateRecord.mock.calls.map(([input]) => input.fields);
            expect(written).toEqual([
                { Id: 'a02000000000003AAA', Status__c: 'No Answer Needed' },
                { Id: 'a02000000000004AAA', Status__c: 'No Answer Needed' },
                { Id: 'a02000000000006AAA', Status__c: 'No Answer Needed' },
                {
                    Id: OPEN_REVIEW_ID,
                    Status__c: 'Closed',
                    Shared_Learning__c: 'Payback beats discount.'
                }
            ]);
            expect(updateRecord.mock.calls[0][1]).toEqual({
                ifUnmodifiedSince: '2026-11-20T10:05:00.000Z'
            });
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_ReviewClosed');
        });

        it('shows progress while the questions are marked', async () => {
            let release: (value: RecordRepresentation) => void = () => undefined;
            updateRecord.mockImplementation(
                () =>
                    new Promise((resolve) => {
                        release = resolve;
                    }) as ReturnType<typeof recordApi.updateRecord>
            );
            const element = await renderWithData('manager');

            await closeWith(element, 'noAnswerNeeded', 'Payback beats discount.');

            expect(prop(find(element, 'c-coaching-intent'), 'closeProgress')).toEqual({
                done: 0,
                total: 3
            });
            expect(prop(find(element, 'c-coaching-intent', '.close-form'), 'saving')).toBe(true);
            release(SAVED);
        });

        it('leaves the review open and names each question it could not mark', async () => {
            updateRecord.mockImplementation((input) => {
                if (input.fields.Id === 'a02000000000004AAA') {
                    return Promise.reject(
                        validationError('Only the person who asked can change it.')
                    );
                }
                return Promise.resolve(SAVED);
            });
            const element = await renderWithData('manager');
            const toasts = captureToasts(element);

            await closeWith(element, 'noAnswerNeeded', 'Payback beats discount.');

            const ids = updateRecord.mock.calls.map(([input]) => input.fields.Id);
            expect(ids).not.toContain(OPEN_REVIEW_ID);
            const message =
                'The review is still open: 1 of 3 questions could not be marked no answer needed: ' +
                '“What if we brought their architect into the…” (Only the person who asked can change it.).';
            expect(lastToast(toasts)).toMatchObject({ variant: 'error', message });
            const form = find(element, 'c-coaching-intent', '.close-form');
            expect(prop(form, 'errorMessage')).toBe(message);
            expect(prop(find(form, 'lightning-textarea'), 'value')).toBe('Payback beats discount.');
            expect(prop(form, 'saving')).toBe(false);
            // Part of it landed: the panel reloads to show the questions it did mark.
            expect(refresh).toHaveBeenCalled();
        });
    });

    describe('a closed review with questions kept open', () => {
        it('still gives the seller an answer box for them', async () => {
            // The closed review's first question, kept open when the review closed.
            const query = copyOf(panelQuery);
            const kept = query.uiapi.query.Coaching_Question__c.edges.find(
                (edge) => edge.node.Id === 'a02000000000001AAA'
            );
            if (kept) {
                kept.node.Status__c = { value: 'Open', displayValue: 'Open' };
            }
            const element = await renderWithData('seller', query);
            const switcher = find(element, '.review-switcher');
            switcher?.dispatchEvent(
                new CustomEvent('change', { detail: { value: CLOSED_REVIEW_ID } })
            );
            await flushPromises();

            const questions = prop<QuestionView[]>(
                find(element, 'c-coaching-questions'),
                'questions'
            );
            expect(questions.find((q) => q.id === 'a02000000000001AAA')?.canAnswer).toBe(true);
            expect(find(element, 'c-coaching-intent', '.closed-open-note')).not.toBeNull();
        });
    });

    describe('"Did this help?"', () => {
        async function onClosedReview(role: Role): Promise<HTMLElement> {
            const element = await renderWithData(role);
            find(element, '.review-switcher')?.dispatchEvent(
                new CustomEvent('change', { detail: { value: CLOSED_REVIEW_ID } })
            );
            await flushPromises();
            return element;
        }

        it('reads the rating of a closed review with optional fields, for its seller', async () => {
            const element = await onClosedReview('seller');

            expect(recordWireConfigs()).toEqual([
                {
                    recordId: CLOSED_REVIEW_ID,
                    optionalFields: [
                        'Coaching_Review__c.Helpfulness__c',
                        'Coaching_Review__c.Helpfulness_Note__c'
                    ]
                }
            ]);
            emitRecord(reviewRatingRecord);
            await flushPromises();
            expect(prop(find(element, 'c-coaching-review-rating'), 'rating')).toEqual({
                helpfulness: 'Helpful',
                note: 'The questions about payback changed how I pitch it.'
            });
        });

        it('saves the seller’s rating on the review', async () => {
            updateRecord.mockResolvedValue(SAVED);
            const element = await onClosedReview('seller');
            const toasts = captureToasts(element);
            emitRecord({ ...reviewRatingRecord, fields: {} });
            await flushPromises();
            const rating = find(element, 'c-coaching-review-rating');

            change(find(rating, '.helpfulness'), 'Not helpful');
            change(find(rating, '.note-input'), 'Too much on pricing.');
            await flushPromises();
            find(rating, '.save')?.click();
            await flushPromises();

            expect(updateRecord).toHaveBeenCalledWith(
                {
                    fields: {
                        Id: CLOSED_REVIEW_ID,
                        Helpfulness__c: 'Not helpful',
                        Helpfulness_Note__c: 'Too much on pricing.'
                    }
                },
                { ifUnmodifiedSince: '2026-10-09T16:00:00.000Z' }
            );
            expect(lastToast(toasts).title).toBe('c.Coaching_Panel_RatingSaved');
            await expect(element).toBeAccessible();
        });

        it('is not read for a viewer, who is shown nothing of it', async () => {
            const element = await onClosedReview('viewer');

            expect(recordWireConfigs()).toEqual([]);
            recordAdapter.emit(reviewRatingRecord);
            await flushPromises();
            expect(find(element, 'c-coaching-review-rating', 'section')).toBeNull();
        });
    });
});
