import { LightningElement } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { SESSION } from '../platform/session';

const SIGN_OUT = 'sign-out';

interface UserOption {
    username: string;
    label: string;
    checked: boolean;
}

/** Switches the signed-in demo user: signs in as the chosen one with the demo password and reloads. */
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
        const response =
            value === SIGN_OUT
                ? await fetch('/logout', {
                      method: 'POST',
                      headers: { Accept: 'application/json' }
                  })
                : await fetch('/login', {
                      method: 'POST',
                      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                      body: JSON.stringify({ username: value, password: SESSION.demoPassword })
                  });
        if (!response.ok) {
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Could not switch user',
                    message: `The local org answered ${response.status}.`,
                    variant: 'error'
                })
            );
            return;
        }
        if (value === SIGN_OUT) {
            window.location.assign('/login');
        } else {
            window.location.reload();
        }
    }
}
