/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { TRAINING_DATA_SHA256 } from '../../../force-app/main/default/lwc/coachingLanguage/learnedWeights';
import { HELD_OUT_BATCHES, LEARNED_BATCHES, TUNING_SETS, loadAllSets } from '../labelledSets';
import { WEIGHTS_FILE, trainingDataHash, weightsModuleSource } from '../shippedModel';

describe('the shipped coaching-language model', () => {
    it('was trained on the labelled sets as they are now', () => {
        expect(TRAINING_DATA_SHA256).toBe(trainingDataHash(loadAllSets()));
    });

    it('is what training gives, byte for byte, every time', () => {
        const sets = loadAllSets();
        const first = weightsModuleSource(sets);
        expect(first).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
        expect(weightsModuleSource(sets)).toBe(first);
    });

    it('learns from every named set and each held-out batch once', () => {
        const names = loadAllSets().map((set) => set.name);
        expect(names).toEqual([...TUNING_SETS, ...LEARNED_BATCHES.map((batch) => batch.name)]);
        expect(new Set(names).size).toBe(names.length);
    });

    // A batch measured once with these weights stays out of them until it is reported
    it('does not learn from a batch kept out of training', () => {
        const names = loadAllSets().map((set) => set.name);
        const kept = HELD_OUT_BATCHES.filter((batch) => !batch.learnedFrom);
        for (const batch of kept) expect(names).not.toContain(batch.name);
    });
});
