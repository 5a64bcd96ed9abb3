/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from 'jsforce';
import { coachingReport } from '../coaching-report';
import {
    byRef,
    dateFromToday,
    expectedReport,
    recordsOf,
    userName,
    type ExpectedRow
} from './support/demoExpectations';
import { createAll, runTool, signIn, startTestOrg, type TestOrg } from './support/localOrg';

jest.setTimeout(60_000);

interface Row extends ExpectedRow {
    manager: string;
    managerId: string | null;
    seller: string;
    sellerId: string | null;
    directiveShare: number;
    openQuestionShare: number;
    answerRate: number;
    reviewsPerDealPer30Days: number;
    medianHoursToAnswer: number | null;
}

interface ReportJson {
    from: string;
    to: string;
    days: number;
    team: Row;
    managers: Row[];
    sellers: Row[];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The figures derived from counts, worked out from the expected counts. */
function derived(row: ExpectedRow, days: number) {
    return {
        directiveShare: row.questions ? round(row.directives / row.questions, 4) : 0,
        openQuestionShare: row.questions ? round(row.openQuestions / row.questions, 4) : 0,
        answerRate: row.needingAnswer ? round(row.answered / row.needingAnswer, 4) : 0,
        reviewsPerDealPer30Days: row.dealsReviewed
            ? round(((row.reviewsHeld / row.dealsReviewed) * 30) / days, 2)
            : 0
    };
}

function expectRow(actual: Row | undefined, expected: ExpectedRow, days: number): void {
    expect(actual).toBeDefined();
    expect(actual).toMatchObject({ ...expected, ...derived(expected, days) });
}

// The demo dates its questions before their answers, so the manager's answers took real time.
const DEMO_MEDIAN_HOURS = expectedReport('manager', -29, 0).team.medianHoursToAnswer;

describe('coaching-report against the local org', () => {
    let org: TestOrg;
    const from = dateFromToday(-29);
    const to = dateFromToday(0);

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.close();
    });

    async function reportJson(argv: string[]): Promise<ReportJson> {
        const run = await runTool(coachingReport, [
            '--local',
            org.url,
            '--format',
            'json',
            '--quiet',
            ...argv
        ]);
        expect(run.error).toBeUndefined();
        return JSON.parse(run.stdout) as ReportJson;
    }

    it('reports the demo figures of the manager, who sees their team, in JSON', async () => {
        const report = await reportJson(['--from', from, '--to', to]);
        const expected = expectedReport('manager', -29, 0);
        expect(report).toMatchObject({ from, to, days: 30 });
        expectRow(report.team, expected.team, 30);
        expect(DEMO_MEDIAN_HOURS).toBeGreaterThan(0);
        expect(report.team.medianHoursToAnswer).toBe(DEMO_MEDIAN_HOURS);
        expect(report.managers.map((row) => row.manager)).toEqual(
            [...expected.managers.keys()].map((ref) => userName(ref))
        );
        for (const [ref, row] of expected.managers) {
            expectRow(
                report.managers.find((candidate) => candidate.manager === userName(ref)),
                row,
                30
            );
        }
    });

    it('gives each seller a row: directives, answers, time to answer, ideas, changed views', async () => {
        const report = await reportJson(['--from', from, '--to', to]);
        const expected = expectedReport('manager', -29, 0);
        expect(report.sellers.map((row) => row.seller)).toEqual(
            [...expected.sellers.keys()].map((ref) => userName(ref)).sort()
        );
        for (const [ref, row] of expected.sellers) {
            const actual = report.sellers.find((candidate) => candidate.seller === userName(ref));
            expectRow(actual, row, 30);
            expect(actual).toMatchObject({ scope: 'seller', manager: '', managerId: null });
            expect(actual?.sellerId).toMatch(/^005/);
        }
    });

    it('counts every visible record for the admin, with steps of sellers without a manager apart', async () => {
        const report = await reportJson([
            '--from',
            from,
            '--to',
            to,
            '--user',
            'admin@coaching.local'
        ]);
        const expected = expectedReport('admin', -29, 0);
        expectRow(report.team, expected.team, 30);
        const noManager = report.managers.find((row) => row.managerId === null);
        expectRow(noManager, expected.managers.get('') as ExpectedRow, 30);
        expect(noManager?.manager).toBe('(no manager)');
    });

    it('keeps to the period: reviews by review date, next steps by the day they were created', async () => {
        const renewal = byRef('@renewalReview');
        const fleet = byRef('@fleetReview');
        expect(renewal.fields.Review_Date__c).toBe('TODAY-14');
        expect(fleet.fields.Review_Date__c).toBe('TODAY-2');
        const recent = await reportJson(['--from', dateFromToday(-5), '--to', to]);
        expectRow(recent.team, expectedReport('manager', -5, 0).team, 6);
        const past = await reportJson(['--from', dateFromToday(-20), '--to', dateFromToday(-10)]);
        const expectedPast = expectedReport('manager', -20, -10).team;
        expect(expectedPast.stepsPlanned + expectedPast.stepsDone).toBe(0);
        expectRow(past.team, expectedPast, 11);
    });

    it('writes the same figures as CSV, one row for the team, one per manager and one per seller', async () => {
        const run = await runTool(coachingReport, [
            '--local',
            org.url,
            '--format',
            'csv',
            '--from',
            from,
            '--to',
            to
        ]);
        expect(run.error).toBeUndefined();
        const [header, ...lines] = run.stdout.trim().split('\r\n');
        const columns = header.split(',');
        const rows = lines.map((line) => {
            const cells = line.split(',');
            return Object.fromEntries(columns.map((name, index) => [name, cells[index]]));
        });
        const expected = expectedReport('manager', -29, 0);
        expect(rows).toHaveLength(1 + expected.managers.size + expected.sellers.size);
        expect(rows.filter((row) => row.scope === 'seller')).toHaveLength(expected.sellers.size);
        const team = rows.find((row) => row.scope === 'team') as Record<string, string>;
        for (const [name, value] of Object.entries({
            ...expected.team,
            ...derived(expected.team, 30)
        })) {
            // An empty cell is a figure held back (null).
            expect([name, team[name] === '' ? null : Number(team[name])]).toEqual([name, value]);
        }
        const manager = rows.find((row) => row.manager === userName('manager'));
        expect(Number(manager?.questions)).toBe(expected.managers.get('manager')?.questions);
    });

    it('writes a self-contained HTML page whose tables and chart data carry the figures', async () => {
        const run = await runTool(coachingReport, ['--local', org.url, '--from', from, '--to', to]);
        expect(run.error).toBeUndefined();
        const html = run.stdout;
        const expected = expectedReport('manager', -29, 0).team;
        const cell = (field: string) =>
            new RegExp(
                `<tr data-scope="team"[^>]*>(?:(?!</tr>).)*?data-field="${field}">([^<]*)<`,
                's'
            ).exec(html)?.[1];
        expect(Number(cell('questions'))).toBe(expected.questions);
        expect(Number(cell('directives'))).toBe(expected.directives);
        expect(Number(cell('changedMyView'))).toBe(expected.changedMyView);
        expect(Number(cell('ideasAdopted'))).toBe(expected.ideasAdopted);
        expect(Number(cell('stepsPlanned'))).toBe(expected.stepsPlanned);
        expect(cell('answerRate')).toBe(
            `${((expected.answered / expected.needingAnswer) * 100).toFixed(1)}%`
        );
        const data = JSON.parse(
            (/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html) ??
                [])[1] ?? 'null'
        ) as ReportJson;
        expectRow(data.team, expected, 30);
        const sellerRow = expectedReport('manager', -29, 0).sellers.get('seller') as ExpectedRow;
        const sellerCell = (field: string) =>
            new RegExp(
                `<tr data-scope="seller"[^>]*><th scope="row">${userName('seller')}</th>(?:(?!</tr>).)*?data-field="${field}">([^<]*)<`,
                's'
            ).exec(html)?.[1];
        expect(html).toContain('<h2>Per seller</h2>');
        expect(Number(sellerCell('questions'))).toBe(sellerRow.questions);
        expect(Number(sellerCell('ideasAdopted'))).toBe(sellerRow.ideasAdopted);
        expect(Number(sellerCell('changedMyView'))).toBe(sellerRow.changedMyView);
        expect(sellerCell('directiveShare')).toBe(
            `${((sellerRow.directives / sellerRow.questions) * 100).toFixed(1)}%`
        );
        expect(html).toContain('Chart.js v4');
        expect(html).toContain('new Chart(');
        expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    });

    it('refuses a period that ends before it starts, before connecting', async () => {
        const run = await runTool(coachingReport, [
            '--local',
            'http://127.0.0.1:9',
            '--from',
            '2025-03-01',
            '--to',
            '2025-02-01'
        ]);
        expect(run.error).toBe(
            '--to 2025-02-01 is before --from 2025-03-01: the period must end on or after the day it starts.'
        );
    });

    it('refuses dates that are not dates, and unknown formats', async () => {
        expect((await runTool(coachingReport, ['--from', '2025-02-30'])).error).toBe(
            '--from 2025-02-30 is not a date: write it as YYYY-MM-DD.'
        );
        expect((await runTool(coachingReport, ['--format', 'pdf'])).error).toBe(
            '--format pdf is not one of html, csv, json.'
        );
    });

    it('refuses an output path it cannot write, before doing the work', async () => {
        const missing = join(tmpdir(), 'no-such-folder-for-coaching', 'report.html');
        const run = await runTool(coachingReport, ['--local', org.url, '--out', missing]);
        expect(run.error).toBe(
            `Cannot write ${missing}: its folder does not exist. Choose another --out path.`
        );
        const folder = mkdtempSync(join(tmpdir(), 'report-out-'));
        try {
            const intoFolder = await runTool(coachingReport, ['--local', org.url, '--out', folder]);
            expect(intoFolder.error).toBe(
                `Cannot write ${folder}: it is a folder. Choose another --out path.`
            );
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('says which user the local org does not know', async () => {
        const run = await runTool(coachingReport, [
            '--local',
            org.url,
            '--user',
            'nobody@coaching.local'
        ]);
        expect(run.error).toBe(
            `The local org at ${org.url} has no user nobody@coaching.local with that password: check --user and --password (the local org prints its users when it starts).`
        );
    });
});

describe('coaching-report on questions added after seeding', () => {
    let org: TestOrg;
    let manager: Connection;
    let seller: Connection;
    const day = dateFromToday(-1);
    // Demo texts whose kind the demo itself labels; saved here with no Kind__c.
    const unlabelled = recordsOf('Coaching_Question__c').filter((question) =>
        ['Directive', 'Suggestion', 'Open question'].includes(String(question.fields.Kind__c))
    );
    const answerHours = [1, 3, 5, 7, 9, 40];
    const pagedCount = 230;

    beforeAll(async () => {
        org = await startTestOrg();
        manager = await signIn(org.url, 'manager@coaching.local');
        seller = await signIn(org.url, 'seller@coaching.local');
        const ids = await manager.query<{ Id: string; Name: string; OwnerId: string }>(
            `SELECT Id, Name, OwnerId FROM Opportunity WHERE Name = '${String(byRef('@pilotDeal').fields.Name)}'`
        );
        const deal = ids.records[0];
        const me = (
            await manager.query<{ Id: string }>(
                "SELECT Id FROM User WHERE Username = 'manager@coaching.local'"
            )
        ).records[0].Id;
        const [reviewId] = await createAll(manager, 'Coaching_Review__c', [
            {
                Opportunity__c: deal.Id,
                Reviewer__c: me,
                Seller__c: deal.OwnerId,
                Review_Date__c: day,
                Intent__c: 'See together whether the pilot can start this month.'
            }
        ]);
        await createAll(
            manager,
            'Coaching_Question__c',
            unlabelled.map((question) => ({
                Coaching_Review__c: reviewId,
                Question__c: question.fields.Question__c
            }))
        );
        const timed = await createAll(
            manager,
            'Coaching_Question__c',
            answerHours.map((hours) => ({
                Coaching_Review__c: reviewId,
                Question__c: `How would the pilot look after ${hours} weeks?`,
                Kind__c: 'Open question'
            }))
        );
        const created = await manager.query<{ Id: string; CreatedDate: string }>(
            `SELECT Id, CreatedDate FROM Coaching_Question__c WHERE Id IN ('${timed.join("','")}')`
        );
        const answers = created.records.map((question) => ({
            attributes: { type: 'Coaching_Question__c' },
            Id: question.Id,
            Answer__c: `After ${answerHours[timed.indexOf(question.Id)]} hours of thought: yes.`,
            Status__c: 'Answered'
        }));
        await seller.requestPatch('/services/data/v62.0/composite/sobjects', {
            allOrNone: true,
            records: answers
        });
        // The server stamps the answer time; only an admin may date it, as a history load does.
        const answerTimes = created.records.map((question) => ({
            attributes: { type: 'Coaching_Question__c' },
            Id: question.Id,
            Answered_At__c: new Date(
                Date.parse(question.CreatedDate) +
                    answerHours[timed.indexOf(question.Id)] * 3_600_000
            ).toISOString()
        }));
        const admin = await signIn(org.url, 'admin@coaching.local');
        await admin.requestPatch('/services/data/v62.0/composite/sobjects', {
            allOrNone: true,
            records: answerTimes
        });
        const filler = Array.from({ length: pagedCount }, (_, index) => ({
            Coaching_Review__c: reviewId,
            Question__c: `Which risk matters most on step ${index}?`,
            Kind__c: 'Closed question'
        }));
        await createAll(manager, 'Coaching_Question__c', filler.slice(0, 200));
        await createAll(manager, 'Coaching_Question__c', filler.slice(200));
    });

    afterAll(async () => {
        await org.close();
    });

    it('classifies questions without a kind from their text, and reads every page', async () => {
        const run = await runTool(coachingReport, [
            '--local',
            org.url,
            '--format',
            'json',
            '--from',
            day,
            '--to',
            day,
            '--page-size',
            '200'
        ]);
        expect(run.error).toBeUndefined();
        const report = JSON.parse(run.stdout) as ReportJson;
        const count = (kind: string) =>
            unlabelled.filter((question) => question.fields.Kind__c === kind).length;
        expect(report.team).toMatchObject({
            reviewsHeld: 1,
            dealsReviewed: 1,
            questions: unlabelled.length + answerHours.length + pagedCount,
            directives: count('Directive'),
            suggestions: count('Suggestion'),
            openQuestions: count('Open question') + answerHours.length,
            closedQuestions: pagedCount,
            unclassified: 0,
            answered: answerHours.length
        });
        const sorted = [...answerHours].sort((a, b) => a - b);
        const middle = sorted.length / 2;
        expect(report.team.medianHoursToAnswer).toBeCloseTo(
            (sorted[middle - 1] + sorted[middle]) / 2,
            2
        );
    });

    it('gives the same figures whatever the page size', async () => {
        const argv = ['--local', org.url, '--format', 'json', '--from', day, '--to', day];
        const small = await runTool(coachingReport, [...argv, '--page-size', '200']);
        const large = await runTool(coachingReport, argv);
        const teamOf = (text: string) => (JSON.parse(text) as ReportJson).team;
        expect(teamOf(small.stdout)).toEqual(teamOf(large.stdout));
    });

    it('counts the demo records as before outside that day', async () => {
        const run = await runTool(coachingReport, [
            '--local',
            org.url,
            '--format',
            'json',
            '--from',
            dateFromToday(-29),
            '--to',
            dateFromToday(-2)
        ]);
        const report = JSON.parse(run.stdout) as ReportJson;
        expect(report.team.questions).toBe(expectedReport('manager', -29, -2).team.questions);
    });
});

describe('coaching-report on the conversation', () => {
    let org: TestOrg;
    const day = dateFromToday(-1);
    const ids: Record<string, string> = {};

    async function userId(conn: Connection, username: string): Promise<string> {
        const found = await conn.query<{ Id: string }>(
            `SELECT Id FROM User WHERE Username = '${username}'`
        );
        return found.records[0].Id;
    }

    beforeAll(async () => {
        org = await startTestOrg();
        const admin = await signIn(org.url, 'admin@coaching.local');
        const manager = await signIn(org.url, 'manager@coaching.local');
        const seller = await signIn(org.url, 'seller@coaching.local');
        for (const name of ['manager', 'seller', 'seller2', 'director', 'admin']) {
            ids[name] = await userId(admin, `${name}@coaching.local`);
        }
        const [account] = await createAll(admin, 'Account', [{ Name: 'Harbor Clinics' }]);
        // Three sellers' deals, so their ratings of one manager may be shown as counts.
        const deals = await createAll(
            admin,
            'Opportunity',
            ['seller', 'seller2', 'director'].map((owner) => ({
                Name: `Harbor Clinics - ${owner}`,
                AccountId: account,
                OwnerId: ids[owner],
                StageName: 'Prospecting',
                CloseDate: dateFromToday(30)
            }))
        );
        const ratings = ['Helpful', 'Helpful', 'Not helpful'];
        await createAll(
            admin,
            'Coaching_Review__c',
            deals.map((deal, index) => ({
                Opportunity__c: deal,
                Reviewer__c: ids.manager,
                Seller__c: [ids.seller, ids.seller2, ids.director][index],
                Review_Date__c: day,
                Intent__c: 'Agree on the next step together.',
                Status__c: 'Closed',
                Helpfulness__c: ratings[index],
                Helpfulness_Note__c: 'A private note the report never reads.'
            }))
        );
        // One seller's rating of another reviewer: too few to show.
        await createAll(admin, 'Coaching_Review__c', [
            {
                Opportunity__c: deals[0],
                Reviewer__c: ids.admin,
                Seller__c: ids.seller,
                Review_Date__c: day,
                Intent__c: 'A second opinion.',
                Status__c: 'Closed',
                Helpfulness__c: 'Not helpful'
            }
        ]);
        const [open] = await createAll(manager, 'Coaching_Review__c', [
            {
                Opportunity__c: deals[0],
                Reviewer__c: ids.manager,
                Seller__c: ids.seller,
                Review_Date__c: day,
                Intent__c: 'Plan the clinic rollout together.'
            }
        ]);
        const [directive, question] = await createAll(manager, 'Coaching_Question__c', [
            { Coaching_Review__c: open, Question__c: 'Call the CFO today.', Kind__c: 'Directive' },
            {
                Coaching_Review__c: open,
                Question__c: 'What would the clinics need to see first?',
                Kind__c: 'Open question'
            }
        ]);
        await seller.sobject('Coaching_Question__c').update({
            Id: directive,
            Idea_Response__c: 'Set aside',
            Response_Reason__c: 'Their CFO asked to hear from the clinics first.',
            Answer__c: 'I will ask the clinic leads to brief the CFO.',
            Status__c: 'Answered'
        });
        await createAll(manager, 'Coaching_Reply__c', [
            { Coaching_Question__c: question, Reply__c: 'Which clinic would go first?' }
        ]);
        const [withdrawn] = await createAll(seller, 'Coaching_Reply__c', [
            { Coaching_Question__c: question, Reply__c: 'Rotterdam.' },
            { Coaching_Question__c: question, Reply__c: 'The Delft clinic: its lead asked for it.' }
        ]);
        await seller.sobject('Coaching_Reply__c').update({ Id: withdrawn, Status__c: 'Withdrawn' });
        // An admin's reply is neither side of the conversation.
        await createAll(admin, 'Coaching_Reply__c', [
            { Coaching_Question__c: question, Reply__c: 'Noted for the rollout plan.' }
        ]);
    });

    afterAll(async () => {
        await org.close();
    });

    async function report(user: string): Promise<ReportJson & { notes: string[] }> {
        const run = await runTool(coachingReport, [
            '--local',
            org.url,
            '--format',
            'json',
            '--from',
            day,
            '--to',
            day,
            '--user',
            user
        ]);
        expect(run.error).toBeUndefined();
        expect(run.stdout).not.toContain('A private note');
        return JSON.parse(run.stdout) as ReportJson & { notes: string[] };
    }

    it('counts directives set aside and posted replies from each side', async () => {
        const { team, managers } = await report('admin@coaching.local');
        const counts = {
            directivesSetAside: 1,
            ideasSetAside: 0,
            repliesFromManager: 1,
            repliesFromSeller: 1
        };
        expect(team).toMatchObject(counts);
        expect(managers.find((row) => row.managerId === ids.manager)).toMatchObject(counts);
    });

    it("shows ratings as counts only where three sellers rated, never on a seller's row", async () => {
        const { team, managers, sellers, notes } = await report('admin@coaching.local');
        expect(team).toMatchObject({
            ratedHelpful: 2,
            ratedSomewhatHelpful: 0,
            ratedNotHelpful: 2
        });
        expect(managers.find((row) => row.managerId === ids.manager)).toMatchObject({
            ratedHelpful: 2,
            ratedSomewhatHelpful: 0,
            ratedNotHelpful: 1
        });
        expect(managers.find((row) => row.managerId === ids.admin)).toMatchObject({
            ratedHelpful: null,
            ratedNotHelpful: null
        });
        for (const row of sellers) {
            expect(row).toMatchObject({
                ratedHelpful: null,
                ratedSomewhatHelpful: null,
                ratedNotHelpful: null
            });
        }
        expect(notes.join(' ')).toContain('at least 3 sellers rated');
    });

    it('holds ratings back from someone field security hides them from', async () => {
        const { team, notes } = await report('director@coaching.local');
        expect(team).toMatchObject({ ratedHelpful: null, repliesFromSeller: 1 });
        expect(notes).toContain(
            'Ratings are not shown: your permission sets do not let you read them.'
        );
    });
});
