import CoachingQuestions from 'c/coachingQuestions';
import { classifyCoachingText } from 'c/coachingLanguage';
import type { QuestionView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    findAll,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import reviewQuestions from './data/reviewQuestions.json';

interface QuestionsElement extends HTMLElement {
    reviewId?: string;
    questions: QuestionView[];
    canAsk: boolean;
    saveSucceeded(key: string): void;
    saveFailed(key: string, message: string, isStale?: boolean): void;
}

const REVIEW_ID = 'a01000000000002AAA';
const SELLER_VIEW = reviewQuestions.sellerView as QuestionView[];
const MANAGER_VIEW = reviewQuestions.managerView as QuestionView[];
const OPEN_QUESTION = SELLER_VIEW[0];
const SUGGESTION = SELLER_VIEW[1];
const ANSWERED = MANAGER_VIEW[2];
const DIRECTIVE = 'Call the CFO.';
const THEIR_CHANGE = '2026-11-22T15:00:00.000Z';
const LATER_CHANGE = '2026-11-23T08:00:00.000Z';

function createQuestions(questions: QuestionView[], canAsk: boolean): QuestionsElement {
    return mount<QuestionsElement>('c-coaching-questions', CoachingQuestions, {
        reviewId: REVIEW_ID,
        questions,
        canAsk
    });
}

function item(element: HTMLElement, questionId: string): HTMLElement | undefined {
    return findAll(element, '.question').find((candidate) => candidate.dataset.id === questionId);
}

function actionButton(element: HTMLElement, questionId: string, selector: string): HTMLElement {
    return item(element, questionId)?.querySelector(selector) as HTMLElement;
}

/** The questions as the panel passes them after a reload, with one question changed. */
function withQuestion(
    questions: QuestionView[],
    questionId: string,
    changes: Partial<QuestionView>
): QuestionView[] {
    return questions.map((question) => {
        return question.id === questionId ? { ...question, ...changes } : question;
    });
}

async function type(element: HTMLElement, text: string): Promise<void> {
    change(find(element, '.ask-input'), text);
    await flushPromises();
}

describe('c-coaching-questions', () => {
    afterEach(cleanUp);

    describe('data', () => {
        it('labels each question by kind, and a suggestion as an idea to take or leave', async () => {
            const element = createQuestions(SELLER_VIEW, false);
            await flushPromises();

            expect(findAll(element, '.kind').map((badge) => prop(badge, 'label'))).toEqual([
                'c.Coaching_Questions_KindOpenQuestion',
                'c.Coaching_Questions_KindSuggestion',
                'c.Coaching_Questions_KindClosedQuestion',
                'c.Coaching_Questions_KindDirective'
            ]);
            expect(item(element, ANSWERED.id)?.querySelector('.answer')?.textContent).toContain(
                ANSWERED.answer
            );
            expect(item(element, ANSWERED.id)?.querySelector('.status')?.textContent).toBe(
                'c.Coaching_Questions_StatusAnswered'
            );
        });

        it('shows how the seller responded to an idea and what changed a view', async () => {
            const questions: QuestionView[] = [
                { ...SUGGESTION, ideaResponse: 'Set aside', canRespondToIdea: false },
                { ...ANSWERED, changedMyView: true }
            ];
            const element = createQuestions(questions, false);
            await flushPromises();

            expect(find(element, '.idea-response')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_IdeaSetAside'
            );
            expect(prop(find(element, '.changed-view'), 'label')).toBe(
                'c.Coaching_Questions_ChangedView'
            );
        });

        it('says when a review has no questions', async () => {
            const element = createQuestions([], false);
            await flushPromises();

            expect(find(element, '.empty')?.textContent).toBe('c.Coaching_Questions_Empty');
        });

        it('is accessible', async () => {
            const element = createQuestions(SELLER_VIEW, false);
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });

    describe('as the seller', () => {
        it('answers inline', async () => {
            const element = createQuestions(SELLER_VIEW, false);
            const handler = jest.fn();
            element.addEventListener('answerquestion', handler);
            await flushPromises();

            const form = item(element, OPEN_QUESTION.id)?.querySelector('.answer-form');
            form?.dispatchEvent(
                new CustomEvent('save', { detail: { text: 'Payback in a year.' } })
            );
            await flushPromises();

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: `answer:${OPEN_QUESTION.id}`,
                questionId: OPEN_QUESTION.id,
                lastModifiedDate: OPEN_QUESTION.lastModifiedDate,
                text: 'Payback in a year.'
            });
            expect(prop(form, 'saving')).toBe(true);
        });

        it.each([
            ['.adopt', 'adoptidea', 'adopt'],
            ['.set-aside', 'setideaaside', 'setaside']
        ])('sends %s for an idea', async (selector, eventName, action) => {
            const element = createQuestions(SELLER_VIEW, false);
            const handler = jest.fn();
            element.addEventListener(eventName, handler);
            await flushPromises();

            expect(prop(find(element, '.adopt'), 'label')).toBe('c.Coaching_Questions_Adopt');
            find(element, selector)?.click();
            await flushPromises();

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: `${action}:${SUGGESTION.id}`,
                questionId: SUGGESTION.id,
                lastModifiedDate: SUGGESTION.lastModifiedDate
            });
            expect(prop(find(element, '.adopt'), 'disabled')).toBe(true);
        });

        it('has no ask form and no resolve', async () => {
            const element = createQuestions(SELLER_VIEW, false);
            await flushPromises();

            expect(find(element, '.ask-form')).toBeNull();
            expect(find(element, '.resolve')).toBeNull();
        });
    });

    describe('as the manager', () => {
        it('offers no answer form and no idea response', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            await flushPromises();

            expect(find(element, '.answer-form')).toBeNull();
            expect(find(element, '.adopt')).toBeNull();
        });

        it.each([
            ['.resolve', 'resolvequestion', 'resolve'],
            ['.mark-changed-view', 'changedview', 'changedview']
        ])('sends %s for an answered question', async (selector, eventName, action) => {
            const element = createQuestions(MANAGER_VIEW, true);
            const handler = jest.fn();
            element.addEventListener(eventName, handler);
            await flushPromises();

            find(element, selector)?.click();

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: `${action}:${ANSWERED.id}`,
                questionId: ANSWERED.id,
                lastModifiedDate: ANSWERED.lastModifiedDate
            });
        });

        it('labels the text live as the manager types', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            await flushPromises();

            const live = find(element, '.live-kind');
            expect(live?.getAttribute('aria-live')).toBe('polite');
            expect(live?.textContent?.trim()).toBe('c.Coaching_Questions_ReadsAsEmpty');

            await type(element, 'Is legal reviewing the MSA?');
            expect(find(element, '.live-kind')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_ReadsAsClosedQuestion'
            );

            await type(element, DIRECTIVE);
            expect(find(element, '.live-kind')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_ReadsAsDirective'
            );
        });

        it('replaces the text with a rephrasing in one click', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            await flushPromises();
            await type(element, DIRECTIVE);

            const rephrasings = findAll(element, '.rephrasing');
            expect(rephrasings.map((button) => prop(button, 'label'))).toEqual(
                classifyCoachingText(DIRECTIVE).rephrasings
            );
            rephrasings[0].click();
            await flushPromises();

            const chosen = classifyCoachingText(DIRECTIVE).rephrasings[0];
            expect(prop(find(element, '.ask-input'), 'value')).toBe(chosen);
            expect(find(element, '.live-kind')?.textContent?.trim()).not.toBe(
                'c.Coaching_Questions_ReadsAsDirective'
            );
        });

        it('sends a question with the kind the classifier gave it', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            const handler = jest.fn();
            element.addEventListener('askquestion', handler);
            await flushPromises();

            await type(element, 'What if we invited the architect?');
            find(element, '.ask-save')?.click();

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'ask',
                reviewId: REVIEW_ID,
                text: 'What if we invited the architect?',
                kind: 'suggestion'
            });
        });

        it('asks for a second confirmation before sending a directive', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            const handler = jest.fn();
            element.addEventListener('askquestion', handler);
            await flushPromises();
            await type(element, DIRECTIVE);

            expect(prop(find(element, '.ask-save'), 'label')).toBe('c.Coaching_Questions_AskSave');
            find(element, '.ask-save')?.click();
            await flushPromises();

            expect(handler).not.toHaveBeenCalled();
            expect(prop(find(element, '.ask-save'), 'label')).toBe(
                'c.Coaching_Questions_SaveDirectiveAnyway'
            );
            expect(find(element, '.directive-note')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_DirectiveNote'
            );

            find(element, '.ask-save')?.click();

            expect(handler.mock.calls[0][0].detail).toEqual({
                key: 'ask',
                reviewId: REVIEW_ID,
                text: DIRECTIVE,
                kind: 'directive'
            });
        });

        it('asks again for confirmation when the directive is edited', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            await flushPromises();
            await type(element, DIRECTIVE);
            find(element, '.ask-save')?.click();
            await flushPromises();

            await type(element, 'Call the CFO today.');

            expect(prop(find(element, '.ask-save'), 'label')).toBe('c.Coaching_Questions_AskSave');
            expect(find(element, '.directive-note')).toBeNull();
        });

        it('empties the form once the question is saved', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            await flushPromises();
            await type(element, 'What would make this an easy yes?');
            find(element, '.ask-save')?.click();

            element.saveSucceeded('ask');
            await flushPromises();

            expect(prop(find(element, '.ask-input'), 'value')).toBe('');
            expect(prop(find(element, '.ask-save'), 'disabled')).toBe(true);
        });
    });

    describe('one-click actions', () => {
        it.each([
            ['.adopt', '.adopt'],
            ['.adopt', '.set-aside'],
            ['.set-aside', '.adopt']
        ])('sends one save when %s is clicked and then %s', async (first, second) => {
            const element = createQuestions(SELLER_VIEW, false);
            const handler = jest.fn();
            element.addEventListener('adoptidea', handler);
            element.addEventListener('setideaaside', handler);
            await flushPromises();

            // Both clicks land before the disabled buttons render: a quick double click.
            actionButton(element, SUGGESTION.id, first).click();
            actionButton(element, SUGGESTION.id, second).click();
            await flushPromises();

            expect(handler).toHaveBeenCalledTimes(1);
            expect(prop(actionButton(element, SUGGESTION.id, '.adopt'), 'disabled')).toBe(true);
            expect(prop(actionButton(element, SUGGESTION.id, '.set-aside'), 'disabled')).toBe(true);
        });

        it('disables resolve and "changed my view" together', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            const handler = jest.fn();
            element.addEventListener('resolvequestion', handler);
            element.addEventListener('changedview', handler);
            await flushPromises();

            actionButton(element, ANSWERED.id, '.resolve').click();
            actionButton(element, ANSWERED.id, '.mark-changed-view').click();
            await flushPromises();

            expect(handler).toHaveBeenCalledTimes(1);
            expect(prop(actionButton(element, ANSWERED.id, '.mark-changed-view'), 'disabled')).toBe(
                true
            );
        });

        it('stays disabled after the save until the saved question arrives', async () => {
            const element = createQuestions(MANAGER_VIEW, true);
            await flushPromises();
            actionButton(element, ANSWERED.id, '.mark-changed-view').click();
            await flushPromises();

            element.saveSucceeded(`changedview:${ANSWERED.id}`);
            await flushPromises();
            expect(prop(actionButton(element, ANSWERED.id, '.resolve'), 'disabled')).toBe(true);

            element.questions = withQuestion(MANAGER_VIEW, ANSWERED.id, {
                changedMyView: true,
                lastModifiedDate: THEIR_CHANGE
            });
            await flushPromises();
            expect(prop(actionButton(element, ANSWERED.id, '.resolve'), 'disabled')).toBe(false);
        });

        it('says why next to the question when it failed, until the next attempt', async () => {
            const element = createQuestions(SELLER_VIEW, false);
            const handler = jest.fn();
            element.addEventListener('adoptidea', handler);
            await flushPromises();
            actionButton(element, SUGGESTION.id, '.adopt').click();

            element.saveFailed(`adopt:${SUGGESTION.id}`, 'Only the owner can adopt an idea.');
            await flushPromises();

            expect(
                item(element, SUGGESTION.id)?.querySelector('[role="alert"]')?.textContent?.trim()
            ).toBe('Only the owner can adopt an idea.');
            expect(findAll(element, '.action-error')).toHaveLength(1);
            expect(prop(actionButton(element, SUGGESTION.id, '.adopt'), 'disabled')).toBe(false);
            await expect(element).toBeAccessible();

            actionButton(element, SUGGESTION.id, '.adopt').click();
            await flushPromises();
            expect(handler).toHaveBeenCalledTimes(2);
            expect(findAll(element, '.action-error')).toHaveLength(0);
        });
    });

    describe('someone else changed the question', () => {
        function sentDate(handler: jest.Mock): string {
            return (handler.mock.calls.at(-1)?.[0] as CustomEvent<{ lastModifiedDate: string }>)
                .detail.lastModifiedDate;
        }

        async function answer(element: QuestionsElement, text: string): Promise<void> {
            const form = item(element, OPEN_QUESTION.id)?.querySelector('.answer-form');
            form?.dispatchEvent(new CustomEvent('save', { detail: { text } }));
            await flushPromises();
        }

        async function reload(element: QuestionsElement, lastModifiedDate: string): Promise<void> {
            element.questions = withQuestion(SELLER_VIEW, OPEN_QUESTION.id, { lastModifiedDate });
            await flushPromises();
        }

        async function showAnswerForm(): Promise<{
            element: QuestionsElement;
            handler: jest.Mock;
        }> {
            const element = createQuestions(SELLER_VIEW, false);
            const handler = jest.fn();
            element.addEventListener('answerquestion', handler);
            await flushPromises();
            return { element, handler };
        }

        it('saves an answer against the question as it was when the form opened', async () => {
            const { element, handler } = await showAnswerForm();

            await reload(element, THEIR_CHANGE);
            await answer(element, 'Payback in a year.');

            expect(sentDate(handler)).toBe(OPEN_QUESTION.lastModifiedDate);
        });

        it('saves against their change once a stale save showed it', async () => {
            const { element, handler } = await showAnswerForm();
            await answer(element, 'Payback in a year.');

            element.saveFailed(`answer:${OPEN_QUESTION.id}`, 'Someone else changed this.', true);
            await reload(element, THEIR_CHANGE);
            await reload(element, LATER_CHANGE);
            await answer(element, 'Payback in a year.');

            expect(sentDate(handler)).toBe(THEIR_CHANGE);
        });

        it('keeps the date it opened with after a failure that was not stale', async () => {
            const { element, handler } = await showAnswerForm();
            await answer(element, 'Payback in a year.');

            element.saveFailed(`answer:${OPEN_QUESTION.id}`, 'Only the owner can answer.');
            await reload(element, THEIR_CHANGE);
            await answer(element, 'Payback in a year.');

            expect(sentDate(handler)).toBe(OPEN_QUESTION.lastModifiedDate);
        });
    });

    describe('save failed', () => {
        async function failAsk(): Promise<QuestionsElement> {
            const element = createQuestions(MANAGER_VIEW, true);
            await flushPromises();
            await type(element, 'What would make this an easy yes?');
            find(element, '.ask-save')?.click();
            element.saveFailed('ask', 'This review is closed.');
            await flushPromises();
            return element;
        }

        it('keeps the question and says why', async () => {
            const element = await failAsk();

            expect(prop(find(element, '.ask-input'), 'value')).toBe(
                'What would make this an easy yes?'
            );
            expect(find(element, '.ask-error')?.textContent?.trim()).toBe('This review is closed.');
            expect(prop(find(element, '.ask-save'), 'disabled')).toBe(false);
        });

        it('announces why the question was not saved', async () => {
            const element = await failAsk();

            expect(find(element, '.ask-form [role="alert"]')?.textContent?.trim()).toBe(
                'This review is closed.'
            );
        });

        it('keeps an answer and says why', async () => {
            const element = createQuestions(SELLER_VIEW, false);
            await flushPromises();
            const form = item(element, OPEN_QUESTION.id)?.querySelector('.answer-form');
            form?.dispatchEvent(new CustomEvent('save', { detail: { text: 'Payback.' } }));
            element.saveFailed(`answer:${OPEN_QUESTION.id}`, 'Only the owner can answer.');
            await flushPromises();

            expect(prop(form, 'errorMessage')).toBe('Only the owner can answer.');
            expect(prop(form, 'saving')).toBe(false);
        });

        it('is accessible', async () => {
            const element = await failAsk();

            await expect(element).toBeAccessible();
        });
    });
});
