/**
 * The median time to answer in bounded memory. Up to EXACT_LIMIT answers the times are kept and
 * the median is exact (coachingModel's `median`, the one the panel shows). Beyond that they move
 * into a fixed histogram of answer times in minutes with logarithmic buckets, each BUCKET_RATIO
 * times wider than the one before: the median is then read as the geometric middle of its bucket,
 * within 1% of the exact value (half a bucket, √1.02 ≈ 1.0099), and answers under a minute count
 * as 0. The histogram is about 800 counters whatever the number of answers.
 */
import { median } from 'c/coachingModel';

/** Answers kept exactly, per group, before the histogram takes over. */
export const EXACT_LIMIT = 10_000;
/** Each bucket's upper bound over its lower bound. */
export const BUCKET_RATIO = 1.02;
/** Ten years; longer waits share the last bucket. */
const MAX_MINUTES = 10 * 366 * 24 * 60;
const LOG_RATIO = Math.log(BUCKET_RATIO);
// Bucket 0 holds answers under a minute; bucket i >= 1 holds [R^(i-1), R^i) minutes.
const BUCKET_COUNT = 2 + Math.ceil(Math.log(MAX_MINUTES) / LOG_RATIO);

export interface AnswerTimes {
    count: number;
    /** The hours, while there are at most EXACT_LIMIT of them. */
    exact: number[] | undefined;
    /** Counts per bucket, once there are more. */
    buckets: Uint32Array | undefined;
}

/**
 * An empty collection of answer times.
 * @returns the collection
 */
export function createAnswerTimes(): AnswerTimes {
    return { count: 0, exact: [], buckets: undefined };
}

function bucketOf(hours: number): number {
    const minutes = hours * 60;
    if (minutes < 1) {
        return 0;
    }
    return Math.min(BUCKET_COUNT - 1, 1 + Math.floor(Math.log(minutes) / LOG_RATIO));
}

function bucketHours(bucket: number): number {
    return bucket === 0 ? 0 : Math.exp((bucket - 0.5) * LOG_RATIO) / 60;
}

/**
 * Adds one answer's time.
 * @param times the collection
 * @param hours hours from question to answer (negative and non-finite values are ignored)
 */
export function addAnswerTime(times: AnswerTimes, hours: number): void {
    if (!Number.isFinite(hours) || hours < 0) {
        return;
    }
    times.count += 1;
    if (times.exact) {
        times.exact.push(hours);
        if (times.exact.length <= EXACT_LIMIT) {
            return;
        }
        times.buckets = new Uint32Array(BUCKET_COUNT);
        for (const value of times.exact) {
            times.buckets[bucketOf(value)] += 1;
        }
        times.exact = undefined;
        return;
    }
    (times.buckets as Uint32Array)[bucketOf(hours)] += 1;
}

function valueAtRank(buckets: Uint32Array, rank: number): number {
    let seen = 0;
    for (let bucket = 0; bucket < buckets.length; bucket++) {
        seen += buckets[bucket];
        if (seen > rank) {
            return bucketHours(bucket);
        }
    }
    return bucketHours(buckets.length - 1);
}

/**
 * The median hours to answer.
 * @param times the collection
 * @returns exact up to EXACT_LIMIT answers, within 1% above; undefined when there are none
 */
export function medianHours(times: AnswerTimes): number | undefined {
    if (times.exact) {
        return median(times.exact);
    }
    const buckets = times.buckets as Uint32Array;
    // The mean of the two middle ranks, as `median` does for an even count.
    const lower = valueAtRank(buckets, Math.floor((times.count - 1) / 2));
    const upper = valueAtRank(buckets, Math.floor(times.count / 2));
    return (lower + upper) / 2;
}

/** How precise the median is, in words, for the report's footnote. */
export const MEDIAN_PRECISION = `exact up to ${EXACT_LIMIT.toLocaleString('en-US')} answers per group; above that within 1% (a histogram of answer times), answers under a minute counting as 0`;
