import CoachingRowActions from 'c/coachingRowActions';
import type { RowAction } from 'c/coachingRowActions';
import {
    cleanUp,
    find,
    findAll,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';

interface RowActionsElement extends HTMLElement {
    actions: RowAction[];
    groupLabel: string;
    disabled: boolean;
    focusAction(name?: string): boolean;
}

const ACTIONS: RowAction[] = [
    { name: 'adopt', label: 'Adopt' },
    { name: 'set-aside', label: 'Set aside' }
];

function createRow(disabled = false): RowActionsElement {
    return mount<RowActionsElement>('c-coaching-row-actions', CoachingRowActions, {
        actions: ACTIONS,
        groupLabel: 'What if we met their architect?',
        disabled
    });
}

describe('c-coaching-row-actions', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('names the group after the item and gives equal choices equal weight', async () => {
            const element = createRow();
            await flushPromises();

            expect(find(element, '[role="group"]')?.getAttribute('aria-label')).toBe(
                'What if we met their architect?'
            );
            const buttons = findAll(element, 'lightning-button');
            expect(buttons.map((button) => prop(button, 'label'))).toEqual(['Adopt', 'Set aside']);
            expect(buttons.map((button) => prop(button, 'variant'))).toEqual([
                'neutral',
                'neutral'
            ]);
            await expect(element).toBeAccessible();
        });

        it('sends the pressed button', async () => {
            const element = createRow();
            const handler = jest.fn();
            element.addEventListener('action', handler);
            await flushPromises();

            find(element, '.set-aside')?.click();

            expect(handler.mock.calls[0][0].detail).toEqual({ name: 'set-aside' });
        });

        it('moves focus to a button on request', async () => {
            const element = createRow();
            await flushPromises();

            expect(element.focusAction('set-aside')).toBe(true);
            expect(element.focusAction('missing')).toBe(false);
        });
    });

    describe('saving', () => {
        it('disables every button and sends nothing', async () => {
            const element = createRow(true);
            const handler = jest.fn();
            element.addEventListener('action', handler);
            await flushPromises();

            expect(findAll(element, 'lightning-button').every((b) => prop(b, 'disabled'))).toBe(
                true
            );
            find(element, '.adopt')?.click();
            expect(handler).not.toHaveBeenCalled();
        });
    });
});
