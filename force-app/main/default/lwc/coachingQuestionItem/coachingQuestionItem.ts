import { LightningElement, api } from 'lwc';
import { openEdit, recordShown, staleSave } from 'c/coachingModel';
import type { EditBase, QuestionChange, QuestionView, StepValues } from 'c/coachingModel';
import type { CoachingKind } from 'c/coachingLanguage';
import { formatLabel } from 'c/coachingLabelFormat';
import type { RowAction, RowActionEvent } from 'c/coachingRowActions';
import type { QuestionDraft } from 'c/coachingAskForm';
import type { AnswerDraft, AnswerToggle, IdeaAdoption, QuestionAction } from './events';
import LABELS from './labels';

export type { AnswerDraft, AnswerToggle, IdeaAdoption, QuestionAction } from './events';
export type { ReplyDraft } from 'c/coachingReplies';

/** The changes that take a short note first. */
type NoteChange = 'setIdeaAside' | 'changedView';

type FocusTarget =
    | 'answer-input'
    | 'answer-toggle'
    | 'text'
    | 'actions'
    | 'note'
    | 'note-error'
    | 'reword'
    | 'withdraw-confirm'
    | 'action-error';

const FOCUS_SELECTORS: Record<FocusTarget, string> = {
    'answer-input': '.answer-input',
    'answer-toggle': '.answer-toggle',
    text: '.text',
    actions: 'c-coaching-row-actions',
    note: '.note-form',
    'note-error': '.note-form',
    reword: '.reword-form',
    'withdraw-confirm': '.withdraw-confirm',
    'action-error': '.action-error'
};

const KIND_LABELS: Record<Exclude<CoachingKind, 'suggestion'>, string> = {
    'open-question': LABELS.kindOpenQuestion,
    'closed-question': LABELS.kindClosedQuestion,
    directive: LABELS.kindDirective,
    statement: LABELS.kindStatement
};

const ACTIONS: Record<string, RowAction> = {
    adopt: { name: 'adopt', label: LABELS.adopt },
    setIdeaAside: { name: 'setIdeaAside', label: LABELS.setAside },
    resolve: { name: 'resolve', label: LABELS.resolve },
    changedView: { name: 'changedView', label: LABELS.markChangedView },
    reword: { name: 'reword', label: LABELS.reword },
    withdraw: { name: 'withdraw', label: LABELS.withdraw }
};

/**
 * One coaching question: who asked, its kind, status and answer, and its replies; for the person
 * asked the answer box (opened on demand, keeping what was typed when closed or when a save is
 * refused); for the seller the responses to an idea or a directive (set aside with a reason); for
 * the asker resolve, "this changed my view" with a note, and, until it is answered, reword and
 * withdraw. Sends `answerquestion`, `questionchange`, `adoptidea`, `answertoggle` and
 * `replychange`.
 */
export default class CoachingQuestionItem extends LightningElement {
    /** Whether the list has this question's answer box open. */
    @api answerOpen = false;
    /** Whether the viewer owns the deal: the text speaks to them. */
    @api viewerIsOwner = false;

    labels = LABELS;
    draft = '';
    isSavingAnswer = false;
    answerError?: string;
    actionError?: string;
    /** The last-modified date a one-click change was sent with: busy until a newer record shows. */
    sentActionDate?: string;
    isAdopting = false;
    isSavingAdoption = false;
    adoptionError?: string;
    /** The change whose note box is open: a set-aside's reason, or what changed a view. */
    noteChange?: NoteChange;
    isSavingNote = false;
    noteError?: string;
    isRewording = false;
    confirmingWithdraw = false;

    private shown?: QuestionView;
    private answerBase?: EditBase;
    private focusTarget?: FocusTarget;
    private focusWhenChangeShows = false;

    /** The question as the panel's model gives it. */
    @api
    get question(): QuestionView | undefined {
        return this.shown;
    }
    set question(value: QuestionView | undefined) {
        const changed = value?.lastModifiedDate !== this.shown?.lastModifiedDate;
        this.shown = value;
        if (this.answerBase) {
            this.answerBase = recordShown(this.answerBase, value?.lastModifiedDate);
        }
        if (this.focusWhenChangeShows && changed) {
            this.focusWhenChangeShows = false;
            this.focusTarget = 'text';
        }
    }

    renderedCallback(): void {
        const target = this.focusTarget;
        if (!target) {
            return;
        }
        this.focusTarget = undefined;
        // After the list has finished moving rows: a moved element loses focus.
        Promise.resolve().then(() => this.moveFocus(target));
    }

    get kindLabel(): string | undefined {
        const kind = this.shown?.kind;
        if (this.shown?.askedBySeller) {
            // The seller's own words are never labelled; their idea is marked as theirs.
            return kind === 'suggestion' ? LABELS.kindSellerIdea : undefined;
        }
        if (kind === 'suggestion') {
            return this.viewerIsOwner ? LABELS.kindSuggestion : LABELS.kindSuggestionOthers;
        }
        return kind ? KIND_LABELS[kind] : undefined;
    }

    get statusLabel(): string {
        const question = this.shown;
        if (question?.status === 'Withdrawn') {
            return LABELS.statusWithdrawn;
        }
        if (question?.needsNoAnswer) {
            return LABELS.statusNoAnswerNeeded;
        }
        if (question?.ideaResponse === 'Set aside') {
            return LABELS.statusSetAside;
        }
        if (question?.ideaResponse === 'Adopted' || question?.adoptedStepId) {
            return LABELS.statusAdopted;
        }
        if (question?.status === 'Resolved') {
            return LABELS.statusResolved;
        }
        return question?.status === 'Answered' ? LABELS.statusAnswered : LABELS.statusOpen;
    }

    /** "You asked" or "<seller> asked" on the seller's questions to their reviewer. */
    get askedByText(): string | undefined {
        const question = this.shown;
        if (!question?.askedBySeller) {
            return undefined;
        }
        return this.viewerIsOwner
            ? LABELS.askedByYou
            : formatLabel(LABELS.askedBy, question.authorName || LABELS.theSeller);
    }

    get isWithdrawn(): boolean {
        return this.shown?.status === 'Withdrawn';
    }

    get changedViewText(): string {
        const question = this.shown;
        const who = question?.authorName || LABELS.theReviewer;
        return question?.changedViewNote
            ? formatLabel(LABELS.changedViewNote, who, question.changedViewNote)
            : formatLabel(LABELS.changedViewBy, who);
    }

    get responseReasonText(): string | undefined {
        const question = this.shown;
        return question?.ideaResponse === 'Set aside' && question.responseReason
            ? formatLabel(LABELS.setAsideReason, question.responseReason)
            : undefined;
    }

    get hasReplyThread(): boolean {
        const question = this.shown;
        return Boolean(question && (question.replies.length > 0 || question.canReply));
    }

    get noteLabel(): string {
        if (this.noteChange === 'changedView') {
            return LABELS.changedViewLabel;
        }
        return this.shown?.setAsideNeedsReason
            ? LABELS.setAsideLabel
            : LABELS.setAsideLabelOptional;
    }

    get noteSaveLabel(): string {
        return this.noteChange === 'changedView' ? LABELS.changedViewSave : LABELS.setAsideSave;
    }

    /** Only an idea may be set aside without saying why. */
    get isNoteOptional(): boolean {
        return this.noteChange === 'setIdeaAside' && !this.shown?.setAsideNeedsReason;
    }

    get ideaNote(): string | undefined {
        const question = this.shown;
        if (question?.ideaResponse === 'Set aside' && !question.isSuggestion) {
            return this.viewerIsOwner ? LABELS.directiveSetAsideMine : LABELS.directiveSetAside;
        }
        if (question?.ideaResponse === 'Set aside') {
            return this.viewerIsOwner ? LABELS.ideaSetAsideMine : LABELS.ideaSetAside;
        }
        if (question?.ideaResponse === 'Adopted' || question?.adoptedStepId) {
            return this.viewerIsOwner ? LABELS.ideaAdoptedMine : LABELS.ideaAdopted;
        }
        return undefined;
    }

    get answerHeading(): string {
        if (this.shown?.askedBySeller) {
            return LABELS.answerHeadingReviewer;
        }
        return this.viewerIsOwner ? LABELS.answerHeadingMine : LABELS.answerHeading;
    }

    /** The owner may open the box: to answer, to go on with a draft, or to edit a saved answer. */
    get showAnswerToggle(): boolean {
        const question = this.shown;
        return Boolean(question && (question.canAnswer || question.canEditAnswer) && !this.isOpen);
    }

    get answerToggleLabel(): string {
        if (this.draft.trim()) {
            return LABELS.continueAnswer;
        }
        return this.shown?.canEditAnswer ? LABELS.editAnswer : LABELS.answer;
    }

    /** Open while the list says so; a refused save keeps it open whatever the record now says. */
    get isOpen(): boolean {
        const question = this.shown;
        return (
            this.answerOpen &&
            Boolean(
                question &&
                (question.canAnswer || question.canEditAnswer || this.answerError !== undefined)
            )
        );
    }

    get isAnswerSaveDisabled(): boolean {
        return this.isSavingAnswer || this.draft.trim().length === 0;
    }

    get actions(): RowAction[] {
        const question = this.shown;
        if (
            !question ||
            this.isAdopting ||
            this.noteChange ||
            this.isRewording ||
            this.confirmingWithdraw
        ) {
            return [];
        }
        const names: string[] = [];
        if (question.canRespondToIdea) {
            names.push('adopt');
        }
        if (question.canSetAside) {
            names.push('setIdeaAside');
        }
        if (question.canResolve) {
            names.push('resolve');
        }
        if (question.canMarkChangedView && !question.changedMyView) {
            names.push('changedView');
        }
        if (question.canReword) {
            names.push('reword');
        }
        if (question.canWithdraw) {
            names.push('withdraw');
        }
        return names.map((name) => ACTIONS[name]);
    }

    get hasActions(): boolean {
        return this.actions.length > 0;
    }

    get isBusy(): boolean {
        return (
            this.sentActionDate !== undefined &&
            this.sentActionDate === this.shown?.lastModifiedDate
        );
    }

    get adoptFromText(): string {
        return formatLabel(LABELS.adoptFrom, this.shown?.text ?? '');
    }

    handleAnswerToggle(): void {
        const question = this.shown;
        if (!question) {
            return;
        }
        if (!this.draft && question.canEditAnswer) {
            this.draft = question.answer;
        }
        this.answerBase = this.answerBase ?? openEdit(question.lastModifiedDate);
        this.focusTarget = 'answer-input';
        this.toggle(true);
    }

    handleAnswerInput(event: CustomEvent<{ value: string }>): void {
        this.draft = event.detail.value ?? '';
    }

    handleAnswerKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.handleAnswerCancel();
        }
    }

    /** Closing keeps the draft: the toggle then offers to continue it. */
    handleAnswerCancel(): void {
        this.answerError = undefined;
        this.focusTarget = 'answer-toggle';
        this.toggle(false);
    }

    handleAnswerSave(): void {
        const question = this.shown;
        if (!question || this.isAnswerSaveDisabled) {
            return;
        }
        this.isSavingAnswer = true;
        this.answerError = undefined;
        const detail: AnswerDraft = {
            questionId: question.id,
            lastModifiedDate: this.answerBase?.lastModifiedDate ?? question.lastModifiedDate,
            text: this.draft.trim(),
            isEdit: question.status !== 'Open',
            reply: {
                saved: () => {
                    this.isSavingAnswer = false;
                    this.draft = '';
                    this.answerBase = undefined;
                    this.focusTarget = 'answer-toggle';
                    this.toggle(false);
                },
                failed: (message, isStale) => {
                    this.isSavingAnswer = false;
                    this.answerError = message;
                    if (isStale && this.answerBase) {
                        this.answerBase = staleSave(this.answerBase, this.shown?.lastModifiedDate);
                    }
                }
            }
        };
        this.dispatchEvent(new CustomEvent('answerquestion', { detail }));
    }

    handleAction(event: CustomEvent<RowActionEvent>): void {
        const question = this.shown;
        if (!question || this.isBusy) {
            return;
        }
        const name = event.detail.name;
        this.actionError = undefined;
        if (name === 'adopt') {
            this.isAdopting = true;
            this.adoptionError = undefined;
            return;
        }
        if (name === 'setIdeaAside' || name === 'changedView') {
            this.noteChange = name;
            this.noteError = undefined;
            this.focusTarget = 'note';
            return;
        }
        if (name === 'reword') {
            this.isRewording = true;
            this.focusTarget = 'reword';
            return;
        }
        if (name === 'withdraw') {
            this.confirmingWithdraw = true;
            this.focusTarget = 'withdraw-confirm';
            return;
        }
        this.sendChange(name as QuestionChange);
    }

    handleWithdrawConfirm(): void {
        if (this.isBusy) {
            return;
        }
        this.sendChange('withdraw');
    }

    handleWithdrawKeep(): void {
        this.confirmingWithdraw = false;
        this.focusTarget = 'actions';
    }

    handleNoteSave(event: CustomEvent<{ text: string }>): void {
        const question = this.shown;
        const change = this.noteChange;
        if (!question || !change || this.isSavingNote) {
            return;
        }
        this.isSavingNote = true;
        this.noteError = undefined;
        const detail: QuestionAction = {
            questionId: question.id,
            lastModifiedDate: question.lastModifiedDate,
            change,
            note: event.detail.text,
            reply: {
                saved: () => {
                    this.isSavingNote = false;
                    this.noteChange = undefined;
                    this.focusWhenChangeShows = true;
                    this.focusTarget = 'text';
                },
                failed: (message) => {
                    this.isSavingNote = false;
                    this.noteError = message;
                    this.focusTarget = 'note-error';
                }
            }
        };
        this.dispatchEvent(new CustomEvent('questionchange', { detail }));
    }

    handleNoteCancel(): void {
        this.noteChange = undefined;
        this.noteError = undefined;
        this.focusTarget = 'actions';
    }

    handleRewordSave(event: CustomEvent<QuestionDraft>): void {
        event.stopPropagation();
        const question = this.shown;
        if (!question) {
            return;
        }
        const { text, kind, reply } = event.detail;
        const detail: QuestionAction = {
            questionId: question.id,
            lastModifiedDate: question.lastModifiedDate,
            change: 'reword',
            text,
            kind,
            reply: {
                saved: () => {
                    this.isRewording = false;
                    this.focusWhenChangeShows = true;
                    this.focusTarget = 'text';
                },
                failed: (message, isStale) => reply.failed(message, isStale)
            }
        };
        this.dispatchEvent(new CustomEvent('questionchange', { detail }));
    }

    handleRewordCancel(): void {
        this.isRewording = false;
        this.focusTarget = 'actions';
    }

    handleReplyChange(event: CustomEvent): void {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('replychange', { detail: event.detail }));
    }

    private sendChange(change: QuestionChange): void {
        const question = this.shown;
        if (!question) {
            return;
        }
        this.sentActionDate = question.lastModifiedDate;
        this.actionError = undefined;
        const detail: QuestionAction = {
            questionId: question.id,
            lastModifiedDate: question.lastModifiedDate,
            change,
            reply: {
                saved: () => {
                    this.confirmingWithdraw = false;
                    this.focusWhenChangeShows = true;
                },
                failed: (message) => {
                    this.sentActionDate = undefined;
                    this.confirmingWithdraw = false;
                    this.actionError = message;
                    this.focusTarget = 'action-error';
                }
            }
        };
        this.dispatchEvent(new CustomEvent('questionchange', { detail }));
    }

    handleAdoptSave(event: CustomEvent<StepValues>): void {
        const question = this.shown;
        if (!question || this.isSavingAdoption) {
            return;
        }
        this.isSavingAdoption = true;
        this.adoptionError = undefined;
        const detail: IdeaAdoption = {
            ...event.detail,
            questionId: question.id,
            reviewId: question.reviewId,
            lastModifiedDate: question.lastModifiedDate,
            reply: {
                saved: () => {
                    this.isSavingAdoption = false;
                    this.isAdopting = false;
                    this.focusWhenChangeShows = true;
                    this.focusTarget = 'text';
                },
                failed: (message) => {
                    this.isSavingAdoption = false;
                    this.adoptionError = message;
                }
            }
        };
        this.dispatchEvent(new CustomEvent('adoptidea', { detail }));
    }

    handleAdoptCancel(): void {
        this.isAdopting = false;
        this.adoptionError = undefined;
        this.focusTarget = 'actions';
    }

    private toggle(open: boolean): void {
        const detail: AnswerToggle = { questionId: this.shown?.id ?? '', open };
        this.dispatchEvent(new CustomEvent('answertoggle', { detail }));
    }

    /** Focus lands on the target, or on the question's text when the target has gone. */
    private moveFocus(target: FocusTarget): void {
        const element = this.template?.querySelector(FOCUS_SELECTORS[target]) as
            (HTMLElement & { focusAction?(): boolean }) | null;
        const form = element as (HTMLElement & { focusInput?(): void; focusError?(): void }) | null;
        if (target === 'actions') {
            if (element?.focusAction?.()) {
                return;
            }
        } else if (form && (target === 'note' || target === 'reword')) {
            form.focusInput?.();
            return;
        } else if (form && target === 'note-error') {
            form.focusError?.();
            return;
        } else if (element) {
            element.focus();
            return;
        }
        this.template?.querySelector<HTMLElement>('.text')?.focus();
    }
}
