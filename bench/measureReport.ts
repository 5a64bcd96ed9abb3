/**
 * Runs coaching-report once in this process and prints, as one JSON line, how long it took, how
 * many records it read and the most memory it used: peak RSS and heap sampled every 10 ms, and,
 * when LIVE_HEAP_SAMPLE_MS is set, the peak live heap, read after a full garbage collection at
 * that interval (which slows the run, so speed is measured in a run without it).
 * coachingReport.bench.ts starts it as a child process, so each run's peak is its own.
 *
 * Usage: [LIVE_HEAP_SAMPLE_MS=100] npx tsx bench/measureReport.ts <coaching-report arguments>
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { coachingReport } from '../scripts/coaching-report';

const SAMPLE_MS = 10;
// A full collection now and then shows what is really held, apart from garbage not yet collected.
const LIVE_SAMPLE_MS = Number(process.env.LIVE_HEAP_SAMPLE_MS ?? 0);

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function main(): Promise<void> {
    const baseline = process.memoryUsage();
    let peakHeap = baseline.heapUsed;
    let peakRss = baseline.rss;
    collectGarbage();
    const baselineLive = process.memoryUsage().heapUsed;
    let peakLive = baselineLive;
    const sampler = setInterval(() => {
        const usage = process.memoryUsage();
        peakHeap = Math.max(peakHeap, usage.heapUsed);
        peakRss = Math.max(peakRss, usage.rss);
    }, SAMPLE_MS);
    const liveSampler =
        LIVE_SAMPLE_MS > 0
            ? setInterval(() => {
                  collectGarbage();
                  peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
              }, LIVE_SAMPLE_MS)
            : undefined;
    let summary = '';
    const started = process.hrtime.bigint();
    await coachingReport(process.argv.slice(2), {
        stdout: process.stdout,
        stderr: { write: (text: string) => (summary += text) },
        env: process.env,
        now: new Date()
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    clearInterval(liveSampler);
    const read = /\((\d+) questions, (\d+) next steps, \d+ replies\)/.exec(summary);
    console.log(
        JSON.stringify({
            questions: Number(read?.[1] ?? 0),
            steps: Number(read?.[2] ?? 0),
            seconds,
            baselineRss: baseline.rss,
            baselineHeap: baseline.heapUsed,
            peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024),
            peakHeap,
            baselineLive,
            peakLive: liveSampler ? peakLive : null
        })
    );
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
