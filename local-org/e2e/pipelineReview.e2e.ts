import { callOrg, accessToken } from '../src/client';
import { API_VERSION } from '../src/api/routes/versionRoutes';
import {
    label,
    panelOf,
    screenshot,
    setUpOrgAndBrowser,
    signInAs,
    toast
} from '../../test-support/browser';

// Two deals close today, so "this quarter" holds them whatever the date; the third closes later.
const FLEET = 'Blue Harbor - Fleet Tracking Expansion';
const RENEWAL = 'Northwind Health - Patient Portal Renewal';
const PILOT = 'Summit Foods - Warehouse Analytics Pilot';
const QUESTION = 'What got in the way of mapping the buying group, and what would help?';

const local = setUpOrgAndBrowser();

function day(offset: number): string {
    return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function api(token: string, path: string, method = 'GET', body?: unknown) {
    const response = await callOrg(local.org.url, `/services/data/v${API_VERSION}${path}`, {
        token,
        method,
        body
    });
    if (response.status >= 300) {
        throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body as { records?: { Id: string; Name: string }[] };
}

describe('a manager runs the pipeline review on the Coaching tab', () => {
    beforeAll(async () => {
        const admin = await accessToken(local.org.url, 'admin');
        const deals =
            (await api(admin, `/query?q=${encodeURIComponent('SELECT Id, Name FROM Opportunity')}`))
                .records ?? [];
        const idOf = (name: string) => deals.find((deal) => deal.Name === name)?.Id ?? '';
        for (const [name, closeDate] of [
            [FLEET, day(0)],
            [RENEWAL, day(0)],
            [PILOT, day(200)]
        ]) {
            await api(admin, `/sobjects/Opportunity/${idOf(name)}`, 'PATCH', {
                CloseDate: closeDate
            });
        }
        // The seller's step that slipped: the risk the manager will ask about.
        const seller = await accessToken(local.org.url, 'seller');
        await api(seller, '/sobjects/Seller_Next_Step__c', 'POST', {
            Opportunity__c: idOf(FLEET),
            Action__c: 'Map the buying group with the champion',
            Due_Date__c: day(-2)
        });
    });

    it('opens the Coaching tab and filters to this quarter', async () => {
        const { page } = local;
        await signInAs(page, local.org.url, 'Morgan Lee');
        await page.getByRole('link', { name: 'Coaching', exact: true }).click();
        const review = page.locator('c-coaching-pipeline-review');
        await review.getByText(label('Coaching_Pipeline_Heading')).first().waitFor();
        await review.locator('li.deal').first().waitFor();
        expect(await review.locator('li.deal').count()).toBe(3);
        await screenshot(page, 'pipeline-team');

        await review
            .getByRole('combobox', { name: label('Coaching_Pipeline_FilterPeriod') })
            .click();
        await review
            .getByRole('option', { name: label('Coaching_Pipeline_PeriodThisQuarter') })
            .click();
        await review.locator('li.deal', { hasText: PILOT }).waitFor({ state: 'detached' });
        expect(await review.locator('li.deal h3').allInnerTexts()).toEqual([FLEET, RENEWAL]);
        await screenshot(page, 'pipeline-this-quarter');
    });

    it('steps into meeting mode and asks the question a risk prompts', async () => {
        const { page } = local;
        const review = page.locator('c-coaching-pipeline-review');
        await review.getByRole('button', { name: label('Coaching_Pipeline_StartMeeting') }).click();
        await review.getByText('Deal 1 of 2').waitFor();
        const current = review.locator('article.current-deal');
        await current.getByRole('link', { name: FLEET }).waitFor();
        await panelOf(page);

        const prompt = current.locator('c-coaching-risk-prompt').first();
        await prompt.getByRole('button', { name: label('Coaching_Pipeline_AskPrompt') }).click();
        const text = prompt.getByLabel(label('Coaching_Pipeline_PromptLabel'));
        expect(await text.inputValue()).toBe(label('Coaching_Pipeline_Prompt_StepOverdue'));
        await text.fill(QUESTION);
        await screenshot(page, 'pipeline-meeting-prompt');
        await prompt
            .getByRole('button', { name: label('Coaching_Pipeline_Ask'), exact: true })
            .click();
        await toast(page, label('Coaching_Pipeline_Asked'));
        await screenshot(page, 'pipeline-meeting-asked');

        const manager = await accessToken(local.org.url, 'manager');
        const asked = await callOrg(
            local.org.url,
            `/services/data/v${API_VERSION}/query?q=${encodeURIComponent(
                `SELECT Kind__c, Coaching_Review__r.Opportunity__r.Name FROM Coaching_Question__c WHERE Question__c = '${QUESTION.replace(/'/g, "\\'")}'`
            )}`,
            { token: manager }
        );
        expect(asked.body).toMatchObject({
            totalSize: 1,
            records: [
                {
                    Kind__c: 'Open question',
                    Coaching_Review__r: { Opportunity__r: { Name: FLEET } }
                }
            ]
        });
    });

    it('goes on to the next deal with the arrow key, its panel beside it', async () => {
        const { page } = local;
        const review = page.locator('c-coaching-pipeline-review');
        await review.getByRole('button', { name: label('Coaching_Pipeline_Next') }).focus();
        await page.keyboard.press('ArrowRight');
        await review.getByText('Deal 2 of 2').waitFor();
        await review.locator('article.current-deal').getByRole('link', { name: RENEWAL }).waitFor();
        await panelOf(page);
        const shown = await page
            .locator('c-coaching-review-panel')
            .evaluate((panel) => (panel as HTMLElement & { recordId: string }).recordId);
        const href = await review
            .locator('article.current-deal')
            .getByRole('link', { name: RENEWAL })
            .getAttribute('href');
        expect(href).toBe(`/lightning/r/Opportunity/${shown}/view`);
        await screenshot(page, 'pipeline-meeting-next-deal');
    });
});
