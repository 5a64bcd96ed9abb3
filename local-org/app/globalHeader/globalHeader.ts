import { LightningElement } from 'lwc';
import { SESSION } from '../platform/session';

/** The Lightning Experience header: the app name, the navigation bar and the user switcher. */
export default class GlobalHeader extends LightningElement {
    get homeItemClass(): string {
        return `slds-context-bar__item${SESSION.page === 'home' ? ' slds-is-active' : ''}`;
    }
}
