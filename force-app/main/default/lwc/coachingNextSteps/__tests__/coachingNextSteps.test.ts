import CoachingNextSteps from 'c/coachingNextSteps';
import type { NextStepView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    findAll,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import nextSteps from './data/nextSteps.json';

interface StepsElement extends HTMLElement {
    steps: NextStepView[];
    canAddStep: boolean;
    saveSucceeded(key: string): void;
    saveFailed(key: string, message: string, isStale?: boolean): void;
}

const SELLER_STEPS = nextSteps as NextStepView[];
const MANAGER_STEPS = SELLER_STEPS.map((step) => ({ ...step, canEdit: false }));
const PLANNED_STEP = SELLER_STEPS[0];
const THEIR_CHANGE = '2026-11-22T15:00:00.000Z';
const LATER_CHANGE = '2026-11-23T08:00:00.000Z';

function createSteps(steps: NextStepView[], canAddStep: boolean): StepsElement {
    return mount<StepsElement>('c-coaching-next-steps', CoachingNextSteps, { steps, canAddStep });
}

function plannedButton(element: StepsElement, selector: string): HTMLElement | null {
    return find(element, `${selector}[data-id="${PLANNED_STEP.id}"]`);
}

/** The steps as the panel passes them after a reload, with the planned step changed. */
function withPlannedStep(changes: Partial<NextStepView>): NextStepView[] {
    return SELLER_STEPS.map((step) => {
        return step.id === PLANNED_STEP.id ? { ...step, ...changes } : step;
    });
}

async function fillNewStep(element: StepsElement): Promise<void> {
    find(element, '.add')?.click();
    await flushPromises();
    change(find(element, '.action-input'), ' Ask the CFO for 30 minutes ');
    change(find(element, '.customer-value-input'), 'She sees the payback first');
    change(find(element, '.due-date-input'), '2026-12-01');
    await flushPromises();
}

describe('c-coaching-next-steps', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('lists every step with its status and why it matters', async () => {
            const element = createSteps(SELLER_STEPS, true);
            await flushPromises();

            const items = findAll(element, '.step');
            expect(items.map((item) => item.querySelector('.action')?.textContent)).toEqual(
                SELLER_STEPS.map((step) => step.action)
            );
            expect(items[0].querySelector('.status')?.textContent).toBe(
                'c.Coaching_Steps_StatusPlanned'
            );
            expect(items[0].querySelector('.customer-value')?.textContent?.trim()).toBe(
                PLANNED_STEP.customerValue
            );
            expect(findAll(element, '.adopted')).toHaveLength(1);
        });

        it('marks an overdue step', async () => {
            const element = createSteps([{ ...PLANNED_STEP, isOverdue: true }], false);
            await flushPromises();

            expect(prop(find(element, '.overdue'), 'label')).toBe('c.Coaching_Steps_Overdue');
        });

        it('says when there are no steps yet', async () => {
            const element = createSteps([], false);
            await flushPromises();

            expect(find(element, '.empty')?.textContent).toBe('c.Coaching_Steps_Empty');
        });

        it('is accessible', async () => {
            const element = createSteps(SELLER_STEPS, true);
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('as the seller', () => {
        it('offers done, drop and edit only on planned steps', async () => {
            const element = createSteps(SELLER_STEPS, true);
            await flushPromises();

            const planned = SELLER_STEPS.filter((step) => step.status === 'Planned');
            expect(findAll(element, '.done').map((button) => button.dataset.id)).toEqual(
                planned.map((step) => step.id)
            );
            expect(findAll(element, '.controls')[0].getAttribute('aria-label')).toBe(
                PLANNED_STEP.action
            );
        });

        it('sends a new step', async () => {
            const element = createSteps(SELLER_STEPS, true);
            const handler = jest.fn();
            element.addEventListener('savestep', handler);
            await fillNewStep(element);

            find(element, '.save')?.click();

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'step:new',
                action: 'Ask the CFO for 30 minutes',
                customerValue: 'She sees the payback first',
                dueDate: '2026-12-01'
            });
        });

        it('refuses a due date the box could not read, keeping the step as typed', async () => {
            const element = createSteps(SELLER_STEPS, true);
            const handler = jest.fn();
            element.addEventListener('savestep', handler);
            await fillNewStep(element);
            // Typed in a format the user's locale does not read: the box has text but no value.
            const dueInput = find(element, '.due-date-input') as HTMLElement & {
                validity: unknown;
            };
            dueInput.validity = { badInput: true, valid: false };
            change(dueInput, null as unknown as string);
            await flushPromises();

            find(element, '.save')?.click();
            await flushPromises();

            expect(handler).not.toHaveBeenCalled();
            expect(find(element, '.step-form [role="alert"]')?.textContent).toContain(
                'c.Coaching_Steps_DueDateInvalid'
            );
            expect(prop(find(element, '.action-input'), 'value')).toBe(
                ' Ask the CFO for 30 minutes '
            );
        });

        it('sends an edited step with its last-modified date', async () => {
            const element = createSteps(SELLER_STEPS, true);
            const handler = jest.fn();
            element.addEventListener('savestep', handler);
            await flushPromises();

            find(element, `.edit[data-id="${PLANNED_STEP.id}"]`)?.click();
            await flushPromises();
            expect(prop(find(element, '.action-input'), 'value')).toBe(PLANNED_STEP.action);
            change(find(element, '.due-date-input'), '');
            await flushPromises();
            find(element, '.save')?.click();

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: `step:${PLANNED_STEP.id}`,
                id: PLANNED_STEP.id,
                lastModifiedDate: PLANNED_STEP.lastModifiedDate,
                action: PLANNED_STEP.action,
                customerValue: PLANNED_STEP.customerValue,
                dueDate: undefined
            });
        });

        it.each([
            ['.done', 'Done'],
            ['.drop', 'Dropped']
        ])('sends %s as a status change', async (selector, status) => {
            const element = createSteps(SELLER_STEPS, true);
            const handler = jest.fn();
            element.addEventListener('stepstatus', handler);
            await flushPromises();

            find(element, `${selector}[data-id="${PLANNED_STEP.id}"]`)?.click();
            await flushPromises();

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: `status:${PLANNED_STEP.id}`,
                id: PLANNED_STEP.id,
                lastModifiedDate: PLANNED_STEP.lastModifiedDate,
                status
            });
            expect(prop(find(element, `.done[data-id="${PLANNED_STEP.id}"]`), 'disabled')).toBe(
                true
            );
        });

        it('closes the form once the save went through', async () => {
            const element = createSteps(SELLER_STEPS, true);
            await fillNewStep(element);
            find(element, '.save')?.click();

            element.saveSucceeded('step:new');
            await flushPromises();

            expect(find(element, '.step-form')).toBeNull();
            expect(find(element, '.add')).not.toBeNull();
        });
    });

    describe('done and drop', () => {
        it.each([
            ['.done', '.done'],
            ['.done', '.drop'],
            ['.drop', '.done']
        ])('sends one change when %s is clicked and then %s', async (first, second) => {
            const element = createSteps(SELLER_STEPS, true);
            const handler = jest.fn();
            element.addEventListener('stepstatus', handler);
            await flushPromises();

            // Both clicks land before the disabled buttons render.
            plannedButton(element, first)?.click();
            plannedButton(element, second)?.click();
            await flushPromises();

            expect(handler).toHaveBeenCalledTimes(1);
            for (const selector of ['.done', '.drop', '.edit']) {
                expect(prop(plannedButton(element, selector), 'disabled')).toBe(true);
            }
        });

        it('stays disabled after the save until the saved step arrives', async () => {
            const element = createSteps(SELLER_STEPS, true);
            await flushPromises();
            plannedButton(element, '.drop')?.click();
            await flushPromises();

            element.saveSucceeded(`status:${PLANNED_STEP.id}`);
            await flushPromises();
            expect(prop(plannedButton(element, '.done'), 'disabled')).toBe(true);

            element.steps = withPlannedStep({ lastModifiedDate: THEIR_CHANGE });
            await flushPromises();
            expect(prop(plannedButton(element, '.done'), 'disabled')).toBe(false);
        });

        it('says why next to the step when it failed, until the next attempt', async () => {
            const element = createSteps(SELLER_STEPS, true);
            const handler = jest.fn();
            element.addEventListener('stepstatus', handler);
            await flushPromises();
            plannedButton(element, '.done')?.click();

            element.saveFailed(`status:${PLANNED_STEP.id}`, 'You can only change your own steps.');
            await flushPromises();

            const item = findAll(element, '.step').find(
                (candidate) => candidate.dataset.id === PLANNED_STEP.id
            );
            expect(item?.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
                'You can only change your own steps.'
            );
            expect(findAll(element, '.status-error')).toHaveLength(1);
            expect(prop(plannedButton(element, '.done'), 'disabled')).toBe(false);
            await expect(element).toBeAccessible();

            plannedButton(element, '.drop')?.click();
            await flushPromises();
            expect(handler).toHaveBeenCalledTimes(2);
            expect(findAll(element, '.status-error')).toHaveLength(0);
        });
    });

    describe('someone else changed the step', () => {
        async function editPlannedStep(): Promise<{ element: StepsElement; handler: jest.Mock }> {
            const element = createSteps(SELLER_STEPS, true);
            const handler = jest.fn();
            element.addEventListener('savestep', handler);
            await flushPromises();
            plannedButton(element, '.edit')?.click();
            await flushPromises();
            change(find(element, '.action-input'), 'Book an hour with the CFO');
            await flushPromises();
            return { element, handler };
        }

        function sentDate(handler: jest.Mock): string | undefined {
            return (handler.mock.calls.at(-1)?.[0] as CustomEvent<{ lastModifiedDate?: string }>)
                .detail.lastModifiedDate;
        }

        async function reload(element: StepsElement, lastModifiedDate: string): Promise<void> {
            element.steps = withPlannedStep({ lastModifiedDate });
            await flushPromises();
        }

        it('saves against the step as it was when the form opened', async () => {
            const { element, handler } = await editPlannedStep();

            await reload(element, THEIR_CHANGE);
            find(element, '.save')?.click();

            expect(sentDate(handler)).toBe(PLANNED_STEP.lastModifiedDate);
        });

        it('saves against their change once a stale save showed it', async () => {
            const { element, handler } = await editPlannedStep();
            find(element, '.save')?.click();

            element.saveFailed(`step:${PLANNED_STEP.id}`, 'Someone else changed this.', true);
            await reload(element, THEIR_CHANGE);
            await reload(element, LATER_CHANGE);
            expect(prop(find(element, '.action-input'), 'value')).toBe('Book an hour with the CFO');
            find(element, '.save')?.click();

            expect(sentDate(handler)).toBe(THEIR_CHANGE);
        });

        it('keeps the date it opened with after a failure that was not stale', async () => {
            const { element, handler } = await editPlannedStep();
            find(element, '.save')?.click();

            element.saveFailed(`step:${PLANNED_STEP.id}`, 'Action is required.');
            await reload(element, THEIR_CHANGE);
            find(element, '.save')?.click();

            expect(sentDate(handler)).toBe(PLANNED_STEP.lastModifiedDate);
        });
    });

    describe('as a manager', () => {
        it('shows the steps without any control', async () => {
            const element = createSteps(MANAGER_STEPS, false);
            await flushPromises();

            expect(findAll(element, '.step')).toHaveLength(MANAGER_STEPS.length);
            expect(findAll(element, 'lightning-button')).toHaveLength(0);
        });
    });

    describe('save failed', () => {
        async function failNewStep(): Promise<StepsElement> {
            const element = createSteps(SELLER_STEPS, true);
            await fillNewStep(element);
            find(element, '.save')?.click();
            element.saveFailed('step:new', 'Action is required.');
            await flushPromises();
            return element;
        }

        it('keeps what the seller typed and says why', async () => {
            const element = await failNewStep();

            expect(prop(find(element, '.action-input'), 'value')).toBe(
                ' Ask the CFO for 30 minutes '
            );
            expect(prop(find(element, '.due-date-input'), 'value')).toBe('2026-12-01');
            expect(find(element, '.step-form .slds-text-color_error')?.textContent).toBe(
                'Action is required.'
            );
            expect(prop(find(element, '.save'), 'disabled')).toBe(false);
        });

        it('announces why the save failed', async () => {
            const element = await failNewStep();

            expect(find(element, '.step-form [role="alert"]')?.textContent?.trim()).toBe(
                'Action is required.'
            );
        });

        it('is accessible', async () => {
            const element = await failNewStep();

            await expect(element).toBeAccessible();
        });
    });
});
