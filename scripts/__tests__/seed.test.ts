/** @jest-environment node */
import type { Connection } from 'jsforce';
import { seed } from '../seed';
import { byRef, DEMO_RECORDS, recordsOf } from './support/demoExpectations';
import { runTool, signIn, startTestOrg, type TestOrg } from './support/localOrg';

jest.setTimeout(60_000);

type Counts = Record<string, { created: number; updated: number; skipped: number }>;

/** Reads the summary table seed prints. */
function counts(stdout: string): Counts {
    const result: Counts = {};
    for (const match of stdout.matchAll(
        /^ {2}(\w+)\s+(\d+) created\s+(\d+) updated\s+(\d+) skipped/gm
    )) {
        result[match[1]] = {
            created: Number(match[2]),
            updated: Number(match[3]),
            skipped: Number(match[4])
        };
    }
    return result;
}

/** Every demo record skipped, per object, worked out from the demo file. */
function allSkipped(): Counts {
    const result: Counts = {};
    for (const record of DEMO_RECORDS) {
        result[record.type] ??= { created: 0, updated: 0, skipped: 0 };
        result[record.type].skipped += 1;
    }
    return result;
}

const AS_ADMIN = ['--user', 'admin@coaching.local', '--quiet'];

describe('seed against the local org', () => {
    let org: TestOrg;
    let admin: Connection;

    beforeAll(async () => {
        org = await startTestOrg();
        admin = await signIn(org.url, 'admin@coaching.local');
    });

    afterAll(async () => {
        await org.close();
    });

    it('finds every demo record already there and changes nothing', async () => {
        const run = await runTool(seed, ['--local', org.url, ...AS_ADMIN]);
        expect(run.error).toBeUndefined();
        expect(counts(run.stdout)).toEqual(allSkipped());
        // The demo users exist in the local org under their own usernames: nobody stands in.
        expect(run.stderr).toBe('');
    });

    it('recreates what was deleted and restores what was changed, then is idempotent', async () => {
        const review = byRef('@fleetReview');
        const deal = byRef('@fleetDeal');
        const found = await admin.query<{ Id: string }>(
            `SELECT Id FROM Opportunity WHERE Name = '${String(deal.fields.Name)}'`
        );
        const dealId = found.records[0].Id;
        const reviews = await admin.query<{ Id: string; Intent__c: string }>(
            `SELECT Id, Intent__c FROM Coaching_Review__c WHERE Opportunity__c = '${dealId}'`
        );
        const reviewId = reviews.records.find(
            (record) => record.Intent__c === review.fields.Intent__c
        )?.Id as string;
        // Deleting a review deletes its questions and their replies; steps only lose their link to it.
        await admin.sobject('Coaching_Review__c').destroy(reviewId);
        await admin.sobject('Opportunity').update({ Id: dealId, Amount: 1 });

        const run = await runTool(seed, ['--local', org.url, ...AS_ADMIN]);
        expect(run.error).toBeUndefined();
        const questions = recordsOf('Coaching_Question__c');
        const ofReview = questions.filter(
            (question) => question.fields.Coaching_Review__c === '@fleetReview'
        );
        const stepsLinked = recordsOf('Seller_Next_Step__c').filter(
            (step) => step.fields.Coaching_Review__c === '@fleetReview'
        );
        const stepsAdopted = recordsOf('Seller_Next_Step__c').filter((step) =>
            ofReview.some((question) => step.fields.Adopted_From_Question__c === `@${question.ref}`)
        );
        const changedSteps = new Set([...stepsLinked, ...stepsAdopted]).size;
        const expected = allSkipped();
        expected.Opportunity = {
            ...expected.Opportunity,
            updated: 1,
            skipped: expected.Opportunity.skipped - 1
        };
        expected.Coaching_Review__c = {
            ...expected.Coaching_Review__c,
            created: 1,
            skipped: expected.Coaching_Review__c.skipped - 1
        };
        expected.Coaching_Question__c = {
            ...expected.Coaching_Question__c,
            created: ofReview.length,
            skipped: questions.length - ofReview.length
        };
        const replies = recordsOf('Coaching_Reply__c');
        const repliesOfReview = replies.filter((reply) =>
            ofReview.some((question) => reply.fields.Coaching_Question__c === `@${question.ref}`)
        );
        expected.Coaching_Reply__c = {
            ...expected.Coaching_Reply__c,
            created: repliesOfReview.length,
            skipped: replies.length - repliesOfReview.length
        };
        expected.Seller_Next_Step__c = {
            ...expected.Seller_Next_Step__c,
            updated: changedSteps,
            skipped: expected.Seller_Next_Step__c.skipped - changedSteps
        };
        expect(counts(run.stdout)).toEqual(expected);

        const again = await runTool(seed, ['--local', org.url, ...AS_ADMIN]);
        expect(counts(again.stdout)).toEqual(allSkipped());
        const amount = await admin.query<{ Amount: number }>(
            `SELECT Amount FROM Opportunity WHERE Id = '${dealId}'`
        );
        expect(amount.records[0].Amount).toBe(deal.fields.Amount);
    });

    it('refuses to seed as someone who cannot see and write every role', async () => {
        const run = await runTool(seed, ['--local', org.url, '--quiet']);
        expect(run.error).toBe(
            'manager@coaching.local is not a coaching admin: seed writes every demo record as you and must see them all. Assign the Coaching_Admin permission set (`sf org assign permset --name Coaching_Admin`), or on the local org use --user admin@coaching.local.'
        );
    });

    it('maps demo users to real ones, and names a real user it cannot find', async () => {
        const unknown = await runTool(seed, [
            '--local',
            org.url,
            ...AS_ADMIN,
            '--user-map',
            'seller@coaching.local=sam@example.com'
        ]);
        expect(unknown.error).toBe(
            `--user-map names sam@example.com, but no user has that username in the local org at ${org.url}: check the spelling.`
        );
        const malformed = await runTool(seed, [
            '--local',
            org.url,
            ...AS_ADMIN,
            '--user-map',
            'seller'
        ]);
        expect(malformed.error).toBe(
            '--user-map seller is not demo=real: write seller@coaching.local=you@example.com, separated by commas.'
        );
    });

    it('hands a mapped role to the user it names', async () => {
        const run = await runTool(seed, [
            '--local',
            org.url,
            ...AS_ADMIN,
            '--user-map',
            'seller2@coaching.local=seller@coaching.local'
        ]);
        expect(run.error).toBeUndefined();
        const owned = recordsOf('Account').filter(
            (account) => account.fields.OwnerId === '@seller2'
        );
        const deals = recordsOf('Opportunity').filter((deal) => deal.fields.OwnerId === '@seller2');
        const result = counts(run.stdout);
        expect(result.Account.updated).toBe(owned.length);
        expect(result.Opportunity.updated).toBe(deals.length);
        expect(result.Coaching_Review__c.updated).toBe(0);
        expect(run.stderr).toBe('');
    });
});

describe('seed with a role played by someone outside the demo reporting line', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.close();
    });

    it('moves the role to that user and says the reporting line is left alone', async () => {
        const run = await runTool(seed, [
            '--local',
            org.url,
            ...AS_ADMIN,
            '--user-map',
            'manager@coaching.local=admin@coaching.local'
        ]);
        expect(run.error).toBeUndefined();
        const reviewed = recordsOf('Coaching_Review__c').filter(
            (review) => review.fields.Reviewer__c === '@manager'
        );
        expect(counts(run.stdout).Coaching_Review__c.updated).toBe(reviewed.length);
        expect(run.stderr).toBe(
            'note: Users are not changed: set director@coaching.local as the Manager of admin@coaching.local in Setup if pipeline-review should find that team.\n' +
                'note: Users are not changed: set admin@coaching.local as the Manager of seller@coaching.local in Setup if pipeline-review should find that team.\n'
        );
    });
});
