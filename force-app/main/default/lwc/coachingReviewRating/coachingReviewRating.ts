import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/coachingLabelFormat';
import { HELPFULNESS_NOTE_MAX_LENGTH, HELPFULNESS_VALUES } from 'c/coachingModel';
import type { Helpfulness, ReviewView } from 'c/coachingModel';
import LABELS from './labels';

/** A review's rating as saved: none yet, or the seller's answer and note. */
export interface SavedRating {
    helpfulness?: Helpfulness;
    note: string;
}

/** The seller's rating to save. */
export interface RatingDraft {
    key: string;
    reviewId: string;
    lastModifiedDate: string;
    helpfulness: Helpfulness;
    note: string;
}

const KEY = 'rating';

const OPTION_LABELS: Record<Helpfulness, string> = {
    Helpful: LABELS.helpful,
    'Somewhat helpful': LABELS.somewhatHelpful,
    'Not helpful': LABELS.notHelpful
};

/**
 * "Did this help?" under a closed review: the seller rates it, with an optional note, and may
 * change their rating; the reviewer reads it. Nobody else is shown anything.
 */
export default class CoachingReviewRating extends LightningElement {
    /** The review shown. */
    @api review?: ReviewView;
    /** The saved rating; undefined while it loads. */
    @api rating?: SavedRating;

    labels = LABELS;
    noteMaxLength = HELPFULNESS_NOTE_MAX_LENGTH;
    isEditing = false;
    isSaving = false;
    errorMessage?: string;
    helpfulness?: Helpfulness;
    note = '';
    private focusError = false;

    /** The save went through: the rating shows as saved. */
    @api
    saveSucceeded(key: string): void {
        if (key === KEY) {
            this.isSaving = false;
            this.isEditing = false;
            this.errorMessage = undefined;
        }
    }

    /** The save failed: the choice and note stay, and the reason takes the focus. */
    @api
    saveFailed(key: string, message: string): void {
        if (key === KEY) {
            this.isSaving = false;
            this.errorMessage = message;
            this.focusError = true;
        }
    }

    renderedCallback(): void {
        if (this.focusError) {
            this.focusError = false;
            this.template?.querySelector<HTMLElement>('.error')?.focus();
        }
    }

    get isShown(): boolean {
        const review = this.review;
        return Boolean(review && !review.isOpen && review.canSeeRating && this.rating);
    }

    get isRated(): boolean {
        return Boolean(this.rating?.helpfulness);
    }

    get showForm(): boolean {
        return Boolean(this.review?.canRate) && (this.isEditing || !this.isRated);
    }

    get showChangeButton(): boolean {
        return Boolean(this.review?.canRate) && !this.showForm;
    }

    get savedLabel(): string {
        const saved = this.rating?.helpfulness;
        return saved ? OPTION_LABELS[saved] : '';
    }

    get savedNote(): string {
        return this.rating?.note ?? '';
    }

    /** The seller reads "Your rating"; the reviewer reads whose rating it is. */
    get ratingHeading(): string {
        return this.review?.canRate
            ? LABELS.yourRating
            : formatLabel(LABELS.sellerRating, this.sellerName);
    }

    get notRatedText(): string {
        return formatLabel(LABELS.notRated, this.sellerName);
    }

    get options(): { label: string; value: Helpfulness }[] {
        return HELPFULNESS_VALUES.map((value) => ({ label: OPTION_LABELS[value], value }));
    }

    get isSaveDisabled(): boolean {
        return this.isSaving;
    }

    private get sellerName(): string {
        return this.review?.sellerName || LABELS.sellerFallback;
    }

    handleChangeClick(): void {
        this.helpfulness = this.rating?.helpfulness;
        this.note = this.rating?.note ?? '';
        this.errorMessage = undefined;
        this.isEditing = true;
    }

    handleCancel(): void {
        this.isEditing = false;
        this.errorMessage = undefined;
    }

    handleHelpfulnessChange(event: CustomEvent<{ value: Helpfulness }>): void {
        this.helpfulness = event.detail.value;
        this.errorMessage = undefined;
    }

    handleNoteChange(event: CustomEvent<{ value: string }>): void {
        this.note = event.detail.value ?? '';
    }

    handleSave(): void {
        const review = this.review;
        if (!review || this.isSaving) {
            return;
        }
        if (!this.helpfulness) {
            this.errorMessage = LABELS.required;
            this.focusError = true;
            return;
        }
        this.isSaving = true;
        this.errorMessage = undefined;
        const detail: RatingDraft = {
            key: KEY,
            reviewId: review.id,
            lastModifiedDate: review.lastModifiedDate,
            helpfulness: this.helpfulness,
            note: this.note.trim()
        };
        this.dispatchEvent(new CustomEvent('ratereview', { detail }));
    }
}
