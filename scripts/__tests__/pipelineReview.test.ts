/** @jest-environment node */
import type { Connection } from 'jsforce';
import { pipelineReview } from '../pipeline-review';
import {
    byRef,
    dateFromToday,
    expectedAgenda,
    recordsOf,
    userName,
    type ExpectedDeal
} from './support/demoExpectations';
import { createAll, runTool, signIn, startTestOrg, type TestOrg } from './support/localOrg';

jest.setTimeout(60_000);

/** The Markdown agenda split into its deal sections. */
function sections(markdown: string): { heading: string; body: string }[] {
    return markdown
        .split(/^### /m)
        .slice(1)
        .map((part) => {
            const [heading, ...rest] = part.split('\n');
            return { heading, body: rest.join('\n') };
        });
}

function listUnder(body: string, label: string): string[] {
    const match = new RegExp(`- \\*\\*${label}:\\*\\*(.*?)(?=\\n- \\*\\*|$)`, 's').exec(body);
    const text = match?.[1] ?? '';
    return text.trim() === 'none'
        ? []
        : text
              .split('\n')
              .map((line) => line.replace(/^\s*- /, '').trim())
              .filter(Boolean);
}

// How the agenda says how long a question has waited.
function waited(days: number): string {
    if (days === 0) {
        return 'asked today';
    }
    return days === 1 ? 'waiting 1 day' : `waiting ${days} days`;
}

// Undoes the Markdown escaping of text from the org.
function plain(text: string): string {
    return text.replace(/\\([\\`*_[\]<>#|])/g, '$1');
}

// A deal's heading: its number and a link to its record page on the org.
function heading(url: string, deal: ExpectedDeal, index: number): RegExp {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(
        `^${index + 1}\\. \\[${escape(deal.name)}\\]\\(<${escape(url)}/lightning/r/Opportunity/006\\w{15}/view>\\)$`
    );
}

function expectDeal(
    url: string,
    section: { heading: string; body: string },
    deal: ExpectedDeal,
    index: number
) {
    expect(section.heading).toMatch(heading(url, deal, index));
    // Open stages forecast as Pipeline unless the seller says otherwise.
    expect(section.body).toContain(
        `${deal.ownerName} · ${deal.accountName} · ${deal.stage} · Pipeline · $${deal.amount.toLocaleString('en-US')} · closes ${dateFromToday(deal.daysToClose)} (in ${deal.daysToClose} days)`
    );
    if (deal.intent) {
        expect(plain(section.body)).toContain(`: ${deal.intent}`);
        expect(plain(section.body)).toContain(
            `- **Seller's focus:** ${deal.focus ?? 'not stated yet'}`
        );
    } else {
        expect(section.body).toContain('- **Intent:** no review yet');
    }
    expect(listUnder(section.body, 'Open questions').map(plain)).toEqual(
        deal.openQuestions.map(
            (question) => `${question.text} (${question.kind}, ${waited(question.waitedDays)})`
        )
    );
    expect(
        listUnder(section.body, 'Planned next steps').map((line) => line.split(' (due')[0])
    ).toEqual(deal.planned);
    expect(
        listUnder(section.body, 'Overdue next steps').map((line) => line.split(' (due')[0])
    ).toEqual(deal.overdue);
}

describe('pipeline-review against the local org', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.close();
    });

    it("lists the signed-in manager's team deals by close date, as Markdown", async () => {
        const run = await runTool(pipelineReview, ['--local', org.url, '--quiet']);
        expect(run.error).toBeUndefined();
        const expected = expectedAgenda('manager');
        expect(run.stdout).toContain(`# Pipeline review: ${userName('manager')}'s team`);
        const total = expected.reduce((sum, deal) => sum + deal.amount, 0);
        expect(run.stdout).toContain(
            `${dateFromToday(0)} · ${expected.length} open opportunities · $${total.toLocaleString('en-US')} · ${userName('seller')}`
        );
        // One seller reports to the manager: one group, with its summary line.
        expect(run.stdout).toContain(
            `## ${userName('seller')}\n\n${expected.length} deals · $${total.toLocaleString('en-US')} · `
        );
        const found = sections(run.stdout);
        expect(found).toHaveLength(expected.length);
        expected.forEach((deal, index) => expectDeal(org.url, found[index], deal, index));
        // 1 directive in 6 questions is under the default threshold; no deal is over-reviewed.
        expect(run.stdout).not.toContain('> ');
    });

    it('writes the same agenda as a self-contained HTML page', async () => {
        const run = await runTool(pipelineReview, ['--local', org.url, '--format', 'html']);
        expect(run.error).toBeUndefined();
        const expected = expectedAgenda('manager');
        const headings = [...run.stdout.matchAll(/<h3>(.*?)<\/h3>/g)].map((match) =>
            match[1].replace(/<a href="[^"]+">(.*)<\/a>/, '$1')
        );
        expect(headings).toEqual(
            expected.map((deal, index) => `${index + 1}. ${deal.name.replace(/&/g, '&amp;')}`)
        );
        expect([...run.stdout.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1])).toEqual([
            userName('seller')
        ]);
        for (const deal of expected) {
            expect(run.stdout).toContain(`(in ${deal.daysToClose} days)`);
            for (const question of deal.openQuestions) {
                expect(run.stdout).toContain(
                    `${question.text} <span class="meta">(${question.kind}, ${waited(question.waitedDays)})</span>`
                );
            }
        }
        expect(run.stdout).not.toMatch(/<script|<link/);
    });

    it("reviews another manager's team with --manager", async () => {
        const run = await runTool(pipelineReview, [
            '--local',
            org.url,
            '--user',
            'admin@coaching.local',
            '--manager',
            'manager@coaching.local'
        ]);
        expect(run.error).toBeUndefined();
        const found = sections(run.stdout);
        const expected = expectedAgenda('manager');
        expect(found).toHaveLength(expected.length);
        expected.forEach((deal, index) =>
            expect(found[index].heading).toMatch(heading(org.url, deal, index))
        );
    });

    it('says when nobody reports to the manager', async () => {
        const run = await runTool(pipelineReview, [
            '--local',
            org.url,
            '--user',
            'seller@coaching.local'
        ]);
        expect(run.error).toBeUndefined();
        expect(run.stdout).toContain('0 open opportunities · $0 · nobody reports to this manager');
    });

    it('names the manager it cannot find', async () => {
        const run = await runTool(pipelineReview, [
            '--local',
            org.url,
            '--manager',
            'nobody@example.com'
        ]);
        expect(run.error).toBe(
            `No user has the username nobody@example.com in the local org at ${org.url}: check the spelling, or look it up in Setup > Users.`
        );
    });

    it('shows the focus a seller prepared for a review no manager has opened yet', async () => {
        // The pilot has no review yet; its seller prepares for the first one.
        const pilot = String(byRef('@pilotDeal').fields.Name);
        const seller = await signIn(org.url, 'seller@coaching.local');
        const deal = (
            await seller.query<Deal>(
                `SELECT Id, Name, OwnerId, CloseDate, Amount, StageName FROM Opportunity WHERE Name = '${pilot}'`
            )
        ).records[0];
        const managerId = (
            await seller.query<{ ManagerId: string }>(
                "SELECT ManagerId FROM User WHERE Username = 'seller@coaching.local'"
            )
        ).records[0].ManagerId;
        const focus = 'Whether the pilot should cover a *second* warehouse';
        await createAll(seller, 'Coaching_Review__c', [
            {
                Opportunity__c: deal.Id,
                Seller__c: deal.OwnerId,
                Reviewer__c: managerId,
                Status__c: 'Requested',
                Seller_Focus__c: focus
            }
        ]);

        const run = await runTool(pipelineReview, ['--local', org.url, '--quiet']);

        expect(run.error).toBeUndefined();
        const section = sections(run.stdout).find((item) => item.heading.includes(`[${pilot}]`));
        // A request is not a review held: the deal still has none.
        expect(section?.body).toContain('- **Intent:** no review yet');
        expect(plain(section?.body ?? '')).toContain(
            `- **Prepared for the next review:** ${focus}`
        );
    });
});

interface Deal {
    Id: string;
    Name: string;
    OwnerId: string;
    CloseDate: string;
    Amount: number;
    StageName: string;
}

function shiftDate(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('pipeline-review signals', () => {
    let org: TestOrg;
    let pilotDeal: Deal;
    let seller: Connection;
    let manager: Connection;
    const overdueAction = 'Send procurement the signed security questionnaire';
    const reviewDays = [-1, -3, -6, -9];

    beforeAll(async () => {
        org = await startTestOrg();
        seller = await signIn(org.url, 'seller@coaching.local');
        manager = await signIn(org.url, 'manager@coaching.local');
        const deals = await seller.query<Deal>(
            'SELECT Id, Name, OwnerId, CloseDate, Amount, StageName FROM Opportunity'
        );
        const idOf = (ref: string) =>
            deals.records.find((deal) => deal.Name === byRef(ref).fields.Name) as Deal;
        pilotDeal = idOf('@pilotDeal');
        await createAll(seller, 'Seller_Next_Step__c', [
            {
                Opportunity__c: idOf('@renewalDeal').Id,
                Action__c: overdueAction,
                Due_Date__c: dateFromToday(-3)
            }
        ]);
        const me = (
            await manager.query<{ Id: string }>(
                "SELECT Id FROM User WHERE Username = 'manager@coaching.local'"
            )
        ).records[0].Id;
        await createAll(
            manager,
            'Coaching_Review__c',
            reviewDays.map((days) => ({
                Opportunity__c: idOf('@pilotDeal').Id,
                Reviewer__c: me,
                Seller__c: idOf('@pilotDeal').OwnerId,
                Review_Date__c: dateFromToday(days),
                Intent__c: `Check the pilot's scope (${days} days).`,
                // Each review kept the deal as it was then: a week earlier close, a smaller amount.
                Close_Date_At_Start__c: shiftDate(pilotDeal.CloseDate, days * 7),
                Amount_At_Start__c: pilotDeal.Amount + days * 1000,
                Stage_At_Start__c: pilotDeal.StageName
            }))
        );
    });

    afterAll(async () => {
        await org.close();
    });

    it('lists overdue steps apart, and says when directives lean or a deal is over-reviewed', async () => {
        const run = await runTool(pipelineReview, [
            '--local',
            org.url,
            '--directive-threshold',
            '10%'
        ]);
        expect(run.error).toBeUndefined();
        // The reviewer's standing questions: not withdrawn, not the seller's own.
        const questions = recordsOf('Coaching_Question__c').filter(
            (question) =>
                question.fields.Status__c !== 'Withdrawn' &&
                question.fields.Asked_By__c !== 'Seller'
        );
        const directives = questions.filter((question) => question.fields.Kind__c === 'Directive');
        const share = Math.round((directives.length / questions.length) * 100);
        expect(run.stdout).toContain(
            `> Directives are ${share}% of the ${questions.length} questions on these deals, above 10%`
        );
        const pilot = String(byRef('@pilotDeal').fields.Name);
        expect(run.stdout).toContain(
            `> ${pilot} has had ${reviewDays.length} reviews in the last 30 days, more than the 3`
        );
        const renewal = sections(run.stdout).find((section) =>
            section.heading.includes(`[${String(byRef('@renewalDeal').fields.Name)}]`)
        );
        expect(listUnder(renewal?.body ?? '', 'Overdue next steps')).toEqual([
            `${overdueAction} (due ${dateFromToday(-3)})`
        ]);
        const pilotSection = sections(run.stdout).find((section) =>
            section.heading.includes(`[${pilot}]`)
        );
        expect(pilotSection?.body).toContain(
            `- **Intent** (review of ${dateFromToday(-1)}, open): Check the pilot's scope (-1 days).`
        );
        // Changes compare with the newest review's snapshot; four pushes make a risk.
        const money = (amount: number) => `$${amount.toLocaleString('en-US')}`;
        expect(pilotSection?.body).toContain(
            `- **Since the review of ${dateFromToday(-1)}:** close date pushed 7 days (${shiftDate(pilotDeal.CloseDate, -7)} → ${pilotDeal.CloseDate}); still in ${pilotDeal.StageName}; amount up $1,000 (${money(pilotDeal.Amount - 1000)} → ${money(pilotDeal.Amount)})`
        );
        expect(pilotSection?.body).toContain(
            '- **Risks:**\n  - close date pushed 4 times across reviews: ask “What has the customer told you about their timeline since we last set the close date?”'
        );
    });
});
