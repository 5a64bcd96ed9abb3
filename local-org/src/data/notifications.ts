import { randomBytes } from 'node:crypto';
import { makeId, objectOfId, type Schema } from '../../../metadata/schema';
import { ORGANIZATION_ID, type Store } from './store';

/** A custom notification type as Get Records on CustomNotificationType returns it. */
export interface NotificationTypeRecord {
    Id: string;
    DeveloperName: string;
    CustomNotifTypeName: string;
    MasterLabel: string;
    Desktop: boolean;
    Mobile: boolean;
}

/** One notification of one recipient, as stored. */
export interface NotificationRow {
    id: string;
    recipientId: string;
    typeId: string;
    title: string;
    body: string;
    targetId: string;
    createdDate: string;
    lastModified: string;
    isRead: number;
    isSeen: number;
}

/** What the Send Custom Notification action is given. */
export interface CustomNotificationInput {
    customNotifTypeId: unknown;
    recipientIds: unknown;
    title: unknown;
    body: unknown;
    targetId: unknown;
}

/** A refusal of the custom notification action; the flow that sent it fails. */
export class NotificationActionError extends Error {}

// The action's limits: Salesforce refuses longer texts and more recipients.
const MAX_TITLE = 250;
const MAX_BODY = 750;
const MAX_RECIPIENTS = 500;

/**
 * The project's custom notification types as records, with ids stable for the schema (a type's
 * place among the notificationtypes files), as an org gives each deployed type one id.
 * @param schema the runtime schema
 * @returns the records, in file order
 */
export function notificationTypeRecords(schema: Schema): NotificationTypeRecord[] {
    return schema.notificationTypes.map((type, index) => ({
        Id: makeId('0ML', index + 1),
        DeveloperName: type.developerName,
        CustomNotifTypeName: type.name,
        MasterLabel: type.masterLabel ?? type.name,
        Desktop: type.desktop,
        Mobile: type.mobile
    }));
}

function requireText(value: unknown, input: string, limit: number): string {
    const text = value === null || value === undefined ? '' : String(value);
    if (text.trim() === '') {
        throw new NotificationActionError(`the notification's ${input} is blank`);
    }
    if (text.length > limit) {
        throw new NotificationActionError(
            `the notification's ${input} has ${text.length} characters; the limit is ${limit}`
        );
    }
    return text;
}

/**
 * Sends a custom notification to each recipient, as the customNotificationAction does; it is
 * stored in the same transaction as the save that sent it, so a rolled-back save sends nothing.
 * @param store the database
 * @param input the action's inputs
 * @param now the moment of the save
 * @returns the stored notifications, one per recipient
 * @throws NotificationActionError saying which input the action refuses
 */
export function sendCustomNotification(
    store: Store,
    input: CustomNotificationInput,
    now: Date
): NotificationRow[] {
    const type = notificationTypeRecords(store.schema).find(
        (record) => record.Id === input.customNotifTypeId
    );
    if (!type) {
        throw new NotificationActionError(
            `the custom notification type Id ${String(input.customNotifTypeId)} is not a notification type of this org`
        );
    }
    const recipients = Array.isArray(input.recipientIds) ? input.recipientIds : [];
    if (recipients.length === 0 || recipients.length > MAX_RECIPIENTS) {
        throw new NotificationActionError(
            `a notification needs 1 to ${MAX_RECIPIENTS} recipients; it has ${recipients.length}`
        );
    }
    const users = store.schema.objects.get('User');
    for (const recipient of recipients) {
        const user =
            users && typeof recipient === 'string' ? store.get(users, recipient) : undefined;
        if (!user || user.IsDeleted !== 0) {
            throw new NotificationActionError(
                `the recipient ${String(recipient)} is not a user of this org`
            );
        }
    }
    const targetId = String(input.targetId ?? '');
    const target = objectOfId(store.schema, targetId);
    if (!target || !store.get(target, targetId)) {
        throw new NotificationActionError(`the target ${targetId || '(blank)'} is not a record`);
    }
    const title = requireText(input.title, 'title', MAX_TITLE);
    const body = requireText(input.body, 'body', MAX_BODY);
    const insert = store.db.prepare(
        `INSERT INTO local_notification
            (id, recipientId, typeId, title, body, targetId, createdDate, lastModified)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    );
    const rows: NotificationRow[] = [];
    for (const recipientId of new Set(recipients as string[])) {
        const row: NotificationRow = {
            id: randomBytes(16).toString('hex'),
            recipientId,
            typeId: type.Id,
            title,
            body,
            targetId,
            createdDate: now.toISOString(),
            lastModified: now.toISOString(),
            isRead: 0,
            isSeen: 0
        };
        insert.run(
            row.id,
            row.recipientId,
            row.typeId,
            row.title,
            row.body,
            row.targetId,
            row.createdDate,
            row.lastModified
        );
        rows.push(row);
    }
    return rows;
}

/** Which of a user's notifications a request names: by id, or by time. */
export interface NotificationSelection {
    ids?: string[];
    before?: string;
    after?: string;
}

function selectionSql(selection: NotificationSelection): { where: string; args: string[] } {
    if (selection.ids) {
        return {
            where: `id IN (${selection.ids.map(() => '?').join(', ') || "''"})`,
            args: selection.ids
        };
    }
    if (selection.after !== undefined) {
        return { where: 'createdDate > ?', args: [selection.after] };
    }
    return {
        where: 'createdDate < ?',
        args: [selection.before ?? '9999-12-31T23:59:59.999Z']
    };
}

/**
 * Reads a user's notifications, newest first: only their own.
 * @param store the database
 * @param userId the recipient
 * @param selection which ones
 * @param size at most this many
 * @returns the notifications
 */
export function listNotifications(
    store: Store,
    userId: string,
    selection: NotificationSelection,
    size: number
): NotificationRow[] {
    const { where, args } = selectionSql(selection);
    return store.db
        .prepare(
            `SELECT * FROM local_notification WHERE recipientId = ? AND ${where}
             ORDER BY createdDate DESC, rowid DESC LIMIT ?`
        )
        .all(userId, ...args, size) as NotificationRow[];
}

/**
 * Marks a user's notifications read or unread, seen or unseen; read implies seen.
 * @param store the database
 * @param userId the recipient: nobody marks another user's notifications
 * @param selection which ones
 * @param marks the new states
 * @param now when
 * @returns how many changed
 */
export function markNotifications(
    store: Store,
    userId: string,
    selection: NotificationSelection,
    marks: { read?: boolean; seen?: boolean },
    now: Date
): number {
    const { where, args } = selectionSql(selection);
    const sets: string[] = [];
    if (marks.read !== undefined) {
        sets.push(`isRead = ${marks.read ? 1 : 0}`);
    }
    const seen = marks.seen ?? (marks.read === true ? true : undefined);
    if (seen !== undefined) {
        sets.push(`isSeen = ${seen ? 1 : 0}`);
    }
    return store.db
        .prepare(
            `UPDATE local_notification SET ${sets.join(', ')}, lastModified = ?
             WHERE recipientId = ? AND ${where}`
        )
        .run(now.toISOString(), userId, ...args).changes;
}

/**
 * A user's unread and unseen counts, as the Notification Status output has them.
 * @param store the database
 * @param userId the recipient
 * @param now the current time, given where a user has no such notification
 * @returns the status
 */
export function notificationStatus(store: Store, userId: string, now: Date) {
    const row = store.db
        .prepare(
            `SELECT
                SUM(isRead = 0) AS unread,
                SUM(isSeen = 0) AS unseen,
                MAX(createdDate) AS last,
                MIN(CASE WHEN isRead = 0 THEN createdDate END) AS oldestUnread,
                MIN(CASE WHEN isSeen = 0 THEN createdDate END) AS oldestUnseen
             FROM local_notification WHERE recipientId = ?`
        )
        .get(userId) as Record<string, string | number | null>;
    const current = now.toISOString();
    return {
        lastActivity: row.last ?? current,
        oldestUnread: row.oldestUnread ?? current,
        oldestUnseen: row.oldestUnseen ?? current,
        unreadCount: Number(row.unread ?? 0),
        unseenCount: Number(row.unseen ?? 0)
    };
}

function trimmed(text: string, limit: number): string {
    return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/**
 * A notification in the Connect REST API's Notification output shape.
 * @param row the stored notification
 * @param trimMessages shorten the title to 120 and the body to 320 characters, the API's default
 * @returns the output
 */
export function connectNotification(row: NotificationRow, trimMessages: boolean) {
    return {
        additionalData: null,
        communityId: null,
        communityName: null,
        count: 1,
        id: row.id,
        lastModified: row.lastModified,
        messageBody: trimMessages ? trimmed(row.body, 320) : row.body,
        messageTitle: trimMessages ? trimmed(row.title, 120) : row.title,
        mostRecentActivityDate: row.createdDate,
        organizationId: ORGANIZATION_ID,
        read: row.isRead === 1,
        recipientId: row.recipientId,
        seen: row.isSeen === 1,
        target: row.targetId,
        type: row.typeId,
        url: `/${row.targetId}`
    };
}
