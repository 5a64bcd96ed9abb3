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
    viewerIsOwner: boolean;
}

type Reply = { saved(): void; failed(message: string, isStale: boolean): void };

const SELLER_STEPS = nextSteps as NextStepView[];

function createSteps(canAddStep: boolean, steps: NextStepView[] = SELLER_STEPS): StepsElement {
    return mount<StepsElement>('c-coaching-next-steps', CoachingNextSteps, {
        steps,
        canAddStep,
        viewerIsOwner: canAddStep
    });
}

describe('c-coaching-next-steps', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('lists every step as an item, with counts and who owns them', async () => {
            const element = createSteps(true);
            await flushPromises();

            const items = findAll(element, 'c-coaching-next-step-item');
            expect(items.map((item) => prop<NextStepView>(item, 'step').id)).toEqual(
                SELLER_STEPS.map((step) => step.id)
            );
            expect(find(element, '.ownership')?.textContent).toBe('c.Coaching_Steps_OwnedByMe');
            expect(find(element, '.count')?.textContent).toBe('c.Coaching_Steps_Count');
            await expect(element).toBeAccessible();
        });

        it('speaks of the seller to anyone else, and offers them no add button', async () => {
            const element = createSteps(false);
            await flushPromises();

            expect(find(element, '.ownership')?.textContent).toBe('c.Coaching_Steps_OwnedBySeller');
            expect(find(element, '.add')).toBeNull();
        });

        it('collapses and expands the section', async () => {
            const element = createSteps(true);
            await flushPromises();
            const toggle = find(element, '.toggle') as HTMLElement;
            expect(toggle.getAttribute('aria-expanded')).toBe('true');

            toggle.click();
            await flushPromises();

            expect(toggle.getAttribute('aria-expanded')).toBe('false');
            expect(find(element, '.section-body')?.hidden).toBe(true);
        });

        it('passes an item event on to the panel with its reply', async () => {
            const element = createSteps(true);
            const handler = jest.fn();
            element.addEventListener('stepstatus', handler);
            await flushPromises();
            const detail = { id: 'x', status: 'Done' };

            find(element, 'c-coaching-next-step-item')?.dispatchEvent(
                new CustomEvent('stepstatus', { detail })
            );

            expect(handler.mock.calls[0][0].detail).toBe(detail);
        });
    });

    describe('empty', () => {
        it('says there are no steps yet', async () => {
            const element = createSteps(true, []);
            await flushPromises();

            expect(find(element, '.empty')?.textContent).toBe('c.Coaching_Steps_Empty');
        });
    });

    describe('adding', () => {
        it('sends a new step and closes the form once saved', async () => {
            const element = createSteps(true);
            const handler = jest.fn();
            element.addEventListener('addstep', handler);
            await flushPromises();
            find(element, '.add')?.click();
            await flushPromises();
            const form = find(element, 'c-coaching-step-form');
            change(find(form, '.action-input'), 'Ask the CFO for 30 minutes');
            await flushPromises();

            find(form, '.save')?.click();
            const detail = handler.mock.calls[0][0].detail;
            expect(detail).toMatchObject({ action: 'Ask the CFO for 30 minutes' });
            (detail.reply as Reply).saved();
            await flushPromises();

            expect(find(element, 'c-coaching-step-form')).toBeNull();
            expect(find(element, '.add')).not.toBeNull();
        });

        it('keeps a new step and says why when its save fails', async () => {
            const element = createSteps(true);
            const handler = jest.fn();
            element.addEventListener('addstep', handler);
            await flushPromises();
            find(element, '.add')?.click();
            await flushPromises();
            const form = find(element, 'c-coaching-step-form');
            change(find(form, '.action-input'), 'Ask the CFO');
            await flushPromises();
            find(form, '.save')?.click();

            (handler.mock.calls[0][0].detail.reply as Reply).failed('No access', false);
            await flushPromises();

            expect(prop(find(form, '.action-input'), 'value')).toBe('Ask the CFO');
            expect(find(form, '.form-error')?.textContent).toContain('No access');
            await expect(element).toBeAccessible();
        });
    });
});
