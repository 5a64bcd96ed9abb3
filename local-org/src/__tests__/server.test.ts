/** @jest-environment node */
import { rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import jsforce from 'jsforce';
import { accessToken, callOrg, signIn, type CallOptions, type OrgResponse } from '../client';
import { loadDemoData } from '../../../data/demoData';
import { startLocalOrg, type LocalOrg } from '../server';
import { PROJECT_ROOT, tempDataDir } from '../../../test-support/localOrgFixture';

const DATA = '/services/data/v65.0';
let dir: string;
let org: LocalOrg;
const tokens: Record<string, string> = {};

function call(
    path: string,
    options: Omit<CallOptions, 'token'> & { as?: string } = {}
): Promise<OrgResponse> {
    const { as, ...rest } = options;
    return callOrg(org.url, path, { ...rest, token: as ? tokens[as] : undefined });
}

async function idOf(as: string, soql: string): Promise<string> {
    const result = await call(`${DATA}/query?q=${encodeURIComponent(soql)}`, { as });
    return (result.body as { records: { Id: string }[] }).records[0].Id;
}

const codes = (body: unknown) => (body as { errorCode: string }[]).map((error) => error.errorCode);

beforeAll(async () => {
    dir = tempDataDir();
    org = await startLocalOrg({ projectRoot: PROJECT_ROOT, dataDir: dir, port: 0 });
    for (const user of ['seller', 'manager', 'seller2', 'admin']) {
        tokens[user] = await accessToken(org.url, user);
    }
});

afterAll(async () => {
    await org.close();
    rmSync(dir, { recursive: true, force: true });
});

describe('local org server', () => {
    describe('sign-in and sessions', () => {
        it('returns a token like Salesforce OAuth', async () => {
            const { status, body } = await signIn(org.url, 'seller');
            expect(status).toBe(200);
            expect(body).toMatchObject({
                instance_url: org.url,
                token_type: 'Bearer',
                id: expect.stringMatching(/\/id\/00D\w+\/005\w+$/),
                issued_at: expect.any(String),
                signature: expect.any(String)
            });
        });

        it('refuses a wrong password and an unknown grant type', async () => {
            const wrong = await fetch(`${org.url}/services/oauth2/token`, {
                method: 'POST',
                body: 'grant_type=password&username=seller@coaching.local&password=nope'
            });
            expect(wrong.status).toBe(400);
            expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
            const grant = await fetch(`${org.url}/services/oauth2/token`, {
                method: 'POST',
                body: 'grant_type=code'
            });
            expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
        });

        it('answers INVALID_SESSION_ID without or with an unknown token', async () => {
            const missing = await call(`${DATA}/sobjects`);
            expect(missing.status).toBe(401);
            expect(codes(missing.body)).toEqual(['INVALID_SESSION_ID']);
            const unknown = await call(`${DATA}/sobjects`, {
                headers: { Authorization: 'Bearer nope' }
            });
            expect(unknown.status).toBe(401);
        });
    });

    describe('discovery', () => {
        it('lists versions, resources and limits', async () => {
            expect((await call('/services/data')).body).toEqual([
                expect.objectContaining({ version: '65.0' })
            ]);
            expect((await call(`${DATA}/`, { as: 'seller' })).body).toMatchObject({
                query: `${DATA}/query`
            });
            expect(
                (await call('/services/data/v58.0/limits', { as: 'seller' })).body
            ).toHaveProperty('DailyApiRequests');
        });

        it("names the signed-in user's identity URL among a version's resources", async () => {
            const token = (await signIn(org.url, 'seller2')).body as Record<string, string>;
            const resources = await call(`${DATA}/`, {
                headers: { Authorization: `Bearer ${token.access_token}` }
            });
            const identity = (resources.body as { identity: string }).identity;
            expect(identity).toBe(token.id);
            const me = await call(new URL(identity).pathname, {
                headers: { Authorization: `Bearer ${token.access_token}` }
            });
            expect(me.body).toMatchObject({ username: 'seller2@coaching.local' });
        });

        it('describes objects per user', async () => {
            const global = await call(`${DATA}/sobjects`, { as: 'seller' });
            const objects = (global.body as { sobjects: { name: string; createable: boolean }[] })
                .sobjects;
            expect(
                objects.find((object) => object.name === 'Seller_Next_Step__c')?.createable
            ).toBe(true);
            expect(objects.find((object) => object.name === 'Account')?.createable).toBe(false);
            const basic = await call(`${DATA}/sobjects/Coaching_Review__c`, { as: 'manager' });
            expect(basic.body).toMatchObject({
                objectDescribe: { keyPrefix: expect.stringMatching(/^a0/) }
            });
            const describe = await call(`${DATA}/sobjects/Coaching_Question__c/describe`, {
                as: 'seller'
            });
            const fields = (describe.body as { fields: { name: string; updateable: boolean }[] })
                .fields;
            expect(fields.find((field) => field.name === 'Answer__c')?.updateable).toBe(true);
            expect(fields.find((field) => field.name === 'Answered_At__c')?.updateable).toBe(false);
            const unknown = await call(`${DATA}/sobjects/Nothing__c/describe`, { as: 'seller' });
            expect(unknown.status).toBe(404);
            expect(codes(unknown.body)).toEqual(['NOT_FOUND']);
        });
    });

    describe('records', () => {
        it('creates, reads, updates and refuses stale updates', async () => {
            const opportunityId = await idOf(
                'seller',
                "SELECT Id FROM Opportunity WHERE Name LIKE 'Summit%'"
            );
            const created = await call(`${DATA}/sobjects/Seller_Next_Step__c`, {
                as: 'seller',
                method: 'POST',
                body: { Opportunity__c: opportunityId, Action__c: 'Map the warehouse data sources' }
            });
            expect(created).toMatchObject({ status: 201, body: { success: true, errors: [] } });
            const id = (created.body as { id: string }).id;
            const read = await call(
                `${DATA}/sobjects/Seller_Next_Step__c/${id}?fields=Action__c,Status__c`,
                {
                    as: 'seller'
                }
            );
            expect(read.body).toEqual({
                attributes: {
                    type: 'Seller_Next_Step__c',
                    url: `${DATA}/sobjects/Seller_Next_Step__c/${id}`
                },
                Action__c: 'Map the warehouse data sources',
                Status__c: 'Planned'
            });
            const patched = await call(`${DATA}/sobjects/Seller_Next_Step__c/${id}`, {
                as: 'seller',
                method: 'PATCH',
                body: { Status__c: 'Done' }
            });
            expect(patched.status).toBe(204);
            const stale = await call(`${DATA}/sobjects/Seller_Next_Step__c/${id}`, {
                as: 'seller',
                method: 'PATCH',
                body: { Status__c: 'Planned' },
                headers: { 'If-Unmodified-Since': new Date(Date.now() - 60_000).toUTCString() }
            });
            expect(stale.status).toBe(412);
            expect(codes(stale.body)).toEqual(['PRECONDITION_FAILED']);
            const unknownField = await call(
                `${DATA}/sobjects/Seller_Next_Step__c/${id}?fields=Nope__c`,
                {
                    as: 'seller'
                }
            );
            expect(codes(unknownField.body)).toEqual(['INVALID_FIELD']);
        });

        it("refuses the manager's edit of a seller's next step with the rule's message", async () => {
            const stepId = await idOf(
                'seller',
                "SELECT Id FROM Seller_Next_Step__c WHERE Action__c LIKE 'Send the ROI%'"
            );
            const response = await call(`${DATA}/sobjects/Seller_Next_Step__c/${stepId}`, {
                as: 'manager',
                method: 'PATCH',
                body: { Action__c: 'Send the ROI model today' }
            });
            expect(response.status).toBe(400);
            expect(response.body).toEqual([
                {
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: expect.stringContaining('Only the seller who wrote this next step'),
                    fields: ['Action__c']
                }
            ]);
        });

        it("hides the first seller's deal from the second seller", async () => {
            const dealId = await idOf(
                'seller',
                "SELECT Id FROM Opportunity WHERE Name LIKE 'Blue Harbor%'"
            );
            const response = await call(`${DATA}/sobjects/Opportunity/${dealId}`, {
                as: 'seller2'
            });
            expect(response.status).toBe(404);
            expect(codes(response.body)).toEqual(['NOT_FOUND']);
            const query = await call(
                `${DATA}/query?q=${encodeURIComponent('SELECT Id FROM Opportunity')}`,
                {
                    as: 'seller2'
                }
            );
            expect(
                (query.body as { records: { Id: string }[] }).records.map((record) => record.Id)
            ).not.toContain(dealId);
        });

        it.each([
            ['unknown field', { Action__c: 'x', Nope__c: 1 }, 'INVALID_FIELD'],
            ['missing required field', {}, 'REQUIRED_FIELD_MISSING'],
            ['too long text', { Action__c: 'x'.repeat(300) }, 'STRING_TOO_LONG'],
            [
                'restricted picklist',
                { Action__c: 'x', Status__c: 'Later' },
                'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
            ],
            [
                'wrong type',
                { Action__c: 'x', Due_Date__c: 'tomorrow' },
                'INVALID_TYPE_ON_FIELD_IN_RECORD'
            ],
            [
                'bad reference',
                { Action__c: 'x', Opportunity__c: '0060L0000000zzz' },
                'INVALID_CROSS_REFERENCE_KEY'
            ]
        ])('refuses a %s with 400', async (_name, fields, code) => {
            const opportunityId = await idOf(
                'seller',
                "SELECT Id FROM Opportunity WHERE Name LIKE 'Summit%'"
            );
            const response = await call(`${DATA}/sobjects/Seller_Next_Step__c`, {
                as: 'seller',
                method: 'POST',
                body: { Opportunity__c: opportunityId, ...fields }
            });
            expect(response.status).toBe(400);
            expect(codes(response.body)).toEqual([code]);
        });

        it('lets only admins delete, then reports ENTITY_IS_DELETED', async () => {
            const stepId = await idOf(
                'seller',
                "SELECT Id FROM Seller_Next_Step__c WHERE Action__c LIKE 'Confirm the legal%'"
            );
            const refused = await call(`${DATA}/sobjects/Seller_Next_Step__c/${stepId}`, {
                as: 'seller',
                method: 'DELETE'
            });
            expect(codes(refused.body)).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
            expect(
                (
                    await call(`${DATA}/sobjects/Seller_Next_Step__c/${stepId}`, {
                        as: 'admin',
                        method: 'DELETE'
                    })
                ).status
            ).toBe(204);
            const gone = await call(`${DATA}/sobjects/Seller_Next_Step__c/${stepId}`, {
                as: 'admin'
            });
            expect(gone.status).toBe(404);
            expect(codes(gone.body)).toEqual(['ENTITY_IS_DELETED']);
        });
    });

    describe('bad requests', () => {
        it('answers malformed JSON, oversized bodies and unknown routes', async () => {
            const malformed = await call(`${DATA}/sobjects/Seller_Next_Step__c`, {
                as: 'seller',
                method: 'POST',
                raw: '{"Action__c": '
            });
            expect(malformed.status).toBe(400);
            expect(codes(malformed.body)).toEqual(['JSON_PARSER_ERROR']);
            const huge = await call(`${DATA}/sobjects/Seller_Next_Step__c`, {
                as: 'seller',
                method: 'POST',
                raw: JSON.stringify({ Action__c: 'x'.repeat(1_100_000) })
            });
            expect(huge.status).toBe(413);
            expect((huge.body as { message: string }[])[0].message).toMatch(/larger than/);
            const unknown = await call('/services/nothing', { as: 'seller' });
            expect(unknown.status).toBe(404);
            expect(codes(unknown.body)).toEqual(['NOT_FOUND']);
        });

        it('answers a Host header that makes no URL, and keeps serving', async () => {
            const status = await new Promise<number | undefined>((resolve, reject) => {
                const sent = httpRequest(
                    `${org.url}${DATA}/`,
                    { headers: { Host: '[' } },
                    (res) => {
                        res.resume();
                        res.on('end', () => resolve(res.statusCode));
                    }
                );
                sent.on('error', reject);
                sent.end();
            });
            expect(status).toBe(400);
            expect((await call(`${DATA}/sobjects`, { as: 'seller' })).status).toBe(200);
        });

        it('answers MALFORMED_QUERY for SOQL it does not support', async () => {
            const response = await call(
                `${DATA}/query?q=${encodeURIComponent('SELECT Id FROM Opportunity FOR UPDATE')}`,
                {
                    as: 'seller'
                }
            );
            expect(response.status).toBe(400);
            expect(codes(response.body)).toEqual(['MALFORMED_QUERY']);
        });

        it('answers MALFORMED_QUERY for a date that is not on the calendar', async () => {
            const response = await call(
                `${DATA}/query?q=${encodeURIComponent('SELECT Id FROM Opportunity WHERE CloseDate > 2025-13-45')}`,
                { as: 'seller' }
            );
            expect(response.status).toBe(400);
            expect(codes(response.body)).toEqual(['MALFORMED_QUERY']);
        });
    });

    describe('composite/sobjects', () => {
        const step = (opportunityId: string, action: unknown) => ({
            attributes: { type: 'Seller_Next_Step__c' },
            Opportunity__c: opportunityId,
            Action__c: action
        });

        it('creates all or none', async () => {
            const opportunityId = await idOf(
                'seller',
                "SELECT Id FROM Opportunity WHERE Name LIKE 'Summit%'"
            );
            const count = async () =>
                (
                    (
                        await call(
                            `${DATA}/query?q=${encodeURIComponent('SELECT COUNT() FROM Seller_Next_Step__c')}`,
                            {
                                as: 'seller'
                            }
                        )
                    ).body as { totalSize: number }
                ).totalSize;
            const before = await count();
            const rolledBack = await call(`${DATA}/composite/sobjects`, {
                as: 'seller',
                method: 'POST',
                body: {
                    allOrNone: true,
                    records: [step(opportunityId, 'One'), step(opportunityId, null)]
                }
            });
            expect(rolledBack.status).toBe(200);
            expect(rolledBack.body).toEqual([
                {
                    success: false,
                    errors: [
                        expect.objectContaining({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' })
                    ]
                },
                {
                    success: false,
                    errors: [expect.objectContaining({ statusCode: 'REQUIRED_FIELD_MISSING' })]
                }
            ]);
            expect(await count()).toBe(before);
            const partial = await call(`${DATA}/composite/sobjects`, {
                as: 'seller',
                method: 'POST',
                body: {
                    allOrNone: false,
                    records: [step(opportunityId, 'One'), step(opportunityId, null)]
                }
            });
            expect(partial.body).toEqual([
                { id: expect.any(String), success: true, errors: [] },
                {
                    success: false,
                    errors: [expect.objectContaining({ statusCode: 'REQUIRED_FIELD_MISSING' })]
                }
            ]);
            expect(await count()).toBe(before + 1);
            const id = (partial.body as { id: string }[])[0].id;
            const updated = await call(`${DATA}/composite/sobjects`, {
                as: 'seller',
                method: 'PATCH',
                body: {
                    records: [
                        {
                            attributes: { type: 'Seller_Next_Step__c' },
                            Id: id,
                            Status__c: 'Dropped'
                        }
                    ]
                }
            });
            expect(updated.body).toEqual([{ id, success: true, errors: [] }]);
            const nullRecord = await call(`${DATA}/composite/sobjects`, {
                as: 'seller',
                method: 'PATCH',
                body: { records: [null] }
            });
            expect(nullRecord.status).toBe(200);
            expect(nullRecord.body).toEqual([
                {
                    success: false,
                    errors: [expect.objectContaining({ statusCode: 'MISSING_ARGUMENT' })]
                }
            ]);
            const tooMany = await call(`${DATA}/composite/sobjects`, {
                as: 'seller',
                method: 'POST',
                body: { records: Array.from({ length: 201 }, () => step(opportunityId, 'x')) }
            });
            expect(codes(tooMany.body)).toEqual(['EXCEEDED_ID_LIMIT']);
            const deleted = await call(`${DATA}/composite/sobjects?ids=${id}&allOrNone=true`, {
                as: 'admin',
                method: 'DELETE'
            });
            expect(deleted.body).toEqual([{ id, success: true, errors: [] }]);
        });
    });

    describe('query paging', () => {
        it('follows nextRecordsUrl', async () => {
            const first = await call(
                `${DATA}/query?q=${encodeURIComponent('SELECT Id FROM Coaching_Question__c')}`,
                {
                    as: 'manager',
                    headers: { 'Sforce-Query-Options': 'batchSize=200' }
                }
            );
            expect(first.body).toMatchObject({ done: true, totalSize: 10 });
            const bad = await call(`${DATA}/query/01gdeadbeef-200`, { as: 'manager' });
            expect(codes(bad.body)).toEqual(['INVALID_QUERY_LOCATOR']);
        });
    });

    describe('jsforce', () => {
        it('signs in (SOAP and OAuth), queries, creates, updates, retrieves and describes', async () => {
            const soap = new jsforce.Connection({ loginUrl: org.url });
            const info = await soap.login('seller@coaching.local', 'local-demo');
            expect(info.id).toMatch(/^005/);
            const deals = await soap.query<{ Id: string; Name: string; Owner: { Name: string } }>(
                "SELECT Id, Name, Owner.Name FROM Opportunity WHERE Name LIKE 'Summit%'"
            );
            expect(deals.records[0].Owner.Name).toBe('Sam Rivera');
            const oauth = new jsforce.Connection({
                loginUrl: org.url,
                oauth2: { loginUrl: org.url, clientId: 'local', clientSecret: 'local' }
            });
            await oauth.login('seller@coaching.local', 'local-demo');
            const created = await oauth.sobject('Seller_Next_Step__c').create({
                Opportunity__c: deals.records[0].Id,
                Action__c: 'Ask for the data export'
            });
            expect(created.success).toBe(true);
            const id = (created as { id: string }).id;
            await oauth.sobject('Seller_Next_Step__c').update({ Id: id, Status__c: 'Done' });
            const record = await oauth.sobject('Seller_Next_Step__c').retrieve(id);
            expect(record).toMatchObject({
                Action__c: 'Ask for the data export',
                Status__c: 'Done'
            });
            const describe = await oauth.describe('Coaching_Question__c');
            expect(describe.fields.map((field) => field.name)).toContain('Kind__c');
        });
    });

    describe('restart', () => {
        it('keeps data and sessions when restarted on the same folder', async () => {
            const before = await call(
                `${DATA}/query?q=${encodeURIComponent('SELECT COUNT() FROM Seller_Next_Step__c')}`,
                {
                    as: 'seller'
                }
            );
            await org.close();
            org = await startLocalOrg({ projectRoot: PROJECT_ROOT, dataDir: dir, port: 0 });
            const after = await call(
                `${DATA}/query?q=${encodeURIComponent('SELECT COUNT() FROM Seller_Next_Step__c')}`,
                {
                    as: 'seller'
                }
            );
            expect(after.status).toBe(200);
            expect((after.body as { totalSize: number }).totalSize).toBe(
                (before.body as { totalSize: number }).totalSize
            );
            const users = await call(
                `${DATA}/query?q=${encodeURIComponent('SELECT COUNT() FROM User')}`,
                {
                    as: 'admin'
                }
            );
            expect((users.body as { totalSize: number }).totalSize).toBe(
                loadDemoData(PROJECT_ROOT).users.length
            );
        });
    });
});
