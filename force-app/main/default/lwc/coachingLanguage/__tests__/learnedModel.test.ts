import { statSync } from 'node:fs';
import { join } from 'node:path';
import { GENERIC_DIRECTIVE_REPHRASING } from '../rephrase';
import { LEARNED_CUE, classifyCoachingText } from '../coachingLanguage';
import { FEATURE_BUCKETS, spanFeatures } from '../learnedFeatures';
import { directiveProbability, unpackWeights } from '../learnedModel';
import { LEARNED_THRESHOLD, LEARNED_WEIGHTS, WEIGHT_SCALE } from '../learnedWeights';
import { splitSentences } from '../text';

const LEARNED_FILES = ['learnedFeatures.ts', 'learnedModel.ts', 'learnedWeights.ts'];
const SIZE_LIMIT_BYTES = 200 * 1024;

describe('c-coaching-language learned reading of orders', () => {
    it('ships under 200 KB of code and weights', () => {
        const bytes = LEARNED_FILES.reduce(
            (sum, file) => sum + statSync(join(__dirname, '..', file)).size,
            0
        );
        expect(bytes).toBeLessThan(SIZE_LIMIT_BYTES);
    });

    it('unpacks one weight per feature bucket', () => {
        expect(unpackWeights(LEARNED_WEIGHTS.join(''), WEIGHT_SCALE)).toHaveLength(FEATURE_BUCKETS);
    });

    it('unpacks signed 16-bit weights', () => {
        // 0x0010 = 16, 0xfff0 = -16, little-endian: "EAA" + "w/8" in base64 is 10 00 f0 ff.
        expect(Array.from(unpackWeights('EADw/w==', 16))).toEqual([1, -1]);
    });

    it('reads the same words the same way however they are typed', () => {
        const typed = spanFeatures(splitSentences('u were going to send it yday'));
        const spelled = spanFeatures(splitSentences('you were going to send it yesterday'));
        expect(Array.from(typed.indexes)).toEqual(Array.from(spelled.indexes));
    });

    it.each([
        "still no deck in my inbox and it's past noon",
        'three days and still nothing on the security questionnaire',
        'you told me the proposal would be out by now'
    ])('reads %p, blame no rule knows, as a directive with a general question', (text) => {
        expect(classifyCoachingText(text, { learned: false }).kind).not.toBe('directive');
        const result = classifyCoachingText(text);
        expect(result.kind).toBe('directive');
        expect(result.sentences[0]).toEqual({ text, kind: 'directive', cues: [LEARNED_CUE] });
        expect(result.rephrasings).toEqual([GENERIC_DIRECTIVE_REPHRASING]);
    });

    it('marks the sentence that carries the order in a longer note', () => {
        const result = classifyCoachingText(
            'Thanks for the notes. You told me the proposal would be out by now.'
        );
        expect(result.kind).toBe('directive');
        expect(result.sentences.map((sentence) => sentence.kind)).toEqual([
            'statement',
            'directive'
        ]);
    });

    it.each([
        'maybe the champion is just busy',
        'nice work on the demo, the pricing is next on your plate',
        'Great call today.'
    ])('leaves %p as the rules read it', (text) => {
        expect(directiveProbability(splitSentences(text))).toBeLessThan(LEARNED_THRESHOLD);
        expect(classifyCoachingText(text)).toEqual(classifyCoachingText(text, { learned: false }));
    });

    it('gives text in another language no label', () => {
        const result = classifyCoachingText('kun je de offerte vandaag nog sturen naar de klant');
        expect(result.english).toBe(false);
        expect(result.sentences).toEqual([]);
    });
});
