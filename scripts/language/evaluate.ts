/**
 * Leave-one-batch-out measurement of the learned component beside the rules. The model may only
 * turn a rule's non-directive reading of English text into a directive, when its probability is
 * above a threshold. For each chat-note held-out batch k the model learns from, it is trained
 * without k and the batch is read by the rules alone, the model alone and the two combined.
 *
 * The current rules were tuned on every batch's misses, so they read every batch almost
 * perfectly: their figures are not held-out figures, and a threshold chosen where they are
 * perfect learns only that the model adds false directives. So each batch is also read by the
 * rules of its day (the commit that measured it once, before any rule saw it), and thresholds
 * are chosen on the other batches j ≠ k as their own rules of the day read them, with a model
 * trained without j and k: text the rules had not seen, as a new batch will be. The threshold is
 * the lowest whose directive precision stays at 0.96 (or at the rules' own, if lower).
 *
 * Run from the project root: npx tsx scripts/language/evaluate.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classifyCoachingText } from '../../force-app/main/default/lwc/coachingLanguage/coachingLanguage';
import type { FeatureVector } from '../../force-app/main/default/lwc/coachingLanguage/learnedFeatures';
import { spanFeatures } from '../../force-app/main/default/lwc/coachingLanguage/learnedFeatures';
import { splitSentences } from '../../force-app/main/default/lwc/coachingLanguage/text';
import type { LabelledSet } from './labelledSets';
import { LEARNED_BATCHES, loadAllSets } from './labelledSets';
import { CliError, runCli, type CliIo } from '../lib/commandLine';
import { probability, train } from './logistic';

interface RuleReading {
    readonly kind: string;
    readonly english: boolean;
}
type Reader = (text: string) => RuleReading;

interface Scored {
    readonly kind: string | null;
    readonly rules: RuleReading;
    readonly features: FeatureVector;
    probability: number;
}

interface Figures {
    readonly agreement: number;
    readonly precision: number;
    readonly recall: number;
    readonly f1: number;
}

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => 0.05 * (i + 1));

/** The reading after combining: a rule's non-directive becomes directive above the threshold. */
function combinedKind(item: Scored, threshold: number): string | null {
    if (!item.rules.english) return null;
    if (item.rules.kind !== 'directive' && item.probability > threshold) return 'directive';
    return item.rules.kind;
}

function figures(items: readonly Scored[], read: (item: Scored) => string | null): Figures {
    let agree = 0;
    let truePositive = 0;
    let predicted = 0;
    let actual = 0;
    for (const item of items) {
        const kind = read(item);
        if (kind === item.kind) agree++;
        if (kind === 'directive') predicted++;
        if (item.kind === 'directive') actual++;
        if (kind === 'directive' && item.kind === 'directive') truePositive++;
    }
    const precision = predicted === 0 ? 1 : truePositive / predicted;
    const recall = actual === 0 ? 1 : truePositive / actual;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { agreement: agree / items.length, precision, recall, f1 };
}

/** Model alone, as a yes/no reading: "directive" or the gold kind's "not directive" class. */
function aloneKind(item: Scored, threshold: number): string | null {
    const directive = item.probability > threshold;
    if (directive) return 'directive';
    return item.kind === 'directive' ? 'not directive' : item.kind;
}

/** The threshold with the best F1 on out-of-fold items; ties go to the higher, more cautious one. */
function bestThreshold(
    items: readonly Scored[],
    read: (item: Scored, threshold: number) => string | null,
    candidates: readonly number[]
): number {
    let best = candidates[candidates.length - 1];
    let bestF1 = -1;
    for (const threshold of [...candidates].reverse()) {
        const { f1 } = figures(items, (item) => read(item, threshold));
        if (f1 > bestF1 + 1e-12) {
            bestF1 = f1;
            best = threshold;
        }
    }
    return best;
}

function scoreSets(sets: readonly LabelledSet[], reader: Reader): Scored[][] {
    return sets.map((set) =>
        set.items.map((item) => ({
            kind: item.kind,
            rules: reader(item.text),
            features: spanFeatures(splitSentences(item.text)),
            probability: 0
        }))
    );
}

function trainOn(groups: readonly Scored[][]) {
    return train(
        groups
            .flat()
            .map((item) => ({ features: item.features, directive: item.kind === 'directive' }))
    );
}

/** The rules as they were at a commit, copied out of git into a scratch folder and loaded. */
async function rulesAt(commit: string, scratch: string): Promise<Reader> {
    const folder = 'force-app/main/default/lwc/coachingLanguage';
    const target = join(scratch, commit);
    mkdirSync(target, { recursive: true });
    const files = execFileSync('git', ['ls-tree', '--name-only', `${commit}:${folder}`], {
        encoding: 'utf8'
    })
        .split('\n')
        .filter((name) => name.endsWith('.ts'));
    for (const file of files) {
        const source = execFileSync('git', ['show', `${commit}:${folder}/${file}`], {
            encoding: 'utf8'
        });
        writeFileSync(join(target, file), source);
    }
    const loaded = (await import(pathToFileURL(join(target, 'coachingLanguage.ts')).href)) as {
        classifyCoachingText: (text: string, options?: { learned?: boolean }) => RuleReading;
    };
    // The rules alone: a commit that already shipped a model must not read with it (older ones
    // ignore the option)
    return (text) => loaded.classifyCoachingText(text, { learned: false });
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const ratio = (value: number): string => value.toFixed(3);
const row = (label: string, value: Figures): string =>
    `  ${label.padEnd(40)} ${percent(value.agreement).padStart(6)}   P ${ratio(value.precision)}  R ${ratio(value.recall)}`;

const COMBINED_THRESHOLDS = [
    0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99, 1
];

/**
 * The directive precision the combined reading must keep on text it has not seen: the issue asks
 * 0.95 of held-out text, and a point above it leaves room for a new batch's surprises.
 */
const PRECISION_FLOOR = 0.96;

/**
 * The lowest threshold whose combined precision stays at the floor (or at the rules' own, if
 * that is lower), so the model finds as many missed orders as it can without making the reading
 * less trustworthy; ties go to the higher threshold.
 */
function combinedThresholdOn(pool: readonly Scored[]): number {
    const rulesPrecision = figures(pool, (item) => combinedKind(item, 1)).precision;
    const floor = Math.min(PRECISION_FLOOR, rulesPrecision);
    let best = 1;
    let bestRecall = -1;
    for (const threshold of [...COMBINED_THRESHOLDS].reverse()) {
        const value = figures(pool, (item) => combinedKind(item, threshold));
        if (value.precision + 1e-12 < floor) continue;
        if (value.recall > bestRecall + 1e-12) {
            bestRecall = value.recall;
            best = threshold;
        }
    }
    return best;
}

function withProbabilities(items: readonly Scored[], model: ReturnType<typeof trainOn>): Scored[] {
    return items.map((item) => ({ ...item, probability: probability(model, item.features) }));
}

function withRules(items: readonly Scored[], reader: Reader, set: LabelledSet): Scored[] {
    return items.map((item, index) => ({ ...item, rules: reader(set.items[index].text) }));
}

async function main(argv: string[], io: CliIo): Promise<void> {
    if (argv.length > 0) throw new CliError('evaluate:language takes no options.');
    const say = (line: string): void => {
        io.stdout.write(`${line}\n`);
    };
    const sets = loadAllSets();
    const scored = scoreSets(sets, (text) => classifyCoachingText(text, { learned: false }));
    const batchIndexes = LEARNED_BATCHES.map((batch) =>
        sets.findIndex((set) => set.name === batch.name)
    );
    const scratch = mkdtempSync(join(tmpdir(), 'coaching-rules-'));
    const ofTheDay: Scored[][] = [];
    try {
        for (const [position, batch] of LEARNED_BATCHES.entries()) {
            const index = batchIndexes[position];
            ofTheDay.push(
                withRules(scored[index], await rulesAt(batch.measuredAt, scratch), sets[index])
            );
        }
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
    const without = (...left: number[]) =>
        trainOn(scored.filter((_, index) => !left.includes(index)));
    const shipPool: Scored[] = [];
    for (const [position, batch] of LEARNED_BATCHES.entries()) {
        const index = batchIndexes[position];
        const pool = LEARNED_BATCHES.flatMap((_, other) =>
            other === position
                ? []
                : withProbabilities(ofTheDay[other], without(index, batchIndexes[other]))
        );
        const aloneThreshold = bestThreshold(pool, aloneKind, THRESHOLDS);
        const threshold = combinedThresholdOn(pool);
        const model = without(index);
        const dayItems = withProbabilities(ofTheDay[position], model);
        const nowItems = withProbabilities(scored[index], model);
        shipPool.push(...dayItems);
        const rulesOnly = (item: Scored) => combinedKind(item, 1);
        say(`${batch.name} (${nowItems.length} texts; thresholds chosen on the other batches)`);
        say(row(`rules of ${batch.measuredAt} (had not seen it)`, figures(dayItems, rulesOnly)));
        say(
            row(
                `model alone, t=${aloneThreshold.toFixed(2)} (yes/no)`,
                figures(nowItems, (item) => aloneKind(item, aloneThreshold))
            )
        );
        say(
            row(
                `rules of ${batch.measuredAt} + model, t=${threshold.toFixed(2)}`,
                figures(dayItems, (item) => combinedKind(item, threshold))
            )
        );
        say(row('rules now (tuned on it)', figures(nowItems, rulesOnly)));
        say(
            row(
                `rules now + model, t=${threshold.toFixed(2)}`,
                figures(nowItems, (item) => combinedKind(item, threshold))
            )
        );
    }
    say(
        `threshold chosen on all ${LEARNED_BATCHES.length} batches for shipping: ${combinedThresholdOn(shipPool).toFixed(2)}`
    );
}

runCli(main);
