import CoachingStepForm from 'c/coachingStepForm';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';

interface FormElement extends HTMLElement {
    heading: string;
    action: string;
    dueDate: string;
    saving: boolean;
    errorMessage?: string;
}

function createForm(properties: Partial<FormElement> = {}) {
    const element = mount<FormElement>('c-coaching-step-form', CoachingStepForm, {
        heading: 'New next step',
        ...properties
    });
    const save = jest.fn();
    const cancel = jest.fn();
    element.addEventListener('save', save);
    element.addEventListener('cancel', cancel);
    return { element, save, cancel };
}

describe('c-coaching-step-form', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('sends the step as typed, trimmed, with the date the box gives', async () => {
            const { element, save } = createForm();
            await flushPromises();
            change(find(element, '.action-input'), ' Ask the CFO for 30 minutes ');
            change(find(element, '.customer-value-input'), 'She sees the payback first');
            change(find(element, '.due-date-input'), '2026-12-10');
            await flushPromises();

            find(element, '.save')?.click();

            expect(save.mock.calls[0][0].detail).toEqual({
                action: 'Ask the CFO for 30 minutes',
                customerValue: 'She sees the payback first',
                dueDate: '2026-12-10'
            });
            await expect(element).toBeAccessible();
        });

        it('opens with the values it is given, the action cut to what the field holds', async () => {
            const { element } = createForm({ action: 'x'.repeat(300), dueDate: '2026-12-05' });
            await flushPromises();

            expect(prop<string>(find(element, '.action-input'), 'value')).toHaveLength(255);
            expect(prop(find(element, '.due-date-input'), 'value')).toBe('2026-12-05');
        });

        it('refuses a due date the box could not read, keeping the step as typed', async () => {
            const { element, save } = createForm();
            await flushPromises();
            change(find(element, '.action-input'), 'Ask the CFO');
            // Typed in a format the user's locale does not read: the box has text but no value.
            const dueInput = find(element, '.due-date-input') as HTMLElement & {
                validity: unknown;
            };
            dueInput.validity = { badInput: true, valid: false };
            change(dueInput, null as unknown as string);
            await flushPromises();

            find(element, '.save')?.click();
            await flushPromises();

            expect(save).not.toHaveBeenCalled();
            expect(find(element, '[role="alert"]')?.textContent).toContain(
                'c.Coaching_Steps_DueDateInvalid'
            );
            expect(prop(find(element, '.action-input'), 'value')).toBe('Ask the CFO');
            await expect(element).toBeAccessible();
        });

        it('cancels on Escape', async () => {
            const { element, cancel } = createForm();
            await flushPromises();

            find(element, '.step-form')?.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })
            );

            expect(cancel).toHaveBeenCalledTimes(1);
        });
    });

    describe('saving and error', () => {
        it('disables Save while saving and shows why the last save failed', async () => {
            const { element } = createForm({ action: 'Ask', saving: true, errorMessage: 'Nope' });
            await flushPromises();

            expect(prop(find(element, '.save'), 'disabled')).toBe(true);
            expect(find(element, '.form-error')?.textContent).toContain('Nope');
        });
    });
});
