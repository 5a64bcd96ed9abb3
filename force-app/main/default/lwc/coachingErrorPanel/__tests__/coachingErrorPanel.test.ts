import CoachingErrorPanel from 'c/coachingErrorPanel';
import { cleanUp, find, flushPromises, mount } from '../../../../../test/jest-utils/lwcTestUtils';

interface ErrorPanelElement extends HTMLElement {
    message: string;
    details: string[];
}

const MESSAGE = 'We could not load the coaching reviews.';
const DETAILS = ['No such column Intent__c', 'Request timed out'];

function createErrorPanel(details: string[]): ErrorPanelElement {
    return mount<ErrorPanelElement>('c-coaching-error-panel', CoachingErrorPanel, {
        message: MESSAGE,
        details
    });
}

describe('c-coaching-error-panel', () => {
    afterEach(cleanUp);

    describe('error', () => {
        it('announces the friendly message', async () => {
            const element = createErrorPanel(DETAILS);
            await flushPromises();

            expect(find(element, '[role="alert"] .message')?.textContent).toBe(MESSAGE);
        });

        it('keeps the details hidden until asked for', async () => {
            const element = createErrorPanel(DETAILS);
            await flushPromises();

            const toggle = find(element, '.toggle');
            expect(toggle?.getAttribute('aria-expanded')).toBe('false');
            expect(toggle?.textContent?.trim()).toBe('c.Coaching_Error_ShowDetails');
            expect(find(element, '.details')?.hidden).toBe(true);

            toggle?.click();
            await flushPromises();

            expect(toggle?.getAttribute('aria-expanded')).toBe('true');
            expect(toggle?.textContent?.trim()).toBe('c.Coaching_Error_HideDetails');
            expect(find(element, '.details')?.hidden).toBe(false);
            expect(
                Array.from(find(element, '.details')?.querySelectorAll('li') ?? []).map(
                    (item) => item.textContent
                )
            ).toEqual(DETAILS);
        });

        it('offers no details button when there are none', async () => {
            const element = createErrorPanel([]);
            await flushPromises();

            expect(find(element, '.toggle')).toBeNull();
        });

        it('is accessible with the details open', async () => {
            const element = createErrorPanel(DETAILS);
            await flushPromises();
            find(element, '.toggle')?.click();
            await flushPromises();

            await expect(element).toBeAccessible();
        });

        it('is accessible with the details closed', async () => {
            const element = createErrorPanel(DETAILS);
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });
});
