import CoachingTextForm from 'c/coachingTextForm';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';

interface TextFormElement extends HTMLElement {
    label: string;
    value: string;
    saveLabel: string;
    cancelLabel?: string;
    saving: boolean;
    errorMessage?: string;
    optional: boolean;
    focusError(): void;
}

function createTextForm(props: Partial<TextFormElement> = {}): TextFormElement {
    return mount<TextFormElement>('c-coaching-text-form', CoachingTextForm, {
        label: 'Intent',
        saveLabel: 'Save',
        ...props
    });
}

async function type(element: HTMLElement, text: string): Promise<void> {
    change(find(element, 'lightning-textarea'), text);
    await flushPromises();
}

describe('c-coaching-text-form', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('opens with the current text and a labelled box', async () => {
            const element = createTextForm({ value: 'First intent' });
            await flushPromises();

            const textarea = find(element, 'lightning-textarea');
            expect(prop(textarea, 'label')).toBe('Intent');
            expect(prop(textarea, 'value')).toBe('First intent');
        });

        it('sends the trimmed text', async () => {
            const element = createTextForm();
            const handler = jest.fn();
            element.addEventListener('save', handler);
            await flushPromises();

            expect(prop(find(element, '.save'), 'disabled')).toBe(true);
            await type(element, '  A better intent  ');
            find(element, '.save')?.click();

            expect(handler.mock.calls[0][0].detail).toEqual({ text: 'A better intent' });
        });

        it('tells its parent of every change to the draft', async () => {
            const element = createTextForm();
            const handler = jest.fn();
            element.addEventListener('draftchange', handler);
            await flushPromises();

            await type(element, 'Push the champion');
            await type(element, 'Push the champion harder');

            expect(handler.mock.calls.map((call) => call[0].detail)).toEqual([
                { text: 'Push the champion' },
                { text: 'Push the champion harder' }
            ]);
        });

        it('has a Cancel button only when it has a label', async () => {
            const withoutCancel = createTextForm();
            const withCancel = createTextForm({ cancelLabel: 'Cancel' });
            const handler = jest.fn();
            withCancel.addEventListener('cancel', handler);
            await flushPromises();

            expect(find(withoutCancel, '.cancel')).toBeNull();
            find(withCancel, '.cancel')?.click();
            expect(handler).toHaveBeenCalledTimes(1);
        });

        it('disables Save while saving', async () => {
            const element = createTextForm({ value: 'Text', saving: true });
            await flushPromises();

            expect(prop(find(element, '.save'), 'disabled')).toBe(true);
        });

        it('disables Cancel while saving, and enables it again when the save ends', async () => {
            const element = createTextForm({ value: 'Text', cancelLabel: 'Cancel', saving: true });
            await flushPromises();

            expect(prop(find(element, '.cancel'), 'disabled')).toBe(true);

            element.saving = false;
            element.errorMessage = 'Failed.';
            await flushPromises();

            expect(prop(find(element, '.cancel'), 'disabled')).toBe(false);
            expect(prop(find(element, 'lightning-textarea'), 'value')).toBe('Text');
        });

        it('is accessible', async () => {
            const element = createTextForm({ value: 'Text', cancelLabel: 'Cancel' });
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('save failed', () => {
        it('keeps the draft when its parent hands it new text', async () => {
            const element = createTextForm({ value: 'Server text' });
            await flushPromises();
            await type(element, 'My draft');

            element.errorMessage = 'Someone else changed this.';
            element.value = 'Their newer text';
            await flushPromises();

            expect(prop(find(element, 'lightning-textarea'), 'value')).toBe('My draft');
            expect(find(element, '.slds-text-color_error')?.textContent).toBe(
                'Someone else changed this.'
            );
        });

        it('announces why the save failed', async () => {
            const element = createTextForm({ errorMessage: 'Failed.' });
            await flushPromises();

            expect(find(element, '[role="alert"]')?.textContent?.trim()).toBe('Failed.');
        });

        it('is accessible', async () => {
            const element = createTextForm({ errorMessage: 'Failed.' });
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('an optional note', () => {
        it('may be saved empty, and shows focus on why a save failed', async () => {
            const element = createTextForm({ optional: true });
            const handler = jest.fn();
            element.addEventListener('save', handler);
            await flushPromises();

            expect(prop(find(element, '.save'), 'disabled')).toBe(false);
            find(element, '.save')?.click();
            expect(handler.mock.calls[0][0].detail).toEqual({ text: '' });

            element.errorMessage = 'Refused';
            await flushPromises();
            element.focusError();
            expect(element.shadowRoot?.activeElement).toBe(find(element, '.form-error'));
            await expect(element).toBeAccessible();
        });
    });
});
