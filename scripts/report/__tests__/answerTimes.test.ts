/** @jest-environment node */
import {
    addAnswerTime,
    BUCKET_RATIO,
    createAnswerTimes,
    EXACT_LIMIT,
    medianHours
} from '../answerTimes';

function exactMedian(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A seeded generator, so the sample is the same on every run. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        return state / 2 ** 31;
    };
}

describe('answer times', () => {
    it('has no median without answers', () => {
        expect(medianHours(createAnswerTimes())).toBeUndefined();
    });

    it('is exact up to the limit, as the panel computes it', () => {
        const times = createAnswerTimes();
        [5, 1, 3, 10].forEach((hours) => addAnswerTime(times, hours));
        expect(medianHours(times)).toBe(4);
        addAnswerTime(times, 2);
        expect(medianHours(times)).toBe(3);
    });

    it('ignores waits that are not real numbers of hours', () => {
        const times = createAnswerTimes();
        [Number.NaN, -1, Number.POSITIVE_INFINITY, 2].forEach((hours) =>
            addAnswerTime(times, hours)
        );
        expect(times.count).toBe(1);
        expect(medianHours(times)).toBe(2);
    });

    it.each([
        ['minutes to days', (next: () => number) => next() * 72],
        ['a long tail', (next: () => number) => Math.exp(next() * 9) / 10],
        ['mostly immediate', (next: () => number) => (next() < 0.6 ? 0 : next() * 500)]
    ])('stays within 1%% of the exact median above the limit (%s)', (_name, draw) => {
        const next = random(7);
        const values = Array.from({ length: EXACT_LIMIT * 3 + 1 }, () => draw(next));
        const times = createAnswerTimes();
        values.forEach((hours) => addAnswerTime(times, hours));
        expect(times.exact).toBeUndefined();
        const exact = exactMedian(values);
        const estimate = medianHours(times) as number;
        // Under a minute the histogram answers 0; above, the error is relative.
        const error = exact * 60 < 1 ? estimate : Math.abs(estimate - exact) / exact;
        expect(error).toBeLessThanOrEqual(Math.sqrt(BUCKET_RATIO) - 1);
    });

    it('keeps the same memory however many answers it counts', () => {
        const times = createAnswerTimes();
        for (let index = 0; index <= EXACT_LIMIT; index++) {
            addAnswerTime(times, index / 100);
        }
        const size = times.buckets?.length;
        for (let index = 0; index < 200_000; index++) {
            addAnswerTime(times, (index % 5000) / 7);
        }
        expect(times.buckets?.length).toBe(size);
        expect(size).toBeLessThan(1000);
    });
});
