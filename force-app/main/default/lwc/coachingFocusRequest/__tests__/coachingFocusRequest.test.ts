import CoachingFocusRequest from 'c/coachingFocusRequest';
import type { ReviewView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import requestedReview from './data/requestedReview.json';

interface FocusRequestElement extends HTMLElement {
    request?: ReviewView;
    canPrepare: boolean;
    canStartReview: boolean;
    saveSucceeded(key: string): void;
    saveFailed(key: string, message: string): void;
}

const REQUEST = requestedReview as ReviewView;

async function createFocusRequest(
    properties: Partial<FocusRequestElement>
): Promise<FocusRequestElement> {
    const element = mount<FocusRequestElement>(
        'c-coaching-focus-request',
        CoachingFocusRequest,
        properties
    );
    await flushPromises();
    return element;
}

async function typeAndSave(element: HTMLElement, text: string): Promise<void> {
    change(find(element, '.focus-input'), text);
    await flushPromises();
    find(element, '.save')?.click();
    await flushPromises();
}

describe('c-coaching-focus-request', () => {
    afterEach(cleanUp);

    describe('empty', () => {
        it('asks the seller where they would like help, with Save disabled until they type', async () => {
            const element = await createFocusRequest({ canPrepare: true });

            expect(find(element, '.heading')?.textContent).toBe('c.Coaching_FocusRequest_Heading');
            expect(prop(find(element, '.save'), 'disabled')).toBe(true);
            change(find(element, '.focus-input'), 'Pricing');
            await flushPromises();
            expect(prop(find(element, '.save'), 'disabled')).toBe(false);
        });

        it('shows nothing to someone else while the seller has prepared nothing', async () => {
            const element = await createFocusRequest({ canPrepare: false, canStartReview: true });

            expect(find(element, 'section')).toBeNull();
        });

        it('is accessible', async () => {
            const element = await createFocusRequest({ canPrepare: true });

            await expect(element).toBeAccessible();
        });
    });

    describe('as the seller', () => {
        it('sends a new focus with no review to edit', async () => {
            const element = await createFocusRequest({ canPrepare: true });
            const handler = jest.fn();
            element.addEventListener('savefocusrequest', handler);

            await typeAndSave(element, '  Getting past procurement.  ');

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'focusRequest',
                text: 'Getting past procurement.'
            });
            expect(prop(find(element, '.save'), 'disabled')).toBe(true);
        });

        it('edits the focus waiting in the request, checked against its last-modified date', async () => {
            const element = await createFocusRequest({ canPrepare: true, request: REQUEST });
            const handler = jest.fn();
            element.addEventListener('savefocusrequest', handler);

            expect(find(element, '.focus')?.textContent).toBe(REQUEST.sellerFocus);
            find(element, '.edit')?.click();
            await flushPromises();
            expect(prop(find(element, '.focus-input'), 'value')).toBe(REQUEST.sellerFocus);
            await typeAndSave(element, 'Pricing approval');

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'focusRequest',
                text: 'Pricing approval',
                reviewId: REQUEST.id,
                lastModifiedDate: REQUEST.lastModifiedDate
            });
        });

        it('closes the form once the save went through', async () => {
            const element = await createFocusRequest({ canPrepare: true, request: REQUEST });
            find(element, '.edit')?.click();
            await flushPromises();
            await typeAndSave(element, 'Pricing approval');

            element.saveSucceeded('focusRequest');
            await flushPromises();

            expect(find(element, '.focus-input')).toBeNull();
            expect(find(element, '.edit')).not.toBeNull();
        });

        it('keeps the text after a refusal, says why and moves the focus to the reason', async () => {
            const element = await createFocusRequest({ canPrepare: true });
            await typeAndSave(element, 'Getting past procurement.');

            element.saveFailed('focusRequest', 'Only the seller can request a review.');
            await flushPromises();

            const error = find(element, '.error');
            expect(error?.textContent?.trim()).toBe('Only the seller can request a review.');
            expect(element.shadowRoot?.activeElement).toBe(error);
            expect(prop(find(element, '.focus-input'), 'value')).toBe('Getting past procurement.');
            expect(prop(find(element, '.save'), 'disabled')).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('ignores the outcome of another form', async () => {
            const element = await createFocusRequest({ canPrepare: true });
            await typeAndSave(element, 'Getting past procurement.');

            element.saveFailed('intent', 'Not this one.');
            await flushPromises();

            expect(find(element, '.error')).toBeNull();
        });
    });

    describe('as a manager', () => {
        it('reads whose focus it is, and that starting a review carries it', async () => {
            const element = await createFocusRequest({
                canPrepare: false,
                canStartReview: true,
                request: REQUEST
            });

            expect(find(element, '.heading')?.textContent).toBe(
                'c.Coaching_FocusRequest_OthersHeading'
            );
            expect(find(element, '.focus')?.textContent).toBe(REQUEST.sellerFocus);
            expect(find(element, '.manager-hint')).not.toBeNull();
            expect(find(element, '.edit')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('gives a viewer the focus without the hint', async () => {
            const element = await createFocusRequest({ canPrepare: false, request: REQUEST });

            expect(find(element, '.focus')?.textContent).toBe(REQUEST.sellerFocus);
            expect(find(element, '.manager-hint')).toBeNull();
        });
    });
});
