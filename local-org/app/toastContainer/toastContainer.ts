import { LightningElement } from 'lwc';
import type { ShowToastEventInit } from '../platform/platformShowToastEvent';
import { SHOW_TOAST_EVENT } from '../platform/toastEventName';

interface Toast {
    id: number;
    title: string;
    message?: string;
    variant: string;
    className: string;
    role: string;
    iconName: string;
}

// How long a dismissible toast stays, as in Lightning Experience: errors longer, to be read.
const DISMISS_AFTER_MS: Record<string, number> = {
    success: 5000,
    info: 5000,
    warning: 10000,
    error: 10000
};

/** Shows the toasts components fire with ShowToastEvent, as Lightning Experience does. */
export default class ToastContainer extends LightningElement {
    toasts: Toast[] = [];
    private nextId = 1;
    private readonly listener = (event: Event) =>
        this.show((event as CustomEvent<ShowToastEventInit>).detail);

    connectedCallback(): void {
        window.addEventListener(SHOW_TOAST_EVENT, this.listener);
    }

    disconnectedCallback(): void {
        window.removeEventListener(SHOW_TOAST_EVENT, this.listener);
    }

    handleClose(event: Event): void {
        this.close(Number((event.currentTarget as HTMLElement).dataset.id));
    }

    private show(init: ShowToastEventInit): void {
        const variant = init.variant ?? 'info';
        const id = this.nextId++;
        const urgent = variant === 'error' || variant === 'warning';
        this.toasts = [
            ...this.toasts,
            {
                id,
                title: init.title,
                message: init.message,
                variant,
                className: `slds-notify slds-notify_toast slds-theme_${variant}`,
                role: urgent ? 'alert' : 'status',
                iconName: `utility:${variant}`
            }
        ];
        if (init.mode !== 'sticky') {
            setTimeout(() => this.close(id), DISMISS_AFTER_MS[variant] ?? 5000);
        }
    }

    private close(id: number): void {
        this.toasts = this.toasts.filter((toast) => toast.id !== id);
    }
}
