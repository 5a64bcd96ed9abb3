import { createElement } from 'lwc';
import CoachingTextForm from 'c/coachingTextForm';

interface TextFormElement extends HTMLElement {
    label: string;
    value: string;
    saveLabel: string;
    cancelLabel?: string;
    saving: boolean;
    errorMessage?: string;
}

function createTextForm(props: Partial<TextFormElement> = {}): TextFormElement {
    const element = createElement('c-coaching-text-form', {
        is: CoachingTextForm
    }) as TextFormElement;
    Object.assign(element, { label: 'Intent', saveLabel: 'Save', ...props });
    document.body.appendChild(element);
    return element;
}

function flushPromises(): Promise<void> {
    return new Promise((resolve) => process.nextTick(resolve));
}

function find(element: HTMLElement, selector: string): HTMLElement | null {
    return element.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

function prop<T>(element: Element | null, name: string): T {
    return (element as unknown as Record<string, T>)[name];
}

async function type(element: HTMLElement, text: string): Promise<void> {
    find(element, 'lightning-textarea')?.dispatchEvent(
        new CustomEvent('change', { detail: { value: text } })
    );
    await flushPromises();
}

describe('c-coaching-text-form', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

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

        it('is accessible', async () => {
            const element = createTextForm({ errorMessage: 'Failed.' });
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });
});
