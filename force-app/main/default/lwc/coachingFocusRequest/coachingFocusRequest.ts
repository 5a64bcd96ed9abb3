import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/coachingLabelFormat';
import type { ReviewView } from 'c/coachingModel';
import type { TextFormSave } from 'c/coachingTextForm';
import LABELS from './labels';

/** The seller's focus for the next review: a new request, or an edit of the one waiting. */
export interface FocusRequestDraft {
    key: string;
    text: string;
    /** The requested review being edited; absent for a new request. */
    reviewId?: string;
    lastModifiedDate?: string;
}

const KEY = 'focusRequest';

/**
 * Before a review starts, the seller says where they would like help; a manager reads it above
 * their Start review button. The panel saves it as a Requested review.
 */
export default class CoachingFocusRequest extends LightningElement {
    /** The review the seller requested and no manager has opened yet, if any. */
    @api request?: ReviewView;
    /** The viewer owns the deal and no review is open: they may prepare a focus. */
    @api canPrepare = false;
    /** The viewer may start a review, which opens this request. */
    @api canStartReview = false;

    labels = LABELS;
    isEditing = false;
    isSaving = false;
    errorMessage?: string;
    /** A save just failed: once the error shows, focus moves to it for keyboard users. */
    private errorNeedsFocus = false;

    /** The save went through: the form closes and shows the saved focus. */
    @api
    saveSucceeded(key: string): void {
        if (key === KEY) {
            this.isSaving = false;
            this.isEditing = false;
            this.errorMessage = undefined;
        }
    }

    /** The save failed: the draft stays in the box and the reason takes the focus. */
    @api
    saveFailed(key: string, message: string): void {
        if (key === KEY) {
            this.isSaving = false;
            this.errorMessage = message;
            this.errorNeedsFocus = true;
        }
    }

    renderedCallback(): void {
        if (this.errorNeedsFocus) {
            this.errorNeedsFocus = false;
            const form = this.template?.querySelector<HTMLElement & { focusError?(): void }>(
                'c-coaching-text-form'
            );
            form?.focusError?.();
        }
    }

    get isShown(): boolean {
        return this.canPrepare || Boolean(this.request?.sellerFocus);
    }

    get savedFocus(): string {
        return this.request?.sellerFocus ?? '';
    }

    /** The seller writes when there is nothing saved yet, or when they chose to edit it. */
    get showForm(): boolean {
        return this.canPrepare && (this.isEditing || !this.savedFocus);
    }

    get showEditButton(): boolean {
        return this.canPrepare && !this.showForm;
    }

    /** Only an edit can be cancelled: a first request has nothing to go back to. */
    get cancelLabel(): string | undefined {
        return this.savedFocus ? LABELS.cancel : undefined;
    }

    /** The seller reads their own question; everyone else reads whose focus it is. */
    get heading(): string {
        if (this.canPrepare) {
            return LABELS.heading;
        }
        return formatLabel(LABELS.othersHeading, this.request?.sellerName || LABELS.sellerFallback);
    }

    get showManagerHint(): boolean {
        return !this.canPrepare && this.canStartReview;
    }

    handleEditClick(): void {
        this.errorMessage = undefined;
        this.isEditing = true;
    }

    handleCancel(): void {
        this.isEditing = false;
        this.errorMessage = undefined;
    }

    handleSave(event: CustomEvent<TextFormSave>): void {
        const text = event.detail.text;
        this.isSaving = true;
        this.errorMessage = undefined;
        const request = this.request;
        const detail: FocusRequestDraft = request
            ? { key: KEY, text, reviewId: request.id, lastModifiedDate: request.lastModifiedDate }
            : { key: KEY, text };
        this.dispatchEvent(new CustomEvent('savefocusrequest', { detail }));
    }
}
