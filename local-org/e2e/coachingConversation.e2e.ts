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
            .fill('Agree on what the pilot has to prove before the customer commits.');
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

    it('the manager marks that the answer changed their view', async () => {
        const { page } = local;
        await switchUser(page, 'Morgan Lee');
        const panel = await panelOf(page);
        const item = panel.locator('article.question', { hasText: question });
        await item
            .getByRole('button', { name: label('Coaching_Questions_MarkChangedView') })
            .click();
        await toast(page, label('Coaching_Panel_ViewChanged'));
        await item.getByText(label('Coaching_Questions_ChangedView')).waitFor();
        expect(
            await item
                .getByRole('button', { name: label('Coaching_Questions_MarkChangedView') })
                .count()
        ).toBe(0);
        await screenshot(page, 'manager-changed-view');
    });
});
