import { LightningElement, api } from 'lwc';
import type { ReviewView } from 'c/coachingModel';
import type { TextFormSave } from 'c/coachingTextForm';
import LABELS from './labels';

/** A new review's intent, from the manager who starts it. */
export interface IntentDraft {
    key: string;
    text: string;
}

/** New text for one of a review's fields (intent, focus, shared learning), or the closing learning. */
export interface ReviewTextDraft {
    key: string;
    reviewId: string;
    lastModifiedDate: string;
    text: string;
}

type EditKey = 'start' | 'intent' | 'focus' | 'learning' | 'close';

const EVENT_BY_KEY: Record<EditKey, string> = {
    start: 'startreview',
    intent: 'saveintent',
    focus: 'savefocus',
    learning: 'savelearning',
    close: 'closereview'
};

/**
 * A review's intent, the seller's focus ("where I'd like help") and its shared learning, with the
 * forms to start a review, edit each text the viewer may edit, and close the review.
 */
export default class CoachingIntent extends LightningElement {
    /** Whether the viewer may start a new review (a manager, when no review is open). */
    @api canStartReview = false;

    labels = LABELS;
    editing?: EditKey;
    savingKey?: string;
    errorMessage?: string;

    private currentReview?: ReviewView;

    /** The review shown; undefined when the deal has none. */
    @api
    get review(): ReviewView | undefined {
        return this.currentReview;
    }
    set review(value: ReviewView | undefined) {
        if (value?.id !== this.currentReview?.id && this.editing !== 'start') {
            // A form opened for one review must never save into another.
            this.closeForm();
        }
        this.currentReview = value;
    }

    /** The save for `key` went through: the form closes. */
    @api
    saveSucceeded(key: string): void {
        if (key === this.editing) {
            this.closeForm();
        }
    }

    /** The save for `key` failed: the form stays open with the user's text and says why. */
    @api
    saveFailed(key: string, message: string): void {
        if (key === this.editing) {
            this.savingKey = undefined;
            this.errorMessage = message;
        }
    }

    get showStartButton(): boolean {
        return this.canStartReview && this.editing !== 'start';
    }

    get isStarting(): boolean {
        return this.canStartReview && this.editing === 'start';
    }

    get isEditingIntent(): boolean {
        return this.editing === 'intent';
    }

    get isEditingFocus(): boolean {
        return this.editing === 'focus';
    }

    get isEditingLearning(): boolean {
        return this.editing === 'learning';
    }

    get isClosing(): boolean {
        return this.editing === 'close';
    }

    get isSaving(): boolean {
        return this.savingKey !== undefined;
    }

    get statusLabel(): string {
        return this.currentReview?.isOpen ? LABELS.statusOpen : LABELS.statusClosed;
    }

    get showEditIntent(): boolean {
        return Boolean(this.currentReview?.canEditIntent) && !this.isEditingIntent;
    }

    get showEditFocus(): boolean {
        return Boolean(this.currentReview?.canEditFocus) && !this.isEditingFocus;
    }

    get focusEditLabel(): string {
        return this.currentReview?.sellerFocus ? LABELS.editFocus : LABELS.addFocus;
    }

    get showEditLearning(): boolean {
        return (
            Boolean(this.currentReview?.canShareLearning) &&
            !this.isEditingLearning &&
            !this.isClosing
        );
    }

    get learningEditLabel(): string {
        return this.currentReview?.sharedLearning ? LABELS.editLearning : LABELS.addLearning;
    }

    get showCloseButton(): boolean {
        return Boolean(this.currentReview?.canClose) && !this.isClosing;
    }

    handleStartClick(): void {
        this.openForm('start');
    }

    handleEditIntentClick(): void {
        this.openForm('intent');
    }

    handleEditFocusClick(): void {
        this.openForm('focus');
    }

    handleEditLearningClick(): void {
        this.openForm('learning');
    }

    handleCloseClick(): void {
        this.openForm('close');
    }

    handleCancel(): void {
        this.closeForm();
    }

    handleSave(event: CustomEvent<TextFormSave>): void {
        const key = this.editing;
        if (!key) {
            return;
        }
        this.savingKey = key;
        this.errorMessage = undefined;
        const text = event.detail.text;
        const review = this.currentReview;
        const detail: IntentDraft | ReviewTextDraft =
            key === 'start' || !review
                ? { key, text }
                : { key, text, reviewId: review.id, lastModifiedDate: review.lastModifiedDate };
        this.dispatchEvent(new CustomEvent(EVENT_BY_KEY[key], { detail }));
    }

    private openForm(key: EditKey): void {
        this.editing = key;
        this.savingKey = undefined;
        this.errorMessage = undefined;
    }

    private closeForm(): void {
        this.editing = undefined;
        this.savingKey = undefined;
        this.errorMessage = undefined;
    }
}
