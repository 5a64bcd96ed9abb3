import {
    bellButton,
    label,
    openBell,
    openDeal,
    screenshot,
    setUpOrgAndBrowser,
    signInAs,
    switchUser,
    toast,
    unreadCount
} from '../../test-support/browser';

// A deal with no review yet, so the manager can start one.
const DEAL = 'Summit Foods - Warehouse Analytics Pilot';
const QUESTION = 'Who at Summit Foods decides whether the pilot goes ahead?';

const local = setUpOrgAndBrowser();

describe('notifications in the header bell', () => {
    let unreadBefore = 0;

    it('the seller starts with the notifications the demo data sent', async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Sam Rivera');
        await bellButton(page).waitFor();
        unreadBefore = await unreadCount(page);
        expect(unreadBefore).toBeGreaterThan(0);
    });

    it('the manager starts a review and asks a question', async () => {
        const { page } = local;
        await switchUser(page, 'Morgan Lee');
        const managerUnread = await unreadCount(page);
        const panel = await openDeal(page, local.org.url, DEAL);
        await panel.getByRole('button', { name: label('Coaching_Intent_StartReview') }).click();
        await panel
            .getByLabel(label('Coaching_Intent_IntentLabel'))
            .fill('To agree together what the pilot has to prove before the customer commits.');
        await panel.getByRole('button', { name: label('Coaching_Intent_StartSave') }).click();
        await toast(page, label('Coaching_Panel_ReviewStarted'));
        const ask = panel.locator('.ask-form');
        await ask.getByLabel(label('Coaching_Questions_AskLabel')).fill(QUESTION);
        await ask.getByRole('button', { name: label('Coaching_Questions_AskSave') }).click();
        await toast(page, label('Coaching_Panel_QuestionAsked'));
        // The manager's own bell has nothing new: the notifications went to the seller.
        expect(await unreadCount(page)).toBe(managerUnread);
    });

    it("the seller's bell counts both, lists the question first, and closes with Escape", async () => {
        const { page } = local;
        await switchUser(page, 'Sam Rivera');
        await page
            .getByRole('button', { name: `Notifications: ${unreadBefore + 2} unread` })
            .waitFor();
        const button = bellButton(page);
        expect(await button.getAttribute('aria-expanded')).toBe('false');

        await button.focus();
        await page.keyboard.press('Enter');
        const panel = page.getByRole('dialog', { name: 'Notifications' });
        await panel.waitFor();
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        const links = panel.getByRole('link');
        const newest = links.first();
        expect(await newest.innerText()).toContain(
            `Morgan Lee asked a question on ${DEAL}\n${QUESTION}`
        );
        expect(await links.nth(1).innerText()).toContain(
            `Morgan Lee started a coaching review on ${DEAL}`
        );
        expect(await newest.textContent()).toContain('Unread:');
        // Focus moves into the panel, onto the newest notification.
        await newest.evaluate(
            (link) =>
                new Promise<void>((resolve) => {
                    const check = () =>
                        link.matches(':focus') ? resolve() : setTimeout(check, 50);
                    check();
                })
        );
        await screenshot(page, 'seller-notification-bell');

        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        expect(await button.evaluate((element) => element.matches(':focus'))).toBe(true);
    });

    it('opening the notification marks it read and opens the deal', async () => {
        const { page } = local;
        await (await openBell(page)).getByRole('link').first().click();
        await page.waitForURL(/\/lightning\/r\/Opportunity\/\w+\/view$/);
        await page.getByRole('heading', { name: DEAL }).waitFor();
        await page
            .getByRole('button', { name: `Notifications: ${unreadBefore + 1} unread` })
            .waitFor();
        const newest = (await openBell(page)).getByRole('link').first();
        expect(await newest.textContent()).not.toContain('Unread:');
        await screenshot(page, 'seller-notification-read');
    });

    it('a user with no notifications sees the empty state', async () => {
        const { page } = local;
        await switchUser(page, 'Alex Chen');
        const button = page.getByRole('button', { name: 'Notifications: none unread' });
        await button.click();
        await page
            .getByRole('dialog', { name: 'Notifications' })
            .getByText('No notifications yet')
            .waitFor();
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        await screenshot(page, 'empty-notification-bell');
    });
});
