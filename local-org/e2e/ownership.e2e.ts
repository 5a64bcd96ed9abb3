import {
    screenshot,
    setUpOrgAndBrowser,
    signInAs,
    type BrowserSession
} from '../../test-support/browser';

const SELLERS_DEAL = 'Blue Harbor - Fleet Tracking Expansion';

const local = setUpOrgAndBrowser();

/** Runs a request from the page, signed by its session cookie, as the panel's writes are. */
function fetchFromPage(
    browserPage: BrowserSession['page'],
    path: string,
    init: { method?: string; body?: unknown } = {}
): Promise<{ status: number; body: unknown }> {
    return browserPage.evaluate(
        async ({ path: url, method, body }) => {
            const response = await fetch(url, {
                method: method ?? 'GET',
                headers: { 'Content-Type': 'application/json' },
                body: body === undefined ? undefined : JSON.stringify(body)
            });
            return { status: response.status, body: (await response.json()) as unknown };
        },
        { path, method: init.method, body: init.body }
    );
}

describe('ownership and visibility', () => {
    let dealUrl = '';
    let stepId = '';

    it("the seller's deal and its steps are in the seller's view", async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Sam Rivera');
        await page.getByRole('link', { name: SELLERS_DEAL }).click();
        await page.locator('c-coaching-review-panel').waitFor();
        dealUrl = page.url();
        const steps = await fetchFromPage(
            page,
            `/services/data/v65.0/query?q=${encodeURIComponent("SELECT Id FROM Seller_Next_Step__c WHERE Action__c LIKE 'Propose a two-week pilot%'")}`
        );
        stepId = (steps.body as { records: { Id: string }[] }).records[0].Id;
        expect(stepId).toMatch(/^a0\w{16}$/);
    });

    it("the second seller cannot see the first seller's deal", async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Alex Chen');
        const rows = page.getByRole('table', { name: 'Opportunities' }).getByRole('link');
        expect(await rows.allInnerTexts()).toEqual(['Cedar Grove Schools - Learning Platform']);
        await page.goto(dealUrl);
        await page
            .getByRole('heading', { name: "This opportunity isn't available to you" })
            .waitFor();
        expect(await page.locator('c-coaching-review-panel').count()).toBe(0);
        await screenshot(page, 'second-seller-record-page');
        const direct = await fetchFromPage(
            page,
            dealUrl.replace(
                /^.*\/r\/Opportunity\/(\w+)\/view$/,
                '/services/data/v65.0/ui-api/records/$1'
            )
        );
        expect(direct.status).toBe(404);
    });

    it("the manager's edit of a seller's step through the API is refused by the validation rule", async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Morgan Lee');
        const refused = await fetchFromPage(page, `/services/data/v65.0/ui-api/records/${stepId}`, {
            method: 'PATCH',
            body: { fields: { Action__c: 'Call the CFO this week' } }
        });
        expect(refused.status).toBe(400);
        expect(refused.body).toMatchObject({
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            output: {
                fieldErrors: { Action__c: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' }] }
            }
        });
        const rest = await fetchFromPage(
            page,
            `/services/data/v65.0/sobjects/Seller_Next_Step__c/${stepId}`,
            {
                method: 'PATCH',
                body: { Status__c: 'Dropped' }
            }
        );
        expect(rest.status).toBe(400);
        expect(rest.body).toEqual([
            expect.objectContaining({ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' })
        ]);
    });

    it("the admin sees every team's deals", async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Ada Admin');
        const rows = page.getByRole('table', { name: 'Opportunities' }).getByRole('link');
        await rows.first().waitFor();
        expect(await rows.count()).toBe(5);
        await screenshot(page, 'admin-home');
    });
});
