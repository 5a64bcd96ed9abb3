import { LightningElement, api } from 'lwc';
import LABELS from './labels';

/** A friendly, announced message for a failure to load, with the technical details on demand. */
export default class CoachingErrorPanel extends LightningElement {
    /** The message in words a user understands. */
    @api message = '';
    /** The reduced server messages, shown only when the user asks for them. */
    @api details: string[] = [];

    labels = LABELS;
    showDetails = false;

    get hasDetails(): boolean {
        return (this.details ?? []).length > 0;
    }

    get toggleLabel(): string {
        return this.showDetails ? LABELS.hideDetails : LABELS.showDetails;
    }

    get detailsHidden(): boolean {
        return !this.showDetails;
    }

    get ariaExpanded(): string {
        return String(this.showDetails);
    }

    handleToggle(): void {
        this.showDetails = !this.showDetails;
    }
}
