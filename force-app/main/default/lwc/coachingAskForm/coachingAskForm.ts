import { LightningElement, api } from 'lwc';
import { classifyCoachingText } from 'c/coachingLanguage';
import type { CoachingKind } from 'c/coachingLanguage';
import type { SaveReply } from 'c/coachingModel';
import LABELS from './labels';

/** A new question (or a reworded one), with the kind the classifier or the seller gave it. */
export interface QuestionDraft {
    reviewId: string;
    text: string;
    kind: CoachingKind;
    /** The seller asks their reviewer. */
    askedBySeller?: boolean;
    reply: SaveReply;
}

/** What the seller offers their reviewer. */
type SellerAsk = 'question' | 'idea';

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
 * question when a save is refused, and when the review is closed meanwhile. The same form rewords
 * an unanswered question in place, and lets the seller ask their reviewer a question or offer an
 * idea, in their own voice: no reading of their words, no directive warning. Sends `askquestion`,
 * and `cancel` when it has a Cancel button.
 */
export default class CoachingAskForm extends LightningElement {
    /** The review new questions go into. */
    @api reviewId?: string;
    /** The review was closed while the manager wrote: the text stays, to copy, but can't be saved. */
    @api isClosed = false;
    /** The seller asks their reviewer: a question or an idea, never read back to them. */
    @api forSeller = false;
    /** Rewords a question in place: opens with its text, and has Cancel. */
    @api rewording = false;
    /** The text the form opens with (read once, so a reload never overwrites the draft). */
    @api value = '';

    labels = LABELS;
    text = '';
    kind?: CoachingKind;
    rephrasings: string[] = [];
    confirmingDirective = false;
    isSaving = false;
    errorMessage?: string;

    sellerAsk: SellerAsk = 'question';

    private revealWarning = false;
    private focusError = false;

    connectedCallback(): void {
        if (this.value) {
            this.setText(this.value);
        }
    }

    /** Puts the cursor in the text box. */
    @api
    focusInput(): void {
        this.template?.querySelector<HTMLElement>('.ask-input')?.focus();
    }

    renderedCallback(): void {
        if (this.focusError) {
            // A keyboard or screen-reader user lands on why the save failed; the text stays.
            this.focusError = false;
            this.template?.querySelector<HTMLElement>('.ask-error')?.focus();
        }
        if (this.revealWarning) {
            // The warning and its confirm button stay in view together on any screen.
            this.revealWarning = false;
            this.template
                ?.querySelector('.directive-confirm')
                ?.scrollIntoView?.({ block: 'nearest' });
        }
    }

    get heading(): string | undefined {
        if (this.rewording) {
            return undefined;
        }
        return this.forSeller ? LABELS.askSellerHeading : LABELS.askHeading;
    }

    get inputLabel(): string {
        if (this.rewording) {
            return LABELS.rewordLabel;
        }
        return this.forSeller ? LABELS.askSellerLabel : LABELS.askLabel;
    }

    get saveLabel(): string {
        if (this.rewording) {
            return LABELS.rewordSave;
        }
        return this.forSeller ? LABELS.askSellerSave : LABELS.askSave;
    }

    /** The seller's words are theirs: they are never labelled as they type. */
    get showReading(): boolean {
        return !this.forSeller;
    }

    get sellerAskOptions(): { label: string; value: SellerAsk }[] {
        return [
            { label: LABELS.askSellerQuestion, value: 'question' },
            { label: LABELS.askSellerIdea, value: 'idea' }
        ];
    }

    get liveKindLabel(): string {
        return this.kind ? READS_AS_LABELS[this.kind] : LABELS.readsAsEmpty;
    }

    get hasRephrasings(): boolean {
        return this.showReading && this.rephrasings.length > 0;
    }

    get isSaveDisabled(): boolean {
        return this.isClosed || this.isSaving || this.text.trim().length === 0;
    }

    get hasHeldText(): boolean {
        return this.isClosed && this.text.trim().length > 0;
    }

    handleSellerAskChange(event: CustomEvent<{ value: SellerAsk }>): void {
        this.sellerAsk = event.detail.value;
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && this.rewording) {
            event.stopPropagation();
            this.handleCancel();
        }
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
        if (this.kind === 'directive' && !this.confirmingDirective && !this.forSeller) {
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
            // The seller's idea is an idea, however it is worded; the kind of a question is kept
            // for the reports, never shown back to them.
            kind: this.forSeller && this.sellerAsk === 'idea' ? 'suggestion' : this.kind,
            reply: {
                saved: () => {
                    this.isSaving = false;
                    this.setText('');
                    this.template?.querySelector<HTMLElement>('.ask-input')?.focus();
                },
                failed: (message) => {
                    this.isSaving = false;
                    this.errorMessage = message;
                    this.focusError = true;
                }
            }
        };
        if (this.forSeller) {
            detail.askedBySeller = true;
        }
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
