import { LightningElement } from 'lwc';
import { SESSION } from '../platform/session';

/** The page shell: the global header, the page the URL names, and the toast container. */
export default class Shell extends LightningElement {
    get isLogin(): boolean {
        return SESSION.page === 'login';
    }

    get isRecord(): boolean {
        return SESSION.page === 'record';
    }

    get isTab(): boolean {
        return SESSION.page === 'tab';
    }

    get tabComponents(): string[] {
        return SESSION.tabComponents ?? [];
    }

    get recordId(): string | undefined {
        return SESSION.recordId;
    }
}
