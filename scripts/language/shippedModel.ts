/**
 * The model shipped in the coachingLanguage bundle: trained on every labelled set, its weights
 * packed as 16-bit integers in base64 and written as a TypeScript module, so the bundle needs no
 * JSON import and no network. The same data always gives the same module, byte for byte.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { spanFeatures } from '../../force-app/main/default/lwc/coachingLanguage/learnedFeatures';
import { splitSentences } from '../../force-app/main/default/lwc/coachingLanguage/text';
import type { LabelledSet } from './labelledSets';
import type { Example, LinearModel } from './logistic';
import { train } from './logistic';

/**
 * The promotion threshold: `npm run evaluate:language` chooses it on all fourteen batches measured
 * once, as the rules of their day read them, with models trained without them (the lowest whose
 * directive precision stays at 0.96).
 */
export const SHIPPED_THRESHOLD = 0.8;
/** Integer steps per unit of weight: weights up to ±8 keep four decimals' worth of detail. */
export const WEIGHT_SCALE = 4096;
const CHUNK = 88;

/** Where the weights live: in the bundle, beside the code that reads them. */
export const WEIGHTS_FILE = join(
    __dirname,
    '../../force-app/main/default/lwc/coachingLanguage/learnedWeights.ts'
);

/**
 * The examples a set gives: each text's features, labelled directive or not (another language
 * counts as not).
 * @param sets labelled sets
 * @returns one example per text
 */
export function examplesOf(sets: readonly LabelledSet[]): Example[] {
    return sets.flatMap((set) =>
        set.items.map((item) => ({
            features: spanFeatures(splitSentences(item.text)),
            directive: item.kind === 'directive'
        }))
    );
}

/**
 * A fingerprint of the training data, kept beside the weights so stale weights are caught.
 * @param sets the sets trained on
 * @returns the SHA-256 of every set's name, texts and kinds, in order
 */
export function trainingDataHash(sets: readonly LabelledSet[]): string {
    const hash = createHash('sha256');
    for (const set of sets) hash.update(JSON.stringify([set.name, set.items]));
    return hash.digest('hex');
}

function pack(model: LinearModel): string {
    const bytes = Buffer.alloc(model.weights.length * 2);
    model.weights.forEach((weight, index) => {
        const step = Math.max(-0x8000, Math.min(0x7fff, Math.round(weight * WEIGHT_SCALE)));
        bytes.writeInt16LE(step, index * 2);
    });
    return bytes.toString('base64');
}

/**
 * Trains on the sets and renders the weights module.
 * @param sets every labelled set
 * @returns the source of learnedWeights.ts
 */
export function weightsModuleSource(sets: readonly LabelledSet[]): string {
    const model = train(examplesOf(sets));
    const packed = pack(model);
    const lines: string[] = [];
    for (let start = 0; start < packed.length; start += CHUNK) {
        lines.push(`    '${packed.slice(start, start + CHUNK)}'`);
    }
    return [
        '/**',
        ' * Weights of the learned reading of orders, written by `npm run train:language` from the',
        ' * labelled sets named in scripts/language/labelledSets.ts; regenerate rather than edit.',
        ' */',
        '',
        '/** SHA-256 of the training data, so a test can tell the weights are current. */',
        'export const TRAINING_DATA_SHA256 =',
        `    '${trainingDataHash(sets)}';`,
        '',
        '/** Above this probability the model may call a text the rules did not read an order one. */',
        `export const LEARNED_THRESHOLD = ${SHIPPED_THRESHOLD};`,
        '',
        `export const WEIGHT_SCALE = ${WEIGHT_SCALE};`,
        '',
        `export const LEARNED_BIAS = ${model.bias};`,
        '',
        '/** Little-endian 16-bit integers in base64, one per feature bucket. */',
        'export const LEARNED_WEIGHTS: readonly string[] = [',
        lines.join(',\n'),
        '];',
        ''
    ].join('\n');
}
