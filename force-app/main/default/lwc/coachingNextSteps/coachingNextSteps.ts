import { LightningElement, api } from 'lwc';
import type { NextStepView, StepStatus } from 'c/coachingModel';
import LABELS from './labels';

/** A next step the seller adds (no id) or edits (with its id and last-modified date). */
export interface StepDraft {
    key: string;
    id?: string;
    lastModifiedDate?: string;
    action: string;
    customerValue: string;
    dueDate?: string;
}

/** The seller marks a step done or drops it. */
export interface StepStatusChange {
    key: string;
    id: string;
    lastModifiedDate: string;
    status: Exclude<StepStatus, 'Planned'>;
}

interface StepItem extends NextStepView {
    statusLabel: string;
    isPlanned: boolean;
    showControls: boolean;
    isEditing: boolean;
    isBusy: boolean;
    isAdopted: boolean;
}

const NEW_STEP_KEY = 'step:new';

function stepKey(id: string): string {
    return `step:${id}`;
}

function statusKey(id: string): string {
    return `status:${id}`;
}

/**
 * The seller's next steps: action, why it matters to the customer, due date and status, with the
 * add and edit form and the done / drop controls shown only on steps the viewer may edit.
 */
export default class CoachingNextSteps extends LightningElement {
    /** The deal's next steps, in working order. */
    @api steps: NextStepView[] = [];
    /** Whether the viewer may add steps (the Opportunity owner). */
    @api canAddStep = false;

    labels = LABELS;
    /** The key of the open form: NEW_STEP_KEY or a step's key. */
    formKey?: string;
    action = '';
    customerValue = '';
    dueDate = '';
    errorMessage?: string;
    busyKeys: string[] = [];

    private focusFormOnRender = false;

    /** The save for `key` went through: its form closes. */
    @api
    saveSucceeded(key: string): void {
        this.busyKeys = this.busyKeys.filter((busy) => busy !== key);
        if (key === this.formKey) {
            this.closeForm();
        }
    }

    /** The save for `key` failed: an open form keeps the user's input and says why. */
    @api
    saveFailed(key: string, message: string): void {
        this.busyKeys = this.busyKeys.filter((busy) => busy !== key);
        if (key === this.formKey) {
            this.errorMessage = message;
        }
    }

    renderedCallback(): void {
        if (this.focusFormOnRender) {
            // Keyboard and screen-reader users land in the form they just opened.
            this.focusFormOnRender = false;
            this.template?.querySelector<HTMLElement>('.action-input')?.focus();
        }
    }

    get hasSteps(): boolean {
        return this.steps.length > 0;
    }

    get items(): StepItem[] {
        return this.steps.map((step) => ({
            ...step,
            statusLabel: this.statusLabel(step.status),
            isPlanned: step.status === 'Planned',
            showControls: step.canEdit && step.status === 'Planned' && !this.isStepForm(step.id),
            isEditing: this.isStepForm(step.id),
            isBusy: this.busyKeys.includes(statusKey(step.id)),
            isAdopted: Boolean(step.adoptedFromQuestionId)
        }));
    }

    get showAddButton(): boolean {
        return this.canAddStep && this.formKey !== NEW_STEP_KEY;
    }

    get isAdding(): boolean {
        return this.formKey === NEW_STEP_KEY;
    }

    get formHeading(): string {
        return this.isAdding ? LABELS.newStepHeading : LABELS.editStepHeading;
    }

    get isSaveDisabled(): boolean {
        return this.action.trim().length === 0 || this.busyKeys.includes(this.formKey ?? '');
    }

    handleAddClick(): void {
        this.openForm(NEW_STEP_KEY, undefined);
    }

    handleEditClick(event: Event): void {
        const step = this.findStep(event);
        if (step) {
            this.openForm(stepKey(step.id), step);
        }
    }

    handleActionChange(event: CustomEvent<{ value: string }>): void {
        this.action = event.detail.value ?? '';
    }

    handleCustomerValueChange(event: CustomEvent<{ value: string }>): void {
        this.customerValue = event.detail.value ?? '';
    }

    handleDueDateChange(event: CustomEvent<{ value: string }>): void {
        this.dueDate = event.detail.value ?? '';
    }

    handleCancel(): void {
        this.closeForm();
    }

    handleSave(): void {
        const key = this.formKey;
        if (!key || this.isSaveDisabled) {
            return;
        }
        const step = this.steps.find((candidate) => stepKey(candidate.id) === key);
        const detail: StepDraft = {
            key,
            action: this.action.trim(),
            customerValue: this.customerValue.trim(),
            dueDate: this.dueDate || undefined,
            ...(step ? { id: step.id, lastModifiedDate: step.lastModifiedDate } : {})
        };
        this.busyKeys = [...this.busyKeys, key];
        this.errorMessage = undefined;
        this.dispatchEvent(new CustomEvent('savestep', { detail }));
    }

    handleDoneClick(event: Event): void {
        this.changeStatus(event, 'Done');
    }

    handleDropClick(event: Event): void {
        this.changeStatus(event, 'Dropped');
    }

    private changeStatus(event: Event, status: StepStatusChange['status']): void {
        const step = this.findStep(event);
        if (!step) {
            return;
        }
        const detail: StepStatusChange = {
            key: statusKey(step.id),
            id: step.id,
            lastModifiedDate: step.lastModifiedDate,
            status
        };
        this.busyKeys = [...this.busyKeys, detail.key];
        this.dispatchEvent(new CustomEvent('stepstatus', { detail }));
    }

    private findStep(event: Event): NextStepView | undefined {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        return this.steps.find((step) => step.id === id);
    }

    private isStepForm(id: string): boolean {
        return this.formKey === stepKey(id);
    }

    private statusLabel(status: StepStatus): string {
        if (status === 'Done') {
            return LABELS.statusDone;
        }
        return status === 'Dropped' ? LABELS.statusDropped : LABELS.statusPlanned;
    }

    private openForm(key: string, step: NextStepView | undefined): void {
        this.formKey = key;
        this.action = step?.action ?? '';
        this.customerValue = step?.customerValue ?? '';
        this.dueDate = step?.dueDate ?? '';
        this.errorMessage = undefined;
        this.focusFormOnRender = true;
    }

    private closeForm(): void {
        this.formKey = undefined;
        this.action = '';
        this.customerValue = '';
        this.dueDate = '';
        this.errorMessage = undefined;
    }
}
