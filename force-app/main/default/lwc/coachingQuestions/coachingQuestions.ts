import { LightningElement, api } from 'lwc';
import { classifyCoachingText } from 'c/coachingLanguage';
import type { CoachingKind } from 'c/coachingLanguage';
import { openEdit, recordShown, staleSave } from 'c/coachingModel';
import type { EditBase, QuestionStatus, QuestionView } from 'c/coachingModel';
import type { TextFormSave } from 'c/coachingTextForm';
import LABELS from './labels';

/** A new question from the manager, with the kind the classifier gave it. */
export interface QuestionDraft {
    key: string;
    reviewId: string;
    text: string;
    kind: CoachingKind;
}

/** The owner's answer to a question. */
export interface AnswerDraft {
    key: string;
    questionId: string;
    lastModifiedDate: string;
    text: string;
}

/** A one-click action on a question: resolve, changed my view, adopt or set aside an idea. */
export interface QuestionAction {
    key: string;
    questionId: string;
    lastModifiedDate: string;
}

/** A one-click action's button, and the event it sends. */
interface ActionButton {
    name: ActionName;
    eventName: string;
    className: string;
    label: string;
    variant: string;
}

interface QuestionItem extends QuestionView {
    kindLabel?: string;
    statusLabel: string;
    ideaResponseLabel?: string;
    showAnswerForm: boolean;
    answerError?: string;
    isBusy: boolean;
    actions: ActionButton[];
    showActions: boolean;
    /** Why the last one-click action failed, shown next to the question. */
    actionError?: string;
    showActionAlert: boolean;
}

const ASK_KEY = 'ask';

const KIND_LABELS: Record<CoachingKind, string> = {
    'open-question': LABELS.kindOpenQuestion,
    'closed-question': LABELS.kindClosedQuestion,
    suggestion: LABELS.kindSuggestion,
    directive: LABELS.kindDirective,
    statement: LABELS.kindStatement
};

const READS_AS_LABELS: Record<CoachingKind, string> = {
    'open-question': LABELS.readsAsOpenQuestion,
    'closed-question': LABELS.readsAsClosedQuestion,
    suggestion: LABELS.readsAsSuggestion,
    directive: LABELS.readsAsDirective,
    statement: LABELS.readsAsStatement
};

const STATUS_LABELS: Record<QuestionStatus, string> = {
    Open: LABELS.statusOpen,
    Answered: LABELS.statusAnswered,
    Resolved: LABELS.statusResolved
};

type ActionName = 'adopt' | 'setaside' | 'resolve' | 'changedview';

const ACTION_BUTTONS: Record<ActionName, ActionButton> = {
    adopt: {
        name: 'adopt',
        eventName: 'adoptidea',
        className: 'adopt',
        label: LABELS.adopt,
        variant: 'brand'
    },
    setaside: {
        name: 'setaside',
        eventName: 'setideaaside',
        className: 'set-aside slds-var-m-left_x-small',
        label: LABELS.setAside,
        variant: 'neutral'
    },
    resolve: {
        name: 'resolve',
        eventName: 'resolvequestion',
        className: 'resolve slds-var-m-right_x-small',
        label: LABELS.resolve,
        variant: 'neutral'
    },
    changedview: {
        name: 'changedview',
        eventName: 'changedview',
        className: 'mark-changed-view',
        label: LABELS.markChangedView,
        variant: 'neutral'
    }
};

// The actions the viewer may take on a question, in the order the buttons appear.
function actionsFor(question: QuestionView): ActionButton[] {
    const names: ActionName[] = [];
    if (question.canRespondToIdea) {
        names.push('adopt', 'setaside');
    }
    if (question.canResolve) {
        names.push('resolve');
    }
    if (question.canMarkChangedView && !question.changedMyView) {
        names.push('changedview');
    }
    return names.map((name) => ACTION_BUTTONS[name]);
}

function answerKey(questionId: string): string {
    return `answer:${questionId}`;
}

/** The question a one-click action's key (`adopt:<id>`, `resolve:<id>`, …) is about. */
function idOfActionKey(key: string): string | undefined {
    const separator = key.indexOf(':');
    const name = key.slice(0, separator) as ActionName;
    return separator > 0 && Object.hasOwn(ACTION_BUTTONS, name)
        ? key.slice(separator + 1)
        : undefined;
}

/**
 * A review's questions with their kind, status and answer, the owner's inline answer and idea
 * responses, the author's resolve and "this changed my view", and the manager's ask form with the
 * live coaching-language label and rephrasings.
 */
export default class CoachingQuestions extends LightningElement {
    /** The review the questions belong to; new questions go into it. */
    @api reviewId?: string;
    /** Whether the viewer may ask (a manager, while the review is open). */
    @api canAsk = false;

    labels = LABELS;
    askText = '';
    askKind?: CoachingKind;
    rephrasings: string[] = [];
    confirmingDirective = false;
    askError?: string;
    busyKeys: string[] = [];
    errors: Record<string, string> = {};
    /** Questions answered in this session, whose form stays hidden until the refresh shows the answer. */
    answeredIds: string[] = [];
    /** Why a question's last one-click action failed, by question id. */
    actionErrors: Record<string, string> = {};
    /**
     * By question id, the last-modified date a one-click action was sent with. The question's
     * controls stay disabled while it shows that date: until the save fails, or its saved record
     * arrives.
     */
    sentActionDates: Record<string, string> = {};

    private shownQuestions: QuestionView[] = [];
    /** By question id, the date each shown answer form's save is checked against. */
    private answerBases: Record<string, EditBase> = {};

    /** The review's questions, oldest first. */
    @api
    get questions(): QuestionView[] {
        return this.shownQuestions;
    }
    set questions(value: QuestionView[]) {
        this.shownQuestions = value ?? [];
        // An answer form opens when its question first shows one, closes when it no longer does.
        const bases: Record<string, EditBase> = {};
        for (const question of this.shownQuestions) {
            if (this.showsAnswerForm(question)) {
                const base = this.answerBases[question.id];
                bases[question.id] = base
                    ? recordShown(base, question.lastModifiedDate)
                    : openEdit(question.lastModifiedDate);
            }
        }
        this.answerBases = bases;
    }

    /** The save for `key` went through. */
    @api
    saveSucceeded(key: string): void {
        this.busyKeys = this.busyKeys.filter((busy) => busy !== key);
        this.errors = { ...this.errors, [key]: '' };
        if (key === ASK_KEY) {
            this.resetAskForm();
        } else if (key.startsWith('answer:')) {
            this.answeredIds = [...this.answeredIds, key.slice('answer:'.length)];
        }
    }

    /**
     * The save for `key` failed: the form keeps the user's text and says why; a one-click action
     * says why next to its question. `isStale` says someone else changed the question: the
     * answer's next save builds on their change once it is shown.
     */
    @api
    saveFailed(key: string, message: string, isStale = false): void {
        this.busyKeys = this.busyKeys.filter((busy) => busy !== key);
        const actionQuestionId = idOfActionKey(key);
        if (key === ASK_KEY) {
            this.askError = message;
        } else if (actionQuestionId) {
            const stillSent = { ...this.sentActionDates };
            delete stillSent[actionQuestionId];
            this.sentActionDates = stillSent;
            this.actionErrors = { ...this.actionErrors, [actionQuestionId]: message };
        } else {
            this.errors = { ...this.errors, [key]: message };
            const questionId = key.slice('answer:'.length);
            const base = this.answerBases[questionId];
            if (isStale && base) {
                const shown = this.questions.find((question) => question.id === questionId);
                this.answerBases = {
                    ...this.answerBases,
                    [questionId]: staleSave(base, shown?.lastModifiedDate)
                };
            }
        }
    }

    get hasQuestions(): boolean {
        return this.questions.length > 0;
    }

    get items(): QuestionItem[] {
        return this.questions.map((question) => {
            const key = answerKey(question.id);
            const actions = actionsFor(question);
            const actionError = this.actionErrors[question.id] || undefined;
            return {
                ...question,
                kindLabel: question.kind ? KIND_LABELS[question.kind] : undefined,
                statusLabel: STATUS_LABELS[question.status],
                ideaResponseLabel: this.ideaResponseLabel(question),
                showAnswerForm: this.showsAnswerForm(question),
                answerError: this.errors[key] || undefined,
                isBusy: this.isBusy(question),
                actions,
                showActions: actions.length > 0,
                actionError,
                showActionAlert: actions.length > 0 || Boolean(actionError)
            };
        });
    }

    get showAskForm(): boolean {
        return this.canAsk && Boolean(this.reviewId);
    }

    get liveKindLabel(): string {
        return this.askKind ? READS_AS_LABELS[this.askKind] : LABELS.readsAsEmpty;
    }

    get hasRephrasings(): boolean {
        return this.rephrasings.length > 0;
    }

    get askSaveLabel(): string {
        return this.confirmingDirective ? LABELS.saveDirectiveAnyway : LABELS.askSave;
    }

    get askSaveVariant(): string {
        return this.confirmingDirective ? 'destructive-text' : 'brand';
    }

    get isAskDisabled(): boolean {
        return this.askText.trim().length === 0 || this.busyKeys.includes(ASK_KEY);
    }

    handleAskInput(event: CustomEvent<{ value: string }>): void {
        this.setAskText(event.detail.value ?? '');
    }

    handleRephrasingClick(event: Event): void {
        const index = Number((event.currentTarget as HTMLElement).dataset.index);
        const rephrasing = this.rephrasings[index];
        if (rephrasing !== undefined) {
            this.setAskText(rephrasing);
        }
    }

    handleAskSave(): void {
        const text = this.askText.trim();
        if (!text || !this.reviewId || !this.askKind) {
            return;
        }
        if (this.askKind === 'directive' && !this.confirmingDirective) {
            // A directive is allowed, but only on purpose: the first click asks for confirmation.
            this.confirmingDirective = true;
            return;
        }
        const detail: QuestionDraft = {
            key: ASK_KEY,
            reviewId: this.reviewId,
            text,
            kind: this.askKind
        };
        this.busyKeys = [...this.busyKeys, ASK_KEY];
        this.askError = undefined;
        this.dispatchEvent(new CustomEvent('askquestion', { detail }));
    }

    handleAnswerSave(event: CustomEvent<TextFormSave>): void {
        const question = this.findQuestion(event);
        if (!question) {
            return;
        }
        const detail: AnswerDraft = {
            key: answerKey(question.id),
            questionId: question.id,
            lastModifiedDate:
                this.answerBases[question.id]?.lastModifiedDate ?? question.lastModifiedDate,
            text: event.detail.text
        };
        this.startSave(detail.key);
        this.dispatchEvent(new CustomEvent('answerquestion', { detail }));
    }

    handleActionClick(event: Event): void {
        const question = this.findQuestion(event);
        const action =
            ACTION_BUTTONS[(event.currentTarget as HTMLElement).dataset.action as ActionName];
        // A second click before the disabled buttons render must not send a second save.
        if (!question || !action || this.isBusy(question)) {
            return;
        }
        const detail: QuestionAction = {
            key: `${action.name}:${question.id}`,
            questionId: question.id,
            lastModifiedDate: question.lastModifiedDate
        };
        this.startSave(detail.key);
        this.sentActionDates = {
            ...this.sentActionDates,
            [question.id]: question.lastModifiedDate
        };
        this.actionErrors = { ...this.actionErrors, [question.id]: '' };
        this.dispatchEvent(new CustomEvent(action.eventName, { detail }));
    }

    private showsAnswerForm(question: QuestionView): boolean {
        return question.canAnswer && !this.answeredIds.includes(question.id);
    }

    private isBusy(question: QuestionView): boolean {
        return (
            this.busyKeys.some((busyKey) => busyKey.endsWith(question.id)) ||
            this.sentActionDates[question.id] === question.lastModifiedDate
        );
    }

    private startSave(key: string): void {
        this.busyKeys = [...this.busyKeys, key];
        this.errors = { ...this.errors, [key]: '' };
    }

    private findQuestion(event: Event): QuestionView | undefined {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        return this.questions.find((question) => question.id === id);
    }

    private ideaResponseLabel(question: QuestionView): string | undefined {
        if (question.ideaResponse === 'Adopted') {
            return LABELS.ideaAdopted;
        }
        return question.ideaResponse === 'Set aside' ? LABELS.ideaSetAside : undefined;
    }

    private setAskText(text: string): void {
        this.askText = text;
        // Classified on every change, so the label and rephrasings always describe what is in the box.
        const classification = text.trim() ? classifyCoachingText(text) : undefined;
        this.askKind = classification?.kind;
        this.rephrasings = classification?.rephrasings ?? [];
        this.confirmingDirective = false;
        this.askError = undefined;
    }

    private resetAskForm(): void {
        this.setAskText('');
    }
}
