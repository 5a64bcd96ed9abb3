import { apiError } from '../../errors';
import { contextOf, jsonBody, type ApiRequest, type Route } from '../http';
import {
    connectNotification,
    listNotifications,
    markNotifications,
    notificationStatus,
    type NotificationSelection
} from '../../data/notifications';

const CONNECT = '^/services/data/v\\d+\\.\\d+/connect/notifications';

// The Connect REST API's limits for the notifications resources.
const DEFAULT_SIZE = 10;
const MAX_SIZE = 50;
const MAX_IDS = 50;

function invalid(message: string): Error {
    return apiError(400, 'INVALID_API_INPUT', message);
}

function isoDate(name: string, value: string): string {
    const time = Date.parse(value);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time)) {
        throw invalid(
            `${name} must be an ISO 8601 date and time, such as 2026-06-25T18:24:31.000Z; it was ${value}.`
        );
    }
    return new Date(time).toISOString();
}

// The API reads booleans from JSON booleans and from the strings its own examples send.
function flag(name: string, value: unknown): boolean | undefined {
    if (value === undefined || value === null) {
        return undefined;
    }
    if (value === true || value === 'true') {
        return true;
    }
    if (value === false || value === 'false') {
        return false;
    }
    throw invalid(`${name} must be true or false; it was ${JSON.stringify(value)}.`);
}

function listOptions(request: ApiRequest): {
    selection: NotificationSelection;
    size: number;
    trim: boolean;
} {
    const params = request.url.searchParams;
    const known = new Set(['size', 'before', 'after', 'trimMessages']);
    for (const name of params.keys()) {
        if (!known.has(name)) {
            throw invalid(
                `The notifications resource has no parameter ${name}: use size, before, after or trimMessages.`
            );
        }
    }
    const rawSize = params.get('size');
    if (rawSize !== null && !/^\d+$/.test(rawSize)) {
        throw invalid(`size must be a whole number from 1 to ${MAX_SIZE}; it was ${rawSize}.`);
    }
    const size = rawSize === null ? DEFAULT_SIZE : Number(rawSize);
    if (size < 1) {
        throw invalid(`size must be a whole number from 1 to ${MAX_SIZE}; it was ${rawSize}.`);
    }
    const before = params.get('before');
    const after = params.get('after');
    if (before !== null && after !== null) {
        throw invalid('Send before or after, not both.');
    }
    return {
        selection: {
            before: before === null ? undefined : isoDate('before', before),
            after: after === null ? undefined : isoDate('after', after)
        },
        size: Math.min(size, MAX_SIZE),
        trim: flag('trimMessages', params.get('trimMessages') ?? undefined) ?? true
    };
}

function marks(body: Record<string, unknown>): { read?: boolean; seen?: boolean } {
    const read = flag('read', body.read);
    const seen = flag('seen', body.seen);
    if (read === undefined && seen === undefined) {
        throw invalid('Say what to mark: send read, seen or both, as true or false.');
    }
    if (read === true && seen === false) {
        throw invalid(
            'A notification marked read is also seen: read true with seen false is refused.'
        );
    }
    return { read, seen };
}

function objectBody(request: ApiRequest, allowed: string[]): Record<string, unknown> {
    const body = jsonBody(request);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw invalid('The request body must be a JSON object, such as {"read": true}.');
    }
    for (const key of Object.keys(body)) {
        if (!allowed.includes(key)) {
            throw invalid(`Unrecognized field "${key}": the body takes ${allowed.join(', ')}.`);
        }
    }
    return body as Record<string, unknown>;
}

function notFound(id: string): Error {
    return apiError(
        404,
        'NOT_FOUND',
        `The notification ${id} does not exist or is not yours: each user reads and marks only their own notifications.`
    );
}

function ownNotification(request: ApiRequest, id: string) {
    const context = contextOf(request);
    const [row] = listNotifications(context.store, context.access.userId, { ids: [id] }, 1);
    if (!row) {
        throw notFound(id);
    }
    return row;
}

/**
 * The Connect REST API's notification resources: the signed-in user's notifications, one
 * notification, marking them read or seen, and the unread and unseen counts. A user reaches only
 * their own notifications.
 * @returns the routes
 */
export function connectRoutes(): Route[] {
    return [
        {
            method: 'GET',
            pattern: new RegExp(`${CONNECT}/status/?$`),
            signedIn: true,
            handle(request) {
                const context = contextOf(request);
                return {
                    status: 200,
                    body: notificationStatus(context.store, context.access.userId, context.now)
                };
            }
        },
        {
            method: 'GET',
            pattern: new RegExp(`${CONNECT}/?$`),
            signedIn: true,
            handle(request) {
                const context = contextOf(request);
                const { selection, size, trim } = listOptions(request);
                const rows = listNotifications(
                    context.store,
                    context.access.userId,
                    selection,
                    size
                );
                return {
                    status: 200,
                    body: { notifications: rows.map((row) => connectNotification(row, trim)) }
                };
            }
        },
        {
            method: 'PATCH',
            pattern: new RegExp(`${CONNECT}/?$`),
            signedIn: true,
            handle(request) {
                const context = contextOf(request);
                const body = objectBody(request, ['notificationIds', 'before', 'read', 'seen']);
                const ids = body.notificationIds;
                if (ids !== undefined && body.before !== undefined) {
                    throw invalid('Send notificationIds or before, not both.');
                }
                if (
                    ids !== undefined &&
                    (!Array.isArray(ids) ||
                        ids.length === 0 ||
                        ids.length > MAX_IDS ||
                        ids.some((id) => typeof id !== 'string'))
                ) {
                    throw invalid(`notificationIds must list 1 to ${MAX_IDS} notification ids.`);
                }
                if (body.before !== undefined && typeof body.before !== 'string') {
                    throw invalid('before must be an ISO 8601 date and time, as text.');
                }
                const selection: NotificationSelection = ids
                    ? { ids: ids as string[] }
                    : {
                          before:
                              body.before === undefined
                                  ? undefined
                                  : isoDate('before', body.before as string)
                      };
                for (const id of selection.ids ?? []) {
                    ownNotification(request, id);
                }
                markNotifications(
                    context.store,
                    context.access.userId,
                    selection,
                    marks(body),
                    context.now
                );
                const rows = selection.ids
                    ? selection.ids.map((id) => ownNotification(request, id))
                    : listNotifications(context.store, context.access.userId, selection, MAX_SIZE);
                return {
                    status: 200,
                    body: { notifications: rows.map((row) => connectNotification(row, true)) }
                };
            }
        },
        {
            method: 'GET',
            pattern: new RegExp(`${CONNECT}/(\\w+)/?$`),
            signedIn: true,
            handle(request) {
                const trim = flag(
                    'trimMessages',
                    request.url.searchParams.get('trimMessages') ?? undefined
                );
                return {
                    status: 200,
                    body: connectNotification(
                        ownNotification(request, request.params[0]),
                        trim ?? true
                    )
                };
            }
        },
        {
            method: 'PATCH',
            pattern: new RegExp(`${CONNECT}/(\\w+)/?$`),
            signedIn: true,
            handle(request) {
                const context = contextOf(request);
                const id = request.params[0];
                ownNotification(request, id);
                const body = objectBody(request, ['read', 'seen']);
                markNotifications(
                    context.store,
                    context.access.userId,
                    { ids: [id] },
                    marks(body),
                    context.now
                );
                return {
                    status: 200,
                    body: connectNotification(ownNotification(request, id), true)
                };
            }
        }
    ];
}
