import { LightningElement } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { SESSION } from '../platform/session';

const SIGN_OUT = 'sign-out';

interface UserOption {
    username: string;
    label: string;
    checked: boolean;
}

/**
 * Switches the signed-in demo user: the sign-in page with the chosen username filled in, coming
 * back to this page. The page never holds a password to sign in with.
 */
export default class UserSwitcher extends LightningElement {
    signOut = SIGN_OUT;

    get currentName(): string {
        return SESSION.users.find((user) => user.id === SESSION.userId)?.name ?? 'Signed out';
    }

    get users(): UserOption[] {
        return SESSION.users.map((user) => ({
            username: user.username,
            label: `${user.name} · ${user.title}`,
            checked: user.id === SESSION.userId
        }));
    }

    async handleSelect(event: CustomEvent<{ value: string }>): Promise<void> {
        const value = event.detail.value;
        if (value !== SIGN_OUT) {
            const query = new URLSearchParams({ username: value, next: window.location.pathname });
            window.location.assign(`/login?${query.toString()}`);
            return;
        }
        const response = await fetch('/logout', {
            method: 'POST',
            headers: { Accept: 'application/json' }
        });
        if (!response.ok) {
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Could not sign out',
                    message: `The local org answered ${response.status}.`,
                    variant: 'error'
                })
            );
            return;
        }
        window.location.assign('/login');
    }
}
