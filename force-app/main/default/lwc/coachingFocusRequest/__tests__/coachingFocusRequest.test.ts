import CoachingFocusRequest from 'c/coachingFocusRequest';
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

/** The seller's text box, inside the focus form. */
function focusInput(element: HTMLElement): HTMLElement | null {
    return find(element, '.focus-form', 'lightning-textarea');
}

function saveButton(element: HTMLElement): HTMLElement | null {
    return find(element, '.focus-form', '.save');
}

async function typeAndSave(element: HTMLElement, text: string): Promise<void> {
    await saveTextForm(find(element, '.focus-form'), text);
}

describe('c-coaching-focus-request', () => {
    afterEach(cleanUp);

    describe('empty', () => {
        it('asks the seller where they would like help, with Save disabled until they type', async () => {
            const element = await createFocusRequest({ canPrepare: true });

            expect(find(element, '.heading')?.textContent).toBe('c.Coaching_FocusRequest_Heading');
            expect(prop(saveButton(element), 'disabled')).toBe(true);
            change(focusInput(element), '   ');
            await flushPromises();
            expect(prop(saveButton(element), 'disabled')).toBe(true);
            change(focusInput(element), 'Pricing');
            await flushPromises();
            expect(prop(saveButton(element), 'disabled')).toBe(false);
        });

        it('offers no Cancel on a first request, with nothing to go back to', async () => {
            const element = await createFocusRequest({ canPrepare: true });

            expect(find(element, '.focus-form', '.cancel')).toBeNull();
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
            expect(prop(saveButton(element), 'disabled')).toBe(true);
        });

        it('edits the focus waiting in the request, checked against its last-modified date', async () => {
            const element = await createFocusRequest({ canPrepare: true, request: REQUEST });
            const handler = jest.fn();
            element.addEventListener('savefocusrequest', handler);

            expect(find(element, '.focus')?.textContent).toBe(REQUEST.sellerFocus);
            find(element, '.edit')?.click();
            await flushPromises();
            expect(prop(focusInput(element), 'value')).toBe(REQUEST.sellerFocus);
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

            expect(find(element, '.focus-form')).toBeNull();
            expect(find(element, '.edit')).not.toBeNull();
        });

        it('cancels an edit back to the saved focus, but not while the save is in flight', async () => {
            const element = await createFocusRequest({ canPrepare: true, request: REQUEST });
            find(element, '.edit')?.click();
            await flushPromises();
            await typeAndSave(element, 'Pricing approval');

            expect(prop(find(element, '.focus-form', '.cancel'), 'disabled')).toBe(true);
            element.saveFailed('focusRequest', 'Refused.');
            await flushPromises();
            find(element, '.focus-form', '.cancel')?.click();
            await flushPromises();

            expect(find(element, '.focus-form')).toBeNull();
            expect(find(element, '.focus')?.textContent).toBe(REQUEST.sellerFocus);
        });

        it('keeps the text after a refusal, says why and moves the focus to the reason', async () => {
            const element = await createFocusRequest({ canPrepare: true });
            await typeAndSave(element, 'Getting past procurement.');

            element.saveFailed('focusRequest', 'Only the seller can request a review.');
            await flushPromises();

            const form = find(element, '.focus-form');
            const error = find(form, '.form-error');
            expect(error?.textContent?.trim()).toBe('Only the seller can request a review.');
            expect(form?.shadowRoot?.activeElement).toBe(error);
            expect(prop(focusInput(element), 'value')).toBe('Getting past procurement.');
            expect(prop(saveButton(element), 'disabled')).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('ignores the outcome of another form', async () => {
            const element = await createFocusRequest({ canPrepare: true });
            await typeAndSave(element, 'Getting past procurement.');

            element.saveFailed('intent', 'Not this one.');
            await flushPromises();

            expect(find(element, '.focus-form', '.form-error')).toBeNull();
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
