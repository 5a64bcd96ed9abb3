import CoachingIntent from 'c/coachingIntent';
import type { ReviewTextDraft } from 'c/coachingIntent';
import type { ReviewView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop,
    saveTextForm
} from '../../../../../test/jest-utils/lwcTestUtils';
import openReview from './data/openReview.json';

interface IntentElement extends HTMLElement {
    review?: ReviewView;
    canStartReview: boolean;
    closeProgress?: { done: number; total: number };
    saveSucceeded(key: string): void;
    saveFailed(key: string, message: string, isStale?: boolean): void;
}

const SELLER_REVIEW = openReview as ReviewView;
const MANAGER_REVIEW: ReviewView = {
    ...SELLER_REVIEW,
    canEditIntent: true,
    canEditFocus: false,
    canAskQuestion: true,
    canClose: true
};
const VIEWER_REVIEW: ReviewView = {
    ...SELLER_REVIEW,
    canEditFocus: false,
    canShareLearning: false
};

function createIntent(review?: ReviewView, canStartReview = false): IntentElement {
    return mount<IntentElement>('c-coaching-intent', CoachingIntent, { review, canStartReview });
}

function draftIn(form: HTMLElement | null): string {
    return prop(find(form, 'lightning-textarea'), 'value');
}

describe('c-coaching-intent', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it.each([
            ['the seller', SELLER_REVIEW, 'c.Coaching_Intent_FocusHeading'],
            ['the manager', MANAGER_REVIEW, 'c.Coaching_Intent_FocusHeadingOthers']
        ])("heads the seller's focus from the side of %s", async (_who, review, heading) => {
            const element = createIntent(review);
            await flushPromises();

            const headings = Array.from(
                element.shadowRoot?.querySelectorAll('h4.sub-heading') ?? []
            ).map((h4) => h4.textContent);
            expect(headings).toContain(heading);
        });

        it('shows the intent, the reviewer, the status and the seller focus', async () => {
            const element = createIntent(VIEWER_REVIEW);
            await flushPromises();

            expect(find(element, '.intent')?.textContent).toBe(SELLER_REVIEW.intent);
            expect(find(element, '.reviewer')?.textContent).toBe('Morgan Lee');
            expect(find(element, '.status')?.textContent).toBe('c.Coaching_Intent_StatusOpen');
            expect(find(element, '.focus')?.textContent).toBe(SELLER_REVIEW.sellerFocus);
            expect(find(element, '.learning')?.textContent?.trim()).toBe(
                'c.Coaching_Intent_LearningEmpty'
            );
        });

        it('offers nothing to edit to someone who may not edit', async () => {
            const element = createIntent(VIEWER_REVIEW);
            await flushPromises();

            expect(element.shadowRoot?.querySelectorAll('lightning-button')).toHaveLength(0);
        });

        it('is accessible', async () => {
            const element = createIntent(MANAGER_REVIEW);
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('as the seller', () => {
        it('sends the new focus with the review and its last-modified date', async () => {
            const element = createIntent(SELLER_REVIEW);
            const handler = jest.fn();
            element.addEventListener('savefocus', handler);
            await flushPromises();

            expect(find(element, '.edit-intent')).toBeNull();
            find(element, '.edit-focus')?.click();
            await flushPromises();
            await saveTextForm(find(element, '.focus-form'), '  Pricing approval  ');

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'focus',
                text: 'Pricing approval',
                reviewId: SELLER_REVIEW.id,
                lastModifiedDate: SELLER_REVIEW.lastModifiedDate
            });
        });

        it('closes the form once the save went through', async () => {
            const element = createIntent(SELLER_REVIEW);
            await flushPromises();
            find(element, '.edit-learning')?.click();
            await flushPromises();
            await saveTextForm(find(element, '.learning-form'), 'Ask for the architect early.');

            element.saveSucceeded('learning');
            await flushPromises();

            expect(find(element, '.learning-form')).toBeNull();
        });

        it('opens an empty form where nothing is written yet', async () => {
            const element = createIntent({ ...SELLER_REVIEW, sellerFocus: '' });
            await flushPromises();

            expect(prop(find(element, '.edit-focus'), 'label')).toBe('c.Coaching_Intent_AddFocus');
            expect(find(element, '.focus')?.textContent).toBe('c.Coaching_Intent_FocusEmpty');
            find(element, '.edit-focus')?.click();
            await flushPromises();

            expect(draftIn(find(element, '.focus-form'))).toBe('');
        });
    });

    describe('as the manager', () => {
        it('asks for an intent before a review starts', async () => {
            const element = createIntent(undefined, true);
            const handler = jest.fn();
            element.addEventListener('startreview', handler);
            await flushPromises();

            find(element, '.start')?.click();
            await flushPromises();
            const form = find(element, '.start-form');
            expect(prop(form, 'saveLabel')).toBe('c.Coaching_Intent_StartSave');
            await saveTextForm(form, 'Agree what winning this quarter takes.');

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'start',
                text: 'Agree what winning this quarter takes.'
            });
        });

        it('closes the review with a shared learning', async () => {
            const element = createIntent(MANAGER_REVIEW);
            const handler = jest.fn();
            element.addEventListener('closereview', handler);
            await flushPromises();

            find(element, '.close-review')?.click();
            await flushPromises();
            await saveTextForm(find(element, '.close-form'), 'Payback beats discount.');

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'close',
                text: 'Payback beats discount.',
                reviewId: MANAGER_REVIEW.id,
                lastModifiedDate: MANAGER_REVIEW.lastModifiedDate
            });
        });
    });

    describe('an intent that reads as an order', () => {
        async function startTyping(text: string): Promise<IntentElement> {
            const element = createIntent(undefined, true);
            await flushPromises();
            find(element, '.start')?.click();
            await flushPromises();
            change(find(find(element, '.start-form'), 'lightning-textarea'), text);
            await flushPromises();
            return element;
        }

        it('is flagged calmly as the manager types', async () => {
            const element = await startTyping('Push the champion harder');

            expect(find(element, '.intent-flag')?.textContent?.trim()).toBe(
                'c.Coaching_Intent_ReadsAsDirective'
            );
        });

        it('is not flagged once it says why we review and what we want', async () => {
            const element = await startTyping('Push the champion harder');
            change(
                find(find(element, '.start-form'), 'lightning-textarea'),
                'Understand why the deal slipped and what we can learn from it.'
            );
            await flushPromises();

            expect(find(element, '.intent-flag')).toBeNull();
        });

        it('is flagged when an existing intent is opened for editing', async () => {
            const element = createIntent({
                ...MANAGER_REVIEW,
                intent: 'Get the MAP signed this week.'
            });
            await flushPromises();
            find(element, '.edit-intent')?.click();
            await flushPromises();

            expect(find(element, '.intent-flag')?.textContent?.trim()).toBe(
                'c.Coaching_Intent_ReadsAsDirective'
            );
        });

        it('never flags the seller focus or the learning', async () => {
            const element = createIntent(SELLER_REVIEW);
            await flushPromises();
            find(element, '.edit-focus')?.click();
            await flushPromises();
            change(find(find(element, '.focus-form'), 'lightning-textarea'), 'Call the CFO.');
            await flushPromises();

            expect(find(element, '.intent-flag')).toBeNull();
        });

        it('is accessible, its flag in a polite live region', async () => {
            const element = await startTyping('Push the champion harder');

            expect(find(element, '.intent-reading')?.getAttribute('aria-live')).toBe('polite');
            await expect(element).toBeAccessible();
        });
    });

    describe('closing', () => {
        it('keeps the learning typed so far when the manager goes on to close', async () => {
            const element = createIntent(MANAGER_REVIEW);
            await flushPromises();
            find(element, '.edit-learning')?.click();
            await flushPromises();
            change(
                find(element, '.learning-form', 'lightning-textarea'),
                'Payback beats discount.'
            );
            await flushPromises();

            find(element, '.close-review')?.click();
            await flushPromises();

            const form = find(element, '.close-form');
            expect(prop(form, 'saveLabel')).toBe('c.Coaching_Intent_CloseSave');
            expect(draftIn(form)).toBe('Payback beats discount.');
            expect(find(element, '.learning-form')).toBeNull();
        });

        it('asks nothing more when every question is answered', async () => {
            const element = createIntent(MANAGER_REVIEW);
            const handler = jest.fn();
            element.addEventListener('closereview', handler);
            await flushPromises();
            find(element, '.close-review')?.click();
            await flushPromises();

            expect(prop(find(element, 'c-coaching-close-review'), 'unansweredCount')).toBe(0);
            await saveTextForm(find(element, '.close-form'), 'Payback beats discount.');

            expect(handler.mock.calls[0][0].detail).not.toHaveProperty('unanswered');
        });

        it('passes the unanswered count, the seller and the progress to the close step', async () => {
            const element = createIntent({ ...MANAGER_REVIEW, unansweredCount: 3 });
            element.closeProgress = { done: 1, total: 3 };
            await flushPromises();
            find(element, '.close-review')?.click();
            await flushPromises();

            const step = find(element, 'c-coaching-close-review');
            expect(prop(step, 'unansweredCount')).toBe(3);
            expect(prop(step, 'sellerName')).toBe('Sam Carter');
            expect(prop(step, 'progress')).toEqual({ done: 1, total: 3 });
            await expect(element).toBeAccessible();
        });

        it.each(['keepOpen', 'noAnswerNeeded'])(
            'sends the choice %s made about unanswered questions',
            async (choice) => {
                const element = createIntent({ ...MANAGER_REVIEW, unansweredCount: 2 });
                const handler = jest.fn();
                element.addEventListener('closereview', handler);
                await flushPromises();
                find(element, '.close-review')?.click();
                await flushPromises();

                change(find(element, 'c-coaching-close-review', '.choice'), choice);
                await saveTextForm(find(element, '.close-form'), 'Payback beats discount.');

                expect(handler.mock.calls[0][0].detail).toEqual({
                    key: 'close',
                    text: 'Payback beats discount.',
                    reviewId: MANAGER_REVIEW.id,
                    lastModifiedDate: MANAGER_REVIEW.lastModifiedDate,
                    unanswered: choice
                });
            }
        );

        it('does not close until the choice is made', async () => {
            const element = createIntent({ ...MANAGER_REVIEW, unansweredCount: 2 });
            const handler = jest.fn();
            element.addEventListener('closereview', handler);
            await flushPromises();
            find(element, '.close-review')?.click();
            await flushPromises();

            await saveTextForm(find(element, '.close-form'), 'Payback beats discount.');

            expect(handler).not.toHaveBeenCalled();
            expect(find(element, 'c-coaching-close-review', '.choice-error')).not.toBeNull();
            expect(prop(find(element, '.close-form'), 'saving')).toBe(false);
            expect(draftIn(find(element, '.close-form'))).toBe('Payback beats discount.');
        });
    });

    describe('a closed review with questions kept open', () => {
        const CLOSED: ReviewView = {
            ...VIEWER_REVIEW,
            status: 'Closed',
            isOpen: false,
            unansweredCount: 2
        };

        it('tells the seller their answers are still welcome', async () => {
            const question = { canAnswer: true } as ReviewView['questions'][number];
            const element = createIntent({ ...CLOSED, questions: [question] });
            await flushPromises();

            expect(find(element, '.closed-open-note')?.textContent?.trim()).toBe(
                'c.Coaching_Intent_ClosedOpenForYou'
            );
        });

        it('tells everyone else whose answers they wait for', async () => {
            const element = createIntent(CLOSED);
            await flushPromises();

            expect(find(element, '.closed-open-note')?.textContent?.trim()).toBe(
                'c.Coaching_Intent_ClosedOpenForSeller'
            );
            await expect(element).toBeAccessible();
        });

        it('says nothing once none is left waiting', async () => {
            const element = createIntent({ ...CLOSED, unansweredCount: 0 });
            await flushPromises();

            expect(find(element, '.closed-open-note')).toBeNull();
        });
    });

    describe('someone else changed the review', () => {
        const THEIR_CHANGE = '2026-11-22T15:00:00.000Z';
        const LATER_CHANGE = '2026-11-23T08:00:00.000Z';

        async function openFocusForm(): Promise<{ element: IntentElement; handler: jest.Mock }> {
            const element = createIntent(SELLER_REVIEW);
            const handler = jest.fn();
            element.addEventListener('savefocus', handler);
            await flushPromises();
            find(element, '.edit-focus')?.click();
            await flushPromises();
            return { element, handler };
        }

        function sentDate(handler: jest.Mock): string {
            return (handler.mock.calls.at(-1)?.[0] as CustomEvent<ReviewTextDraft>).detail
                .lastModifiedDate;
        }

        async function reload(element: IntentElement, review: ReviewView): Promise<void> {
            element.review = review;
            await flushPromises();
        }

        it('saves against the review as it was when the form opened', async () => {
            const { element, handler } = await openFocusForm();

            // The panel reloads while the form is open, say after the seller's own other save.
            await reload(element, { ...SELLER_REVIEW, lastModifiedDate: THEIR_CHANGE });
            await saveTextForm(find(element, '.focus-form'), 'Pricing approval');

            expect(sentDate(handler)).toBe(SELLER_REVIEW.lastModifiedDate);
        });

        it('saves against their change once a stale save showed it', async () => {
            const { element, handler } = await openFocusForm();
            await saveTextForm(find(element, '.focus-form'), 'Pricing approval');

            element.saveFailed('focus', 'Someone else changed this.', true);
            await reload(element, {
                ...SELLER_REVIEW,
                sellerFocus: 'Their focus',
                lastModifiedDate: THEIR_CHANGE
            });
            // Only the change the stale save reported counts as seen, not a later one.
            await reload(element, { ...SELLER_REVIEW, lastModifiedDate: LATER_CHANGE });
            const form = find(element, '.focus-form');
            expect(draftIn(form)).toBe('Pricing approval');
            find(form, '.save')?.click();
            await flushPromises();

            expect(sentDate(handler)).toBe(THEIR_CHANGE);
        });

        it('builds on the newer review already shown when the stale save is reported', async () => {
            const { element, handler } = await openFocusForm();
            await reload(element, {
                ...SELLER_REVIEW,
                sellerFocus: 'Their focus',
                lastModifiedDate: THEIR_CHANGE
            });
            await saveTextForm(find(element, '.focus-form'), 'Pricing approval');
            expect(sentDate(handler)).toBe(SELLER_REVIEW.lastModifiedDate);

            element.saveFailed('focus', 'Someone else changed this.', true);
            await flushPromises();

            // Their text shows above the draft, which the seller may now save over it.
            expect(find(element, '.focus')?.textContent).toBe('Their focus');
            expect(draftIn(find(element, '.focus-form'))).toBe('Pricing approval');
            find(element, '.focus-form', '.save')?.click();
            await flushPromises();
            expect(sentDate(handler)).toBe(THEIR_CHANGE);
        });

        it('keeps the date it opened with after a failure that was not stale', async () => {
            const { element, handler } = await openFocusForm();
            await saveTextForm(find(element, '.focus-form'), 'Pricing approval');

            element.saveFailed('focus', 'Focus is too long.');
            await reload(element, { ...SELLER_REVIEW, lastModifiedDate: THEIR_CHANGE });
            find(element, '.focus-form', '.save')?.click();
            await flushPromises();

            expect(sentDate(handler)).toBe(SELLER_REVIEW.lastModifiedDate);
            expect(find(element, '.focus')).toBeNull();
        });

        it('moves focus to why the save failed, keeping the text in the box', async () => {
            const { element } = await openFocusForm();
            await saveTextForm(find(element, '.focus-form'), 'Pricing approval');

            element.saveFailed('focus', 'Focus is too long.');
            await flushPromises();

            const form = find(element, '.focus-form');
            const error = form?.shadowRoot?.querySelector('.form-error');
            expect(error?.textContent).toContain('Focus is too long.');
            expect(form?.shadowRoot?.activeElement).toBe(error);
            expect(
                (form?.shadowRoot?.querySelector('lightning-textarea') as { value?: string } | null)
                    ?.value
            ).toBe('Pricing approval');
        });

        it("keeps the learning form's date when the manager goes on to close", async () => {
            const element = createIntent(MANAGER_REVIEW);
            const handler = jest.fn();
            element.addEventListener('closereview', handler);
            await flushPromises();
            find(element, '.edit-learning')?.click();
            await flushPromises();

            await reload(element, { ...MANAGER_REVIEW, lastModifiedDate: THEIR_CHANGE });
            find(element, '.close-review')?.click();
            await flushPromises();
            await saveTextForm(find(element, '.close-form'), 'Payback beats discount.');

            expect(sentDate(handler)).toBe(MANAGER_REVIEW.lastModifiedDate);
        });
    });

    describe('save failed', () => {
        async function failIntentSave(): Promise<IntentElement> {
            const element = createIntent(MANAGER_REVIEW);
            await flushPromises();
            find(element, '.edit-intent')?.click();
            await flushPromises();
            await saveTextForm(find(element, '.intent-form'), 'A sharper intent');
            element.saveFailed('intent', 'Someone else changed this.');
            await flushPromises();
            return element;
        }

        it('keeps the text and says why', async () => {
            const element = await failIntentSave();

            const form = find(element, '.intent-form');
            expect(draftIn(form)).toBe('A sharper intent');
            expect(prop(form, 'errorMessage')).toBe('Someone else changed this.');
        });

        it('keeps the text when the review is reloaded with the same id', async () => {
            const element = await failIntentSave();

            element.review = { ...MANAGER_REVIEW, intent: 'Their newer intent' };
            await flushPromises();

            expect(draftIn(find(element, '.intent-form'))).toBe('A sharper intent');
        });

        it('is accessible', async () => {
            const element = await failIntentSave();

            await expect(element).toBeAccessible();
        });
    });
});
