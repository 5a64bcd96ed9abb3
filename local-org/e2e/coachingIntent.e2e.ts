import {
    label,
    openDeal,
    screenshot,
    setUpOrgAndBrowser,
    signInAs,
    toast
} from '../../test-support/browser';

// A deal with no review yet, so the manager can start one.
const DEAL = 'Summit Foods - Warehouse Analytics Pilot';

const local = setUpOrgAndBrowser();

describe("a review's intent read as the manager types it", () => {
    it('flags an intent written as an order, and clears the flag once it states a purpose', async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Morgan Lee');
        const panel = await openDeal(page, local.org.url, DEAL);

        await panel.getByRole('button', { name: label('Coaching_Intent_StartReview') }).click();
        const intent = panel.getByLabel(label('Coaching_Intent_IntentLabel'));
        const flag = panel.getByText(label('Coaching_Intent_ReadsAsDirective'));

        await intent.fill('Push the champion harder');
        await flag.waitFor();
        expect((await flag.innerText()).trim()).toBe(label('Coaching_Intent_ReadsAsDirective'));
        await screenshot(page, 'manager-intent-as-order');

        await intent.fill(
            'To agree together what the pilot has to prove before the customer commits.'
        );
        await flag.waitFor({ state: 'detached' });
        await panel.getByRole('button', { name: label('Coaching_Intent_StartSave') }).click();
        await toast(page, label('Coaching_Panel_ReviewStarted'));
    });
});
