import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import type { NextStepView, SaveReply, StepValues } from 'c/coachingModel';
import { formatLabel } from 'c/coachingLabelFormat';
import LABELS from './labels';

export type { StepEdit, StepStatusChange } from 'c/coachingNextStepItem';

/** A step the seller adds. */
export interface NewStep extends StepValues {
    reply: SaveReply;
}

/**
 * The seller's coaching plan: a collapsible list of next-step items, with the add form for the
 * seller. Passes the items' `savestep` and `stepstatus` on to the panel and sends `addstep`.
 */
export default class CoachingNextSteps extends LightningElement {
    /** The deal's next steps, in working order. */
    @api steps: NextStepView[] = [];
    /** Whether the viewer may add steps (the Opportunity owner). */
    @api canAddStep = false;
    /** Whether the viewer owns the deal: the text speaks to them. */
    @api viewerIsOwner = false;

    labels = LABELS;
    isExpanded = true;
    isAdding = false;
    isSaving = false;
    errorMessage?: string;

    private focusAddOnRender = false;

    renderedCallback(): void {
        if (this.focusAddOnRender) {
            this.focusAddOnRender = false;
            this.template?.querySelector<HTMLElement>('.add')?.focus();
        }
    }

    get hasSteps(): boolean {
        return (this.steps ?? []).length > 0;
    }

    get ownershipNote(): string {
        return this.viewerIsOwner ? LABELS.ownedByMe : LABELS.ownedBySeller;
    }

    get countText(): string {
        const steps = this.steps ?? [];
        const number = new Intl.NumberFormat(LOCALE);
        const planned = steps.filter((step) => step.status === 'Planned').length;
        return formatLabel(LABELS.count, number.format(planned), number.format(steps.length));
    }

    get isCollapsed(): boolean {
        return !this.isExpanded;
    }

    get toggleIcon(): string {
        return this.isExpanded ? 'utility:chevrondown' : 'utility:chevronright';
    }

    get toggleText(): string {
        return this.isExpanded ? LABELS.hideSection : LABELS.showSection;
    }

    get showAddButton(): boolean {
        return this.canAddStep && !this.isAdding;
    }

    handleToggle(): void {
        this.isExpanded = !this.isExpanded;
    }

    handleAddClick(): void {
        this.isAdding = true;
        this.errorMessage = undefined;
    }

    handleAddCancel(): void {
        this.isAdding = false;
        this.errorMessage = undefined;
        this.focusAddOnRender = true;
    }

    handleAddSave(event: CustomEvent<StepValues>): void {
        if (this.isSaving) {
            return;
        }
        this.isSaving = true;
        this.errorMessage = undefined;
        const detail: NewStep = {
            ...event.detail,
            reply: {
                saved: () => {
                    this.isSaving = false;
                    this.isAdding = false;
                    this.focusAddOnRender = true;
                },
                failed: (message) => {
                    this.isSaving = false;
                    this.errorMessage = message;
                }
            }
        };
        this.dispatchEvent(new CustomEvent('addstep', { detail }));
    }

    /** An item's save goes to the panel as it is: the item hears the outcome itself. */
    handleItemEvent(event: CustomEvent): void {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
    }
}
