/**
 * Benchmark for coaching-report at scale: fills a fresh local org with 200,000 coaching questions,
 * then runs the report over 20,000 of them and over all 200,000, each in its own child process,
 * and prints records per second and peak memory. Peak memory must not grow with the record count
 * beyond a few MB: the report streams and its tallies have a fixed size. It prints figures and
 * always exits 0 unless setting up fails; it is not a test. It takes a few minutes.
 *
 * Setup: the reviews go through the REST API (composite/sobjects, as the admin); the questions
 * are written straight into the local org's store, which the running org exposes for this,
 * because creating 200,000 records one validation at a time through the API takes most of an hour.
 *
 * Run from the project root: npx tsx bench/coachingReport.bench.ts
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from 'jsforce';
import { findProjectRoot, startLocalOrg, type LocalOrg } from '../local-org/src/server';
import type { ObjectSchema } from '../metadata/schema';
import { API_VERSION } from '../scripts/lib/connection';
import { addDays, utcDate } from '../scripts/lib/calendarDates';
import type { FlatRecord } from '../scripts/lib/restRecords';
import { questionContribution } from '../scripts/report/contributions';
import { addQuestion, createReportTallies, managerTally } from '../scripts/report/tally';
import { seededRandom } from './seededRandom';

const TOTAL_QUESTIONS = 200_000;
const SMALL_QUESTIONS = 20_000;
const QUESTIONS_PER_REVIEW = 2_000;
const SEED = 20_250_301;
const KINDS = ['Open question', 'Closed question', 'Suggestion', 'Directive', 'Statement'];
// Questions without a kind make the report classify their text, as it must for old records.
const UNLABELLED_TEXTS = [
    'What would make the operations lead say yes this quarter?',
    'Call the CFO before Friday.',
    'What if we offered a pilot on one depot first?',
    'Has legal seen the data processing terms?'
];

interface Measurement {
    questions: number;
    steps: number;
    seconds: number;
    baselineRss: number;
    baselineHeap: number;
    peakRss: number;
    peakHeap: number;
    baselineLive: number;
    peakLive: number | null;
}

/** How often a memory run collects garbage to read the live heap. */
const LIVE_HEAP_SAMPLE_MS = 100;

async function createReviews(org: LocalOrg, today: string): Promise<Map<string, string>> {
    const conn = new Connection({ loginUrl: org.url, version: API_VERSION });
    await conn.login('admin@coaching.local', 'local-demo');
    const deal = (
        await conn.query<{ Id: string; OwnerId: string }>(
            'SELECT Id, OwnerId FROM Opportunity WHERE IsClosed = false ORDER BY Name LIMIT 1'
        )
    ).records[0];
    const manager = (
        await conn.query<{ Id: string }>(
            "SELECT Id FROM User WHERE Username = 'manager@coaching.local'"
        )
    ).records[0];
    // The small run reads the reviews held yesterday; the large one reads ten days up to yesterday.
    const reviewCount = TOTAL_QUESTIONS / QUESTIONS_PER_REVIEW;
    const smallReviews = SMALL_QUESTIONS / QUESTIONS_PER_REVIEW;
    const records = Array.from({ length: reviewCount }, (_, index) => ({
        attributes: { type: 'Coaching_Review__c' },
        Opportunity__c: deal.Id,
        Reviewer__c: manager.Id,
        Seller__c: deal.OwnerId,
        Review_Date__c: addDays(today, index < smallReviews ? -1 : -2 - (index % 9)),
        Intent__c: `Benchmark review ${index + 1}: agree on the next two weeks together.`
    }));
    const results = await conn.requestPost<{ id: string; success: boolean }[]>(
        `/services/data/v${API_VERSION}/composite/sobjects`,
        { allOrNone: true, records }
    );
    const reviews = new Map<string, string>();
    results.forEach((result, index) => reviews.set(result.id, records[index].Review_Date__c));
    return reviews;
}

function insertQuestions(org: LocalOrg, reviews: Map<string, string>, adminId: string): void {
    const object = org.store.schema.objects.get('Coaching_Question__c') as ObjectSchema;
    const random = seededRandom(SEED);
    const reviewIds = [...reviews.keys()];
    org.store.transaction(() => {
        for (let index = 0; index < TOTAL_QUESTIONS; index++) {
            const reviewId = reviewIds[Math.floor(index / QUESTIONS_PER_REVIEW)];
            const asked =
                Date.parse(`${reviews.get(reviewId)}T09:00:00.000Z`) + random() * 8 * 3.6e6;
            const labelled = random() >= 0.05;
            const kind = KINDS[Math.floor(random() * KINDS.length)];
            const answered = random() < 0.7;
            const id = org.store.newId(object);
            const created = new Date(asked).toISOString();
            org.store.insert(object, {
                Id: id,
                IsDeleted: 0,
                Name: `CQ-${String(index + 1).padStart(6, '0')}`,
                Coaching_Review__c: reviewId,
                Question__c: labelled
                    ? `Benchmark question ${index + 1}: what would help here?`
                    : UNLABELLED_TEXTS[index % UNLABELLED_TEXTS.length],
                Kind__c: labelled ? kind : null,
                Answer__c: answered ? 'An answer from the seller.' : null,
                Answered_At__c: answered
                    ? new Date(asked + random() * random() * 96 * 3.6e6).toISOString()
                    : null,
                Status__c: answered ? (random() < 0.3 ? 'Resolved' : 'Answered') : 'Open',
                Changed_My_View__c: answered && random() < 0.15 ? 1 : 0,
                Idea_Response__c:
                    kind === 'Suggestion' && answered
                        ? random() < 0.6
                            ? 'Adopted'
                            : 'Set aside'
                        : null,
                CreatedById: adminId,
                CreatedDate: created,
                LastModifiedById: adminId,
                LastModifiedDate: created,
                SystemModstamp: created
            });
        }
    });
}

function measure(projectRoot: string, args: string[], liveHeap: boolean): Promise<Measurement> {
    const env = liveHeap
        ? { ...process.env, LIVE_HEAP_SAMPLE_MS: String(LIVE_HEAP_SAMPLE_MS) }
        : process.env;
    return new Promise((resolve, reject) => {
        execFile(
            join(projectRoot, 'node_modules', '.bin', 'tsx'),
            [join('bench', 'measureReport.ts'), ...args],
            { cwd: projectRoot, env, maxBuffer: 1024 * 1024 },
            (error, stdout, stderr) => {
                if (error) {
                    reject(new Error(`the report failed: ${stderr || error.message}`));
                    return;
                }
                resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Measurement);
            }
        );
    });
}

/** The report's own work per record, without the network: model contribution and tallies. */
function aggregationRate(): number {
    const random = seededRandom(SEED);
    const records: FlatRecord[] = Array.from({ length: 10_000 }, (_, index) => ({
        Id: `a07${String(index).padStart(15, '0')}`,
        CreatedDate: '2025-03-03T09:00:00.000+0000',
        Kind__c: random() < 0.05 ? null : KINDS[index % KINDS.length],
        Question__c: UNLABELLED_TEXTS[index % UNLABELLED_TEXTS.length],
        Status__c: random() < 0.7 ? 'Answered' : 'Open',
        Answered_At__c: `2025-03-0${4 + (index % 5)}T10:00:00.000+0000`,
        Changed_My_View__c: 'false',
        Idea_Response__c: null,
        'Coaching_Review__r.Reviewer__c': `005${index % 20}`
    }));
    const tallies = createReportTallies();
    const started = process.hrtime.bigint();
    for (let index = 0; index < TOTAL_QUESTIONS; index++) {
        const record = records[index % records.length];
        const contribution = questionContribution(record, false);
        addQuestion(tallies.team, contribution);
        addQuestion(managerTally(tallies, record['Coaching_Review__r.Reviewer__c']), contribution);
    }
    return TOTAL_QUESTIONS / (Number(process.hrtime.bigint() - started) / 1e9);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
    const projectRoot = findProjectRoot();
    const dataDir = mkdtempSync(join(tmpdir(), 'coaching-report-bench-'));
    const out = join(dataDir, 'report.json');
    const org = await startLocalOrg({ projectRoot, dataDir, port: 0 });
    try {
        const today = utcDate(new Date());
        console.log(`coaching-report benchmark (Node ${process.version})`);
        const setupStarted = Date.now();
        const reviews = await createReviews(org, today);
        const admin = org.store.db
            .prepare(`SELECT Id FROM "User" WHERE Username = 'admin@coaching.local'`)
            .get() as { Id: string };
        insertQuestions(org, reviews, admin.Id);
        console.log(
            `setup: ${reviews.size} reviews through the API, ${TOTAL_QUESTIONS.toLocaleString('en-US')} questions into the store, ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`
        );
        const base = ['--local', org.url, '--user', 'admin@coaching.local', '--format', 'json'];
        const runs: { speed: Measurement; memory: Measurement }[] = [];
        for (const [label, from] of [
            ['20,000 questions', addDays(today, -1)],
            ['200,000 questions', addDays(today, -10)]
        ] as const) {
            const args = [...base, '--from', from, '--to', addDays(today, -1), '--out', out];
            // One run for speed; a second that collects garbage often, for the live heap.
            const speed = await measure(projectRoot, args, false);
            const memory = await measure(projectRoot, args, true);
            runs.push({ speed, memory });
            const records = speed.questions + speed.steps;
            console.log(
                `${label.padEnd(18)} ${records.toLocaleString('en-US').padStart(8)} records in ${speed.seconds.toFixed(1)} s = ${Math.round(records / speed.seconds).toLocaleString('en-US')} records/s; peak RSS ${mb(speed.peakRss)} (start ${mb(speed.baselineRss)}), peak heap ${mb(speed.peakHeap)} (start ${mb(speed.baselineHeap)}); peak live heap ${mb(memory.peakLive ?? 0)} (start ${mb(memory.baselineLive)})`
            );
        }
        const [small, large] = runs;
        console.log(
            `peak memory, 200,000 minus 20,000: live heap ${mb((large.memory.peakLive ?? 0) - (small.memory.peakLive ?? 0))}; heap ${mb(large.speed.peakHeap - small.speed.peakHeap)} and RSS ${mb(large.speed.peakRss - small.speed.peakRss)}, which include garbage not yet collected`
        );
        // Set beside the end-to-end rate, this shows how much of a run is the report and how much the org.
        console.log(
            `the report's own work (model + tallies, no network): ${Math.round(aggregationRate()).toLocaleString('en-US')} records/s`
        );
    } finally {
        await org.close();
        rmSync(dataDir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(`The benchmark could not run: ${(error as Error).message}`);
    process.exitCode = 1;
});
