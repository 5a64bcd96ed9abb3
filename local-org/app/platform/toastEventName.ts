/**
 * The event the platform's `ShowToastEvent` dispatches, which the page's toast container listens
 * for. It lives apart from the `lightning/platformShowToastEvent` shim, which may export only what
 * the platform module does.
 */
export const SHOW_TOAST_EVENT = 'lightning__showtoast';
