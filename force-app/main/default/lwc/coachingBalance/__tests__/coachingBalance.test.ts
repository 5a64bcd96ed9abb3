import type { LightningElement } from 'lwc';
import CoachingBalance from 'c/coachingBalance';
import type { CoachingBalance as BalanceModel } from 'c/coachingModel';
import {
    cleanUp,
    find,
    findAll,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import balance from './data/balance.json';

// The median time's text matters here: the number and its unit.
jest.mock('@salesforce/label/c.Coaching_Balance_Hour', () => ({ default: '{0} hour' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Coaching_Balance_Hours', () => ({ default: '{0} hours' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Coaching_Balance_Minute', () => ({ default: '{0} minute' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Coaching_Balance_Minutes', () => ({ default: '{0} minutes' }), {
    virtual: true
});
// So is the pushback note's: the count and its plural.
jest.mock(
    '@salesforce/label/c.Coaching_Balance_PushbackNoteOne',
    () => ({ default: '{0} directive set aside with a reason: a healthy sign.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Coaching_Balance_PushbackNoteOther',
    () => ({ default: '{0} directives set aside with a reason: a healthy sign.' }),
    { virtual: true }
);

// And the share of each kind with its count, which are read together.
jest.mock('@salesforce/label/c.Coaching_Balance_KindShare', () => ({ default: '{0} ({1})' }), {
    virtual: true
});

// The engine this file renders with, shared with a copy of the component loaded for another locale.
const engine = jest.requireActual<Record<string, unknown>>('lwc');

interface BalanceElement extends HTMLElement {
    balance?: BalanceModel;
}

const BALANCE = balance as BalanceModel;

function createBalance(value?: BalanceModel): BalanceElement {
    return mount<BalanceElement>('c-coaching-balance', CoachingBalance, { balance: value });
}

function numberIn(element: HTMLElement, selector: string): unknown {
    return prop(find(element, `${selector} lightning-formatted-number`), 'value');
}

function medianText(element: HTMLElement): string | undefined {
    return find(element, '.median-time')?.textContent?.trim();
}

describe('c-coaching-balance', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it.each([
            ['.question-count', BALANCE.questionCount],
            ['.answered-share', BALANCE.answeredShare],
            ['.steps-planned', BALANCE.steps.planned],
            ['.steps-done', BALANCE.steps.done],
            ['.steps-dropped', BALANCE.steps.dropped],
            ['.ideas-adopted', BALANCE.ideasAdopted],
            ['.ideas-set-aside', BALANCE.ideasSetAside],
            ['.directives-set-aside', BALANCE.directivesSetAside],
            ['.seller-questions', BALANCE.sellerQuestions],
            ['.changed-views', BALANCE.changedViews],
            ['.reviews-30-days', BALANCE.reviewsLast30Days]
        ])('shows %s', async (selector, expected) => {
            const element = createBalance(BALANCE);
            await flushPromises();

            expect(numberIn(element, selector)).toBe(expected);
        });

        it('shows the median time to answer, number and unit apart', async () => {
            const element = createBalance(BALANCE);
            await flushPromises();

            expect(BALANCE.medianHoursToAnswer).toBeCloseTo(23.48, 2);
            expect(medianText(element)).toBe('23 hours');
        });

        it.each([
            [0, '0 minutes'],
            [1 / 60, '1 minute'],
            [0.5, '30 minutes'],
            [59.4 / 60, '59 minutes'],
            [0.999, '1 hour'],
            [1, '1 hour'],
            [2.46, '2.5 hours'],
            [9.96, '10 hours'],
            [10.4, '10 hours'],
            [1234.5, '1,235 hours']
        ])('shows a median of %f hours as "%s"', async (hours, expected) => {
            const element = createBalance({ ...BALANCE, medianHoursToAnswer: hours });
            await flushPromises();

            expect(medianText(element)).toBe(expected);
        });

        it("formats the median's number for the user's locale", async () => {
            let Balance: typeof LightningElement | undefined;
            jest.isolateModules(() => {
                jest.doMock('lwc', () => engine);
                jest.doMock('@salesforce/i18n/locale', () => ({ default: 'de-DE' }), {
                    virtual: true
                });
                Balance = require('c/coachingBalance').default;
            });
            const element = mount<BalanceElement>('c-coaching-balance', Balance!, {
                balance: { ...BALANCE, medianHoursToAnswer: 2.46 }
            });
            await flushPromises();

            expect(medianText(element)).toBe('2,5 hours');
        });

        it('names each kind of question asked, with shares that add up to 100%', async () => {
            const element = createBalance(BALANCE);
            await flushPromises();

            const rows = findAll(element, '.kind-share');
            expect(rows.map((row) => row.dataset.kind)).toEqual([
                'open-question',
                'closed-question',
                'suggestion',
                'directive'
            ]);
            // 33 + 17 + 33 + 17: each share with its count, a space between them.
            expect(rows.map((row) => row.textContent?.trim())).toEqual([
                '33% (2)',
                '17% (1)',
                '33% (2)',
                '17% (1)'
            ]);
            expect(find(element, 'dl.kinds dt')?.textContent?.trim()).toBe(
                'c.Coaching_Balance_OpenShare'
            );
        });

        it("formats each kind's share and count for the user's locale", async () => {
            let Balance: typeof LightningElement | undefined;
            jest.isolateModules(() => {
                jest.doMock('lwc', () => engine);
                jest.doMock('@salesforce/i18n/locale', () => ({ default: 'de-DE' }), {
                    virtual: true
                });
                Balance = require('c/coachingBalance').default;
            });
            const byKind = {
                ...BALANCE.byKind,
                'open-question': 1500,
                'closed-question': 0,
                suggestion: 0,
                directive: 500
            };
            const element = mount<BalanceElement>('c-coaching-balance', Balance!, {
                balance: { ...BALANCE, byKind }
            });
            await flushPromises();

            expect(findAll(element, '.kind-share').map((row) => row.textContent?.trim())).toEqual([
                '75\u00a0% (1.500)',
                '25\u00a0% (500)'
            ]);
        });

        it.each([
            [1, '1 directive set aside with a reason: a healthy sign.'],
            [2, '2 directives set aside with a reason: a healthy sign.'],
            [1200, '1,200 directives set aside with a reason: a healthy sign.']
        ])(
            'shows %i directives set aside as the healthy sign it is',
            async (directivesSetAside, expected) => {
                const element = createBalance({ ...BALANCE, directivesSetAside });
                await flushPromises();

                expect(find(element, '.pushback-note')?.textContent?.trim()).toBe(expected);
            }
        );

        it('says nothing of pushback when no directive was set aside', async () => {
            const element = createBalance({ ...BALANCE, directivesSetAside: 0 });
            await flushPromises();

            expect(find(element, '.pushback-note')).toBeNull();
            expect(numberIn(element, '.directives-set-aside')).toBe(0);
        });

        it('says when nothing has been answered yet', async () => {
            const element = createBalance({ ...BALANCE, medianHoursToAnswer: undefined });
            await flushPromises();

            expect(find(element, '.median-time')?.textContent?.trim()).toBe(
                'c.Coaching_Balance_NoAnswersYet'
            );
        });

        it('is accessible', async () => {
            const element = createBalance({
                ...BALANCE,
                isOverReviewed: true,
                directivesSetAside: 2
            });
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('no balance', () => {
        it('shows only its heading', async () => {
            const element = createBalance(undefined);
            await flushPromises();

            expect(find(element, 'h3')?.textContent).toBe('c.Coaching_Balance_Heading');
            expect(find(element, 'dl')).toBeNull();
        });

        it('is accessible', async () => {
            const element = createBalance(undefined);
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });
});
