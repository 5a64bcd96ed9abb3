import {
    label,
    openDeal,
    panelOf,
    screenshot,
    setUpOrgAndBrowser,
    signInAs,
    switchUser,
    toast
} from '../../test-support/browser';

// A deal with no review yet, so the manager can start one.
const DEAL = 'Summit Foods - Warehouse Analytics Pilot';
const DIRECTIVE = 'Call the CFO this week.';
const ORDER = 'Send the pilot plan to the CFO by Friday.';
const TO_WITHDRAW = 'Is the warehouse manager on board with the pilot?';
const SELLER_QUESTION = 'Could you join the call with their CFO next Tuesday?';
const SET_ASIDE_REASON = 'Their CFO asked us to go through the champion first.';
const VIEW_NOTE = 'The CFO wants proof in one warehouse first, not a company-wide case.';

const local = setUpOrgAndBrowser();

describe('a coaching conversation between the manager and the seller', () => {
    let question = '';

    it('the manager starts a review, types a directive and asks its rephrasing instead', async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Morgan Lee');
        const panel = await openDeal(page, local.org.url, DEAL);

        await panel.getByRole('button', { name: label('Coaching_Intent_StartReview') }).click();
        await panel
            .getByLabel(label('Coaching_Intent_IntentLabel'))
            .fill('To agree together what the pilot has to prove before the customer commits.');
        await panel.getByRole('button', { name: label('Coaching_Intent_StartSave') }).click();
        await toast(page, label('Coaching_Panel_ReviewStarted'));

        const ask = panel.locator('.ask-form');
        await ask.getByLabel(label('Coaching_Questions_AskLabel')).fill(DIRECTIVE);
        await ask.getByText(label('Coaching_Questions_ReadsAsDirective')).waitFor();
        const rephrasing = ask.locator('.rephrasings').getByRole('button').first();
        await rephrasing.waitFor();
        await screenshot(page, 'manager-directive-label');
        question = (await rephrasing.innerText()).trim();
        expect(question).toMatch(/\?$/);
        await rephrasing.click();
        expect(await ask.getByLabel(label('Coaching_Questions_AskLabel')).inputValue()).toBe(
            question
        );
        await ask.getByRole('button', { name: label('Coaching_Questions_AskSave') }).click();
        await toast(page, label('Coaching_Panel_QuestionAsked'));
        await panel.locator('article.question', { hasText: question }).waitFor();
        await screenshot(page, 'manager-record-page');
    });

    it('the manager gives an order on purpose and asks one more question', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const ask = panel.locator('.ask-form');
        await ask.getByLabel(label('Coaching_Questions_AskLabel')).fill(ORDER);
        await ask.getByText(label('Coaching_Questions_ReadsAsDirective')).waitFor();
        await ask.getByRole('button', { name: label('Coaching_Questions_AskSave') }).click();
        await ask
            .getByRole('button', { name: label('Coaching_Questions_SaveDirectiveAnyway') })
            .click();
        await toast(page, label('Coaching_Panel_QuestionAsked'));
        await ask.getByLabel(label('Coaching_Questions_AskLabel')).fill(TO_WITHDRAW);
        await ask.getByRole('button', { name: label('Coaching_Questions_AskSave') }).click();
        await panel.locator('article.question', { hasText: TO_WITHDRAW }).waitFor();
        expect(await panel.locator('article.question').count()).toBe(3);
    });

    it('the seller answers the question', async () => {
        const { page } = local;
        await switchUser(page, 'Sam Rivera');
        const panel = await panelOf(page);
        const item = panel.locator('article.question', { hasText: question });
        await item.getByRole('button', { name: label('Coaching_Questions_Answer') }).click();
        await item
            .getByLabel(label('Coaching_Questions_AnswerLabel'))
            .fill('The CFO wants the pilot to show fewer stockouts in one warehouse first.');
        await item.getByRole('button', { name: label('Coaching_Questions_SaveAnswer') }).click();
        await toast(page, label('Coaching_Panel_AnswerSaved'));
        await item
            .getByText(label('Coaching_Questions_AnswerHeadingMine'), { exact: true })
            .waitFor();
        expect(await item.innerText()).toContain(label('Coaching_Questions_StatusAnswered'));
        await screenshot(page, 'seller-answered');
    });

    it('the seller replies under the question', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const item = panel.locator('article.question', { hasText: question });
        await item.getByRole('button', { name: label('Coaching_Replies_Reply') }).click();
        await item
            .getByLabel(label('Coaching_Replies_ReplyLabel'))
            .fill("I can ask the site lead for last quarter's stockout numbers.");
        await item.getByRole('button', { name: label('Coaching_Replies_Post') }).click();
        await toast(page, label('Coaching_Panel_ReplyPosted'));
        const reply = item.locator('li.reply', { hasText: 'Sam Rivera' });
        await reply.waitFor();
        expect(await reply.innerText()).toContain("last quarter's stockout numbers");
    });

    it('the seller sets the order aside, and has to say why', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const item = panel.locator('article.question', { hasText: ORDER });
        await item.getByRole('button', { name: label('Coaching_Questions_SetAside') }).click();
        const save = item.getByRole('button', { name: label('Coaching_Questions_SetAsideSave') });
        expect(await save.isDisabled()).toBe(true);
        await item.getByLabel(label('Coaching_Questions_SetAsideLabel')).fill(SET_ASIDE_REASON);
        await save.click();
        await toast(page, label('Coaching_Panel_SetAside'));
        await item.getByText(SET_ASIDE_REASON, { exact: false }).waitFor();
        expect(await item.innerText()).toContain(label('Coaching_Questions_DirectiveSetAsideMine'));
        await screenshot(page, 'seller-set-aside-directive');
    });

    it('the seller asks the reviewer a question of their own', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const form = panel.locator('.seller-ask-form');
        // The seller's words are not labelled as they type.
        expect(await form.locator('.live-kind').count()).toBe(0);
        await form.getByLabel(label('Coaching_Questions_AskSellerLabel')).fill(SELLER_QUESTION);
        await form.getByRole('button', { name: label('Coaching_Questions_AskSellerSave') }).click();
        await toast(page, label('Coaching_Panel_SellerQuestionSent'));
        const item = panel.locator('article.question', { hasText: SELLER_QUESTION });
        await item.getByText(label('Coaching_Questions_AskedByYou')).waitFor();
        await screenshot(page, 'seller-conversation');
    });

    it('the manager replies, withdraws a question and says what changed their view', async () => {
        const { page } = local;
        await switchUser(page, 'Morgan Lee');
        const panel = await panelOf(page);
        const item = panel.locator('article.question', { hasText: question });

        await item.getByRole('button', { name: label('Coaching_Replies_Reply') }).click();
        await item
            .getByLabel(label('Coaching_Replies_ReplyLabel'))
            .fill('Yes, bring those numbers to Thursday.');
        await item.getByRole('button', { name: label('Coaching_Replies_Post') }).click();
        await toast(page, label('Coaching_Panel_ReplyPosted'));
        await item.locator('li.reply', { hasText: 'Morgan Lee' }).waitFor();

        await item
            .getByRole('button', { name: label('Coaching_Questions_MarkChangedView') })
            .click();
        await item.getByLabel(label('Coaching_Questions_ChangedViewLabel')).fill(VIEW_NOTE);
        await item
            .getByRole('button', { name: label('Coaching_Questions_ChangedViewSave') })
            .click();
        await toast(page, label('Coaching_Panel_ViewChanged'));
        await item.getByText(VIEW_NOTE, { exact: false }).waitFor();
        expect(
            await item
                .getByRole('button', { name: label('Coaching_Questions_MarkChangedView') })
                .count()
        ).toBe(0);

        const unanswered = panel.locator('article.question', { hasText: TO_WITHDRAW });
        await unanswered
            .getByRole('button', { name: label('Coaching_Questions_Withdraw') })
            .click();
        await unanswered.getByText(label('Coaching_Questions_WithdrawConfirm')).waitFor();
        await unanswered
            .getByRole('button', { name: label('Coaching_Questions_Withdraw') })
            .click();
        await toast(page, label('Coaching_Panel_QuestionWithdrawn'));
        await unanswered.getByText(label('Coaching_Questions_StatusWithdrawn')).waitFor();
        expect(
            await unanswered
                .getByRole('button', { name: label('Coaching_Questions_Answer') })
                .count()
        ).toBe(0);
        await screenshot(page, 'manager-conversation');
    });

    it('the seller reads the reason they gave, the reply and what changed the view', async () => {
        const { page } = local;
        await switchUser(page, 'Sam Rivera');
        const panel = await panelOf(page);
        const item = panel.locator('article.question', { hasText: question });
        await item.locator('li.reply', { hasText: 'Yes, bring those numbers' }).waitFor();
        await item.getByText(VIEW_NOTE, { exact: false }).waitFor();
        const withdrawn = panel.locator('article.question', { hasText: TO_WITHDRAW });
        await withdrawn.getByText(label('Coaching_Questions_StatusWithdrawn')).waitFor();
        expect(await item.innerText()).toContain(`Changed Morgan Lee's view: ${VIEW_NOTE}`);
        const setAside = panel.locator('article.question', { hasText: ORDER });
        expect(await setAside.innerText()).toContain(SET_ASIDE_REASON);
        await screenshot(page, 'seller-reads-conversation');
    });

    it("the manager answers the seller's question", async () => {
        const { page } = local;
        await switchUser(page, 'Morgan Lee');
        const panel = await panelOf(page);
        const item = panel.locator('article.question', { hasText: SELLER_QUESTION });
        await item.getByText('Sam Rivera', { exact: false }).waitFor();
        await item.getByRole('button', { name: label('Coaching_Questions_Answer') }).click();
        await item
            .getByLabel(label('Coaching_Questions_AnswerLabel'))
            .fill('Yes. I will keep to the questions and let you lead.');
        await item.getByRole('button', { name: label('Coaching_Questions_SaveAnswer') }).click();
        await toast(page, label('Coaching_Panel_AnswerSaved'));
        await item.getByText(label('Coaching_Questions_AnswerHeadingReviewer')).waitFor();
        expect(await item.innerText()).toContain('let you lead');
        await screenshot(page, 'manager-answers-seller');
    });
});
