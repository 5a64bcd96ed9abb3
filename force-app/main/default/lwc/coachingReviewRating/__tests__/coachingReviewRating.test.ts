import CoachingReviewRating from 'c/coachingReviewRating';
import type { SavedRating } from 'c/coachingReviewRating';
import type { ReviewView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import closedReview from './data/closedReview.json';
import savedRating from './data/savedRating.json';

interface RatingElement extends HTMLElement {
    review?: ReviewView;
    rating?: SavedRating;
    saveSucceeded(key: string): void;
    saveFailed(key: string, message: string): void;
}

const SELLER_VIEW = closedReview as ReviewView;
const REVIEWER_VIEW: ReviewView = { ...SELLER_VIEW, canRate: false, canSeeRating: true };
const OTHER_VIEW: ReviewView = { ...SELLER_VIEW, canRate: false, canSeeRating: false };
const SAVED = savedRating as SavedRating;
const NOT_RATED: SavedRating = { note: '' };

async function createRating(review: ReviewView, rating?: SavedRating): Promise<RatingElement> {
    const element = mount<RatingElement>('c-coaching-review-rating', CoachingReviewRating, {
        review,
        rating
    });
    await flushPromises();
    return element;
}

async function rate(element: HTMLElement, value: string, note: string): Promise<void> {
    change(find(element, '.helpfulness'), value);
    change(find(element, '.note-input'), note);
    await flushPromises();
    find(element, '.save')?.click();
    await flushPromises();
}

describe('c-coaching-review-rating', () => {
    afterEach(cleanUp);

    describe('loading', () => {
        it('shows nothing until the rating has loaded', async () => {
            const element = await createRating(SELLER_VIEW);

            expect(find(element, 'section')).toBeNull();
        });
    });

    describe('as the seller', () => {
        it('asks "Did this help?" with three answers and an optional note', async () => {
            const element = await createRating(SELLER_VIEW, NOT_RATED);

            expect(find(element, '.heading')?.textContent).toBe('c.Coaching_Rating_Heading');
            expect(prop(find(element, '.helpfulness'), 'options')).toEqual([
                { label: 'c.Coaching_Rating_Helpful', value: 'Helpful' },
                { label: 'c.Coaching_Rating_SomewhatHelpful', value: 'Somewhat helpful' },
                { label: 'c.Coaching_Rating_NotHelpful', value: 'Not helpful' }
            ]);
            expect(prop(find(element, '.note-input'), 'maxLength')).toBe(255);
            await expect(element).toBeAccessible();
        });

        it('sends the rating with the review and its last-modified date, Save held meanwhile', async () => {
            const element = await createRating(SELLER_VIEW, NOT_RATED);
            const handler = jest.fn();
            element.addEventListener('ratereview', handler);

            await rate(element, 'Helpful', '  Clearer next steps.  ');

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'rating',
                reviewId: SELLER_VIEW.id,
                lastModifiedDate: SELLER_VIEW.lastModifiedDate,
                helpfulness: 'Helpful',
                note: 'Clearer next steps.'
            });
            expect(prop(find(element, '.save'), 'disabled')).toBe(true);
        });

        it('asks for an answer before saving, with the focus on why', async () => {
            const element = await createRating(SELLER_VIEW, NOT_RATED);
            const handler = jest.fn();
            element.addEventListener('ratereview', handler);

            find(element, '.save')?.click();
            await flushPromises();

            expect(handler).not.toHaveBeenCalled();
            const error = find(element, '.error');
            expect(error?.textContent?.trim()).toBe('c.Coaching_Rating_Required');
            expect(element.shadowRoot?.activeElement).toBe(error);
        });

        it('keeps the answer and note after a refusal and says why', async () => {
            const element = await createRating(SELLER_VIEW, NOT_RATED);
            await rate(element, 'Not helpful', 'Too much on pricing.');

            element.saveFailed('rating', 'Only the seller can rate a review, once it is closed.');
            await flushPromises();

            const error = find(element, '.error');
            expect(error?.textContent?.trim()).toBe(
                'Only the seller can rate a review, once it is closed.'
            );
            expect(element.shadowRoot?.activeElement).toBe(error);
            expect(prop(find(element, '.helpfulness'), 'value')).toBe('Not helpful');
            expect(prop(find(element, '.note-input'), 'value')).toBe('Too much on pricing.');
            expect(prop(find(element, '.save'), 'disabled')).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('shows the saved rating and lets the seller change it', async () => {
            const element = await createRating(SELLER_VIEW, SAVED);
            const handler = jest.fn();
            element.addEventListener('ratereview', handler);

            expect(find(element, '.sub-heading')?.textContent?.trim()).toBe(
                'c.Coaching_Rating_YourRating'
            );
            expect(find(element, '.saved-rating')?.textContent).toBe(
                'c.Coaching_Rating_SomewhatHelpful'
            );
            expect(find(element, '.saved-note')?.textContent).toBe(SAVED.note);
            find(element, '.change')?.click();
            await flushPromises();
            expect(prop(find(element, '.helpfulness'), 'value')).toBe('Somewhat helpful');
            expect(prop(find(element, '.note-input'), 'value')).toBe(SAVED.note);
            await rate(element, 'Helpful', '');

            expect(handler.mock.calls[0][0].detail).toMatchObject({
                helpfulness: 'Helpful',
                note: ''
            });
            element.saveSucceeded('rating');
            await flushPromises();
            expect(find(element, '.helpfulness')).toBeNull();
        });

        it('cancels a change without saving', async () => {
            const element = await createRating(SELLER_VIEW, SAVED);
            find(element, '.change')?.click();
            await flushPromises();

            find(element, '.cancel')?.click();
            await flushPromises();

            expect(find(element, '.helpfulness')).toBeNull();
            expect(find(element, '.saved-rating')).not.toBeNull();
        });
    });

    describe('as the reviewer', () => {
        it("reads the seller's rating and note, with nothing to change", async () => {
            const element = await createRating(REVIEWER_VIEW, SAVED);

            expect(find(element, '.sub-heading')?.textContent?.trim()).toBe(
                'c.Coaching_Rating_SellerRating'
            );
            expect(find(element, '.saved-rating')?.textContent).toBe(
                'c.Coaching_Rating_SomewhatHelpful'
            );
            expect(find(element, '.saved-note')?.textContent).toBe(SAVED.note);
            expect(find(element, '.change')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('reads that the seller has not rated it yet', async () => {
            const element = await createRating(REVIEWER_VIEW, NOT_RATED);

            expect(find(element, '.not-rated')?.textContent).toBe('c.Coaching_Rating_NotRated');
        });
    });

    describe('anyone else', () => {
        it('is shown nothing, even with a rating at hand', async () => {
            const element = await createRating(OTHER_VIEW, SAVED);

            expect(find(element, 'section')).toBeNull();
        });

        it('is shown nothing while the review is open', async () => {
            const element = await createRating(
                { ...SELLER_VIEW, isOpen: true, canRate: false },
                SAVED
            );

            expect(find(element, 'section')).toBeNull();
        });
    });
});
