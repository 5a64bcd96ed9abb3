/** @jest-environment node */
import { serveOrg, type ServedOrg } from '../../../../test-support/localOrgFixture';

const DATA = '/services/data/v65.0';
const NOTIFICATIONS = `${DATA}/connect/notifications`;

let served: ServedOrg;
const tokens: Record<string, string> = {};

interface ConnectNotification {
    id: string;
    messageTitle: string;
    messageBody: string;
    read: boolean;
    seen: boolean;
    recipientId: string;
    target: string;
    type: string;
    mostRecentActivityDate: string;
}

interface Status {
    unreadCount: number;
    unseenCount: number;
    oldestUnread: string;
    lastActivity: string;
}

async function firstId(soql: string): Promise<string> {
    const result = await served.call(`${DATA}/query?q=${encodeURIComponent(soql)}`, {
        token: tokens.manager
    });
    return (result.body as { records: { Id: string }[] }).records[0].Id;
}

async function notificationsOf(user: string, query = ''): Promise<ConnectNotification[]> {
    const { status, body } = await served.call(`${NOTIFICATIONS}${query}`, {
        token: tokens[user]
    });
    expect(status).toBe(200);
    return (body as { notifications: ConnectNotification[] }).notifications;
}

async function statusOf(user: string): Promise<Status> {
    const { status, body } = await served.call(`${NOTIFICATIONS}/status`, { token: tokens[user] });
    expect(status).toBe(200);
    return body as Status;
}

let sellerId: string;
let dealId: string;
let asked: ConnectNotification;

beforeAll(async () => {
    served = await serveOrg();
    for (const user of ['seller', 'manager', 'seller2']) {
        tokens[user] = await served.token(user);
    }
    dealId = await firstId("SELECT Id FROM Opportunity WHERE Name LIKE 'Blue Harbor%'");
    sellerId = await firstId("SELECT Id FROM User WHERE Username = 'seller@coaching.local'");
    const reviewId = await firstId(
        `SELECT Id FROM Coaching_Review__c WHERE Opportunity__c = '${dealId}' AND Status__c = 'Open'`
    );
    // Read everything the demo data sent, so the counts below are the question's alone.
    await served.call(NOTIFICATIONS, {
        token: tokens.seller,
        method: 'PATCH',
        body: { read: true }
    });
    const created = await served.call(`${DATA}/sobjects/Coaching_Question__c`, {
        token: tokens.manager,
        method: 'POST',
        body: {
            Coaching_Review__c: reviewId,
            Question__c: 'Who else needs to see the pilot results?',
            Kind__c: 'Open question'
        }
    });
    if (created.status !== 201) {
        throw new Error(`The question was not created: ${JSON.stringify(created.body)}`);
    }
    [asked] = await notificationsOf('seller', '?size=1');
});
afterAll(() => served.close());

describe('Connect REST API notifications', () => {
    it("lists the seller's notification of the manager's question, newest first, in the API's shape", () => {
        expect(asked).toMatchObject({
            messageTitle: 'Morgan Lee asked a question on Blue Harbor - Fleet Tracking Expansion',
            messageBody: 'Who else needs to see the pilot results?',
            read: false,
            seen: false,
            recipientId: sellerId,
            target: dealId,
            type: expect.stringMatching(/^0ML\w{15}$/),
            count: 1,
            organizationId: expect.stringMatching(/^00D/)
        });
        expect(Date.parse(asked.mostRecentActivityDate)).not.toBeNaN();
    });

    it('counts unread and unseen notifications per user', async () => {
        expect(await statusOf('seller')).toMatchObject({ unreadCount: 1, unseenCount: 1 });
        expect((await statusOf('seller2')).unreadCount).toBe(0);
    });

    it("shows each user only their own notifications, and refuses another's by id", async () => {
        const managers = await notificationsOf('manager', '?size=50');
        expect(managers.map((notification) => notification.id)).not.toContain(asked.id);
        expect(await notificationsOf('seller2')).toEqual([]);
        for (const method of ['GET', 'PATCH']) {
            const { status, body } = await served.call(`${NOTIFICATIONS}/${asked.id}`, {
                token: tokens.manager,
                method,
                body: method === 'PATCH' ? { read: true } : undefined
            });
            expect(status).toBe(404);
            expect(body).toEqual([expect.objectContaining({ errorCode: 'NOT_FOUND' })]);
        }
        const bulk = await served.call(NOTIFICATIONS, {
            token: tokens.manager,
            method: 'PATCH',
            body: { notificationIds: [asked.id], read: true }
        });
        expect(bulk.status).toBe(404);
        expect((await statusOf('seller')).unreadCount).toBe(1);
    });

    it('marks one notification read, which also marks it seen', async () => {
        const { status, body } = await served.call(`${NOTIFICATIONS}/${asked.id}`, {
            token: tokens.seller,
            method: 'PATCH',
            body: { read: true }
        });
        expect(status).toBe(200);
        expect(body).toMatchObject({ id: asked.id, read: true, seen: true });
        expect(await statusOf('seller')).toMatchObject({ unreadCount: 0, unseenCount: 0 });
        const unread = await served.call(NOTIFICATIONS, {
            token: tokens.seller,
            method: 'PATCH',
            body: { notificationIds: [asked.id], read: 'false' }
        });
        expect(unread.status).toBe(200);
        expect(unread.body).toEqual({
            notifications: [expect.objectContaining({ id: asked.id, read: false, seen: true })]
        });
        expect(await statusOf('seller')).toMatchObject({ unreadCount: 1, unseenCount: 0 });
    });

    it('pages by size and time', async () => {
        const all = await notificationsOf('seller', '?size=50');
        expect(all.length).toBeGreaterThan(3);
        expect(await notificationsOf('seller', '?size=2')).toEqual(all.slice(0, 2));
        const after = await notificationsOf(
            'seller',
            `?after=${encodeURIComponent(all[1].mostRecentActivityDate)}`
        );
        expect(after.map((notification) => notification.id)).toContain(asked.id);
        const trimmed = await served.call(`${NOTIFICATIONS}/${asked.id}?trimMessages=false`, {
            token: tokens.seller
        });
        expect(trimmed.body).toMatchObject({ messageBody: asked.messageBody });
    });

    it.each([
        [
            'a size that is not a number',
            'GET',
            '?size=ten',
            undefined,
            /size must be a whole number/
        ],
        ['a size of zero', 'GET', '?size=0', undefined, /size must be a whole number/],
        [
            'before and after together',
            'GET',
            '?before=2026-01-01T00:00:00Z&after=2026-01-01T00:00:00Z',
            undefined,
            /before or after, not both/
        ],
        ['a date that is not ISO 8601', 'GET', '?before=yesterday', undefined, /ISO 8601/],
        ['an unknown parameter', 'GET', '?unread=true', undefined, /no parameter unread/],
        ['a body that is not an object', 'PATCH', '', [true], /must be a JSON object/],
        ['nothing to mark', 'PATCH', '', {}, /send read, seen or both/],
        [
            'read without seen',
            'PATCH',
            '',
            { read: true, seen: false },
            /read true with seen false/
        ],
        [
            'a flag that is not a boolean',
            'PATCH',
            '',
            { read: 'yes' },
            /read must be true or false/
        ],
        [
            'ids and a date together',
            'PATCH',
            '',
            { notificationIds: ['x'], before: '2026-01-01T00:00:00Z', read: true },
            /notificationIds or before, not both/
        ],
        [
            'too many ids',
            'PATCH',
            '',
            { notificationIds: Array.from({ length: 51 }, (_, i) => `n${i}`), read: true },
            /1 to 50 notification ids/
        ],
        [
            'an unknown field',
            'PATCH',
            '',
            { read: true, archived: true },
            /Unrecognized field "archived"/
        ]
    ])('refuses %s with a clear 400', async (_case, method, query, body, message) => {
        const response = await served.call(`${NOTIFICATIONS}${query}`, {
            token: tokens.seller,
            method,
            body
        });
        expect(response.status).toBe(400);
        expect(response.body).toEqual([
            expect.objectContaining({
                errorCode: 'INVALID_API_INPUT',
                message: expect.stringMatching(message)
            })
        ]);
    });

    it('refuses JSON that does not parse, and a caller without a session', async () => {
        const broken = await served.call(NOTIFICATIONS, {
            token: tokens.seller,
            method: 'PATCH',
            headers: { 'Content-Type': 'application/json' },
            raw: '{"read": tru'
        });
        expect(broken.status).toBe(400);
        expect(broken.body).toEqual([expect.objectContaining({ errorCode: 'JSON_PARSER_ERROR' })]);
        expect((await served.call(NOTIFICATIONS)).status).toBe(401);
    });
});
