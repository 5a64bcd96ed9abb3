/**
 * The labelled coaching-language sets, named one by one (never found by listing the folder, so a
 * batch being written for a later measurement is not read by accident), in the order they were
 * written: the chat-note held-out batches last, each measured once by the rules of its day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoachingKind } from '../../force-app/main/default/lwc/coachingLanguage/kinds';

export interface LabelledText {
    readonly text: string;
    /** The kind, or null for text in another language. */
    readonly kind: CoachingKind | null;
}

export interface LabelledSet {
    readonly name: string;
    readonly items: readonly LabelledText[];
}

/** The earlier sets and the chat notes' tuning part, all written before any held-out batch. */
export const TUNING_SETS = [
    'labelledUtterances',
    'heldOutUtterances',
    'unseenVoices',
    'unseenVoicesAfterTuning',
    'chatNotes'
] as const;

/** A batch read once by the rules of its day before any rule was tuned on it. */
export interface HeldOutBatch {
    readonly name: string;
    /** The commit that recorded its measured-once figures: its rules had not been tuned on it. */
    readonly measuredAt: string;
    /**
     * Whether the learned model trains on it. A batch not yet learned from is still held out for
     * the next measurement, and the shipped weights stay the ones it was measured with.
     */
    readonly learnedFrom: boolean;
}

/**
 * Each batch measured once, oldest first, once its figures are recorded: the chat-note held-out
 * batches, and the three rounds of managers' voices, written after the seventh batch as tuning data
 * by writers who read only the labelling guide, and read once by the rules of their day before
 * they were tuned on, which makes them unseen text for choosing the model's threshold too.
 */
export const HELD_OUT_BATCHES: readonly HeldOutBatch[] = [
    { name: 'chatNotesHeldOut', measuredAt: '9bd179c', learnedFrom: true },
    { name: 'chatNotesSecondHeldOut', measuredAt: '11abcfc', learnedFrom: true },
    { name: 'chatNotesThirdHeldOut', measuredAt: 'ebeffb0', learnedFrom: true },
    { name: 'chatNotesFourthHeldOut', measuredAt: 'bfef84f', learnedFrom: true },
    { name: 'chatNotesFifthHeldOut', measuredAt: '61f8dfe', learnedFrom: true },
    { name: 'chatNotesSixthHeldOut', measuredAt: 'cf8d13d', learnedFrom: true },
    { name: 'chatNotesSeventhHeldOut', measuredAt: 'f17b126', learnedFrom: true },
    { name: 'managerVoices', measuredAt: '5f502f2', learnedFrom: true },
    { name: 'managerVoicesSecondRound', measuredAt: '6f8b3c9', learnedFrom: true },
    { name: 'managerVoicesThirdRound', measuredAt: '129d279', learnedFrom: true },
    { name: 'chatNotesEighthHeldOut', measuredAt: '07144b2', learnedFrom: true },
    { name: 'chatNotesNinthHeldOut', measuredAt: 'c864277', learnedFrom: true },
    { name: 'chatNotesTenthHeldOut', measuredAt: '50cee5e', learnedFrom: true },
    { name: 'chatNotesEleventhHeldOut', measuredAt: 'bd57b94', learnedFrom: true },
    { name: 'chatNotesTwelfthHeldOut', measuredAt: 'fdd09d6', learnedFrom: false }
];

/** The held-out batches the learned model trains on, oldest first. */
export const LEARNED_BATCHES = HELD_OUT_BATCHES.filter((batch) => batch.learnedFrom);

const DATA_FOLDER = join(
    __dirname,
    '../../force-app/main/default/lwc/coachingLanguage/__tests__/data'
);

/**
 * Reads the named sets.
 * @param names set names, without ".json"
 * @returns each set with its items
 */
export function loadSets(names: readonly string[]): LabelledSet[] {
    return names.map((name) => ({
        name,
        items: JSON.parse(readFileSync(join(DATA_FOLDER, `${name}.json`), 'utf8')) as LabelledText[]
    }));
}

/** Every set the model learns from, oldest first. */
export function loadAllSets(): LabelledSet[] {
    return loadSets([...TUNING_SETS, ...LEARNED_BATCHES.map((batch) => batch.name)]);
}
