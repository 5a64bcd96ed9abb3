/**
 * Features for the learned reading of orders: hashed word unigrams and bigrams (with a sentence
 * start, since an order often shows in its first word) and character 3- to 5-grams, read after
 * the rules' own cleaning, so "u" and "you", curly and straight quotes, count as one. Hashing
 * keeps the weights a fixed, small array however many words the labelled sets hold.
 */
import type { SentenceSpan } from './text';

/** 2^14 buckets: small enough to ship as data, enough that collisions cost little here. */
export const FEATURE_BUCKETS = 1 << 14;
const SMALLEST_GRAM = 3;
const LARGEST_GRAM = 5;
const WORD_SALT = 1;
const BIGRAM_SALT = 2;
const CHARACTER_SALT = 3;
const WORDS = /[a-z0-9']+/g;

/** FNV-1a, 32-bit, over text[start, end): stable across engines, no substring built. */
function hashRange(text: string, start: number, end: number, salt: number): number {
    let value = (0x811c9dc5 ^ salt) >>> 0;
    for (let i = start; i < end; i++) {
        value ^= text.charCodeAt(i);
        value = Math.imul(value, 0x01000193) >>> 0;
    }
    return value & (FEATURE_BUCKETS - 1);
}

const hashText = (text: string, salt: number): number => hashRange(text, 0, text.length, salt);

/** A text's features: the buckets it touches, each once, all with one value (1/√count). */
export interface FeatureVector {
    readonly indexes: Uint16Array;
    readonly value: number;
}

/**
 * Which buckets the text being read has touched: a bucket is touched when its stamp equals the
 * current read's, so nothing is cleared between texts and no set is built (this runs on every
 * keystroke).
 */
const stamps = new Uint32Array(FEATURE_BUCKETS);
let currentStamp = 0;

/**
 * The hashed features of some sentences read together.
 * @param spans sentences as splitSentences gives them
 * @returns the distinct buckets they touch, in the order first touched, and the value each carries
 */
export function spanFeatures(spans: readonly SentenceSpan[]): FeatureVector {
    currentStamp = currentStamp === 0xffffffff ? 1 : currentStamp + 1;
    if (currentStamp === 1) stamps.fill(0);
    const touched: number[] = [];
    const touch = (bucket: number): void => {
        if (stamps[bucket] === currentStamp) return;
        stamps[bucket] = currentStamp;
        touched.push(bucket);
    };
    for (const span of spans) {
        const words = span.plain.toLowerCase().match(WORDS) ?? [];
        let previous = '<s>';
        for (const word of words) {
            touch(hashText(word, WORD_SALT));
            touch(hashText(`${previous} ${word}`, BIGRAM_SALT));
            previous = word;
        }
        const end = span.question ? '?' : '.';
        touch(hashText(`${previous} ${end}`, BIGRAM_SALT));
        const padded = ` ${words.join(' ')} ${end}`;
        for (let size = SMALLEST_GRAM; size <= LARGEST_GRAM; size++) {
            for (let i = 0; i + size <= padded.length; i++) {
                touch(hashRange(padded, i, i + size, CHARACTER_SALT));
            }
        }
    }
    const indexes = Uint16Array.from(touched);
    return { indexes, value: indexes.length > 0 ? 1 / Math.sqrt(indexes.length) : 0 };
}

/**
 * A linear model's probability for some features.
 * @param weights a weight per bucket
 * @param bias the model's bias
 * @param features the text's features
 * @returns a probability in (0, 1)
 */
export function linearProbability(
    weights: ArrayLike<number>,
    bias: number,
    features: FeatureVector
): number {
    let score = bias;
    for (const index of features.indexes) score += weights[index] * features.value;
    return 1 / (1 + Math.exp(-score));
}
