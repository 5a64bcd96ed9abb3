import CoachingQuestions from 'c/coachingQuestions';
import type { QuestionView } from 'c/coachingModel';
import {
    cleanUp,
    find,
    findAll,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import questionViews from '../../coachingQuestionItem/__tests__/data/questionViews.json';

interface QuestionsElement extends HTMLElement {
    questions: QuestionView[];
    reviewId: string;
    canAsk: boolean;
    viewerIsOwner: boolean;
    reviewIsOpen: boolean;
}

// The "Show more" button's text matters here: how many come next and how many are left.
jest.mock(
    '@salesforce/label/c.Coaching_Questions_ShowMore',
    () => ({ default: 'Show {0} more of {1}' }),
    { virtual: true }
);

type Reply = { saved(): void; failed(message: string, isStale: boolean): void };

const SELLER = questionViews.sellerView as QuestionView[];
const MANAGER = questionViews.managerView as QuestionView[];

function createList(asSeller: boolean, questions = asSeller ? SELLER : MANAGER) {
    return mount<QuestionsElement>('c-coaching-questions', CoachingQuestions, {
        questions,
        reviewId: 'a01000000000002AAA',
        canAsk: !asSeller,
        viewerIsOwner: asSeller,
        reviewIsOpen: true
    });
}

function shownIds(element: HTMLElement): string[] {
    return findAll(element, 'li.slds-item')
        .filter((item) => !item.hidden)
        .map((item) => item.dataset.id ?? '');
}

/** A long review as the seller sees it: 45 questions await an answer, then 15 resolved. */
function longReview(): QuestionView[] {
    return Array.from({ length: 60 }, (_, index) => ({
        ...SELLER[0],
        id: `a02${String(index).padStart(15, '0')}`,
        text: `Question ${index + 1}`,
        ...(index < 45 ? {} : { status: 'Resolved' as const, answer: 'Done', canAnswer: false })
    }));
}

function showMore(element: HTMLElement): HTMLElement | null {
    return find(element, '.show-more');
}

function chooseFilter(element: HTMLElement, value: string): void {
    find(element, '.filter')?.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-coaching-questions', () => {
    afterEach(cleanUp);

    describe('a long list', () => {
        const LONG = longReview();
        const ids = (from: number, to: number) => LONG.slice(from, to).map((q) => q.id);

        it('shows the first 20 questions and a button for the rest', async () => {
            const element = createList(true, LONG);
            await flushPromises();

            expect(shownIds(element)).toEqual(ids(0, 20));
            expect(prop(showMore(element), 'label')).toBe('Show 20 more of 40');
            await expect(element).toBeAccessible();
        });

        it('shows 20 more at a time, moves focus to the first one shown, then drops the button', async () => {
            const element = createList(true, LONG);
            await flushPromises();

            showMore(element)?.click();
            await flushPromises();
            expect(shownIds(element)).toEqual(ids(0, 40));
            expect(element.shadowRoot?.activeElement?.getAttribute('data-id')).toBe(LONG[20].id);
            expect(prop(showMore(element), 'label')).toBe('Show 20 more of 20');

            showMore(element)?.click();
            await flushPromises();
            expect(shownIds(element)).toEqual(ids(0, 60));
            expect(element.shadowRoot?.activeElement?.getAttribute('data-id')).toBe(LONG[40].id);
            expect(showMore(element)).toBeNull();
        });

        it('starts again from 20 when the filter changes', async () => {
            const element = createList(true, LONG);
            await flushPromises();
            showMore(element)?.click();
            await flushPromises();

            chooseFilter(element, 'mine');
            await flushPromises();
            expect(shownIds(element)).toEqual(ids(0, 20));
            expect(prop(showMore(element), 'label')).toBe('Show 20 more of 25');

            chooseFilter(element, 'resolved');
            await flushPromises();
            expect(shownIds(element)).toEqual(ids(45, 60));
            expect(showMore(element)).toBeNull();
        });

        it('keeps an open answer box in view when the list grows ahead of it', async () => {
            const element = createList(true, LONG);
            await flushPromises();
            const twentieth = LONG[19].id;
            find(element, `li[data-id="${twentieth}"] c-coaching-question-item`)?.dispatchEvent(
                new CustomEvent('answertoggle', { detail: { questionId: twentieth, open: true } })
            );

            // A refresh brings a question that goes ahead of it in the viewer's order.
            const newcomer = { ...LONG[0], id: 'a02999999999999999', text: 'New' };
            element.questions = [newcomer, ...LONG];
            await flushPromises();

            expect(shownIds(element)).toEqual([newcomer.id, ...ids(0, 20)]);
            expect(prop(showMore(element), 'label')).toBe('Show 20 more of 40');
        });
    });

    describe('as the seller', () => {
        it('lists what waits on the seller first, with counts in the filter', async () => {
            const element = createList(true);
            await flushPromises();

            // The answered question waits on nobody: it goes after the three awaiting an answer.
            expect(shownIds(element)).toEqual([
                SELLER[0].id,
                SELLER[1].id,
                SELLER[3].id,
                SELLER[2].id
            ]);
            const options = prop<{ value: string }[]>(find(element, '.filter'), 'options');
            expect(options.map((option) => option.value)).toEqual([
                'all',
                'mine',
                'open',
                'resolved'
            ]);
            // The seller asks their reviewer with their own form, never the manager's.
            expect(find(element, 'c-coaching-ask-form:not(.seller-ask-form)')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('filters the list and says when nothing matches', async () => {
            const element = createList(true);
            await flushPromises();
            const filter = find(element, '.filter');

            filter?.dispatchEvent(new CustomEvent('change', { detail: { value: 'resolved' } }));
            await flushPromises();

            expect(shownIds(element)).toEqual([]);
            expect(find(element, '.filter-empty')?.textContent).toBe(
                'c.Coaching_Questions_FilterEmpty'
            );
        });

        it('keeps an answered question where it was until the filter changes', async () => {
            const element = createList(true);
            await flushPromises();
            find(element, '.filter')?.dispatchEvent(
                new CustomEvent('change', { detail: { value: 'mine' } })
            );
            await flushPromises();
            const before = shownIds(element);
            find(element, 'c-coaching-question-item')?.dispatchEvent(
                new CustomEvent('answerquestion', { detail: { questionId: SELLER[0].id } })
            );

            const answered = { ...SELLER[0], status: 'Answered' as const, canAnswer: false };
            element.questions = [answered, ...SELLER.slice(1)];
            await flushPromises();
            expect(shownIds(element)).toEqual(before);

            for (const value of ['all', 'mine']) {
                find(element, '.filter')?.dispatchEvent(
                    new CustomEvent('change', { detail: { value } })
                );
            }
            await flushPromises();
            expect(shownIds(element)).not.toContain(SELLER[0].id);
        });

        it('keeps one answer box open at a time', async () => {
            const element = createList(true);
            await flushPromises();
            const items = findAll(element, 'c-coaching-question-item');

            items[0].dispatchEvent(
                new CustomEvent('answertoggle', {
                    detail: { questionId: SELLER[0].id, open: true }
                })
            );
            await flushPromises();
            expect(items.map((item) => prop(item, 'answerOpen'))).toEqual([
                true,
                false,
                false,
                false
            ]);

            items[1].dispatchEvent(
                new CustomEvent('answertoggle', {
                    detail: { questionId: SELLER[1].id, open: true }
                })
            );
            await flushPromises();
            expect(items.map((item) => prop(item, 'answerOpen'))).toEqual([
                false,
                true,
                false,
                false
            ]);
        });

        it('passes an item save on to the panel', async () => {
            const element = createList(true);
            const handler = jest.fn();
            element.addEventListener('answerquestion', handler);
            await flushPromises();
            const detail = { questionId: SELLER[0].id };

            find(element, 'c-coaching-question-item')?.dispatchEvent(
                new CustomEvent('answerquestion', { detail })
            );

            expect(handler.mock.calls[0][0].detail).toBe(detail);
        });
    });

    describe("the seller's own questions", () => {
        it("gives the seller the form for asking their reviewer, never the manager's", async () => {
            const element = createList(true);
            await flushPromises();

            const form = find(element, 'c-coaching-ask-form');
            expect(form?.classList.contains('seller-ask-form')).toBe(true);
            expect(prop(form, 'forSeller')).toBe(true);
            expect(findAll(element, 'c-coaching-ask-form')).toHaveLength(1);
            await expect(element).toBeAccessible();
        });

        it('gives the manager no seller form, and nobody a form in a closed review', async () => {
            const manager = createList(false);
            await flushPromises();
            expect(find(manager, '.seller-ask-form')).toBeNull();

            const seller = createList(true);
            seller.reviewIsOpen = false;
            await flushPromises();
            expect(find(seller, 'c-coaching-ask-form')).toBeNull();
        });

        it("passes the seller's question and a thread's reply on to the panel", async () => {
            const element = createList(true);
            const asked = jest.fn();
            const replied = jest.fn();
            element.addEventListener('askquestion', asked);
            element.addEventListener('replychange', replied);
            await flushPromises();

            find(element, '.seller-ask-form')?.dispatchEvent(
                new CustomEvent('askquestion', {
                    detail: { text: 'Can you join?', askedBySeller: true, reply: {} }
                })
            );
            const detail = { questionId: SELLER[2].id, change: 'post', text: 'Noted.' };
            find(element, 'c-coaching-question-item')?.dispatchEvent(
                new CustomEvent('replychange', { detail })
            );

            expect(asked.mock.calls[0][0].detail).toMatchObject({ askedBySeller: true });
            expect(replied.mock.calls[0][0].detail).toBe(detail);
        });
    });

    describe('as the manager', () => {
        it('puts the ask form above the questions, and answers to look at first', async () => {
            const element = createList(false);
            await flushPromises();

            const body = find(element, '.section-body');
            expect(body?.firstElementChild?.tagName.toLowerCase()).toBe('c-coaching-ask-form');
            expect(shownIds(element)[0]).toBe(MANAGER[2].id);
            await expect(element).toBeAccessible();
        });

        it('keeps the ask form with its text when the review closes after a refused ask', async () => {
            const element = createList(false);
            const handler = jest.fn();
            element.addEventListener('askquestion', handler);
            await flushPromises();
            const reply = { saved: jest.fn(), failed: jest.fn() };

            find(element, 'c-coaching-ask-form')?.dispatchEvent(
                new CustomEvent('askquestion', { detail: { text: 'Q', reply } })
            );
            (handler.mock.calls[0][0].detail.reply as Reply).failed('Closed', false);
            element.canAsk = false;
            await flushPromises();

            expect(reply.failed).toHaveBeenCalledWith('Closed', false);
            expect(prop(find(element, 'c-coaching-ask-form'), 'isClosed')).toBe(true);
        });
    });

    describe('empty', () => {
        it('says the review has no questions yet', async () => {
            const element = createList(true, []);
            await flushPromises();

            expect(find(element, '.empty')?.textContent).toBe('c.Coaching_Questions_Empty');
            expect(find(element, '.filter')).toBeNull();
        });
    });
});
