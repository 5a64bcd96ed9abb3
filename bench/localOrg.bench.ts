/**
 * Benchmark for the local org: how long `npm start` takes to be ready, how long the panel takes to
 * be ready in the browser, how long the panel's GraphQL query takes on a deal with 1,000
 * questions, and how many records per second `composite/sobjects` creates. It prints figures and
 * asserts nothing; it is not a test.
 *
 * Run from the project root: npx tsx bench/localOrg.bench.ts
 */
import { rmSync } from 'node:fs';
import { buildBundle } from '../local-org/src/page/bundle';
import { accessToken, callOrg, panelQuery } from '../local-org/src/client';
import {
    openBrowser,
    PROJECT_ROOT,
    signInAs,
    startOrg,
    tempDataDir,
    type OrgProcess
} from '../test-support/browser';

const QUESTIONS = 1000;
const BATCH = 200;
const RUNS = 7;
const DATA = '/services/data/v65.0';

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

function report(name: string, value: string): void {
    console.log(`${name.padEnd(58)} ${value}`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
}

async function api(
    org: OrgProcess,
    bearer: string,
    path: string,
    body?: unknown
): Promise<unknown> {
    const response = await callOrg(org.url, path, {
        token: bearer,
        method: body === undefined ? 'GET' : 'POST',
        body
    });
    if (response.status >= 300) {
        throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body;
}

async function firstId(org: OrgProcess, bearer: string, soql: string): Promise<string> {
    const result = (await api(org, bearer, `${DATA}/query?q=${encodeURIComponent(soql)}`)) as {
        records: { Id: string }[];
    };
    return result.records[0].Id;
}

/** Creates a deal with one review and 1,000 questions; returns the deal id and records/second. */
async function bigDeal(org: OrgProcess): Promise<{ dealId: string; perSecond: number }> {
    const seller = await accessToken(org.url, 'seller');
    const manager = await accessToken(org.url, 'manager');
    const created = (await api(org, seller, `${DATA}/sobjects/Opportunity`, {
        Name: 'Benchmark - 1,000 questions',
        StageName: 'Qualification',
        CloseDate: '2030-01-31'
    })) as { id: string };
    const sellerId = await firstId(
        org,
        seller,
        "SELECT Id FROM User WHERE Username = 'seller@coaching.local'"
    );
    const managerId = await firstId(
        org,
        manager,
        "SELECT Id FROM User WHERE Username = 'manager@coaching.local'"
    );
    const review = (await api(org, manager, `${DATA}/sobjects/Coaching_Review__c`, {
        Opportunity__c: created.id,
        Intent__c: 'See how the panel copes with a deal that has been questioned to death.',
        Reviewer__c: managerId,
        Seller__c: sellerId
    })) as { id: string };
    const kinds = ['Open question', 'Closed question', 'Suggestion', 'Directive', 'Statement'];
    const { ms } = await timed(async () => {
        for (let start = 0; start < QUESTIONS; start += BATCH) {
            const records = Array.from({ length: BATCH }, (_, index) => ({
                attributes: { type: 'Coaching_Question__c' },
                Coaching_Review__c: review.id,
                Question__c: `Question ${start + index + 1}: what would the customer need to see next?`,
                Kind__c: kinds[(start + index) % kinds.length]
            }));
            const results = (await api(org, manager, `${DATA}/composite/sobjects`, {
                allOrNone: true,
                records
            })) as { success: boolean }[];
            if (!results.every((result) => result.success)) {
                throw new Error(
                    `composite/sobjects refused records: ${JSON.stringify(results[0])}`
                );
            }
        }
    });
    return { dealId: created.id, perSecond: (QUESTIONS / ms) * 1000 };
}

/** Loads the deal as the panel does: the first page, then every page the cursors lead to. */
async function loadPanel(org: OrgProcess, bearer: string, dealId: string): Promise<number> {
    const query = panelQuery(PROJECT_ROOT);
    let variables: Record<string, unknown> = { opportunityId: dealId };
    let questions = 0;
    for (;;) {
        const result = (await api(org, bearer, `${DATA}/graphql`, { query, variables })) as {
            data: {
                uiapi: {
                    query: Record<
                        string,
                        { edges: unknown[]; pageInfo?: { hasNextPage: boolean; endCursor: string } }
                    >;
                };
            };
        };
        const page = result.data.uiapi.query;
        questions += page.Coaching_Question__c.edges.length;
        const next = page.Coaching_Question__c.pageInfo;
        if (!next?.hasNextPage) {
            return questions;
        }
        variables = { ...variables, questionsAfter: next.endCursor };
    }
}

async function main(): Promise<void> {
    console.log('Local org benchmark (medians; figures only)');
    const build = await buildBundle(PROJECT_ROOT);
    report(
        'page bundle build (when its sources changed)',
        `${(build.milliseconds / 1000).toFixed(1)} s`
    );

    const dataDir = tempDataDir();
    let org: OrgProcess | undefined;
    const browser = await openBrowser();
    try {
        const cold = await timed(() => startOrg(dataDir));
        org = cold.result;
        report('npm start to ready (fresh data folder, seeding)', `${cold.ms.toFixed(0)} ms`);
        await org.stop();
        const warm = await timed(() => startOrg(dataDir));
        org = warm.result;
        report('npm start to ready (existing data folder)', `${warm.ms.toFixed(0)} ms`);

        const { page } = browser;
        await signInAs(page, org.url, 'Sam Rivera');
        const seller = await accessToken(org.url, 'seller');
        const fleetDeal = await firstId(
            org,
            seller,
            "SELECT Id FROM Opportunity WHERE Name LIKE 'Blue Harbor%'"
        );
        const panelTimes: number[] = [];
        for (let run = 0; run < RUNS; run++) {
            const { ms } = await timed(async () => {
                await page.goto(`${org?.url}/lightning/r/Opportunity/${fleetDeal}/view`);
                await page.locator('c-coaching-review-panel li.question').first().waitFor();
            });
            panelTimes.push(ms);
        }
        report(
            'panel ready in the browser (navigation to questions shown)',
            `${median(panelTimes).toFixed(0)} ms`
        );

        const { dealId, perSecond } = await bigDeal(org);
        report(
            `composite/sobjects create, ${BATCH} per request`,
            `${perSecond.toFixed(0)} records/s`
        );
        const loadTimes: number[] = [];
        for (let run = 0; run < RUNS; run++) {
            const { result, ms } = await timed(() => loadPanel(org as OrgProcess, seller, dealId));
            if (result !== QUESTIONS) {
                throw new Error(`the panel query returned ${result} questions, not ${QUESTIONS}`);
            }
            loadTimes.push(ms);
        }
        report(
            `GraphQL panel load, ${QUESTIONS} questions (${QUESTIONS / BATCH} pages)`,
            `${median(loadTimes).toFixed(0)} ms`
        );
        const bigPanel: number[] = [];
        for (let run = 0; run < 3; run++) {
            const { ms } = await timed(async () => {
                await page.goto(`${org?.url}/lightning/r/Opportunity/${dealId}/view`);
                await page
                    .locator('c-coaching-review-panel li.question', {
                        hasText: `Question ${QUESTIONS}:`
                    })
                    .waitFor({ timeout: 120_000 });
            });
            bigPanel.push(ms);
        }
        report(
            `panel ready in the browser, ${QUESTIONS} questions (all pages)`,
            `${median(bigPanel).toFixed(0)} ms`
        );
    } finally {
        await browser.close();
        await org?.stop();
        rmSync(dataDir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(`The benchmark failed: ${(error as Error).message}`);
    process.exit(1);
});
