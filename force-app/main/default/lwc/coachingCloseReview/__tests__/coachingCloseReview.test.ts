import CoachingCloseReview from 'c/coachingCloseReview';
import type { CloseProgress, UnansweredChoice } from 'c/coachingCloseReview';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';

// The warning's text matters here, so its labels get their real values.
jest.mock(
    '@salesforce/label/c.Coaching_CloseReview_UnansweredOne',
    () => ({ default: "{0} question still waits for {1}'s answer." }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Coaching_CloseReview_UnansweredMany',
    () => ({ default: "{0} questions still wait for {1}'s answer." }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Coaching_CloseReview_KeepOpen',
    () => ({ default: 'Keep them open for {0} to answer' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Coaching_CloseReview_KeepOpenOne',
    () => ({ default: 'Keep it open for {0} to answer' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Coaching_CloseReview_Progress',
    () => ({ default: 'Marking questions no answer needed: {0} of {1}' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Coaching_CloseReview_ProgressOne',
    () => ({ default: 'Marking the question no answer needed: {0} of {1}' }),
    { virtual: true }
);

interface CloseReviewElement extends HTMLElement {
    unansweredCount: number;
    sellerName: string;
    progress?: CloseProgress;
    readonly choice?: UnansweredChoice;
    reportValidity(): boolean;
}

async function createCloseReview(
    properties: Partial<CloseReviewElement>
): Promise<CloseReviewElement> {
    const element = mount<CloseReviewElement>('c-coaching-close-review', CoachingCloseReview, {
        sellerName: 'Sam Carter',
        ...properties
    });
    await flushPromises();
    return element;
}

describe('c-coaching-close-review', () => {
    afterEach(cleanUp);

    describe('nothing unanswered', () => {
        it('asks nothing and lets the review close', async () => {
            const element = await createCloseReview({ unansweredCount: 0 });

            expect(find(element, '.unanswered')).toBeNull();
            expect(element.reportValidity()).toBe(true);
            expect(element.choice).toBeUndefined();
        });
    });

    describe('unanswered questions', () => {
        it.each([
            [1, "1 question still waits for Sam Carter's answer."],
            [3, "3 questions still wait for Sam Carter's answer."]
        ])('warns of %i with the seller named', async (count, warning) => {
            const element = await createCloseReview({ unansweredCount: count });

            expect(find(element, '.warning')?.textContent).toBe(warning);
        });

        it('offers the two choices, naming the seller, with none chosen', async () => {
            const element = await createCloseReview({ unansweredCount: 2 });
            const group = find(element, '.choice');

            expect(prop(group, 'options')).toEqual([
                { label: 'Keep them open for Sam Carter to answer', value: 'keepOpen' },
                { label: 'c.Coaching_CloseReview_NoAnswerNeeded', value: 'noAnswerNeeded' }
            ]);
            expect(prop(group, 'label')).toBe('c.Coaching_CloseReview_ChoiceLabel');
            expect(prop(group, 'value')).toBeUndefined();
            expect(prop(group, 'required')).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('speaks of one question as "it", in the choice and in the refusal', async () => {
            const element = await createCloseReview({ unansweredCount: 1 });
            const group = find(element, '.choice');

            expect(prop(group, 'label')).toBe('c.Coaching_CloseReview_ChoiceLabelOne');
            expect(prop(group, 'options')).toEqual([
                { label: 'Keep it open for Sam Carter to answer', value: 'keepOpen' },
                { label: 'c.Coaching_CloseReview_NoAnswerNeededOne', value: 'noAnswerNeeded' }
            ]);
            expect(element.reportValidity()).toBe(false);
            await flushPromises();
            expect(find(element, '.choice-error')?.textContent?.trim()).toBe(
                'c.Coaching_CloseReview_ChoiceRequiredOne'
            );
            await expect(element).toBeAccessible();
        });

        it('refuses to go on without a choice, says so and moves the focus to it', async () => {
            const element = await createCloseReview({ unansweredCount: 2 });
            const group = find(element, '.choice');
            const focus = jest.spyOn(group as HTMLElement, 'focus');

            expect(element.reportValidity()).toBe(false);
            await flushPromises();

            expect(find(element, '.choice-error')?.textContent?.trim()).toBe(
                'c.Coaching_CloseReview_ChoiceRequired'
            );
            expect(focus).toHaveBeenCalled();
            await expect(element).toBeAccessible();
        });

        it('goes on with the choice made', async () => {
            const element = await createCloseReview({ unansweredCount: 2 });

            change(find(element, '.choice'), 'noAnswerNeeded');
            await flushPromises();

            expect(element.reportValidity()).toBe(true);
            expect(element.choice).toBe('noAnswerNeeded');
            expect(find(element, '.choice-error')).toBeNull();
        });

        it('shows how far marking has gone, and holds the choice meanwhile', async () => {
            const element = await createCloseReview({
                unansweredCount: 40,
                progress: { done: 10, total: 40 }
            });

            expect(find(element, '.progress-text')?.textContent).toBe(
                'Marking questions no answer needed: 10 of 40'
            );
            expect(prop(find(element, 'lightning-progress-bar'), 'value')).toBe(25);
            expect(prop(find(element, '.choice'), 'disabled')).toBe(true);
            await expect(element).toBeAccessible();
        });

        it('shows the marking of a single question as one', async () => {
            const element = await createCloseReview({
                unansweredCount: 1,
                progress: { done: 0, total: 1 }
            });

            expect(find(element, '.progress-text')?.textContent).toBe(
                'Marking the question no answer needed: 0 of 1'
            );
        });
    });
});
