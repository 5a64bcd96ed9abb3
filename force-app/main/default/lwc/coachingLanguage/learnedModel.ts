/**
 * The learned reading of orders: a logistic model over hashed word and character features,
 * trained in the repository on the labelled sets (scripts/train-language.ts) and shipped as
 * data. It stands beside the rules and may only turn a reading that is not a directive into one,
 * when it is nearly sure: measured leave-one-batch-out against the rules of the day, that caught
 * a third of the orders the rules missed on text they had not seen, with no false directive.
 */
import { linearProbability, spanFeatures } from './learnedFeatures';
import { LEARNED_BIAS, LEARNED_THRESHOLD, LEARNED_WEIGHTS, WEIGHT_SCALE } from './learnedWeights';
import type { SentenceSpan } from './text';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Weights packed as little-endian 16-bit integers in base64, scaled by WEIGHT_SCALE.
 * @param packed the base64 text
 * @param scale the integer steps per unit of weight
 * @returns the weights as numbers
 */
export function unpackWeights(packed: string, scale: number): Float64Array {
    const bytes: number[] = [];
    let buffer = 0;
    let bits = 0;
    for (const character of packed) {
        const digit = BASE64.indexOf(character);
        if (digit < 0) continue;
        buffer = (buffer << 6) | digit;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.push((buffer >> bits) & 0xff);
        }
    }
    const weights = new Float64Array(bytes.length >> 1);
    for (let i = 0; i < weights.length; i++) {
        const unsigned = bytes[2 * i] | (bytes[2 * i + 1] << 8);
        weights[i] = (unsigned >= 0x8000 ? unsigned - 0x10000 : unsigned) / scale;
    }
    return weights;
}

/** Unpacked on first use, so a page that never classifies pays nothing. */
let weights: Float64Array | undefined;

/**
 * The shipped model's probability that some sentences, read together, are an order.
 * @param spans sentences as splitSentences gives them
 * @returns a probability in (0, 1)
 */
export function directiveProbability(spans: readonly SentenceSpan[]): number {
    weights ??= unpackWeights(LEARNED_WEIGHTS.join(''), WEIGHT_SCALE);
    return linearProbability(weights, LEARNED_BIAS, spanFeatures(spans));
}

/**
 * Whether the model is sure enough to call a text the rules did not read as a directive one.
 * @param spans the text's sentences
 * @returns true above the threshold chosen on the held-out batches
 */
export function learnedDirective(spans: readonly SentenceSpan[]): boolean {
    return directiveProbability(spans) > LEARNED_THRESHOLD;
}
