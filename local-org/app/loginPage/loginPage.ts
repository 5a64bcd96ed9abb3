import { LightningElement } from 'lwc';
import { SESSION } from '../platform/session';

interface UserChoice {
    username: string;
    name: string;
    title: string;
    label: string;
}

/** The sign-in page: a username and password form, and one-click sign-in as each demo user. */
export default class LoginPage extends LightningElement {
    username = '';
    password = '';
    errorMessage = '';
    demoPassword = SESSION.demoPassword;

    connectedCallback(): void {
        document.title = 'Sign in | Coaching Review local org';
        if (new URLSearchParams(window.location.search).has('error')) {
            this.errorMessage = 'Check the username and password.';
        }
    }

    get users(): UserChoice[] {
        return SESSION.users.map((user) => ({
            username: user.username,
            name: user.name,
            title: user.title,
            label: `Sign in as ${user.name}`
        }));
    }

    handleUsername(event: CustomEvent<{ value: string }>): void {
        this.username = event.detail.value;
    }

    handlePassword(event: CustomEvent<{ value: string }>): void {
        this.password = event.detail.value;
    }

    handleSubmit(event: Event): void {
        event.preventDefault();
        void this.signIn(this.username, this.password);
    }

    handleDemoUser(event: Event): void {
        const username = (event.currentTarget as HTMLElement).dataset.username ?? '';
        void this.signIn(username, SESSION.demoPassword);
    }

    private async signIn(username: string, password: string): Promise<void> {
        const response = await fetch('/login', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ username, password, next: SESSION.next })
        });
        const body = (await response.json().catch(() => ({}))) as {
            next?: string;
            message?: string;
        };
        if (!response.ok) {
            this.errorMessage = body.message ?? 'Check the username and password.';
            return;
        }
        window.location.assign(body.next ?? '/');
    }
}
