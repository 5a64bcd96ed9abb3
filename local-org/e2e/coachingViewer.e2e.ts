import {
    label,
    openDeal,
    screenshot,
    setUpOrgAndBrowser,
    signInAs
} from '../../test-support/browser';

const DEAL = 'Blue Harbor - Fleet Tracking Expansion';

const local = setUpOrgAndBrowser();

describe('a sales director with Coaching_Viewer', () => {
    it("reads a team deal's coaching history and is offered no way to change it", async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Riley Brooks');
        const panel = await openDeal(page, local.org.url, DEAL);

        await panel.getByText(/Understand what Blue Harbor's operations team needs/).waitFor();
        await panel.getByText(/Propose a two-week pilot/).waitFor();
        expect(
            await panel.getByRole('button', { name: label('Coaching_Steps_AddStep') }).count()
        ).toBe(0);
        expect(await panel.locator('c-coaching-error-panel').count()).toBe(0);
        expect(await panel.locator('.no-access').count()).toBe(0);
        await screenshot(page, 'viewer-record-page');
    });
});
