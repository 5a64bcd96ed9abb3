import { LightningElement } from 'lwc';
import { dataUrl } from '../platform/session';

/** A notification as the Connect REST API's notifications resource returns it. */
interface ConnectNotification {
    id: string;
    messageTitle: string;
    messageBody: string;
    mostRecentActivityDate: string;
    read: boolean;
    target: string;
}

interface Item {
    id: string;
    title: string;
    body: string;
    time: string;
    unread: boolean;
    url: string;
    itemClass: string;
}

// As many as the resource gives in one page: the bell shows the latest, newest first.
const PAGE_SIZE = 20;

/**
 * The notification bell of the header: the signed-in user's custom notifications from the
 * Connect REST API, an unread count, and a panel where opening one marks it read and goes to its
 * deal. It refreshes when the page loads and whenever the window regains focus.
 */
export default class NotificationBell extends LightningElement {
    open = false;
    notifications: ConnectNotification[] = [];
    /** From the status resource: it counts every unread notification, beyond the page shown. */
    unreadCount = 0;
    loaded = false;
    loadError = '';
    private readonly refreshOnFocus = () => void this.refresh();
    private readonly closeOnOutsideClick = (event: MouseEvent) => {
        const host = this.template?.host;
        if (this.open && host && !event.composedPath().includes(host)) {
            this.open = false;
        }
    };

    connectedCallback(): void {
        void this.refresh();
        window.addEventListener('focus', this.refreshOnFocus);
        document.addEventListener('click', this.closeOnOutsideClick);
    }

    disconnectedCallback(): void {
        window.removeEventListener('focus', this.refreshOnFocus);
        document.removeEventListener('click', this.closeOnOutsideClick);
    }

    get hasUnread(): boolean {
        return this.unreadCount > 0;
    }

    get hasNotifications(): boolean {
        return this.notifications.length > 0;
    }

    get buttonLabel(): string {
        const count = this.unreadCount;
        if (!this.loaded) {
            return 'Notifications';
        }
        if (count === 0) {
            return 'Notifications: none unread';
        }
        return `Notifications: ${count} unread`;
    }

    get expandedText(): string {
        return String(this.open);
    }

    get items(): Item[] {
        return this.notifications.map((notification) => ({
            id: notification.id,
            title: notification.messageTitle,
            body: notification.messageBody,
            time: notification.mostRecentActivityDate,
            unread: !notification.read,
            // Every coaching notification targets its deal, the Opportunity.
            url: `/lightning/r/Opportunity/${notification.target}/view`,
            itemClass: notification.read ? 'bell-read' : 'bell-unread'
        }));
    }

    async handleToggle(): Promise<void> {
        this.open = !this.open;
        if (this.open) {
            await this.refresh();
            this.focusFirst();
        }
    }

    handleKeydown(event: KeyboardEvent): void {
        if (event.key === 'Escape' && this.open) {
            event.stopPropagation();
            this.open = false;
            this.template?.querySelector<HTMLButtonElement>('.bell-button')?.focus();
        }
    }

    async handleOpen(event: MouseEvent): Promise<void> {
        const link = event.currentTarget as HTMLAnchorElement;
        const notification = this.notifications.find((entry) => entry.id === link.dataset.id);
        if (!notification || notification.read) {
            return;
        }
        // Mark it read before leaving the page; a failure still opens the deal, as it stays unread.
        event.preventDefault();
        try {
            await this.send('PATCH', `/${encodeURIComponent(notification.id)}`, { read: true });
        } finally {
            window.location.assign(link.href);
        }
    }

    private focusFirst(): void {
        // The panel renders on the next frame; focus its first notification, or the panel itself.
        requestAnimationFrame(() => {
            const first =
                this.template?.querySelector<HTMLElement>('.bell-item') ??
                this.template?.querySelector<HTMLElement>('.bell-panel');
            first?.focus();
        });
    }

    private async refresh(): Promise<void> {
        try {
            const [list, status] = (await Promise.all([
                this.send('GET', `?size=${PAGE_SIZE}`),
                this.send('GET', '/status')
            ])) as [{ notifications: ConnectNotification[] }, { unreadCount: number }];
            this.notifications = list.notifications;
            this.unreadCount = status.unreadCount;
            this.loaded = true;
            this.loadError = '';
        } catch {
            this.loadError = 'Notifications could not be loaded. Reload the page to try again.';
        }
    }

    private async send(method: string, path: string, body?: unknown): Promise<unknown> {
        const response = await fetch(dataUrl(`/connect/notifications${path}`), {
            method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (!response.ok) {
            throw new Error(`The local org answered ${response.status}.`);
        }
        return response.json();
    }
}
