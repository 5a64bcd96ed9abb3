/** @jest-environment node */
import { accessToken, callOrg, DEMO_PASSWORD, type OrgResponse } from '../client';
import { serveOrg, type ServedOrg } from '../../../test-support/localOrgFixture';

// The local org probed as an attacker would, over HTTP on loopback.
const DATA = '/services/data/v65.0';
let served: ServedOrg;
let seller: string;

beforeAll(async () => {
    served = await serveOrg();
    seller = await accessToken(served.org.url, 'seller');
});
afterAll(() => served.close());

const codes = (response: OrgResponse) =>
    (response.body as { errorCode: string }[]).map((error) => error.errorCode);

async function pageCookie(user: string, next = '/'): Promise<{ cookie: string; location: string }> {
    const response = await served.call('/login', {
        method: 'POST',
        raw: new URLSearchParams({
            username: `${user}@coaching.local`,
            password: DEMO_PASSWORD,
            next
        }).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' }
    });
    return {
        cookie: String(response.headers.get('set-cookie')).split(';')[0],
        location: String(response.headers.get('location'))
    };
}

async function stepId(): Promise<string> {
    const soql = "SELECT Id FROM Seller_Next_Step__c WHERE Action__c LIKE 'Confirm the legal%'";
    const result = await served.call(`${DATA}/query?q=${encodeURIComponent(soql)}`, {
        token: seller
    });
    return (result.body as { records: { Id: string }[] }).records[0].Id;
}

describe('the local org under hostile input', () => {
    describe('pages', () => {
        it('forbid framing and foreign scripts, on pages and API answers alike', async () => {
            for (const path of ['/login', `${DATA}/limits`]) {
                const response = await served.call(path, { token: seller });
                expect(response.headers.get('x-frame-options')).toBe('DENY');
                expect(response.headers.get('content-security-policy')).toMatch(
                    /frame-ancestors 'none'/
                );
                expect(response.headers.get('x-content-type-options')).toBe('nosniff');
            }
        });

        it('never carry the demo password', async () => {
            const login = await served.call('/login', { headers: { Accept: 'text/html' } });
            const { cookie } = await pageCookie('seller');
            const home = await served.call('/', { cookie, headers: { Accept: 'text/html' } });
            expect(String(login.body)).not.toContain(DEMO_PASSWORD);
            expect(String(home.body)).not.toContain(DEMO_PASSWORD);
        });

        it.each(['/\t/evil.example', '/\n/evil.example', '/\\evil.example', '//evil.example'])(
            'go back only to this server after sign-in, not to %j',
            async (next) => {
                expect((await pageCookie('seller', next)).location).toBe('/');
            }
        );

        it('ignore a malformed session cookie, so the user can still sign in', async () => {
            const bad = 'sid=%E0%A4%A';
            const login = await served.call('/login', {
                cookie: bad,
                headers: { Accept: 'text/html' }
            });
            expect(login.status).toBe(200);
            const api = await served.call(`${DATA}/limits`, { cookie: bad });
            expect(api.status).toBe(401);
            expect(codes(api)).toEqual(['INVALID_SESSION_ID']);
        });

        it('answer a path with a broken escape with 400', async () => {
            const response = await served.call('/assets/slds/%');
            expect(response.status).toBe(400);
            expect(codes(response)).toEqual(['MALFORMED_URL']);
        });
    });

    describe('cross-site writes with the page cookie', () => {
        it('refuse a write from another origin, another port included', async () => {
            const { cookie } = await pageCookie('seller');
            const response = await served.call(
                `${DATA}/sobjects/Seller_Next_Step__c/${await stepId()}`,
                {
                    cookie,
                    method: 'PATCH',
                    body: { Action__c: 'Planted by evil.example' },
                    headers: { Origin: 'http://127.0.0.1:1' }
                }
            );
            expect(response.status).toBe(403);
            expect(codes(response)).toEqual(['INSUFFICIENT_ACCESS']);
        });

        it('refuse a text/plain body, which needs no preflight', async () => {
            const { cookie } = await pageCookie('seller');
            const response = await served.call(
                `${DATA}/sobjects/Seller_Next_Step__c/${await stepId()}`,
                {
                    cookie,
                    method: 'PATCH',
                    raw: JSON.stringify({ Action__c: 'Planted' }),
                    headers: { Origin: served.org.url, 'Content-Type': 'text/plain' }
                }
            );
            expect(response.status).toBe(415);
        });

        it('accept the page itself, and bearer clients from anywhere', async () => {
            const { cookie } = await pageCookie('seller');
            const id = await stepId();
            const fromPage = await served.call(`${DATA}/sobjects/Seller_Next_Step__c/${id}`, {
                cookie,
                method: 'PATCH',
                body: { Customer_Value__c: 'From the page' },
                headers: { Origin: served.org.url }
            });
            expect(fromPage.status).toBe(204);
            const script = await served.call(`${DATA}/sobjects/Seller_Next_Step__c/${id}`, {
                token: seller,
                method: 'PATCH',
                body: { Customer_Value__c: 'From a script' },
                headers: { Origin: 'http://elsewhere.example' }
            });
            expect(script.status).toBe(204);
        });
    });

    describe('queries', () => {
        it.each([
            [
                'a huge OFFSET',
                'SELECT Id FROM Opportunity OFFSET 99999999999',
                'NUMBER_OUTSIDE_VALID_RANGE'
            ],
            [
                'an OFFSET past 2000',
                'SELECT Id FROM Opportunity OFFSET 2001',
                'NUMBER_OUTSIDE_VALID_RANGE'
            ],
            [
                'a date literal past any date',
                'SELECT Id FROM Opportunity WHERE CloseDate = LAST_N_DAYS:99999999999',
                'MALFORMED_QUERY'
            ]
        ])('answer %s with 400', async (_case, soql, code) => {
            const response = await served.call(`${DATA}/query?q=${encodeURIComponent(soql)}`, {
                token: seller
            });
            expect(response.status).toBe(400);
            expect(codes(response)).toEqual([code]);
        });

        it('refuse GraphQL nested 2,000 deep with a GraphQL error', async () => {
            const query = `${'{ uiapi '.repeat(2000)}${'}'.repeat(2000)}`;
            const response = await served.call(`${DATA}/graphql`, {
                token: seller,
                method: 'POST',
                body: { query }
            });
            expect(response.status).toBe(200);
            expect(response.body).toEqual({
                errors: [
                    expect.objectContaining({
                        extensions: {
                            classification: 'ValidationError',
                            errorCode: 'QUERY_TOO_COMPLICATED'
                        }
                    })
                ]
            });
        });

        it('refuse 1,000 aliases at once, before reading a record', async () => {
            const aliases = Array.from(
                { length: 1000 },
                (_, index) => `r${index}: Opportunity(first: 2000) { edges { node { Id } } }`
            ).join(' ');
            const started = Date.now();
            const response = await served.call(`${DATA}/graphql`, {
                token: seller,
                method: 'POST',
                body: { query: `{ uiapi { query { ${aliases} } } }` }
            });
            expect(Date.now() - started).toBeLessThan(15_000);
            expect(response.body).toEqual({
                errors: [
                    expect.objectContaining({
                        message: expect.stringMatching(/1000 subqueries/),
                        extensions: {
                            classification: 'ValidationError',
                            errorCode: 'QUERY_TOO_COMPLICATED'
                        }
                    })
                ]
            });
        });
    });

    describe('sign-in', () => {
        async function oauth(username: string, password: string) {
            return callOrg(served.org.url, '/services/oauth2/token', {
                method: 'POST',
                raw: new URLSearchParams({ grant_type: 'password', username, password }).toString(),
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
            });
        }

        it('stops a username after 10 failures, right password or not, in the same words for unknown users', async () => {
            for (let attempt = 0; attempt < 10; attempt++) {
                expect((await oauth('seller2@coaching.local', 'guess')).status).toBe(400);
                expect((await oauth('nobody@coaching.local', 'guess')).status).toBe(400);
            }
            const known = await oauth('seller2@coaching.local', DEMO_PASSWORD);
            const unknown = await oauth('nobody@coaching.local', DEMO_PASSWORD);
            expect(known.body).toEqual({
                error: 'invalid_grant',
                error_description: expect.stringMatching(/too many failed sign-ins/)
            });
            expect(unknown.body).toEqual(known.body);
            // Other users are not locked out with them.
            expect((await oauth('manager@coaching.local', DEMO_PASSWORD)).status).toBe(200);
        });

        it('keeps serving other requests while passwords are being checked', async () => {
            const done: string[] = [];
            const wrong = Array.from({ length: 8 }, (_, index) =>
                oauth('admin@coaching.local', 'guess').then(() => done.push(`sign-in ${index}`))
            );
            const limits = served
                .call(`${DATA}/limits`, { token: seller })
                .then((response) => done.push(`limits ${response.status}`));
            await Promise.all([...wrong, limits]);
            // Hashing on the event loop would answer every sign-in sent before it first.
            expect(done.indexOf('limits 200')).toBeLessThan(done.length - 1);
        });
    });
});
