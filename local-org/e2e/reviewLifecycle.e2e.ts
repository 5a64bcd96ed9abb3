import type { Page } from 'playwright-core';
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

// Two of the seller's deals with no review yet: one run for each close choice.
const KEEP_OPEN_DEAL = 'Summit Foods - Warehouse Analytics Pilot';
const RELEASE_DEAL = 'Northwind Health - Data Migration';
const SELLER = 'Sam Rivera';
const MANAGER = 'Morgan Lee';
const VIEWER = 'Riley Brooks';

const local = setUpOrgAndBrowser();

function fill(template: string, ...values: string[]): string {
    return template.replace(/\{(\d+)\}/g, (_, index: string) => values[Number(index)] ?? '');
}

async function openAs(page: Page, name: string, deal: string) {
    await switchUser(page, name);
    return openDeal(page, local.org.url, deal);
}

/** The seller prepares a focus; the manager sees it and opens the review with it, then asks. */
async function prepareAndOpen(page: Page, deal: string, focus: string, question: string) {
    let panel = await openAs(page, SELLER, deal);
    const request = panel.locator('c-coaching-focus-request');
    await request.getByText(label('Coaching_FocusRequest_Heading')).waitFor();
    await request.getByLabel(label('Coaching_FocusRequest_Label')).fill(focus);
    await request.getByRole('button', { name: label('Coaching_FocusRequest_Save') }).click();
    await toast(page, label('Coaching_Panel_FocusRequested'));
    await request.getByText(focus).waitFor();
    await request.getByRole('button', { name: label('Coaching_FocusRequest_Edit') }).waitFor();
    await screenshot(page, 'seller-prepared-focus');

    panel = await openAs(page, MANAGER, deal);
    const prepared = panel.locator('c-coaching-focus-request');
    await prepared.getByText(fill(label('Coaching_FocusRequest_OthersHeading'), SELLER)).waitFor();
    await prepared.getByText(focus).waitFor();
    await screenshot(page, 'manager-sees-prepared-focus');
    await panel.getByRole('button', { name: label('Coaching_Intent_StartReview') }).click();
    await panel
        .getByLabel(label('Coaching_Intent_IntentLabel'))
        .fill('Agree together what this deal needs before the customer commits.');
    await panel.getByRole('button', { name: label('Coaching_Intent_StartSave') }).click();
    await toast(page, label('Coaching_Panel_ReviewStarted'));
    // The focus is carried into the review the manager opened, and the request is gone.
    await panel.locator('c-coaching-intent .focus', { hasText: focus }).waitFor();
    expect(await prepared.locator('section').count()).toBe(0);

    const ask = panel.locator('.ask-form');
    await ask.getByLabel(label('Coaching_Questions_AskLabel')).fill(question);
    await ask.getByRole('button', { name: label('Coaching_Questions_AskSave') }).click();
    await toast(page, label('Coaching_Panel_QuestionAsked'));
    await panel.locator('article.question', { hasText: question }).waitFor();
    return panel;
}

/** The manager closes the review with one question unanswered, making the choice asked for. */
async function closeWith(page: Page, choice: string) {
    const panel = await panelOf(page);
    await panel.getByRole('button', { name: label('Coaching_Intent_CloseReview') }).click();
    const step = panel.locator('c-coaching-close-review');
    await step.getByText(fill(label('Coaching_CloseReview_UnansweredOne'), '1', SELLER)).waitFor();
    await panel
        .getByLabel(label('Coaching_Intent_LearningLabel'))
        .fill('The customer decides on proof, not on price.');
    // Closing without a choice is refused, and says what to do.
    await panel.getByRole('button', { name: label('Coaching_Intent_CloseSave') }).click();
    await step.getByText(label('Coaching_CloseReview_ChoiceRequiredOne')).waitFor();
    await step.getByText(choice).click();
    await screenshot(
        page,
        `manager-close-${choice === label('Coaching_CloseReview_NoAnswerNeededOne') ? 'release' : 'keep-open'}`
    );
    await panel.getByRole('button', { name: label('Coaching_Intent_CloseSave') }).click();
    await toast(page, label('Coaching_Panel_ReviewClosed'));
    await panel.getByText(label('Coaching_Intent_StatusClosed'), { exact: true }).waitFor();
    return panel;
}

/** The seller rates the closed review; the reviewer reads it; a viewer is shown nothing. */
async function rateAndRead(page: Page, deal: string, note: string) {
    let panel = await openAs(page, SELLER, deal);
    const rating = panel.locator('c-coaching-review-rating');
    await rating.getByText(label('Coaching_Rating_Heading')).waitFor();
    await rating.getByText(label('Coaching_Rating_SomewhatHelpful'), { exact: true }).click();
    await rating.getByLabel(label('Coaching_Rating_NoteLabel')).fill(note);
    await rating.getByRole('button', { name: label('Coaching_Rating_Save') }).click();
    await toast(page, label('Coaching_Panel_RatingSaved'));
    await rating.getByText(label('Coaching_Rating_YourRating')).waitFor();
    await rating.getByRole('button', { name: label('Coaching_Rating_Change') }).waitFor();

    panel = await openAs(page, MANAGER, deal);
    const seen = panel.locator('c-coaching-review-rating');
    await seen.getByText(fill(label('Coaching_Rating_SellerRating'), SELLER)).waitFor();
    await seen.getByText(label('Coaching_Rating_SomewhatHelpful'), { exact: true }).waitFor();
    await seen.getByText(note).waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
    await screenshot(page, 'reviewer-reads-rating');

    panel = await openAs(page, VIEWER, deal);
    await panel.getByText(label('Coaching_Intent_StatusClosed'), { exact: true }).waitFor();
    expect(await panel.locator('c-coaching-error-panel').count()).toBe(0);
    return panel;
}

describe('a review prepared by the seller, closed with a question kept open, and rated', () => {
    const focus = 'Whether the pilot should cover a second warehouse.';
    const question = 'What does the pilot have to prove to the CFO?';

    it('the seller prepares a focus, and the manager opens the review with it', async () => {
        await signInAs(local.page, local.org.url, SELLER);
        const panel = await prepareAndOpen(local.page, KEEP_OPEN_DEAL, focus, question);
        await screenshot(local.page, 'manager-review-with-prepared-focus');
        expect((await panel.locator('c-coaching-intent .focus').innerText()).trim()).toBe(focus);
    });

    it('the manager closes it, keeping the question open for the seller', async () => {
        const page = local.page;
        const panel = await closeWith(
            page,
            fill(label('Coaching_CloseReview_KeepOpenOne'), SELLER)
        );
        const item = panel.locator('article.question', { hasText: question });
        expect(await item.innerText()).toContain(label('Coaching_Questions_StatusOpen'));
    });

    it('the seller still answers it on the closed review, and is told so', async () => {
        const page = local.page;
        const panel = await openAs(page, SELLER, KEEP_OPEN_DEAL);
        await panel.getByText(fill(label('Coaching_Intent_ClosedOpenForYou'), '1')).waitFor();
        const item = panel.locator('article.question', { hasText: question });
        const answer = item.getByRole('button', { name: label('Coaching_Questions_Answer') });
        await answer.waitFor();
        await screenshot(page, 'seller-closed-review-open-question');
        expect(await answer.count()).toBe(1);
    });

    it('the seller rates the review; the reviewer reads it, a viewer does not', async () => {
        const note = 'More time on the proof, less on pricing.';
        const viewer = await rateAndRead(local.page, KEEP_OPEN_DEAL, note);
        expect(await viewer.locator('c-coaching-review-rating section').count()).toBe(0);
        expect(await viewer.getByText(note).count()).toBe(0);
    });
});

describe('a review closed with its question marked no answer needed', () => {
    const question = 'Who owns the data mapping on their side?';

    it('the manager opens the prepared review and closes it, releasing the seller', async () => {
        const page = local.page;
        await prepareAndOpen(
            page,
            RELEASE_DEAL,
            'Sequencing the migration with the renewal.',
            question
        );
        await closeWith(page, label('Coaching_CloseReview_NoAnswerNeededOne'));

        const panel = await openAs(page, SELLER, RELEASE_DEAL);
        const item = panel.locator('article.question', { hasText: question });
        await item.waitFor();
        expect(
            await item.getByRole('button', { name: label('Coaching_Questions_Answer') }).count()
        ).toBe(0);
        expect(await panel.locator('c-coaching-intent .closed-open-note').count()).toBe(0);
        await screenshot(page, 'seller-question-released');
    });

    it('the seller rates it; the reviewer reads it, a viewer does not', async () => {
        const note = 'Helped me plan the sequence.';
        const viewer = await rateAndRead(local.page, RELEASE_DEAL, note);
        expect(await viewer.locator('c-coaching-review-rating section').count()).toBe(0);
        expect(await viewer.getByText(note).count()).toBe(0);
    });
});
