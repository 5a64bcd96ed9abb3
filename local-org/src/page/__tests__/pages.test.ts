/** @jest-environment node */
import type { PageSession } from '../../../app/platform/pageSession';
import { serveOrg, type ServedOrg } from '../../../../test-support/localOrgFixture';

let served: ServedOrg;

beforeAll(async () => {
    served = await serveOrg();
});
afterAll(() => served.close());

/** Signs in on the page's form and returns the session cookie it sets. */
async function signIn(user: string, next = '/'): Promise<{ cookie: string; location: string }> {
    const response = await served.call('/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
        raw: new URLSearchParams({
            username: `${user}@coaching.local`,
            password: 'local-demo',
            next
        }).toString()
    });
    expect(response.status).toBe(303);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^sid=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);
    return {
        cookie: setCookie.split(';')[0],
        location: response.headers.get('location') ?? ''
    };
}

function sessionOf(html: unknown): PageSession {
    const match = /<script type="application\/json" id="local-org-session">([^<]*)<\/script>/.exec(
        String(html)
    );
    if (!match) {
        throw new Error('the page carries no session data');
    }
    return JSON.parse(match[1]) as PageSession;
}

describe('local org pages', () => {
    it('sends a browser without a session to the sign-in page, and back after it', async () => {
        const page = await served.call('/lightning/r/Opportunity/0060L0000000001QAA/view', {
            headers: { Accept: 'text/html' }
        });
        expect(page.status).toBe(302);
        expect(page.headers.get('location')).toBe(
            '/login?next=%2Flightning%2Fr%2FOpportunity%2F0060L0000000001QAA%2Fview'
        );
        const login = await served.call('/login?next=%2Fsomewhere', {
            headers: { Accept: 'text/html' }
        });
        expect(login.status).toBe(200);
        expect(sessionOf(login.body)).toMatchObject({ page: 'login', next: '/somewhere' });
        expect(sessionOf(login.body).userId).toBeUndefined();
        expect((await signIn('seller', '/somewhere')).location).toBe('/somewhere');
    });

    it('gives the page the user, their custom permissions and the demo users', async () => {
        const { cookie } = await signIn('manager');
        const page = await served.call('/lightning/r/Opportunity/0060L0000000001QAA/view', {
            cookie,
            headers: { Accept: 'text/html' }
        });
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toContain('text/html');
        const session = sessionOf(page.body);
        expect(session).toMatchObject({
            page: 'record',
            recordId: '0060L0000000001QAA',
            apiVersion: 'v65.0',
            customPermissions: ['Coaching_Manager']
        });
        expect(String(page.body)).not.toContain('local-demo');
        expect(session.users.map((user) => user.username)).toEqual([
            'admin@coaching.local',
            'seller2@coaching.local',
            'manager@coaching.local',
            'director@coaching.local',
            'seller@coaching.local'
        ]);
        const manager = session.users.find((user) => user.id === session.userId);
        expect(manager).toMatchObject({
            name: 'Morgan Lee',
            permissionSets: ['Coaching_Manager', 'Coaching_Seller']
        });
    });

    it("serves the app's custom tab with the components of its App page, from the metadata", async () => {
        const { cookie } = await signIn('manager');
        const page = await served.call('/lightning/n/Coaching_Pipeline_Review', {
            cookie,
            headers: { Accept: 'text/html' }
        });
        expect(page.status).toBe(200);
        expect(String(page.body)).toContain('<title>Coaching |');
        expect(sessionOf(page.body)).toMatchObject({
            page: 'tab',
            tabName: 'Coaching_Pipeline_Review',
            tabComponents: ['coachingPipelineReview'],
            navigation: {
                appLabel: 'Coaching',
                tabs: [
                    {
                        name: 'Coaching_Pipeline_Review',
                        label: 'Coaching',
                        url: '/lightning/n/Coaching_Pipeline_Review'
                    },
                    { name: 'standard-Opportunity', label: 'Opportunities', url: '/' }
                ]
            }
        });
        const unknown = await served.call('/lightning/n/No_Such_Tab', {
            cookie,
            headers: { Accept: 'text/html' }
        });
        expect(unknown.status).toBe(404);
    });

    it('lets the page call the APIs with its cookie, and signs out', async () => {
        const { cookie } = await signIn('seller');
        const query = await served.call('/services/data/v65.0/graphql', {
            cookie,
            method: 'POST',
            body: { query: '{ uiapi { query { Opportunity { totalCount } } } }' }
        });
        expect(query.body).toEqual({
            data: { uiapi: { query: { Opportunity: { totalCount: 4 } } } }
        });

        const out = await served.call('/logout', { cookie, method: 'POST' });
        expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
        const after = await served.call('/services/data/v65.0/graphql', {
            cookie,
            method: 'POST',
            body: { query: '{ uiapi { query { Opportunity { totalCount } } } }' }
        });
        expect(after.status).toBe(401);
    });

    it('refuses a wrong password and never redirects off the server', async () => {
        const wrong = await served.call('/login', {
            method: 'POST',
            body: { username: 'seller@coaching.local', password: 'nope' }
        });
        expect(wrong.status).toBe(401);
        expect(wrong.body).toMatchObject({ error: 'invalid_grant' });
        expect((await signIn('seller', '//elsewhere.example')).location).toBe('/');
        expect((await signIn('seller', 'https://elsewhere.example')).location).toBe('/');
    });

    it('serves the SLDS assets and nothing outside them', async () => {
        const css = await served.call(
            '/assets/slds/styles/salesforce-lightning-design-system.min.css'
        );
        expect(css.status).toBe(200);
        expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
        const icon = await served.call('/assets/slds/icons/utility-sprite/svg/symbols.svg');
        expect(icon.headers.get('content-type')).toBe('image/svg+xml');
        const escape = await served.call('/assets/slds/..%2F..%2Fpackage.json');
        expect(escape.status).toBe(404);
    });
});
