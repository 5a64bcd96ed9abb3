import { LightningElement, api } from 'lwc';
import { ACTION_MAX_LENGTH, readDateInput } from 'c/coachingModel';
import type { StepValues } from 'c/coachingModel';
import LABELS from './labels';

/**
 * The seller's next-step form: the action, why it matters to the customer and the due date. It keeps
 * its own draft from the moment it opens until its parent removes it, so a refused save loses
 * nothing; it refuses a due date the box could not read; Escape cancels. Sends `save` with the
 * step's values and `cancel`.
 */
export default class CoachingStepForm extends LightningElement {
    /** The form's heading, read out as the name of its group of fields. */
    @api heading = '';
    /** The Save button's label; "Save" when not given. */
    @api saveLabel?: string;
    /** The action the form opens with (read once). */
    @api action = '';
    /** Why it matters, as the form opens (read once). */
    @api customerValue = '';
    /** The due date the form opens with, YYYY-MM-DD (read once). */
    @api dueDate = '';
    /** True while the parent is saving: Save is disabled. */
    @api saving = false;
    /** Why the last save failed, shown under the fields. */
    @api errorMessage?: string;

    labels = LABELS;
    actionMaxLength = ACTION_MAX_LENGTH;
    draftAction = '';
    draftCustomerValue = '';
    draftDueDate = '';
    dateError?: string;
    /**
     * The box held text it could not read as a date when it last changed. Read then: once the box
     * re-renders with the empty value it reported, the text is gone and the box looks empty.
     */
    dueDateUnreadable = false;

    private focusOnRender = true;

    connectedCallback(): void {
        // Longer text than the field holds is cut here, where the seller sees and can reword it.
        this.draftAction = (this.action ?? '').slice(0, ACTION_MAX_LENGTH);
        this.draftCustomerValue = this.customerValue ?? '';
        this.draftDueDate = this.dueDate ?? '';
    }

    renderedCallback(): void {
        if (this.focusOnRender) {
            // Keyboard and screen-reader users land in the form they just opened.
            this.focusOnRender = false;
            this.template?.querySelector<HTMLElement>('.action-input')?.focus();
        }
    }

    get shownError(): string | undefined {
        return this.dateError ?? this.errorMessage;
    }

    get shownSaveLabel(): string {
        return this.saveLabel || LABELS.save;
    }

    get isSaveDisabled(): boolean {
        return this.saving || this.draftAction.trim().length === 0;
    }

    handleActionChange(event: CustomEvent<{ value: string }>): void {
        this.draftAction = event.detail.value ?? '';
    }

    handleCustomerValueChange(event: CustomEvent<{ value: string }>): void {
        this.draftCustomerValue = event.detail.value ?? '';
    }

    handleDueDateChange(event: CustomEvent<{ value: string | null }>): void {
        const box = event.target as HTMLInputElement | null;
        this.draftDueDate = event.detail.value ?? '';
        this.dueDateUnreadable = !this.draftDueDate && box?.validity?.badInput === true;
        this.dateError = this.dueDateUnreadable ? LABELS.dueDateInvalid : undefined;
    }

    handleKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.handleCancel();
        }
    }

    handleSave(): void {
        if (this.isSaveDisabled) {
            return;
        }
        const dueInput = this.template?.querySelector<HTMLInputElement>('.due-date-input');
        // The box gives no value for text it cannot read as a date; saving then would drop the date.
        const dueDate = readDateInput(
            this.draftDueDate,
            this.dueDateUnreadable || dueInput?.validity?.badInput === true
        );
        if (dueDate.kind === 'invalid') {
            this.dateError = LABELS.dueDateInvalid;
            dueInput?.reportValidity();
            dueInput?.focus();
            return;
        }
        const detail: StepValues = {
            action: this.draftAction.trim(),
            customerValue: this.draftCustomerValue.trim(),
            dueDate: dueDate.kind === 'date' ? dueDate.date : undefined
        };
        this.dispatchEvent(new CustomEvent('save', { detail }));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}
