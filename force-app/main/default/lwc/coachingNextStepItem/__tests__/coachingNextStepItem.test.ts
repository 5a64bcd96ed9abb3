import CoachingNextStepItem from 'c/coachingNextStepItem';
import type { NextStepView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import nextSteps from './data/nextSteps.json';

interface StepItemElement extends HTMLElement {
    step: NextStepView;
}

type Reply = { saved(): void; failed(message: string, isStale: boolean): void };

const PLANNED = nextSteps[0] as NextStepView;
const THEIR_CHANGE = '2026-11-22T15:00:00.000Z';

function createItem(step: NextStepView) {
    const element = mount<StepItemElement>('c-coaching-next-step-item', CoachingNextStepItem, {
        step
    });
    const events: { type: string; detail: Record<string, unknown> }[] = [];
    for (const type of ['savestep', 'stepstatus']) {
        element.addEventListener(type, (event) => {
            events.push({ type, detail: (event as CustomEvent).detail });
        });
    }
    return { element, events };
}

function press(element: HTMLElement, name: string): void {
    find(element, 'c-coaching-row-actions', `lightning-button[data-name="${name}"]`)?.click();
}

describe('c-coaching-next-step-item', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('shows the step with its due date and status, and the seller its actions', async () => {
            const { element } = createItem(PLANNED);
            await flushPromises();

            expect(find(element, '.action')?.textContent).toBe(PLANNED.action);
            expect(find(element, '.customer-value')?.textContent).toBe(PLANNED.customerValue);
            expect(find(element, '.status')?.textContent).toBe('c.Coaching_Steps_StatusPlanned');
            expect(prop(find(element, 'c-coaching-row-actions'), 'groupLabel')).toBe(
                PLANNED.action
            );
            await expect(element).toBeAccessible();
        });

        it('shows no actions to anyone but the seller', async () => {
            const { element } = createItem({ ...PLANNED, canEdit: false });
            await flushPromises();

            expect(find(element, 'c-coaching-row-actions')).toBeNull();
        });
    });

    describe('actions', () => {
        it.each([
            ['done', 'Done'],
            ['drop', 'Dropped']
        ])('sends %s, busy until the saved step shows', async (name, status) => {
            const { element, events } = createItem(PLANNED);
            await flushPromises();

            press(element, name);
            await flushPromises();

            expect(events[0]).toMatchObject({
                type: 'stepstatus',
                detail: { id: PLANNED.id, lastModifiedDate: PLANNED.lastModifiedDate, status }
            });
            expect(prop(find(element, 'c-coaching-row-actions'), 'disabled')).toBe(true);
            (events[0].detail.reply as Reply).saved();
            element.step = { ...PLANNED, status: status as NextStepView['status'] };
            await flushPromises();
            expect(find(element, 'c-coaching-row-actions')).toBeNull();
        });

        it('says next to the step why marking it done failed', async () => {
            const { element, events } = createItem(PLANNED);
            await flushPromises();
            press(element, 'done');
            (events[0].detail.reply as Reply).failed('No access', false);
            await flushPromises();

            expect(find(element, '.status-error')?.textContent).toContain('No access');
            expect(prop(find(element, 'c-coaching-row-actions'), 'disabled')).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('edits the step against its date when the form opened, keeping it when refused', async () => {
            const { element, events } = createItem(PLANNED);
            await flushPromises();
            press(element, 'edit');
            await flushPromises();
            const form = find(element, 'c-coaching-step-form');
            change(find(form, '.action-input'), 'Book an hour with the CFO');
            change(find(form, '.due-date-input'), '');
            await flushPromises();
            find(form, '.save')?.click();

            expect(events[0]).toMatchObject({
                type: 'savestep',
                detail: {
                    id: PLANNED.id,
                    lastModifiedDate: PLANNED.lastModifiedDate,
                    action: 'Book an hour with the CFO',
                    dueDate: undefined
                }
            });
            (events[0].detail.reply as Reply).failed('Someone changed this', true);
            element.step = { ...PLANNED, lastModifiedDate: THEIR_CHANGE };
            await flushPromises();

            const kept = find(element, 'c-coaching-step-form');
            expect(prop(find(kept, '.action-input'), 'value')).toBe('Book an hour with the CFO');
            expect(find(kept, '.form-error')?.textContent).toContain('Someone changed this');
            find(kept, '.save')?.click();
            expect(events[1].detail.lastModifiedDate).toBe(THEIR_CHANGE);
        });

        it('closes the form on save or cancel', async () => {
            const { element, events } = createItem(PLANNED);
            await flushPromises();
            press(element, 'edit');
            await flushPromises();
            find(element, 'c-coaching-step-form', '.save')?.click();
            (events[0].detail.reply as Reply).saved();
            await flushPromises();
            expect(find(element, 'c-coaching-step-form')).toBeNull();

            press(element, 'edit');
            await flushPromises();
            find(element, 'c-coaching-step-form', '.cancel')?.click();
            await flushPromises();
            expect(find(element, 'c-coaching-step-form')).toBeNull();
        });
    });
});
