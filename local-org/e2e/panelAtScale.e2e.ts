import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { accessToken, callOrg } from '../src/client';
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

// A deal with no review in the demo data: this file gives it one with 60 questions and 30 steps,
// and threads of 10 replies under 24 of the questions (more than one page of the query's replies).
const DEAL = 'Summit Foods - Warehouse Analytics Pilot';
const QUESTIONS = 60;
const STEPS = 30;
const THREADS = 24;
const THREAD_LENGTH = 10;
// How many replies a thread shows before "Show earlier replies".
const THREAD_SHOWN = 3;
const ANSWERED = 20;
// How many questions the list shows at first, and how many each "Show more" adds.
const PAGE = 20;
const RESOLVED = 8;
const DATA = '/services/data/v65.0';
const SCREENS = [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 }
];

const local = setUpOrgAndBrowser();

type Token = string;

async function api(token: Token, path: string, method = 'GET', body?: unknown) {
    const response = await callOrg(local.org.url, `${DATA}${path}`, { token, method, body });
    if (response.status >= 300) {
        throw new Error(
            `${method} ${path} failed (${response.status}): ${JSON.stringify(response.body)}`
        );
    }
    return response.body as Record<string, unknown>;
}

async function idOf(token: Token, soql: string): Promise<string> {
    const result = await api(token, `/query?q=${encodeURIComponent(soql)}`);
    return (result.records as { Id: string }[])[0].Id;
}

/** Writes records in collections of up to 200, as the composite API takes them. */
async function writeAll(token: Token, method: 'POST' | 'PATCH', records: object[]) {
    const results = (await api(token, '/composite/sobjects', method, {
        allOrNone: true,
        records
    })) as unknown as { id: string; success: boolean; errors: unknown[] }[];
    const failed = results.filter((result) => !result.success);
    if (failed.length > 0) {
        throw new Error(
            `${method} of ${records.length} records failed: ${JSON.stringify(failed[0])}`
        );
    }
    return results.map((result) => result.id);
}

/** The review, its questions and the seller's steps, as the manager and the seller write them. */
async function seedLargeDeal(): Promise<void> {
    const manager = await accessToken(local.org.url, 'manager');
    const seller = await accessToken(local.org.url, 'seller');
    const dealId = await idOf(manager, `SELECT Id FROM Opportunity WHERE Name = '${DEAL}'`);
    const managerId = await idOf(
        manager,
        "SELECT Id FROM User WHERE Username = 'manager@coaching.local'"
    );
    const sellerId = await idOf(
        manager,
        "SELECT Id FROM User WHERE Username = 'seller@coaching.local'"
    );
    const review = await api(manager, '/sobjects/Coaching_Review__c', 'POST', {
        Opportunity__c: dealId,
        Reviewer__c: managerId,
        Seller__c: sellerId,
        Intent__c: 'Find out together what the pilot has to prove in each warehouse.'
    });
    const questionIds = await writeAll(
        manager,
        'POST',
        Array.from({ length: QUESTIONS }, (_, index) => {
            // Ideas only among the questions left to answer, so each waits on the seller once.
            const isIdea = index >= ANSWERED && index % 6 === 5;
            return {
                attributes: { type: 'Coaching_Question__c' },
                Coaching_Review__c: review.id,
                Question__c: isIdea
                    ? `What if we ran warehouse ${index + 1} as a reference site?`
                    : `What would warehouse ${index + 1} need to see in the pilot's first month?`,
                Kind__c: isIdea ? 'Suggestion' : 'Open question'
            };
        })
    );
    await writeAll(
        seller,
        'PATCH',
        questionIds.slice(0, ANSWERED).map((id, index) => ({
            attributes: { type: 'Coaching_Question__c' },
            Id: id,
            Answer__c: `Warehouse ${index + 1} wants fewer stockouts on fresh goods.`,
            Status__c: 'Answered'
        }))
    );
    await writeAll(
        manager,
        'PATCH',
        questionIds.slice(0, RESOLVED).map((id) => ({
            attributes: { type: 'Coaching_Question__c' },
            Id: id,
            Status__c: 'Resolved'
        }))
    );
    // The seller and the manager take turns, so each thread alternates between them.
    for (let turn = 0; turn < THREAD_LENGTH; turn++) {
        await writeAll(
            turn % 2 === 0 ? seller : manager,
            'POST',
            questionIds.slice(0, THREADS).map((id, index) => ({
                attributes: { type: 'Coaching_Reply__c' },
                Coaching_Question__c: id,
                Reply__c: `Reply ${turn + 1} on warehouse ${index + 1}.`
            }))
        );
    }
    await writeAll(
        seller,
        'POST',
        Array.from({ length: STEPS }, (_, index) => ({
            attributes: { type: 'Seller_Next_Step__c' },
            Opportunity__c: dealId,
            Action__c: `Walk warehouse ${index + 1} with its site lead`,
            Customer_Value__c: 'They see where the stockouts start.',
            Due_Date__c: `2027-01-${String((index % 28) + 1).padStart(2, '0')}`
        }))
    );
}

/** What has focus, through every shadow root: its tag, class, text and label. */
function focused(page: Page): Promise<string> {
    return page.evaluate(() => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) {
            element = element.shadowRoot.activeElement;
        }
        if (!element) {
            return '';
        }
        const host = (element.getRootNode() as ShadowRoot).host;
        return [
            element.tagName.toLowerCase(),
            element.className,
            host?.tagName.toLowerCase() ?? '',
            element.getAttribute('aria-label') ?? '',
            (element.textContent ?? '').trim().slice(0, 80)
        ].join(' | ');
    });
}

/** The data-id of what has focus, through every shadow root. */
function focusedId(page: Page): Promise<string | null> {
    return page.evaluate(() => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) {
            element = element.shadowRoot.activeElement;
        }
        return element?.getAttribute('data-id') ?? null;
    });
}

/** Reads a value until it passes a check, or gives the last value after five seconds. */
async function settle<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
    const until = Date.now() + 5000;
    let value = await read();
    while (!check(value) && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        value = await read();
    }
    return value;
}

async function expectFocus(page: Page, pattern: RegExp): Promise<void> {
    expect(
        await settle(
            () => focused(page),
            (value) => pattern.test(value)
        )
    ).toMatch(pattern);
}

/** Presses a button with the keyboard: focus moves to it, Enter presses it. */
async function pressWithKeyboard(button: Locator): Promise<void> {
    await button.focus();
    await button.press('Enter');
}

function showMoreText(next: number, remaining: number): string {
    return label('Coaching_Questions_ShowMore')
        .replace('{0}', String(next))
        .replace('{1}', String(remaining));
}

async function shownQuestions(panel: Locator): Promise<number> {
    return panel.locator('li.slds-item:not([hidden]) article.question').count();
}

/** Runs axe on the panel, inside the shadow roots it sits in, and returns the rules it broke. */
async function axeViolations(page: Page): Promise<string[]> {
    // Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    return page.evaluate(async () => {
        const find = (root: Document | ShadowRoot): Element | undefined => {
            const direct = root.querySelector('c-coaching-review-panel');
            if (direct) {
                return direct;
            }
            for (const element of Array.from(root.querySelectorAll('*'))) {
                const found = element.shadowRoot ? find(element.shadowRoot) : undefined;
                if (found) {
                    return found;
                }
            }
            return undefined;
        };
        const chain: string[] = [];
        let element = find(document);
        while (element) {
            chain.unshift(element.tagName.toLowerCase());
            const root = element.getRootNode();
            element = root instanceof ShadowRoot ? root.host : undefined;
        }
        const axe = (window as unknown as { axe: { run(context: unknown): Promise<unknown> } }).axe;
        const result = (await axe.run({ include: [{ fromShadowDom: chain }] })) as {
            violations: { id: string; nodes: { target: unknown }[] }[];
        };
        return result.violations.map(
            (violation) =>
                `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`
        );
    });
}

async function screenshots(page: Page, name: string): Promise<void> {
    for (const size of SCREENS) {
        await page.setViewportSize(size);
        await screenshot(page, `${name}-${size.width}x${size.height}`);
    }
    await page.setViewportSize(SCREENS[0]);
}

describe('the panel on a deal with 60 questions and 30 steps', () => {
    let dealUrl = '';

    it('the seller reads their own plan and what awaits their answer first', async () => {
        await seedLargeDeal();
        const { page } = local;
        await page.setViewportSize(SCREENS[0]);
        await signInAs(page, local.org.url, 'Sam Rivera');
        const panel = await openDeal(page, local.org.url, DEAL);
        dealUrl = page.url();
        await panel.locator('article.question').first().waitFor();

        const sections = await panel
            .locator('c-coaching-next-steps, c-coaching-questions')
            .evaluateAll((elements) => elements.map((element) => element.tagName.toLowerCase()));
        expect(sections).toEqual(['c-coaching-next-steps', 'c-coaching-questions']);
        expect(await panel.locator('article.step').count()).toBe(STEPS);
        expect(await shownQuestions(panel)).toBe(PAGE);
        // Answer boxes stay closed until asked for.
        expect(await panel.locator('.answer-input').count()).toBe(0);
        await screenshots(page, 'scale-seller');
        expect(await axeViolations(page)).toEqual([]);
    });

    it('the seller shows more questions with the keyboard, focus on the first one shown', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const items = panel.locator('c-coaching-questions li.slds-item');
        for (let shown = PAGE; shown < QUESTIONS; shown += PAGE) {
            const more = showMoreText(Math.min(PAGE, QUESTIONS - shown), QUESTIONS - shown);
            const next = await items.nth(shown).getAttribute('data-id');
            await pressWithKeyboard(panel.getByRole('button', { name: more }));
            await expectFocus(page, /^li \| slds-item/);
            expect(await focusedId(page)).toBe(next);
            expect(await shownQuestions(panel)).toBe(shown + PAGE);
        }
        expect(await panel.locator('.show-more').count()).toBe(0);
        await screenshots(page, 'scale-seller-all-shown');
        expect(await axeViolations(page)).toEqual([]);
    });

    it('the seller filters to what awaits their answer, and collapses the plan', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const awaiting = QUESTIONS - ANSWERED;
        const filter = panel.locator('.filter');
        const mine = label('Coaching_Questions_FilterMineSeller').replace('{0}', String(awaiting));
        await filter.locator('label', { hasText: mine }).click();
        // A new filter starts again from the first page.
        expect(
            await settle(
                () => shownQuestions(panel),
                (count) => count === PAGE
            )
        ).toBe(PAGE);
        await panel.getByRole('button', { name: showMoreText(PAGE, awaiting - PAGE) }).waitFor();

        const planToggle = panel.locator('c-coaching-next-steps button.toggle');
        await pressWithKeyboard(planToggle);
        expect(
            await settle(
                () => planToggle.getAttribute('aria-expanded'),
                (value) => value === 'false'
            )
        ).toBe('false');
        await expectFocus(page, /^button \| toggle/);
        expect(await panel.locator('article.step').first().isVisible()).toBe(false);
        await screenshots(page, 'scale-seller-filtered');
        expect(await axeViolations(page)).toEqual([]);
    });

    it('the seller answers with the keyboard only, one box open at a time', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const first = panel.locator('article.question').first();
        const second = panel.locator('article.question').nth(1);
        await pressWithKeyboard(
            first.getByRole('button', { name: label('Coaching_Questions_Answer') })
        );
        await expectFocus(page, /^textarea/);
        await page.keyboard.type('Half a thought');
        await pressWithKeyboard(
            second.getByRole('button', { name: label('Coaching_Questions_Answer') })
        );
        await expectFocus(page, /^textarea/);
        expect(await panel.locator('.answer-input').count()).toBe(1);
        // The first box closed with its draft kept, ready to go on with.
        await first
            .getByRole('button', { name: label('Coaching_Questions_ContinueAnswer') })
            .waitFor();

        await page.keyboard.type('The site lead wants a weekly stockout report.');
        await page.keyboard.press('Tab');
        await expectFocus(page, new RegExp(label('Coaching_Questions_SaveAnswer')));
        await page.keyboard.press('Enter');
        await toast(page, label('Coaching_Panel_AnswerSaved'));
        await expectFocus(page, /Edit your answer|question|Weekly|warehouse/i);
        await screenshots(page, 'scale-seller-answered');
    });

    it("keeps the seller's answer in its box when another tab saved one first", async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const question = panel.locator('article.question').first();
        const text = (await question.locator('.text').innerText()).trim();
        await pressWithKeyboard(
            question.getByRole('button', { name: label('Coaching_Questions_ContinueAnswer') })
        );
        const box = question.getByLabel(label('Coaching_Questions_AnswerLabel'));
        await box.fill('My answer from the first tab.');

        const other = await page.context().newPage();
        await other.goto(dealUrl);
        const otherPanel = await panelOf(other);
        const sameQuestion = otherPanel.locator('article.question', { hasText: text });
        await sameQuestion
            .getByRole('button', { name: label('Coaching_Questions_Answer') })
            .click();
        await sameQuestion
            .getByLabel(label('Coaching_Questions_AnswerLabel'))
            .fill('Saved first, from the second tab.');
        await sameQuestion
            .getByRole('button', { name: label('Coaching_Questions_SaveAnswer') })
            .click();
        await toast(other, label('Coaching_Panel_AnswerSaved'));
        await other.close();

        await question
            .getByRole('button', { name: label('Coaching_Questions_SaveAnswer') })
            .click();
        await toast(page, label('Coaching_Panel_SaveFailed'));
        const refused = panel.locator('article.question', { hasText: text });
        await refused.locator('.answer-error').waitFor();
        expect(await refused.getByLabel(label('Coaching_Questions_AnswerLabel')).inputValue()).toBe(
            'My answer from the first tab.'
        );
        await screenshots(page, 'scale-seller-stale-answer-kept');
    });

    it('the seller marks a step done and cancels an edit with Escape, focus kept', async () => {
        const { page } = local;
        const panel = await panelOf(page);
        const planToggle = panel.locator('c-coaching-next-steps button.toggle');
        await pressWithKeyboard(planToggle);
        const step = panel.locator('article.step').first();
        const action = (await step.locator('.action').innerText()).trim();

        await pressWithKeyboard(step.getByRole('button', { name: label('Coaching_Steps_Edit') }));
        await expectFocus(page, /^input/);
        await page.keyboard.press('Escape');
        await expectFocus(page, new RegExp(label('Coaching_Steps_Edit')));

        await page.keyboard.press('Enter');
        await expectFocus(page, /^input/);
        const due = step.getByLabel(label('Coaching_Steps_DueDateLabel'));
        await due.fill('2026-12-10');
        await step.getByRole('button', { name: label('Coaching_Common_Save') }).click();
        await step.getByText(label('Coaching_Steps_DueDateInvalid')).waitFor();
        await screenshots(page, 'scale-seller-date-refused');
        await page.keyboard.press('Escape');

        const done = panel
            .locator('article.step', { hasText: action })
            .getByRole('button', { name: label('Coaching_Steps_MarkDone') });
        await pressWithKeyboard(done);
        await toast(page, label('Coaching_Panel_StepDone'));
        await expectFocus(page, new RegExp(`^p \\| action.*${action}`));
        expect(await panel.locator('article.step', { hasText: action }).innerText()).toContain(
            label('Coaching_Steps_StatusDone')
        );
    });

    it('the seller reads a long thread folded, and unfolds it with the keyboard', async () => {
        const { page } = local;
        await page.goto(dealUrl);
        const panel = await panelOf(page);
        const thread = panel
            .locator('c-coaching-replies')
            .filter({ hasText: 'Reply 10 on' })
            .first();
        await thread.waitFor();
        expect(await thread.locator('li.reply').count()).toBe(THREAD_SHOWN);
        const unfold = thread.getByRole('button', {
            name: label('Coaching_Replies_ShowEarlier').replace(
                '{0}',
                String(THREAD_LENGTH - THREAD_SHOWN)
            )
        });
        await pressWithKeyboard(unfold);
        await settle(
            () => thread.locator('li.reply').count(),
            (count) => count === THREAD_LENGTH
        );
        expect(await thread.locator('li.reply').count()).toBe(THREAD_LENGTH);
        // Focus stays on the button, which now offers to fold the thread again.
        await expectFocus(page, new RegExp(`^button .*${label('Coaching_Replies_ShowFewer')}`));
        // Every question's replies arrived, across the query's pages of 200.
        const threads = await panel
            .locator('c-coaching-replies')
            .filter({ hasText: 'Reply 10 on' })
            .count();
        expect(threads).toBe(THREADS);
        await screenshots(page, 'scale-seller-thread');
        expect(await axeViolations(page)).toEqual([]);
    });

    it('the manager finds the ask form first and the answers to look at', async () => {
        const { page } = local;
        await switchUser(page, 'Morgan Lee');
        await page.goto(dealUrl);
        const panel = await panelOf(page);
        await panel.locator('article.question').first().waitFor();
        const sections = await panel
            .locator('c-coaching-next-steps, c-coaching-questions, c-coaching-ask-form')
            .evaluateAll((elements) => elements.map((element) => element.tagName.toLowerCase()));
        expect(sections).toEqual([
            'c-coaching-questions',
            'c-coaching-ask-form',
            'c-coaching-next-steps'
        ]);
        await screenshots(page, 'scale-manager');
        expect(await axeViolations(page)).toEqual([]);

        const resolve = panel
            .locator('article.question')
            .first()
            .getByRole('button', { name: label('Coaching_Questions_Resolve') });
        const text = (await panel.locator('article.question .text').first().innerText()).trim();
        await pressWithKeyboard(resolve);
        await toast(page, label('Coaching_Panel_QuestionResolved'));
        await expectFocus(page, new RegExp(`^p \\| text.*${text.slice(0, 30)}`));

        const ask = panel.locator('c-coaching-ask-form');
        await ask.getByLabel(label('Coaching_Questions_AskLabel')).fill('Call the CFO this week.');
        await ask.getByRole('button', { name: label('Coaching_Questions_AskSave') }).click();
        const warning = ask.locator('.directive-confirm');
        await warning.waitFor();
        expect(
            await warning
                .getByRole('button', { name: label('Coaching_Questions_SaveDirectiveAnyway') })
                .isVisible()
        ).toBe(true);
        await screenshots(page, 'scale-manager-directive');
        expect(await axeViolations(page)).toEqual([]);
    });
});
