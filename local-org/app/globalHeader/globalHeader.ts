import { LightningElement } from 'lwc';
import { SESSION } from '../platform/session';

/**
 * The Lightning Experience header: the app name, the navigation bar, the notification bell and the
 * user switcher.
 */
export default class GlobalHeader extends LightningElement {
    get appLabel(): string {
        return SESSION.navigation.appLabel;
    }

    /** The app's tabs, from its metadata; the one the page belongs to is marked. */
    get tabs() {
        const active = SESSION.page === 'tab' ? SESSION.tabName : 'standard-Opportunity';
        return SESSION.navigation.tabs.map((tab) => {
            const isActive = tab.name === active;
            return {
                ...tab,
                itemClass: `slds-context-bar__item${isActive ? ' slds-is-active' : ''}`,
                current: isActive ? 'page' : undefined
            };
        });
    }
}
