import { LightningElement, api } from 'lwc';

/** One button of a row. */
export interface RowAction {
    /** Sent back in the `action` event; also the button's class, for tests and styling. */
    name: string;
    label: string;
    /** A lightning-button variant; rows give equal choices the same one. */
    variant?: string;
}

/** Which button the user pressed. */
export interface RowActionEvent {
    name: string;
}

/**
 * The buttons of one question or next step, as a group named after the item, so screen readers
 * say what each button acts on. It sends `action` with the pressed button's name.
 */
export default class CoachingRowActions extends LightningElement {
    /** The buttons, in order. */
    @api actions: RowAction[] = [];
    /** What the buttons act on, read out as the group's name. */
    @api groupLabel = '';
    /** True while a change is being saved: every button is disabled. */
    @api disabled = false;

    get buttons(): (RowAction & { className: string; buttonVariant: string })[] {
        return (this.actions ?? []).map((action, index) => ({
            ...action,
            className: index === 0 ? action.name : `${action.name} slds-var-m-left_x-small`,
            buttonVariant: action.variant ?? 'neutral'
        }));
    }

    /**
     * Moves focus to a button, or to the first one.
     * @param name the button's name
     * @returns whether a button took focus
     */
    @api
    focusAction(name?: string): boolean {
        const selector = name ? `lightning-button[data-name="${name}"]` : 'lightning-button';
        const button = this.template?.querySelector<HTMLElement>(selector);
        button?.focus();
        return Boolean(button);
    }

    handleClick(event: Event): void {
        // A second click before the disabled buttons render must not send a second change.
        if (this.disabled) {
            return;
        }
        const detail: RowActionEvent = {
            name: (event.currentTarget as HTMLElement).dataset.name ?? ''
        };
        this.dispatchEvent(new CustomEvent('action', { detail }));
    }
}
