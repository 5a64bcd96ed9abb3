import { LightningElement, api } from 'lwc';
import { openEdit, readDateInput, recordShown, staleSave } from 'c/coachingModel';
import type { EditBase, NextStepView, StepStatus } from 'c/coachingModel';
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
    /** Why the last done / drop failed, shown next to the step. */
    statusError?: string;
    showStatusAlert: boolean;
}

const NEW_STEP_KEY = 'step:new';

function stepKey(id: string): string {
    return `step:${id}`;
}

function statusKey(id: string): string {
    return `status:${id}`;
}

function idOfStatusKey(key: string): string | undefined {
    return key.startsWith('status:') ? key.slice('status:'.length) : undefined;
}

/**
 * The seller's next steps: action, why it matters to the customer, due date and status, with the
 * add and edit form and the done / drop controls shown only on steps the viewer may edit.
 */
export default class CoachingNextSteps extends LightningElement {
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
    /** Why a step's last done / drop failed, by step id. */
    statusErrors: Record<string, string> = {};
    /**
     * By step id, the last-modified date a done / drop was sent with. The step's controls stay
     * disabled while it shows that date: until the save fails, or its saved record arrives.
     */
    sentStatusDates: Record<string, string> = {};

    private shownSteps: NextStepView[] = [];
    /** The edited step's last-modified date the open form's save is checked against. */
    private editBase?: EditBase;
    private focusFormOnRender = false;

    /** The deal's next steps, in working order. */
    @api
    get steps(): NextStepView[] {
        return this.shownSteps;
    }
    set steps(value: NextStepView[]) {
        this.shownSteps = value ?? [];
        if (this.editBase) {
            this.editBase = recordShown(this.editBase, this.editedStep()?.lastModifiedDate);
        }
    }

    /** The save for `key` went through: its form closes. */
    @api
    saveSucceeded(key: string): void {
        this.busyKeys = this.busyKeys.filter((busy) => busy !== key);
        if (key === this.formKey) {
            this.closeForm();
        }
    }

    /**
     * The save for `key` failed: an open form keeps the user's input and says why; done / drop says
     * why next to its step. `isStale` says someone else changed the step: the form's next save
     * builds on their change once it is shown.
     */
    @api
    saveFailed(key: string, message: string, isStale = false): void {
        this.busyKeys = this.busyKeys.filter((busy) => busy !== key);
        if (key === this.formKey) {
            this.errorMessage = message;
            if (isStale && this.editBase) {
                this.editBase = staleSave(this.editBase, this.editedStep()?.lastModifiedDate);
            }
        }
        const stepId = idOfStatusKey(key);
        if (stepId) {
            const stillSent = { ...this.sentStatusDates };
            delete stillSent[stepId];
            this.sentStatusDates = stillSent;
            this.statusErrors = { ...this.statusErrors, [stepId]: message };
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
        return this.steps.map((step) => {
            const showControls =
                step.canEdit && step.status === 'Planned' && !this.isStepForm(step.id);
            const statusError = this.statusErrors[step.id] || undefined;
            return {
                ...step,
                statusLabel: this.statusLabel(step.status),
                isPlanned: step.status === 'Planned',
                showControls,
                isEditing: this.isStepForm(step.id),
                isBusy: this.isStatusBusy(step),
                isAdopted: Boolean(step.adoptedFromQuestionId),
                statusError,
                showStatusAlert: showControls || Boolean(statusError)
            };
        });
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
        const dueInput = this.template?.querySelector<HTMLInputElement>('.due-date-input');
        // The box gives no value for text it cannot read as a date; saving then would drop the date.
        const dueDate = readDateInput(this.dueDate, dueInput?.validity?.badInput === true);
        if (dueDate.kind === 'invalid') {
            this.errorMessage = LABELS.dueDateInvalid;
            dueInput?.reportValidity();
            dueInput?.focus();
            return;
        }
        const step = this.editedStep();
        const base = this.editBase;
        const detail: StepDraft = {
            key,
            action: this.action.trim(),
            customerValue: this.customerValue.trim(),
            dueDate: dueDate.kind === 'date' ? dueDate.date : undefined,
            ...(step && base ? { id: step.id, lastModifiedDate: base.lastModifiedDate } : {})
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
        // A second click before the disabled buttons render must not send a second change.
        if (!step || this.isStatusBusy(step)) {
            return;
        }
        const detail: StepStatusChange = {
            key: statusKey(step.id),
            id: step.id,
            lastModifiedDate: step.lastModifiedDate,
            status
        };
        this.busyKeys = [...this.busyKeys, detail.key];
        this.sentStatusDates = { ...this.sentStatusDates, [step.id]: step.lastModifiedDate };
        this.statusErrors = { ...this.statusErrors, [step.id]: '' };
        this.dispatchEvent(new CustomEvent('stepstatus', { detail }));
    }

    private isStatusBusy(step: NextStepView): boolean {
        return (
            this.busyKeys.includes(statusKey(step.id)) ||
            this.sentStatusDates[step.id] === step.lastModifiedDate
        );
    }

    private editedStep(): NextStepView | undefined {
        return this.steps.find((step) => stepKey(step.id) === this.formKey);
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
        this.editBase = step ? openEdit(step.lastModifiedDate) : undefined;
        this.action = step?.action ?? '';
        this.customerValue = step?.customerValue ?? '';
        this.dueDate = step?.dueDate ?? '';
        this.errorMessage = undefined;
        this.focusFormOnRender = true;
    }

    private closeForm(): void {
        this.formKey = undefined;
        this.editBase = undefined;
        this.action = '';
        this.customerValue = '';
        this.dueDate = '';
        this.errorMessage = undefined;
    }
}
