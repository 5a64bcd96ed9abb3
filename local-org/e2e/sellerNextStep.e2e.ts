import {
    label,
    openDeal,
    panelOf,
    screenshot,
    setUpOrgAndBrowser,
    signInAs,
    toast
} from '../../test-support/browser';

const DEAL = 'Blue Harbor - Fleet Tracking Expansion';
const ACTION = 'Walk the depot floor with the operations lead';

const local = setUpOrgAndBrowser();

describe('the seller on the record page', () => {
    it('adds a next step, which is still there after the local org restarts', async () => {
        const { page } = local;
        const running = local.org;
        await signInAs(page, running.url, 'Sam Rivera');
        await page.getByRole('link', { name: DEAL }).waitFor();
        await screenshot(page, 'seller-home');
        const panel = await openDeal(page, running.url, DEAL);

        await panel.getByRole('button', { name: label('Coaching_Steps_AddStep') }).click();
        const form = panel.locator('fieldset.step-form');
        await form.getByLabel(label('Coaching_Steps_ActionLabel')).fill(ACTION);
        await form
            .getByLabel(label('Coaching_Steps_CustomerValueLabel'))
            .fill('Operations sees where the delays start before we size the rollout.');
        await form.getByRole('button', { name: label('Coaching_Common_Save') }).click();
        await toast(page, label('Coaching_Panel_StepAdded'));
        await panel.getByText(ACTION).waitFor();
        await screenshot(page, 'seller-record-page');

        const restarted = await local.restartOrg();
        // The session lives in the data folder too: the same browser is still signed in.
        await page.goto(page.url().replace(running.url, restarted.url));
        const reloaded = await panelOf(page);
        await reloaded.getByText(ACTION).waitFor();
        expect(await reloaded.locator('article.step', { hasText: ACTION }).count()).toBe(1);
    });
});
