import CoachingQuestionItem from 'c/coachingQuestionItem';
import type { QuestionView } from 'c/coachingModel';
import {
    change,
    cleanUp,
    find,
    flushPromises,
    mount,
    prop
} from '../../../../../test/jest-utils/lwcTestUtils';
import questionViews from './data/questionViews.json';

interface ItemElement extends HTMLElement {
    question: QuestionView;
    answerOpen: boolean;
    viewerIsOwner: boolean;
}

const SELLER = questionViews.sellerView as QuestionView[];
const MANAGER = questionViews.managerView as QuestionView[];
const [OPEN_QUESTION, IDEA, ANSWERED] = SELLER;
const THEIR_CHANGE = '2026-11-22T15:00:00.000Z';
const DIRECTIVE = SELLER[3];
const REFUSED = 'Say why you are setting this aside, so your reviewer understands.';

type Reply = { saved(): void; failed(message: string, isStale: boolean): void };

function lastReply(events: { detail: Record<string, unknown> }[]): Reply {
    return events.at(-1)?.detail.reply as Reply;
}

/** The note box's text area and Save, inside the text form. */
function noteInput(element: HTMLElement): HTMLElement | null {
    return find(element, '.note-form', 'lightning-textarea');
}

function noteSave(element: HTMLElement): HTMLElement | null {
    return find(element, '.note-form', '.save');
}

function createItem(question: QuestionView, viewerIsOwner = true, answerOpen = false) {
    const element = mount<ItemElement>('c-coaching-question-item', CoachingQuestionItem, {
        question,
        viewerIsOwner,
        answerOpen
    });
    const events: { type: string; detail: Record<string, unknown> }[] = [];
    for (const type of [
        'answertoggle',
        'answerquestion',
        'questionchange',
        'adoptidea',
        'replychange'
    ]) {
        element.addEventListener(type, (event) => {
            events.push({ type, detail: (event as CustomEvent).detail });
        });
    }
    return { element, events };
}

function actionButton(element: HTMLElement, name: string): HTMLElement | null {
    return find(element, 'c-coaching-row-actions', `lightning-button[data-name="${name}"]`);
}

async function typeAnswer(element: HTMLElement, text: string): Promise<void> {
    change(find(element, '.answer-input'), text);
    await flushPromises();
    find(element, '.save-answer')?.click();
    await flushPromises();
}

describe('c-coaching-question-item', () => {
    afterEach(cleanUp);

    describe('as the seller', () => {
        it('keeps the answer box closed until asked, then asks the list to open it', async () => {
            const { element, events } = createItem(OPEN_QUESTION);
            await flushPromises();

            expect(find(element, '.answer-input')).toBeNull();
            expect(prop(find(element, '.answer-toggle'), 'label')).toBe(
                'c.Coaching_Questions_Answer'
            );
            find(element, '.answer-toggle')?.click();

            expect(events).toEqual([
                { type: 'answertoggle', detail: { questionId: OPEN_QUESTION.id, open: true } }
            ]);
            await expect(element).toBeAccessible();
        });

        it('sends a first answer checked against the question as the box opened', async () => {
            const { element, events } = createItem(OPEN_QUESTION, true, true);
            await flushPromises();
            find(element, '.answer-toggle');

            await typeAnswer(element, ' A payback under 12 months. ');

            const sent = events.find((event) => event.type === 'answerquestion')?.detail;
            expect(sent).toMatchObject({
                questionId: OPEN_QUESTION.id,
                lastModifiedDate: OPEN_QUESTION.lastModifiedDate,
                text: 'A payback under 12 months.',
                isEdit: false
            });
            expect(prop(find(element, '.save-answer'), 'disabled')).toBe(true);
        });

        it('keeps the typed answer in its box when the save is refused as stale', async () => {
            const { element, events } = createItem(OPEN_QUESTION, true, true);
            await flushPromises();
            await typeAnswer(element, 'Mine');
            const reply = events.at(-1)?.detail.reply as {
                failed(message: string, isStale: boolean): void;
            };

            reply.failed('Someone changed this', true);
            // The reload shows the other tab's answer: the question is answered now.
            element.question = {
                ...OPEN_QUESTION,
                status: 'Answered',
                answer: 'Theirs',
                canAnswer: false,
                canEditAnswer: true,
                lastModifiedDate: THEIR_CHANGE
            };
            await flushPromises();

            expect(prop(find(element, '.answer-input'), 'value')).toBe('Mine');
            expect(find(element, '.answer-error')?.textContent).toContain('Someone changed this');
            find(element, '.save-answer')?.click();
            expect(events.at(-1)?.detail).toMatchObject({
                lastModifiedDate: THEIR_CHANGE,
                text: 'Mine',
                isEdit: true
            });
            await expect(element).toBeAccessible();
        });

        it('closes the box after a save and asks the list to close it', async () => {
            const { element, events } = createItem(OPEN_QUESTION, true, true);
            await flushPromises();
            await typeAnswer(element, 'Mine');
            (events.at(-1)?.detail.reply as { saved(): void }).saved();

            expect(events.at(-1)).toEqual({
                type: 'answertoggle',
                detail: { questionId: OPEN_QUESTION.id, open: false }
            });
        });

        it('edits a saved answer', async () => {
            const { element, events } = createItem(ANSWERED, true);
            await flushPromises();

            expect(find(element, '.answer-text')?.textContent).toBe(ANSWERED.answer);
            expect(prop(find(element, '.answer-toggle'), 'label')).toBe(
                'c.Coaching_Questions_EditAnswer'
            );
            find(element, '.answer-toggle')?.click();
            element.answerOpen = true;
            await flushPromises();
            expect(prop(find(element, '.answer-input'), 'value')).toBe(ANSWERED.answer);
            await typeAnswer(element, 'Reworded');

            expect(events.at(-1)).toMatchObject({
                type: 'answerquestion',
                detail: { text: 'Reworded', isEdit: true }
            });
        });

        it('closes the box on Escape and offers to continue the draft', async () => {
            const { element, events } = createItem(OPEN_QUESTION, true, true);
            await flushPromises();
            change(find(element, '.answer-input'), 'Half an answer');
            await flushPromises();

            find(element, '.answer-form')?.dispatchEvent(
                new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })
            );
            expect(events.at(-1)?.detail).toEqual({ questionId: OPEN_QUESTION.id, open: false });
            element.answerOpen = false;
            await flushPromises();

            expect(prop(find(element, '.answer-toggle'), 'label')).toBe(
                'c.Coaching_Questions_ContinueAnswer'
            );
            element.answerOpen = true;
            await flushPromises();
            expect(prop(find(element, '.answer-input'), 'value')).toBe('Half an answer');
        });

        it('offers Adopt and Set aside with equal weight', async () => {
            const { element } = createItem(IDEA);
            await flushPromises();

            const adopt = actionButton(element, 'adopt');
            const setAside = actionButton(element, 'setIdeaAside');
            expect(prop(adopt, 'variant')).toBe(prop(setAside, 'variant'));
            expect(find(element, '.kind')).not.toBeNull();
            expect(prop(find(element, '.kind'), 'label')).toBe(
                'c.Coaching_Questions_KindSuggestion'
            );
        });

        it("adopts an idea in the seller's own words, with a due date and why", async () => {
            const { element, events } = createItem(IDEA);
            await flushPromises();
            actionButton(element, 'adopt')?.click();
            await flushPromises();
            const form = find(element, 'c-coaching-step-form');
            expect(prop(find(form, '.action-input'), 'value')).toBe(IDEA.text);

            change(find(form, '.action-input'), 'Invite their architect to Tuesday');
            change(find(form, '.customer-value-input'), 'They vet the integration early');
            change(find(form, '.due-date-input'), '2026-12-10');
            await flushPromises();
            find(form, '.save')?.click();

            expect(events.at(-1)).toMatchObject({
                type: 'adoptidea',
                detail: {
                    questionId: IDEA.id,
                    reviewId: IDEA.reviewId,
                    lastModifiedDate: IDEA.lastModifiedDate,
                    action: 'Invite their architect to Tuesday',
                    customerValue: 'They vet the integration early',
                    dueDate: '2026-12-10'
                }
            });
            await expect(element).toBeAccessible();
        });

        it('shows an adopted idea as adopted, to the seller and to the manager', async () => {
            const adopted = { ...IDEA, ideaResponse: 'Adopted' as const, canRespondToIdea: false };
            const { element } = createItem(adopted, true);
            await flushPromises();
            expect(find(element, '.status')?.textContent).toBe(
                'c.Coaching_Questions_StatusAdopted'
            );
            expect(find(element, '.idea-response')?.textContent).toBe(
                'c.Coaching_Questions_IdeaAdoptedMine'
            );

            element.viewerIsOwner = false;
            await flushPromises();
            expect(find(element, '.idea-response')?.textContent).toBe(
                'c.Coaching_Questions_IdeaAdopted'
            );
        });
    });

    describe('as the manager', () => {
        it('resolves an answer, and says next to it why that failed', async () => {
            const { element, events } = createItem(MANAGER[2], false);
            await flushPromises();
            expect(find(element, '.answer-toggle')).toBeNull();

            actionButton(element, 'resolve')?.click();
            await flushPromises();
            expect(events.at(-1)).toMatchObject({
                type: 'questionchange',
                detail: { questionId: MANAGER[2].id, change: 'resolve' }
            });
            expect(prop(actionButton(element, 'resolve'), 'disabled')).toBe(true);

            (
                events.at(-1)?.detail.reply as { failed(message: string, stale: boolean): void }
            ).failed('No access', false);
            await flushPromises();
            expect(find(element, '.action-error')?.textContent).toContain('No access');
            expect(prop(actionButton(element, 'resolve'), 'disabled')).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('calls an idea one for the seller to take or leave', async () => {
            const { element } = createItem(MANAGER[1], false);
            await flushPromises();

            expect(prop(find(element, '.kind'), 'label')).toBe(
                'c.Coaching_Questions_KindSuggestionOthers'
            );
            expect(find(element, 'c-coaching-row-actions')).toBeNull();
        });
    });

    describe('the conversation', () => {
        it('offers Answer and Set aside on a directive with equal weight', async () => {
            const directive = { ...DIRECTIVE, canSetAside: true, setAsideNeedsReason: true };
            const { element } = createItem(directive);
            await flushPromises();

            const answer = find(element, '.answer-toggle');
            expect(prop(answer, 'label')).toBe('c.Coaching_Questions_Answer');
            expect(prop(answer, 'variant')).toBe(
                prop(actionButton(element, 'setIdeaAside'), 'variant')
            );
        });

        it('sets a directive aside only with a reason, and keeps the reason when refused', async () => {
            const directive = { ...DIRECTIVE, canSetAside: true, setAsideNeedsReason: true };
            const { element, events } = createItem(directive);
            await flushPromises();

            actionButton(element, 'setIdeaAside')?.click();
            await flushPromises();
            expect(prop(noteInput(element), 'label')).toBe('c.Coaching_Questions_SetAsideLabel');
            expect(prop(noteSave(element), 'disabled')).toBe(true);
            expect(find(element, 'c-coaching-row-actions')).toBeNull();

            change(noteInput(element), 'Their CFO wants us to go through the champion.');
            await flushPromises();
            noteSave(element)?.click();
            await flushPromises();
            expect(events.at(-1)).toMatchObject({
                type: 'questionchange',
                detail: {
                    questionId: DIRECTIVE.id,
                    change: 'setIdeaAside',
                    note: 'Their CFO wants us to go through the champion.'
                }
            });
            expect(prop(noteSave(element), 'disabled')).toBe(true);

            lastReply(events).failed(REFUSED, false);
            await flushPromises();
            expect(prop(noteInput(element), 'value')).toBe(
                'Their CFO wants us to go through the champion.'
            );
            expect(find(element, '.note-form', '.form-error')?.textContent).toContain(REFUSED);
            await expect(element).toBeAccessible();
        });

        it('lets an idea be set aside without a reason', async () => {
            const { element, events } = createItem(IDEA);
            await flushPromises();

            actionButton(element, 'setIdeaAside')?.click();
            await flushPromises();
            expect(prop(noteInput(element), 'label')).toBe(
                'c.Coaching_Questions_SetAsideLabelOptional'
            );
            noteSave(element)?.click();
            await flushPromises();
            expect(events.at(-1)?.detail).toMatchObject({ change: 'setIdeaAside', note: '' });
        });

        it('shows a set-aside directive and its reason to both', async () => {
            const setAside = {
                ...DIRECTIVE,
                ideaResponse: 'Set aside' as const,
                responseReason: 'The champion owns that call.',
                canAnswer: false
            };
            const { element } = createItem(setAside);
            await flushPromises();

            expect(find(element, '.status')?.textContent).toBe(
                'c.Coaching_Questions_StatusSetAside'
            );
            expect(find(element, '.idea-response')?.textContent).toBe(
                'c.Coaching_Questions_DirectiveSetAsideMine'
            );
            expect(find(element, '.response-reason')?.textContent).toBe(
                'c.Coaching_Questions_SetAsideReason'
            );
            element.viewerIsOwner = false;
            await flushPromises();
            expect(find(element, '.idea-response')?.textContent).toBe(
                'c.Coaching_Questions_DirectiveSetAside'
            );
        });

        it('asks the manager what changed their view, and requires it', async () => {
            const { element, events } = createItem(MANAGER[2], false);
            await flushPromises();

            actionButton(element, 'changedView')?.click();
            await flushPromises();
            expect(prop(noteInput(element), 'label')).toBe('c.Coaching_Questions_ChangedViewLabel');
            expect(prop(noteSave(element), 'disabled')).toBe(true);
            change(noteInput(element), 'Legal is not the blocker.');
            await flushPromises();
            noteSave(element)?.click();
            await flushPromises();

            expect(events.at(-1)?.detail).toMatchObject({
                questionId: MANAGER[2].id,
                change: 'changedView',
                note: 'Legal is not the blocker.'
            });
            lastReply(events).saved();
            await flushPromises();
            expect(find(element, '.note-form')).toBeNull();
        });

        it("shows what changed the asker's view", async () => {
            const changed = {
                ...MANAGER[2],
                changedMyView: true,
                changedViewNote: 'Legal is not the blocker.',
                authorName: 'Morgan Lee'
            };
            const { element } = createItem(changed, true);
            await flushPromises();

            expect(find(element, '.changed-view-note')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_ChangedViewNote'
            );
        });

        it('withdraws an unanswered question after a confirmation, and shows it withdrawn', async () => {
            const unanswered = { ...MANAGER[0], canWithdraw: true, canReword: true };
            const { element, events } = createItem(unanswered, false);
            await flushPromises();

            actionButton(element, 'withdraw')?.click();
            await flushPromises();
            expect(events.some((event) => event.type === 'questionchange')).toBe(false);
            expect(find(element, '.withdraw-confirm')).not.toBeNull();
            await expect(element).toBeAccessible();

            find(element, '.confirm-withdraw')?.click();
            await flushPromises();
            expect(events.at(-1)?.detail).toMatchObject({
                questionId: unanswered.id,
                change: 'withdraw'
            });

            element.question = {
                ...unanswered,
                lastModifiedDate: THEIR_CHANGE,
                status: 'Withdrawn',
                canWithdraw: false,
                canReword: false
            };
            await flushPromises();
            expect(find(element, '.status')?.textContent).toBe(
                'c.Coaching_Questions_StatusWithdrawn'
            );
            expect(find(element, '.withdrawn-text s')?.textContent).toBe(unanswered.text);
            expect(find(element, '.answer-toggle')).toBeNull();
        });

        it('rewords an unanswered question in place, with the live reading', async () => {
            const unanswered = { ...MANAGER[0], canWithdraw: true, canReword: true };
            const { element, events } = createItem(unanswered, false);
            await flushPromises();

            actionButton(element, 'reword')?.click();
            await flushPromises();
            const form = find(element, '.reword-form');
            expect(prop(find(element, '.reword-form', '.ask-input'), 'value')).toBe(
                unanswered.text
            );
            change(
                find(element, '.reword-form', '.ask-input'),
                'Who else will the CFO ask before she decides?'
            );
            await flushPromises();
            expect(find(element, '.reword-form', '.live-kind')?.textContent?.trim()).toBe(
                'c.Coaching_Questions_ReadsAsOpenQuestion'
            );
            find(element, '.reword-form', '.ask-save')?.click();
            await flushPromises();

            expect(events.at(-1)?.detail).toMatchObject({
                questionId: unanswered.id,
                lastModifiedDate: unanswered.lastModifiedDate,
                change: 'reword',
                text: 'Who else will the CFO ask before she decides?',
                kind: 'open-question'
            });
            lastReply(events).failed(REFUSED, false);
            await flushPromises();
            expect(find(element, '.reword-form')).toBe(form);
            expect(find(element, '.reword-form', '.ask-error')?.textContent?.trim()).toBe(REFUSED);
            lastReply(events).saved();
            await flushPromises();
        });

        it("shows the seller's own question as theirs, with no reading of their words", async () => {
            const sellers = {
                ...MANAGER[0],
                askedBySeller: true,
                authorName: 'Sam Rivera',
                kind: 'directive' as const
            };
            const { element } = createItem(sellers, true);
            await flushPromises();
            expect(find(element, '.asked-by')?.textContent).toBe('c.Coaching_Questions_AskedByYou');
            expect(find(element, '.kind')).toBeNull();

            element.viewerIsOwner = false;
            await flushPromises();
            expect(find(element, '.asked-by')?.textContent).toBe('c.Coaching_Questions_AskedBy');
        });

        it('says a statement needs no answer', async () => {
            const statement = { ...SELLER[0], kind: 'statement' as const, needsNoAnswer: true };
            const { element } = createItem(statement);
            await flushPromises();
            expect(find(element, '.status')?.textContent).toBe(
                'c.Coaching_Questions_StatusNoAnswerNeeded'
            );
        });

        it('passes a reply from its thread up to the list', async () => {
            const { element, events } = createItem({ ...SELLER[2], canReply: true });
            await flushPromises();

            find(element, 'c-coaching-replies')?.dispatchEvent(
                new CustomEvent('replychange', {
                    detail: { questionId: SELLER[2].id, change: 'post', text: 'Noted.' }
                })
            );
            expect(events.at(-1)).toMatchObject({
                type: 'replychange',
                detail: { questionId: SELLER[2].id, change: 'post', text: 'Noted.' }
            });
        });
    });
});
