/**
 * Benchmark for the coaching-language classifier: the panel classifies on every keystroke, so
 * one text must take well under a millisecond. Texts of 1-4 sentences are built from the labelled
 * utterances and chat notes with a seeded generator (the same texts on every run), each call is
 * timed on its own, and the median and 99th percentile are compared with the targets; the
 * fastest of three calls per text is printed too, as the classifier's cost without the machine's
 * pauses. It prints figures and always exits 0; it is not a test.
 *
 * Run from the project root: npx tsx bench/coachingLanguage.bench.ts
 */
import { readFileSync } from 'node:fs';
import { classifyCoachingText } from 'c/coachingLanguage';
import { seededRandom } from './seededRandom';

const TEXT_COUNT = 20_000;
const WARM_UP_COUNT = 3_000;
const SEED = 20_240_501;
const TARGET_MEDIAN_MS = 0.1;
const TARGET_P99_MS = 1;

/** The labelled utterances and the chat notes' tuning part: formal and chat voices alike. */
function loadUtterances(): string[] {
    return ['labelledUtterances.json', 'chatNotes.json'].flatMap((fileName) => {
        const url = new URL(
            `../force-app/main/default/lwc/coachingLanguage/__tests__/data/${fileName}`,
            import.meta.url
        );
        const items = JSON.parse(readFileSync(url, 'utf8')) as { text: string }[];
        return items.map((item) => item.text);
    });
}

/** Texts of one to four utterances, as a manager would type a question with some context. */
function buildTexts(utterances: readonly string[], count: number, random: () => number): string[] {
    const texts: string[] = [];
    for (let i = 0; i < count; i++) {
        const sentences = 1 + Math.floor(random() * 4);
        const parts: string[] = [];
        for (let j = 0; j < sentences; j++) {
            parts.push(utterances[Math.floor(random() * utterances.length)].trim());
        }
        texts.push(parts.join(' '));
    }
    return texts;
}

function percentile(sorted: Float64Array, fraction: number): number {
    const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
    return sorted[Math.max(0, index)];
}

function main(): void {
    const random = seededRandom(SEED);
    const utterances = loadUtterances();
    const texts = buildTexts(utterances, TEXT_COUNT, random);
    const warmUp = buildTexts(utterances, WARM_UP_COUNT, random);

    // Let the engine compile the hot paths before anything is timed.
    let checksum = 0;
    for (const text of warmUp) checksum += classifyCoachingText(text).sentences.length;

    const timings = new Float64Array(texts.length);
    const started = process.hrtime.bigint();
    for (let i = 0; i < texts.length; i++) {
        const before = process.hrtime.bigint();
        checksum += classifyCoachingText(texts[i]).rephrasings.length;
        timings[i] = Number(process.hrtime.bigint() - before) / 1e6;
    }
    const totalMs = Number(process.hrtime.bigint() - started) / 1e6;

    // On a shared machine one call in a hundred can be paused by the scheduler or the garbage
    // collector; the fastest of three calls per text shows the classifier's own cost.
    const bestTimings = new Float64Array(texts.length).fill(Infinity);
    for (let round = 0; round < 3; round++) {
        for (let i = 0; i < texts.length; i++) {
            const before = process.hrtime.bigint();
            checksum += classifyCoachingText(texts[i]).sentences.length;
            const ms = Number(process.hrtime.bigint() - before) / 1e6;
            bestTimings[i] = Math.min(bestTimings[i], ms);
        }
    }
    bestTimings.sort();

    timings.sort();
    const median = percentile(timings, 0.5);
    const p99 = percentile(timings, 0.99);
    const averageLength = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
    const format = (ms: number): string => `${ms.toFixed(4)} ms`;

    console.log(`coachingLanguage benchmark (Node ${process.version}, one core)`);
    console.log(
        `texts:            ${texts.length} (1-4 sentences, ${averageLength.toFixed(0)} characters on average, seed ${SEED})`
    );
    console.log(
        `median per text:  ${format(median)}  (target < ${TARGET_MEDIAN_MS} ms: ${median < TARGET_MEDIAN_MS ? 'met' : 'NOT met'})`
    );
    console.log(
        `p99 per text:     ${format(p99)}  (target < ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'})`
    );
    console.log(`max per text:     ${format(timings[timings.length - 1])}`);
    console.log(
        `best of 3 calls:  median ${format(percentile(bestTimings, 0.5))}, p99 ${format(percentile(bestTimings, 0.99))}`
    );
    console.log(`throughput:       ${Math.round((texts.length / totalMs) * 1000)} texts/second`);
    console.log(`(checksum ${checksum})`);
}

main();
