import { LightningElement, api } from 'lwc';
import { classifyCoachingText } from 'c/coachingLanguage';
import type { CoachingKind } from 'c/coachingLanguage';
import type { SaveReply } from 'c/coachingModel';
import LABELS from './labels';

/** A new question from the manager, with the kind the classifier gave it. */
export interface QuestionDraft {
    reviewId: string;
    text: string;
    kind: CoachingKind;
    reply: SaveReply;
}

const READS_AS_LABELS: Record<CoachingKind, string> = {
    'open-question': LABELS.readsAsOpenQuestion,
    'closed-question': LABELS.readsAsClosedQuestion,
    suggestion: LABELS.readsAsSuggestion,
    directive: LABELS.readsAsDirective,
    statement: LABELS.readsAsStatement
};

/**
 * The manager's question form: the live coaching-language label and rephrasings as they type, and
 * a directive saved only on purpose, its warning kept in view beside the confirm button. Keeps the
 * question when a save is refused, and when the review is closed meanwhile. Sends `askquestion`.
 */
export default class CoachingAskForm extends LightningElement {
    /** The review new questions go into. */
    @api reviewId?: string;
    /** The review was closed while the manager wrote: the text stays, to copy, but can't be saved. */
    @api isClosed = false;

    labels = LABELS;
    text = '';
    kind?: CoachingKind;
    rephrasings: string[] = [];
    confirmingDirective = false;
    isSaving = false;
    errorMessage?: string;

    private revealWarning = false;

    renderedCallback(): void {
        if (this.revealWarning) {
            // The warning and its confirm button stay in view together on any screen.
            this.revealWarning = false;
            this.template
                ?.querySelector('.directive-confirm')
                ?.scrollIntoView?.({ block: 'nearest' });
        }
    }

    get liveKindLabel(): string {
        return this.kind ? READS_AS_LABELS[this.kind] : LABELS.readsAsEmpty;
    }

    get hasRephrasings(): boolean {
        return this.rephrasings.length > 0;
    }

    get isSaveDisabled(): boolean {
        return this.isClosed || this.isSaving || this.text.trim().length === 0;
    }

    get hasHeldText(): boolean {
        return this.isClosed && this.text.trim().length > 0;
    }

    handleInput(event: CustomEvent<{ value: string }>): void {
        this.setText(event.detail.value ?? '');
    }

    handleRephrasingClick(event: Event): void {
        const index = Number((event.currentTarget as HTMLElement).dataset.index);
        const rephrasing = this.rephrasings[index];
        if (rephrasing !== undefined) {
            this.setText(rephrasing);
            this.template?.querySelector<HTMLElement>('.ask-input')?.focus();
        }
    }

    handleSave(): void {
        const text = this.text.trim();
        if (this.isSaveDisabled || !this.reviewId || !this.kind) {
            return;
        }
        if (this.kind === 'directive' && !this.confirmingDirective) {
            // A directive is allowed, but only on purpose: the first click asks for confirmation.
            this.confirmingDirective = true;
            this.revealWarning = true;
            return;
        }
        this.isSaving = true;
        this.errorMessage = undefined;
        const detail: QuestionDraft = {
            reviewId: this.reviewId,
            text,
            kind: this.kind,
            reply: {
                saved: () => {
                    this.isSaving = false;
                    this.setText('');
                    this.template?.querySelector<HTMLElement>('.ask-input')?.focus();
                },
                failed: (message) => {
                    this.isSaving = false;
                    this.errorMessage = message;
                }
            }
        };
        this.dispatchEvent(new CustomEvent('askquestion', { detail }));
    }

    private setText(text: string): void {
        this.text = text;
        // Classified on every change, so the label and rephrasings always describe what is in the box.
        const classification = text.trim() ? classifyCoachingText(text) : undefined;
        this.kind = classification?.kind;
        this.rephrasings = classification?.rephrasings ?? [];
        this.confirmingDirective = false;
        this.errorMessage = undefined;
    }
}
