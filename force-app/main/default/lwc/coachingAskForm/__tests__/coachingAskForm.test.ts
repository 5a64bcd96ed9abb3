import CoachingAskForm from 'c/coachingAskForm';
import {
    change,
    cleanUp,
    find,
    findAll,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';

interface AskElement extends HTMLElement {
    reviewId: string;
    isClosed: boolean;
    forSeller: boolean;
    rewording: boolean;
    value: string;
}

type Reply = { saved(): void; failed(message: string, isStale: boolean): void };

function createForm(isClosed = false) {
    const element = mount<AskElement>('c-coaching-ask-form', CoachingAskForm, {
        reviewId: 'a01000000000002AAA',
        isClosed
    });
    const handler = jest.fn();
    element.addEventListener('askquestion', handler);
    return { element, handler };
}

async function type(element: HTMLElement, text: string): Promise<void> {
    change(find(element, '.ask-input'), text);
    await flushPromises();
}

describe('c-coaching-ask-form', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('says how the question reads as the manager types, and sends it with its kind', async () => {
            const { element, handler } = createForm();
            await flushPromises();
            expect(find(element, '.live-kind')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_ReadsAsEmpty'
            );

            await type(element, 'Who else will the CFO ask before she decides?');
            expect(find(element, '.live-kind')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_ReadsAsOpenQuestion'
            );
            find(element, '.ask-save')?.click();

            expect(handler.mock.calls[0][0].detail).toMatchObject({
                reviewId: 'a01000000000002AAA',
                text: 'Who else will the CFO ask before she decides?',
                kind: 'open-question'
            });
            (handler.mock.calls[0][0].detail.reply as Reply).saved();
            await flushPromises();
            expect(prop(find(element, '.ask-input'), 'value')).toBe('');
            await expect(element).toBeAccessible();
        });

        it('saves a directive only after a second press, its warning beside the button', async () => {
            const { element, handler } = createForm();
            await flushPromises();
            await type(element, 'Send the pricing to procurement today.');

            find(element, '.ask-save')?.click();
            await flushPromises();

            expect(handler).not.toHaveBeenCalled();
            const warning = find(element, '.directive-confirm');
            expect(warning?.querySelector('lightning-icon')).not.toBeNull();
            expect(warning?.querySelector('.directive-note')?.textContent).toBe(
                'c.Coaching_Questions_DirectiveNote'
            );
            const confirm = warning?.querySelector('.ask-save');
            expect(prop(confirm, 'label')).toBe('c.Coaching_Questions_SaveDirectiveAnyway');
            (confirm as HTMLElement).click();
            expect(handler.mock.calls[0][0].detail.kind).toBe('directive');
            await expect(element).toBeAccessible();
        });

        it('offers rephrasings that replace the text', async () => {
            const { element } = createForm();
            await flushPromises();
            await type(element, 'Send the pricing to procurement today.');

            const rephrasings = findAll(element, '.rephrasing');
            expect(rephrasings.length).toBeGreaterThan(0);
            const first = prop<string>(rephrasings[0], 'label');
            rephrasings[0].click();
            await flushPromises();

            expect(prop(find(element, '.ask-input'), 'value')).toBe(first);
        });
    });

    describe('error', () => {
        it('keeps the question and says why when the save fails', async () => {
            const { element, handler } = createForm();
            await flushPromises();
            await type(element, 'What would change her mind?');
            find(element, '.ask-save')?.click();

            (handler.mock.calls[0][0].detail.reply as Reply).failed('Review closed', false);
            await flushPromises();

            expect(prop(find(element, '.ask-input'), 'value')).toBe('What would change her mind?');
            expect(find(element, '.ask-error')?.textContent).toContain('Review closed');
        });

        it('keeps the question to copy once the review shows closed, and saves nothing', async () => {
            const { element, handler } = createForm();
            await flushPromises();
            await type(element, 'What would change her mind?');
            element.isClosed = true;
            await flushPromises();

            expect(find(element, '.ask-closed')?.textContent).toContain(
                'c.Coaching_Questions_AskClosed'
            );
            expect(prop(find(element, '.ask-save'), 'disabled')).toBe(true);
            find(element, '.ask-save')?.click();
            expect(handler).not.toHaveBeenCalled();
            await expect(element).toBeAccessible();
        });
    });

    describe('the seller asking their reviewer', () => {
        function createSellerForm() {
            const element = mount<AskElement>('c-coaching-ask-form', CoachingAskForm, {
                reviewId: 'a01000000000002AAA',
                forSeller: true
            });
            const handler = jest.fn();
            element.addEventListener('askquestion', handler);
            return { element, handler };
        }

        it('reads nothing back to the seller and never asks them to confirm', async () => {
            const { element, handler } = createSellerForm();
            await flushPromises();
            expect(find(element, '.sub-heading')?.textContent).toBe(
                'c.Coaching_Questions_AskSellerHeading'
            );

            await type(element, 'Call the CFO with me this week.');
            expect(find(element, '.live-kind')).toBeNull();
            expect(find(element, '.rephrasings')).toBeNull();
            find(element, '.ask-save')?.click();

            expect(find(element, '.directive-confirm')).toBeNull();
            expect(handler.mock.calls[0][0].detail).toMatchObject({
                text: 'Call the CFO with me this week.',
                askedBySeller: true
            });
            await expect(element).toBeAccessible();
        });

        it('sends an idea as an idea, however it is worded', async () => {
            const { element, handler } = createSellerForm();
            await flushPromises();

            find(element, '.seller-ask')?.dispatchEvent(
                new CustomEvent('change', { detail: { value: 'idea' } })
            );
            await type(element, 'We could run the pilot in Rotterdam.');
            find(element, '.ask-save')?.click();

            expect(handler.mock.calls[0][0].detail).toMatchObject({
                kind: 'suggestion',
                askedBySeller: true
            });
        });

        it('keeps the text when the save is refused and moves focus to why', async () => {
            const { element, handler } = createSellerForm();
            await flushPromises();
            await type(element, 'Can you join Tuesday?');
            find(element, '.ask-save')?.click();

            (handler.mock.calls[0][0].detail.reply as Reply).failed('Not yours to ask', false);
            await flushPromises();

            expect(prop(find(element, '.ask-input'), 'value')).toBe('Can you join Tuesday?');
            expect(element.shadowRoot?.activeElement).toBe(find(element, '.ask-error'));
        });
    });

    describe('rewording', () => {
        it('opens with the question, and Cancel or Escape leave it', async () => {
            const element = mount<AskElement>('c-coaching-ask-form', CoachingAskForm, {
                reviewId: 'a01000000000002AAA',
                rewording: true,
                value: 'Is legal already reviewing the MSA?'
            });
            const cancel = jest.fn();
            element.addEventListener('cancel', cancel);
            await flushPromises();

            expect(find(element, '.sub-heading')).toBeNull();
            expect(prop(find(element, '.ask-input'), 'value')).toBe(
                'Is legal already reviewing the MSA?'
            );
            expect(find(element, '.live-kind')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_ReadsAsClosedQuestion'
            );
            expect(prop(find(element, '.ask-save'), 'label')).toBe(
                'c.Coaching_Questions_RewordSave'
            );
            find(element, '.ask-cancel')?.click();
            find(element, '.ask-form')?.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape' })
            );
            expect(cancel).toHaveBeenCalledTimes(2);
            await expect(element).toBeAccessible();
        });
    });
});
