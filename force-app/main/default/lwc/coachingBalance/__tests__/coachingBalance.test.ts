import CoachingBalance from 'c/coachingBalance';
import type { CoachingBalance as BalanceModel } from 'c/coachingModel';
import {
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import balance from './data/balance.json';

// The over-review note's text matters here, so it gets its real value.
jest.mock(
    '@salesforce/label/c.Coaching_Balance_OverReviewed',
    () => ({ default: 'This deal has been reviewed {0} times in the last 30 days.' }),
    { virtual: true }
);

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

describe('c-coaching-balance', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it.each([
            ['.question-count', BALANCE.questionCount],
            ['.open-share', BALANCE.openShare],
            ['.closed-share', BALANCE.closedShare],
            ['.directive-share', BALANCE.directiveShare],
            ['.answered-share', BALANCE.answeredShare],
            ['.median-time', BALANCE.medianHoursToAnswer],
            ['.steps-planned', BALANCE.steps.planned],
            ['.steps-done', BALANCE.steps.done],
            ['.steps-dropped', BALANCE.steps.dropped],
            ['.ideas-adopted', BALANCE.ideasAdopted],
            ['.ideas-set-aside', BALANCE.ideasSetAside],
            ['.reviews-30-days', BALANCE.reviewsLast30Days]
        ])('shows %s', async (selector, expected) => {
            const element = createBalance(BALANCE);
            await flushPromises();

            expect(numberIn(element, selector)).toBe(expected);
        });

        it('formats shares as percentages', async () => {
            const element = createBalance(BALANCE);
            await flushPromises();

            const share = find(element, '.open-share lightning-formatted-number');
            expect(prop(share, 'formatStyle')).toBe('percent');
        });

        it('says when nothing has been answered yet', async () => {
            const element = createBalance({ ...BALANCE, medianHoursToAnswer: undefined });
            await flushPromises();

            expect(find(element, '.median-time')?.textContent?.trim()).toBe(
                'c.Coaching_Balance_NoAnswersYet'
            );
        });

        it('adds a gentle note only when the deal is over-reviewed', async () => {
            const calm = createBalance(BALANCE);
            await flushPromises();
            expect(find(calm, '.over-reviewed')).toBeNull();

            const busy = createBalance({ ...BALANCE, reviewsLast30Days: 5, isOverReviewed: true });
            await flushPromises();
            expect(find(busy, '.over-reviewed')?.textContent?.trim()).toBe(
                'This deal has been reviewed 5 times in the last 30 days.'
            );
        });

        it('is accessible', async () => {
            const element = createBalance({ ...BALANCE, isOverReviewed: true });
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
