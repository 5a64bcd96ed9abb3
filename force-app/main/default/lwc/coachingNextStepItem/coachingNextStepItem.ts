import { LightningElement, api } from 'lwc';
import { openEdit, recordShown, staleSave } from 'c/coachingModel';
import type { EditBase, NextStepView, SaveReply, StepStatus, StepValues } from 'c/coachingModel';
import type { RowAction, RowActionEvent } from 'c/coachingRowActions';
import LABELS from './labels';

/** The seller's edit of a step, checked against the step as it was when the form opened. */
export interface StepEdit extends StepValues {
    id: string;
    lastModifiedDate: string;
    reply: SaveReply;
}

/** The seller marks a step done or drops it. */
export interface StepStatusChange {
    id: string;
    lastModifiedDate: string;
    status: Exclude<StepStatus, 'Planned'>;
    reply: SaveReply;
}

type FocusTarget = 'edit' | 'title';

const ACTIONS: RowAction[] = [
    { name: 'done', label: LABELS.markDone },
    { name: 'drop', label: LABELS.drop },
    { name: 'edit', label: LABELS.edit, variant: 'base' }
];

const STATUS_LABELS: Record<StepStatus, string> = {
    Planned: LABELS.statusPlanned,
    Done: LABELS.statusDone,
    Dropped: LABELS.statusDropped
};

/**
 * One of the seller's next steps: its action, why it matters, due date and status, and for the
 * seller the done / drop / edit actions and the edit form, which keeps what was typed when a save
 * is refused. Focus comes back to the step after each action. Sends `savestep` and `stepstatus`.
 */
export default class CoachingNextStepItem extends LightningElement {
    labels = LABELS;
    isEditing = false;
    isSaving = false;
    errorMessage?: string;
    /** Why the last done / drop failed. */
    statusError?: string;
    /** The last-modified date a done / drop was sent with: busy until a newer record shows. */
    sentStatusDate?: string;

    private shown?: NextStepView;
    private editBase?: EditBase;
    private focusTarget?: FocusTarget;
    /** Done / drop was saved: focus the step once it shows its new status. */
    private focusWhenStatusShows = false;

    /** The step as the panel's model gives it. */
    @api
    get step(): NextStepView | undefined {
        return this.shown;
    }
    set step(value: NextStepView | undefined) {
        this.shown = value;
        if (this.editBase) {
            this.editBase = recordShown(this.editBase, value?.lastModifiedDate);
        }
        if (this.focusWhenStatusShows && value && value.status !== 'Planned') {
            this.focusWhenStatusShows = false;
            this.focusTarget = 'title';
        }
    }

    renderedCallback(): void {
        const target = this.focusTarget;
        if (!target) {
            return;
        }
        this.focusTarget = undefined;
        // After the list has finished moving rows: a moved element loses focus.
        Promise.resolve().then(() => {
            if (target === 'edit') {
                const actions = this.template?.querySelector('c-coaching-row-actions') as
                    (HTMLElement & { focusAction(name: string): boolean }) | null;
                if (actions?.focusAction('edit')) {
                    return;
                }
            }
            this.template?.querySelector<HTMLElement>('.action')?.focus();
        });
    }

    get statusText(): string {
        return STATUS_LABELS[this.shown?.status ?? 'Planned'];
    }

    get isAdopted(): boolean {
        return Boolean(this.shown?.adoptedFromQuestionId);
    }

    get showActions(): boolean {
        return Boolean(this.shown?.canEdit && this.shown.status === 'Planned' && !this.isEditing);
    }

    get actions(): RowAction[] {
        return ACTIONS;
    }

    get isBusy(): boolean {
        return this.isSaving || this.sentStatusDate === this.shown?.lastModifiedDate;
    }

    handleAction(event: CustomEvent<RowActionEvent>): void {
        const step = this.shown;
        if (!step || this.isBusy) {
            return;
        }
        if (event.detail.name === 'edit') {
            this.isEditing = true;
            this.editBase = openEdit(step.lastModifiedDate);
            this.errorMessage = undefined;
            return;
        }
        const status = event.detail.name === 'done' ? 'Done' : 'Dropped';
        this.sentStatusDate = step.lastModifiedDate;
        this.statusError = undefined;
        const detail: StepStatusChange = {
            id: step.id,
            lastModifiedDate: step.lastModifiedDate,
            status,
            reply: {
                saved: () => {
                    this.focusWhenStatusShows = true;
                },
                failed: (message) => {
                    this.sentStatusDate = undefined;
                    this.statusError = message;
                    this.focusTarget = 'title';
                }
            }
        };
        this.dispatchEvent(new CustomEvent('stepstatus', { detail }));
    }

    handleSave(event: CustomEvent<StepValues>): void {
        const step = this.shown;
        if (!step || !this.editBase || this.isSaving) {
            return;
        }
        this.isSaving = true;
        this.errorMessage = undefined;
        const detail: StepEdit = {
            ...event.detail,
            id: step.id,
            lastModifiedDate: this.editBase.lastModifiedDate,
            reply: {
                saved: () => {
                    this.isSaving = false;
                    this.closeForm();
                },
                failed: (message, isStale) => {
                    this.isSaving = false;
                    this.errorMessage = message;
                    if (isStale && this.editBase) {
                        this.editBase = staleSave(this.editBase, this.shown?.lastModifiedDate);
                    }
                }
            }
        };
        this.dispatchEvent(new CustomEvent('savestep', { detail }));
    }

    handleCancel(): void {
        this.closeForm();
    }

    private closeForm(): void {
        this.isEditing = false;
        this.editBase = undefined;
        this.errorMessage = undefined;
        this.focusTarget = 'edit';
    }
}
