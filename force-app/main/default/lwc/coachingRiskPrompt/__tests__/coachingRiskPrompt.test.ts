import CoachingRiskPrompt from 'c/coachingRiskPrompt';
import type { RiskQuestion } from 'c/coachingRiskPrompt';
import {
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';

interface PromptElement extends HTMLElement {
    signalText: string;
    question: string;
    reviewId?: string;
    asked(): void;
}

const QUESTION = 'What would need to happen for this deal to move to its next stage?';

function createPrompt(reviewId?: string): PromptElement {
    return mount<PromptElement>('c-coaching-risk-prompt', CoachingRiskPrompt, {
        signalText: 'No stage change in 40 days',
        question: QUESTION,
        reviewId
    });
}

async function open(element: PromptElement): Promise<void> {
    find(element, 'lightning-button.open')?.click();
    await flushPromises();
}

describe('c-coaching-risk-prompt', () => {
    afterEach(cleanUp);

    describe('closed', () => {
        it('names the risk and offers its question', async () => {
            const element = createPrompt('a01000000000003AAA');
            await flushPromises();

            expect(find(element, '.signal-text')?.textContent).toBe('No stage change in 40 days');
            expect(prop(find(element, 'lightning-button.open'), 'title')).toBe(QUESTION);
            expect(find(element, '.needs-review')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says a review must be open before asking', async () => {
            const element = createPrompt();
            await flushPromises();

            expect(prop(find(element, 'lightning-button.open'), 'disabled')).toBe(true);
            expect(find(element, '.needs-review')?.textContent).toBe(
                'c.Coaching_Pipeline_PromptNeedsReview'
            );
        });
    });

    describe('editing', () => {
        it('shows the live question to edit, then asks what the manager wrote', async () => {
            const element = createPrompt('a01000000000003AAA');
            const asked = jest.fn();
            element.addEventListener('ask', (event) =>
                asked((event as CustomEvent<RiskQuestion>).detail)
            );
            await open(element);

            const textarea = find(element, 'lightning-textarea');
            expect(prop(textarea, 'value')).toBe(QUESTION);
            textarea?.dispatchEvent(
                new CustomEvent('change', {
                    detail: { value: '  What is blocking the next stage?  ' }
                })
            );
            find(element, 'lightning-button.ask')?.click();
            await flushPromises();

            expect(asked).toHaveBeenCalledWith({
                text: 'What is blocking the next stage?',
                reviewId: 'a01000000000003AAA'
            });
            // The editor stays open until the page says the question was saved.
            expect(find(element, 'lightning-textarea')).not.toBeNull();
            element.asked();
            await flushPromises();
            expect(find(element, 'lightning-textarea')).toBeNull();
        });

        it('refuses an empty question with a message, asking nothing', async () => {
            const element = createPrompt('a01000000000003AAA');
            const asked = jest.fn();
            element.addEventListener('ask', asked);
            await open(element);
            find(element, 'lightning-textarea')?.dispatchEvent(
                new CustomEvent('change', { detail: { value: '   ' } })
            );
            find(element, 'lightning-button.ask')?.click();
            await flushPromises();

            expect(asked).not.toHaveBeenCalled();
            expect(find(element, '.error')?.textContent).toBe('c.Coaching_Pipeline_PromptEmpty');
            await expect(element).toBeAccessible();
        });

        it('closes without asking on cancel', async () => {
            const element = createPrompt('a01000000000003AAA');
            await open(element);
            find(element, 'lightning-button.cancel')?.click();
            await flushPromises();

            expect(find(element, 'lightning-textarea')).toBeNull();
        });
    });
});
