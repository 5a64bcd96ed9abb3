/**
 * Stands in for `lightning/platformShowToastEvent` off the platform: the event bubbles out of every
 * shadow root to the window, where the page's toast container shows it.
 */

import { SHOW_TOAST_EVENT } from './toastEventName';

export interface ShowToastEventInit {
    title: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
    constructor(init: ShowToastEventInit) {
        super(SHOW_TOAST_EVENT, { bubbles: true, composed: true, cancelable: true, detail: init });
    }
}
