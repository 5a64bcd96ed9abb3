import { LightningElement, api } from 'lwc';
import LABELS from './labels';

/** Detail of the `ask` event: the question as the manager left it, and the review to ask in. */
export interface RiskQuestion {
    text: string;
    reviewId: string;
}

/**
 * One risk signal with the open question it suggests: the manager opens it, sees and edits the
 * text, and asks it. Sends `ask`; the page saves it and calls `asked()`, so a failed save keeps
 * the text in place.
 */
export default class CoachingRiskPrompt extends LightningElement {
    /** What the signal says, e.g. "No stage change in 40 days". */
    @api signalText = '';
    /** The suggested question, from its Custom Label. */
    @api question = '';
    /** The deal's open review; without one there is nowhere to ask. */
    @api reviewId?: string;

    labels = LABELS;
    isEditing = false;
    draft = '';
    errorText = '';

    get cannotAsk(): boolean {
        return !this.reviewId;
    }

    handleOpen(): void {
        this.draft = this.question;
        this.errorText = '';
        this.isEditing = true;
    }

    handleDraftChange(event: CustomEvent<{ value: string }>): void {
        this.draft = event.detail.value ?? '';
        if (this.draft.trim()) {
            this.errorText = '';
        }
    }

    handleCancel(): void {
        this.isEditing = false;
    }

    handleAsk(): void {
        const text = this.draft.trim();
        if (!text) {
            this.errorText = LABELS.promptEmpty;
            return;
        }
        if (!this.reviewId) {
            return;
        }
        this.dispatchEvent(
            new CustomEvent<RiskQuestion>('ask', { detail: { text, reviewId: this.reviewId } })
        );
    }

    /** The page saved the question: close the editor. */
    @api
    asked(): void {
        this.isEditing = false;
        this.draft = '';
    }
}
