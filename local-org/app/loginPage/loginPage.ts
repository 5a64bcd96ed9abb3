import { LightningElement } from 'lwc';
import { SESSION } from '../platform/session';

interface UserChoice {
    username: string;
    name: string;
    title: string;
    label: string;
}

/**
 * The sign-in page: a username and password form, and the demo users, whose button fills in the
 * username. The password is never in the page: the local org prints it where it was started.
 */
export default class LoginPage extends LightningElement {
    username = new URLSearchParams(window.location.search).get('username') ?? '';
    password = '';
    errorMessage = '';

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
        this.username = (event.currentTarget as HTMLElement).dataset.username ?? '';
        this.passwordInput?.focus();
    }

    private focusedOnArrival = false;

    renderedCallback(): void {
        // Arriving from the user switcher, the username is filled in: the password is next.
        if (!this.focusedOnArrival && this.username) {
            this.focusedOnArrival = true;
            this.passwordInput?.focus();
        }
    }

    private get passwordInput(): HTMLElement | null {
        return this.template?.querySelector('lightning-input[data-id="password"]') ?? null;
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
