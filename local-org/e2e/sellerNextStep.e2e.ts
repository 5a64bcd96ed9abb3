import { rmSync } from 'node:fs';
import {
    label,
    openBrowser,
    openDeal,
    panelOf,
    screenshot,
    signInAs,
    startOrg,
    tempDataDir,
    toast,
    type BrowserSession,
    type OrgProcess
} from './support';

const DEAL = 'Blue Harbor - Fleet Tracking Expansion';
const ACTION = 'Walk the depot floor with the operations lead';

let dataDir: string;
let org: OrgProcess | undefined;
let browser: BrowserSession;

beforeAll(async () => {
    dataDir = tempDataDir();
    browser = await openBrowser();
    org = await startOrg(dataDir);
});

afterAll(async () => {
    await browser?.close();
    await org?.stop();
    rmSync(dataDir, { recursive: true, force: true });
});

describe('the seller on the record page', () => {
    it('adds a next step, which is still there after the local org restarts', async () => {
        const { page } = browser;
        const running = org as OrgProcess;
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

        await running.stop();
        org = await startOrg(dataDir);
        // The session lives in the data folder too: the same browser is still signed in.
        await page.goto(page.url().replace(running.url, org.url));
        const reloaded = await panelOf(page);
        await reloaded.getByText(ACTION).waitFor();
        expect(await reloaded.locator('li.step', { hasText: ACTION }).count()).toBe(1);
    });
});
