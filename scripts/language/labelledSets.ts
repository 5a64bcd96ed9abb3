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

/**
 * Each chat-note held-out batch, with the commit that recorded its measured-once figures: the
 * rules at that commit had not been tuned on the batch.
 */
export const HELD_OUT_BATCHES: readonly { readonly name: string; readonly measuredAt: string }[] = [
    { name: 'chatNotesHeldOut', measuredAt: '9bd179c' },
    { name: 'chatNotesSecondHeldOut', measuredAt: '11abcfc' },
    { name: 'chatNotesThirdHeldOut', measuredAt: 'ebeffb0' },
    { name: 'chatNotesFourthHeldOut', measuredAt: 'bfef84f' },
    { name: 'chatNotesFifthHeldOut', measuredAt: '61f8dfe' },
    { name: 'chatNotesSixthHeldOut', measuredAt: 'cf8d13d' }
];

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

/** Every set the model may learn from, oldest first. */
export function loadAllSets(): LabelledSet[] {
    return loadSets([...TUNING_SETS, ...HELD_OUT_BATCHES.map((batch) => batch.name)]);
}
