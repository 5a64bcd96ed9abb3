import { LightningElement, api } from 'lwc';

/** The text a user saves from a coaching text form. */
export interface TextFormSave {
    text: string;
}

/** The draft as the user types it, for a parent that reads it live. */
export interface TextFormDraft {
    text: string;
}

/**
 * A labelled text box with Save and an optional Cancel. It keeps its own draft from the moment it
 * opens until its parent removes it, so a failed save never loses what the user typed, and tells
 * the parent of each change (`draftchange`) so it can read the draft live.
 */
export default class CoachingTextForm extends LightningElement {
    /** The text box's visible label. */
    @api label = '';
    /** The text the form opens with (read once: later changes never overwrite the draft). */
    @api value = '';
    /** The Save button's label. */
    @api saveLabel = '';
    /** The Cancel button's label; without one the form has no Cancel button. */
    @api cancelLabel?: string;
    /** The field's length limit. */
    @api maxLength?: number;
    /**
     * True while the parent is saving: Save and Cancel are disabled, so a save that then fails
     * finds the form still open with the draft in it.
     */
    @api saving = false;
    /** Why the last save failed, shown under the box. */
    @api errorMessage?: string;
    /** The text may be left empty: Save is enabled without it. */
    @api optional = false;

    draft = '';

    connectedCallback(): void {
        this.draft = this.value ?? '';
    }

    get isSaveDisabled(): boolean {
        return this.saving || (!this.optional && this.draft.trim().length === 0);
    }

    /** Puts the cursor in the text box. */
    @api
    focusInput(): void {
        this.template?.querySelector<HTMLElement>('lightning-textarea')?.focus();
    }

    /** Moves focus to why the last save failed, so a keyboard user hears it and can fix it. */
    @api
    focusError(): void {
        this.template?.querySelector<HTMLElement>('.form-error')?.focus();
    }

    get hasCancel(): boolean {
        return Boolean(this.cancelLabel);
    }

    handleInput(event: CustomEvent<{ value: string }>): void {
        this.draft = event.detail.value ?? '';
        const detail: TextFormDraft = { text: this.draft };
        this.dispatchEvent(new CustomEvent('draftchange', { detail }));
    }

    handleSave(): void {
        const detail: TextFormSave = { text: this.draft.trim() };
        this.dispatchEvent(new CustomEvent('save', { detail }));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}
