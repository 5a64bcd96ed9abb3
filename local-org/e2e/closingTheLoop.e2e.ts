import type { Page } from 'playwright-core';
import {
    label,
    openBell,
    openDeal,
    panelOf,
    screenshot,
    setUpOrgAndBrowser,
    signInAs,
    switchUser,
    toast,
    unreadCount
} from '../../test-support/browser';

// The renewal's earlier review is closed, so the manager starts a fresh one on it.
const DEAL = 'Northwind Health - Patient Portal Renewal';
const SELLER = 'Sam Rivera';
const MANAGER = 'Morgan Lee';
const DIRECTIVE = 'Send procurement the clinic usage report by Friday.';
const QUESTION = 'How do the clinic leads want the renewal terms to change this year?';
const LEFT_OPEN = 'Who at Northwind signs if the clinic leads are away in August?';
const REPLY = 'I am asking the two biggest clinics first; can we talk it through Thursday?';
const SET_ASIDE_REASON = 'Procurement asked for the usage report with the contract, not before.';
const ANSWER = 'Longer terms: they want three years, with the usage report each quarter.';
const VIEW_NOTE = 'They want a longer commitment, not a lower price.';
const LEARNING = 'Ask what the customer wants to change before defending the price.';
const RATING_NOTE = 'The reply thread helped more than the meeting.';

const local = setUpOrgAndBrowser();

function fill(template: string, ...values: string[]): string {
    return template.replace(/\{(\d+)\}/g, (_, index: string) => values[Number(index)] ?? '');
}

/** Waits until the bell announces the given unread count. */
async function bellAnnounces(page: Page, unread: number): Promise<void> {
    await page.getByRole('button', { name: `Notifications: ${unread} unread` }).waitFor();
}

/**
 * From the home page, opens the bell's newest notification with this text, and waits for the
 * deal's record page.
 */
async function openNotification(page: Page, text: string): Promise<void> {
    await page.goto(`${local.org.url}/`);
    await page.getByRole('heading', { name: /Opportunities/ }).waitFor();
    const bell = await openBell(page);
    await bell.getByRole('link').filter({ hasText: text }).first().click();
    await page.waitForURL(/\/lightning\/r\/Opportunity\/\w+\/view$/);
    await page.getByRole('heading', { name: DEAL }).waitFor();
}

async function ask(page: Page, text: string): Promise<void> {
    const panel = await panelOf(page);
    const form = panel.locator('.ask-form');
    await form.getByLabel(label('Coaching_Questions_AskLabel')).fill(text);
    await form.getByRole('button', { name: label('Coaching_Questions_AskSave') }).click();
    await toast(page, label('Coaching_Panel_QuestionAsked'));
    await panel.locator('article.question', { hasText: text }).waitFor();
}

describe('closing the loop: a question, a reply, a set-aside, a changed view and a rating', () => {
    let sellerUnread = 0;
    let managerUnread = 0;

    it('the manager starts a review, gives a directive on purpose and asks a question', async () => {
        const { page } = local;
        await signInAs(page, local.org.url, SELLER);
        sellerUnread = await unreadCount(page);
        await switchUser(page, MANAGER);
        managerUnread = await unreadCount(page);

        const panel = await openDeal(page, local.org.url, DEAL);
        await panel.getByRole('button', { name: label('Coaching_Intent_StartReview') }).click();
        await panel
            .getByLabel(label('Coaching_Intent_IntentLabel'))
            .fill('Hear how the clinics see the renewal before procurement sets the terms.');
        await panel.getByRole('button', { name: label('Coaching_Intent_StartSave') }).click();
        await toast(page, label('Coaching_Panel_ReviewStarted'));

        const form = panel.locator('.ask-form');
        await form.getByLabel(label('Coaching_Questions_AskLabel')).fill(DIRECTIVE);
        await form.getByText(label('Coaching_Questions_ReadsAsDirective')).waitFor();
        await form.getByRole('button', { name: label('Coaching_Questions_AskSave') }).click();
        await form
            .getByRole('button', { name: label('Coaching_Questions_SaveDirectiveAnyway') })
            .click();
        await toast(page, label('Coaching_Panel_QuestionAsked'));
        await panel.locator('article.question', { hasText: DIRECTIVE }).waitFor();
        await ask(page, QUESTION);
        await screenshot(page, 'loop-1-manager-asks');
        expect(await panel.locator('article.question').count()).toBe(2);
        // The notifications went to the seller, none to the manager.
        expect(await unreadCount(page)).toBe(managerUnread);
    });

    it("the seller's bell shows the question, and opening it lands on the deal", async () => {
        const { page } = local;
        await switchUser(page, SELLER);
        // The review started, and the two things the manager asked.
        await bellAnnounces(page, sellerUnread + 3);
        const bell = await openBell(page);
        const newest = bell.getByRole('link').first();
        expect(await newest.innerText()).toContain(
            `${MANAGER} asked a question on ${DEAL}\n${QUESTION}`
        );
        expect(await newest.textContent()).toContain('Unread:');
        await screenshot(page, 'loop-2-seller-bell');
        await page.keyboard.press('Escape');

        await openNotification(page, QUESTION);
        await bellAnnounces(page, sellerUnread + 2);
        const panel = await panelOf(page);
        await panel.locator('article.question', { hasText: QUESTION }).waitFor();
        await screenshot(page, 'loop-2-seller-lands-on-deal');
    });

    it('the seller replies under the question and sets the directive aside, saying why', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const question = panel.locator('article.question', { hasText: QUESTION });
        await question.getByRole('button', { name: label('Coaching_Replies_Reply') }).click();
        await question.getByLabel(label('Coaching_Replies_ReplyLabel')).fill(REPLY);
        await question.getByRole('button', { name: label('Coaching_Replies_Post') }).click();
        await toast(page, label('Coaching_Panel_ReplyPosted'));
        await question.locator('li.reply', { hasText: SELLER }).getByText(REPLY).waitFor();

        const directive = panel.locator('article.question', { hasText: DIRECTIVE });
        await directive.getByRole('button', { name: label('Coaching_Questions_SetAside') }).click();
        await directive
            .getByLabel(label('Coaching_Questions_SetAsideLabel'))
            .fill(SET_ASIDE_REASON);
        await directive
            .getByRole('button', { name: label('Coaching_Questions_SetAsideSave') })
            .click();
        await toast(page, label('Coaching_Panel_SetAside'));
        await directive.getByText(SET_ASIDE_REASON, { exact: false }).waitFor();
        expect(await directive.innerText()).toContain(
            label('Coaching_Questions_DirectiveSetAsideMine')
        );
        await screenshot(page, 'loop-3-seller-replies-and-sets-aside');
    });

    it("the manager's bell shows the reply and the set-aside, and opens the deal", async () => {
        const { page } = local;
        await switchUser(page, MANAGER);
        await bellAnnounces(page, managerUnread + 2);
        const bell = await openBell(page);
        const links = bell.getByRole('link');
        expect(await links.first().innerText()).toContain(
            `${SELLER} set aside your direction on ${DEAL}\nWhy: ${SET_ASIDE_REASON}`
        );
        expect(await links.nth(1).innerText()).toContain(`${SELLER} replied on ${DEAL}\n${REPLY}`);
        await screenshot(page, 'loop-4-manager-bell');
        await page.keyboard.press('Escape');

        await openNotification(page, REPLY);
        await bellAnnounces(page, managerUnread + 1);
        const panel = await panelOf(page);
        const question = panel.locator('article.question', { hasText: QUESTION });
        await question.locator('li.reply', { hasText: SELLER }).getByText(REPLY).waitFor();
        const directive = panel.locator('article.question', { hasText: DIRECTIVE });
        expect(await directive.innerText()).toContain(SET_ASIDE_REASON);
        await screenshot(page, 'loop-4-manager-lands-on-deal');
    });

    it('the seller answers; the manager says what changed their view, and the seller reads it', async () => {
        const { page } = local;
        await switchUser(page, SELLER);
        let panel = await panelOf(page);
        let question = panel.locator('article.question', { hasText: QUESTION });
        await question.getByRole('button', { name: label('Coaching_Questions_Answer') }).click();
        await question.getByLabel(label('Coaching_Questions_AnswerLabel')).fill(ANSWER);
        await question
            .getByRole('button', { name: label('Coaching_Questions_SaveAnswer') })
            .click();
        await toast(page, label('Coaching_Panel_AnswerSaved'));
        await question.getByText(ANSWER).waitFor();

        await switchUser(page, MANAGER);
        panel = await panelOf(page);
        question = panel.locator('article.question', { hasText: QUESTION });
        await question
            .getByRole('button', { name: label('Coaching_Questions_MarkChangedView') })
            .click();
        await question.getByLabel(label('Coaching_Questions_ChangedViewLabel')).fill(VIEW_NOTE);
        await question
            .getByRole('button', { name: label('Coaching_Questions_ChangedViewSave') })
            .click();
        await toast(page, label('Coaching_Panel_ViewChanged'));
        await question.getByText(VIEW_NOTE, { exact: false }).waitFor();
        await screenshot(page, 'loop-5-manager-changed-view');

        await switchUser(page, SELLER);
        panel = await panelOf(page);
        question = panel.locator('article.question', { hasText: QUESTION });
        await question.getByText(VIEW_NOTE, { exact: false }).waitFor();
        expect(await question.innerText()).toContain(
            `${fill(label('Coaching_Questions_ChangedViewBy'), MANAGER)}: ${VIEW_NOTE}`
        );
        await screenshot(page, 'loop-5-seller-reads-changed-view');
    });

    it('the manager asks one more question and closes the review, keeping it open', async () => {
        const { page } = local;
        await switchUser(page, MANAGER);
        await ask(page, LEFT_OPEN);
        const panel = await panelOf(page);
        await panel.getByRole('button', { name: label('Coaching_Intent_CloseReview') }).click();
        const step = panel.locator('c-coaching-close-review');
        await step
            .getByText(fill(label('Coaching_CloseReview_UnansweredOne'), '1', SELLER))
            .waitFor();
        await panel.getByLabel(label('Coaching_Intent_LearningLabel')).fill(LEARNING);
        await step.getByText(fill(label('Coaching_CloseReview_KeepOpenOne'), SELLER)).click();
        await screenshot(page, 'loop-6-manager-closes');
        await panel.getByRole('button', { name: label('Coaching_Intent_CloseSave') }).click();
        await toast(page, label('Coaching_Panel_ReviewClosed'));
        await panel.getByText(label('Coaching_Intent_StatusClosed'), { exact: true }).waitFor();
        await panel.getByText(LEARNING).waitFor();
        const open = panel.locator('article.question', { hasText: LEFT_OPEN });
        expect(await open.innerText()).toContain(label('Coaching_Questions_StatusOpen'));
        await screenshot(page, 'loop-6-manager-closed');
    });

    it('the seller rates the review, and the manager sees the rating', async () => {
        const { page } = local;
        await switchUser(page, SELLER);
        let panel = await panelOf(page);
        await panel.getByText(fill(label('Coaching_Intent_ClosedOpenForYou'), '1')).waitFor();
        const open = panel.locator('article.question', { hasText: LEFT_OPEN });
        await open.getByRole('button', { name: label('Coaching_Questions_Answer') }).waitFor();

        const rating = panel.locator('c-coaching-review-rating');
        await rating.getByText(label('Coaching_Rating_Heading')).waitFor();
        await rating.getByText(label('Coaching_Rating_Helpful'), { exact: true }).click();
        await rating.getByLabel(label('Coaching_Rating_NoteLabel')).fill(RATING_NOTE);
        await rating.getByRole('button', { name: label('Coaching_Rating_Save') }).click();
        await toast(page, label('Coaching_Panel_RatingSaved'));
        await rating.getByText(label('Coaching_Rating_YourRating')).waitFor();
        await screenshot(page, 'loop-7-seller-rates');

        await switchUser(page, MANAGER);
        panel = await panelOf(page);
        const seen = panel.locator('c-coaching-review-rating');
        await seen.getByText(fill(label('Coaching_Rating_SellerRating'), SELLER)).waitFor();
        await seen.getByText(label('Coaching_Rating_Helpful'), { exact: true }).waitFor();
        await seen.getByText(RATING_NOTE).waitFor();
        expect(await seen.getByRole('button').count()).toBe(0);
        await screenshot(page, 'loop-7-manager-reads-rating');
    });
});
