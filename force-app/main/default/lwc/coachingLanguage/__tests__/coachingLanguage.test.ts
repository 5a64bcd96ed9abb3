import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoachingKind } from '../coachingLanguage';
import {
    COACHING_KINDS,
    classifyCoachingText,
    kindToPicklistValue,
    picklistValueToKind
} from '../coachingLanguage';
import { grammarProblems } from '../rephraseChecks';
import { rephraseCandidates } from '../rephrase';
import { classifySentence } from '../rules';
import { splitSentences } from '../text';

/** A label: one of the five kinds, or 'none' for text the rules should not label (another language). */
type Label = CoachingKind | 'none';
const LABELS: readonly Label[] = [...COACHING_KINDS, 'none'];

interface LabelledUtterance {
    text: string;
    kind: Label;
}

/** Reads a set; a null kind in the file means the text should get no label. */
function loadUtterances(fileName: string): LabelledUtterance[] {
    const parsed: unknown = JSON.parse(readFileSync(join(__dirname, 'data', fileName), 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${fileName} is not a list`);
    return parsed.map((item: { text?: unknown; kind?: unknown }) => {
        const kind = item.kind === null ? 'none' : item.kind;
        if (typeof item.text !== 'string' || !LABELS.includes(kind as Label)) {
            throw new Error(`${fileName}: bad item ${JSON.stringify(item)}`);
        }
        return { text: item.text, kind: kind as Label };
    });
}

/** The label the classifier gives: 'none' when it declines to read the text. */
function labelOf(text: string): Label {
    const result = classifyCoachingText(text);
    return result.english ? result.kind : 'none';
}

interface Agreement {
    rate: number;
    /** Of the texts read as directives, the share labelled directive. */
    directivePrecision: number;
    /** Of the texts labelled directive, the share read as directives. */
    directiveRecall: number;
    misses: { text: string; expected: Label; actual: Label }[];
    table: string;
}

/** Agreement with the labels, and a confusion matrix: rows are labels, columns are the classifier's kinds. */
function measure(utterances: readonly LabelledUtterance[]): Agreement {
    const counts = new Map<string, number>();
    const misses: Agreement['misses'] = [];
    for (const { text, kind } of utterances) {
        const actual = labelOf(text);
        counts.set(`${kind}>${actual}`, (counts.get(`${kind}>${actual}`) ?? 0) + 1);
        if (actual !== kind) misses.push({ text, expected: kind, actual });
    }
    const width = 17;
    const shown = LABELS.filter((label) => label !== 'none' || counts.has('none>none'));
    const header = [
        'label \\ got'.padEnd(width),
        ...shown.map((kind) => kind.padStart(width))
    ].join('');
    const rows = shown.map((expected) =>
        [
            expected.padEnd(width),
            ...shown.map((actual) =>
                String(counts.get(`${expected}>${actual}`) ?? 0).padStart(width)
            )
        ].join('')
    );
    const count = (expected: Label | undefined, actual: Label | undefined): number =>
        [...counts.entries()]
            .filter(([key]) => {
                const [label, got] = key.split('>');
                return (!expected || label === expected) && (!actual || got === actual);
            })
            .reduce((sum, [, value]) => sum + value, 0);
    const found = count('directive', 'directive');
    return {
        rate: (utterances.length - misses.length) / utterances.length,
        directivePrecision: found / Math.max(1, count(undefined, 'directive')),
        directiveRecall: found / Math.max(1, count('directive', undefined)),
        misses,
        table: [header, ...rows].join('\n')
    };
}

/** Every labelled set, tuning and held-out parts alike. */
const ALL_SETS = [
    'labelledUtterances.json',
    'heldOutUtterances.json',
    'unseenVoices.json',
    'unseenVoicesAfterTuning.json',
    'chatNotes.json',
    'chatNotesHeldOut.json',
    'chatNotesSecondHeldOut.json',
    'chatNotesThirdHeldOut.json',
    'chatNotesFourthHeldOut.json',
    'chatNotesFifthHeldOut.json',
    'chatNotesSixthHeldOut.json',
    'chatNotesSeventhHeldOut.json',
    'managerVoices.json',
    'managerVoicesSecondRound.json',
    'managerVoicesThirdRound.json',
    'chatNotesEighthHeldOut.json',
    'chatNotesNinthHeldOut.json',
    'chatNotesTenthHeldOut.json',
    'chatNotesEleventhHeldOut.json',
    'chatNotesTwelfthHeldOut.json'
];

/** Every set whose misses have been tuned on. */
const TUNED_SETS = ALL_SETS.filter((fileName) => fileName !== 'chatNotesTwelfthHeldOut.json');

/** The sets written before the seventh held-out batch, which repeats four of their lines. */
const SETS_BEFORE_SEVENTH = ALL_SETS.slice(0, ALL_SETS.indexOf('chatNotesSeventhHeldOut.json'));

/** The sets written before the ninth held-out batch, which repeats seven of their lines. */
const SETS_BEFORE_NINTH = ALL_SETS.slice(0, ALL_SETS.indexOf('chatNotesNinthHeldOut.json'));

/**
 * The sets written before the sixth held-out batch, each free of the others' texts. The sixth,
 * written by someone who had not seen them, repeats five of their lines word for word.
 */
const SETS_BEFORE_SIXTH = SETS_BEFORE_SEVENTH.filter(
    (fileName) => fileName !== 'chatNotesSixthHeldOut.json'
);

/**
 * The texts labelled statements for which the classifier offers a question.
 * @param fileNames the sets to read
 * @returns those texts
 */
function statementsOffered(fileNames: readonly string[]): string[] {
    return fileNames
        .flatMap((fileName) => loadUtterances(fileName))
        .filter((item) => item.kind === 'statement')
        .filter((item) => classifyCoachingText(item.text).rephrasings.length > 0)
        .map((item) => item.text);
}

/**
 * Every rephrasing offered for the sets' texts that breaks a grammar check.
 * @param fileNames the sets to read
 * @returns each as "problems: question <- text"
 */
function brokenRephrasings(fileNames: readonly string[]): string[] {
    const problems: string[] = [];
    for (const fileName of fileNames) {
        for (const { text } of loadUtterances(fileName)) {
            // Every rephrasing a template produced, before the panel's own check drops broken ones
            const clauses = splitSentences(text).flatMap(
                (span) => classifySentence(span.plain, span.question).clauses
            );
            for (const clause of clauses) {
                for (const question of rephraseCandidates(clause)) {
                    const found = grammarProblems(question);
                    if (found.length) problems.push(`${found.join(', ')}: ${question} <- ${text}`);
                }
            }
        }
    }
    return problems;
}

function report(name: string, agreement: Agreement, size: number): string {
    const missLines = agreement.misses.map(
        (miss) => `  ${miss.expected} -> ${miss.actual}: ${JSON.stringify(miss.text)}`
    );
    return [
        `${name}: ${(agreement.rate * 100).toFixed(1)}% agreement on ${size} utterances, ` +
            `directive precision ${agreement.directivePrecision.toFixed(3)}, ` +
            `recall ${agreement.directiveRecall.toFixed(3)}`,
        agreement.table,
        ...(missLines.length ? ['disagreements:', ...missLines] : [])
    ].join('\n');
}

/** What the issue asks of every set tuned on. */
const TUNED_FLOORS = { rate: 0.95, precision: 0.95, recall: 0.95 };

/**
 * A set's own lines: at least a minimum, every kind present, none repeating a set written before.
 * @param fileName the set
 * @param earlier the sets written before it
 * @param minimum the fewest lines it may hold
 */
function expectNewLines(fileName: string, earlier: readonly string[], minimum: number): void {
    const items = loadUtterances(fileName);
    const others = new Set(
        earlier.flatMap((other) => loadUtterances(other)).map((item) => item.text.toLowerCase())
    );
    expect(items.length).toBeGreaterThanOrEqual(minimum);
    for (const label of LABELS) {
        expect(items.filter((item) => item.kind === label).length).toBeGreaterThan(0);
    }
    expect(items.filter((item) => others.has(item.text.toLowerCase()))).toEqual([]);
}

/**
 * A set's agreement, directive precision and recall, each at least its floor; the table is printed.
 * @param fileName the set
 * @param name how the report names it
 * @param floors the figures it must reach
 */
function expectAgreement(
    fileName: string,
    name: string,
    floors: { rate: number; precision: number; recall: number }
): void {
    const items = loadUtterances(fileName);
    const agreement = measure(items);
    console.log(report(name, agreement, items.length));
    expect(agreement.rate).toBeGreaterThanOrEqual(floors.rate);
    expect(agreement.directivePrecision).toBeGreaterThanOrEqual(floors.precision);
    expect(agreement.directiveRecall).toBeGreaterThanOrEqual(floors.recall);
}

describe('c-coaching-language', () => {
    describe('labelled utterances', () => {
        const labelled = loadUtterances('labelledUtterances.json');

        it('holds at least 300 utterances covering every kind', () => {
            expect(labelled.length).toBeGreaterThanOrEqual(300);
            for (const kind of COACHING_KINDS) {
                expect(labelled.filter((item) => item.kind === kind).length).toBeGreaterThanOrEqual(
                    30
                );
            }
        });

        it('agrees with at least 95% of the labels', () => {
            const agreement = measure(labelled);
            console.log(report('Labelled set', agreement, labelled.length));
            expect(agreement.rate).toBeGreaterThanOrEqual(0.95);
        });
    });

    describe('held-out utterances', () => {
        const heldOut = loadUtterances('heldOutUtterances.json');

        it('holds at least 80 utterances none of which is in the labelled set', () => {
            const labelled = new Set(
                loadUtterances('labelledUtterances.json').map((item) => item.text)
            );
            expect(heldOut.length).toBeGreaterThanOrEqual(80);
            expect(heldOut.filter((item) => labelled.has(item.text))).toEqual([]);
        });

        it('agrees with at least 90% of the labels', () => {
            const agreement = measure(heldOut);
            console.log(report('Held-out set', agreement, heldOut.length));
            expect(agreement.rate).toBeGreaterThanOrEqual(0.9);
        });
    });

    // Written in voices the sets above under-represent (terse chat, British, Australian and
    // non-native English, formal politeness, bluntness, rambling, typos, capitals, emoji, bullets,
    // verbs no list holds). The second batch was written after the rules were tuned and measured
    // once, at 92.4%, before any rule looked at it: that is the estimate for unseen text.
    describe.each([
        ['unseenVoices.json', 200],
        ['unseenVoicesAfterTuning.json', 100]
    ])('unseen voices: %s', (fileName, minimum) => {
        const voices = loadUtterances(fileName);

        it(`holds at least ${minimum} utterances, none of them in the other sets`, () => {
            const others = new Set(
                ['labelledUtterances.json', 'heldOutUtterances.json', 'unseenVoices.json']
                    .filter((other) => other !== fileName)
                    .flatMap((other) => loadUtterances(other))
                    .map((item) => item.text.toLowerCase())
            );
            expect(voices.length).toBeGreaterThanOrEqual(minimum);
            expect(voices.filter((item) => others.has(item.text.toLowerCase()))).toEqual([]);
        });

        it('agrees with at least 90% of the labels', () => {
            const agreement = measure(voices);
            console.log(report(`Unseen voices (${fileName})`, agreement, voices.length));
            expect(agreement.rate).toBeGreaterThanOrEqual(0.9);
        });

        it('gives every directive it finds at least one question', () => {
            for (const { text } of voices) {
                const result = classifyCoachingText(text);
                if (result.kind !== 'directive') continue;
                expect([text, result.rephrasings.length > 0]).toEqual([text, true]);
                for (const question of result.rephrasings) expect(question).toMatch(/^[A-Z].*\?$/);
            }
        });
    });

    // Managers' chat and CRM voices (soft orders, veiled blame, hedged ideas, status-chasing
    // and short-fact questions, typos and abbreviations, long notes, a few lines in other
    // languages that should get no label), written before any rule looked at them. A quarter,
    // split by a seeded shuffle within each kind, was held out; the rules were tuned on the rest.
    // Convention: a question whose answer is a date, a number or a field value ("whats the term
    // length", "When will you send the proposal?") is closed.
    describe('chat notes: tuning part', () => {
        const notes = loadUtterances('chatNotes.json');

        it('holds at least 300 notes, none of them in another set', () => {
            const others = new Set(
                [
                    'labelledUtterances.json',
                    'heldOutUtterances.json',
                    'unseenVoices.json',
                    'unseenVoicesAfterTuning.json',
                    'chatNotesHeldOut.json'
                ]
                    .flatMap((other) => loadUtterances(other))
                    .map((item) => item.text.toLowerCase())
            );
            expect(notes.length).toBeGreaterThanOrEqual(300);
            expect(notes.filter((item) => others.has(item.text.toLowerCase()))).toEqual([]);
        });

        it('agrees with at least 95% of the labels, directives with precision and recall of 0.95', () => {
            const agreement = measure(notes);
            console.log(report('Chat notes (tuning part)', agreement, notes.length));
            expect(agreement.rate).toBeGreaterThanOrEqual(0.95);
            expect(agreement.directivePrecision).toBeGreaterThanOrEqual(0.95);
            expect(agreement.directiveRecall).toBeGreaterThanOrEqual(0.95);
        });
    });

    // Measured once, after tuning on the part above and before any rule looked at these notes:
    // 87.5% agreement on 104 notes (91), directive precision 0.9375 (15 of 16), recall 0.833
    // (15 of 18). Those figures are the floor. Its misses were studied afterwards, so it is
    // tuning data now; the estimate for unseen chat voices is the second batch below.
    describe('chat notes: held-out part', () => {
        const heldOut = loadUtterances('chatNotesHeldOut.json');

        it('holds a quarter of the chat notes, none of them in another set', () => {
            const others = new Set(
                SETS_BEFORE_SIXTH.filter((other) => other !== 'chatNotesHeldOut.json')
                    .flatMap((other) => loadUtterances(other))
                    .map((item) => item.text.toLowerCase())
            );
            expect(heldOut.length).toBeGreaterThanOrEqual(100);
            expect(heldOut.filter((item) => others.has(item.text.toLowerCase()))).toEqual([]);
        });

        it('agrees at least as well as when it was measured once', () => {
            expectAgreement('chatNotesHeldOut.json', 'Chat notes (held-out part)', {
                rate: 0.875,
                precision: 0.9375,
                recall: 0.833
            });
        });
    });

    // Written before the first held-out part's misses were studied, and measured once after:
    // 89.9% agreement on 99 notes (89), directive precision 1.000 (21 of 21), recall 0.724
    // (21 of 29). Veiled blame in question form ("surely you've sent the proposal by now?")
    // is most of what it misses. Those figures are the floor. Its misses were studied afterwards
    // (blame asked as yes/no questions, soft orders), so it is tuning data now.
    describe('chat notes: second held-out batch', () => {
        const heldOut = loadUtterances('chatNotesSecondHeldOut.json');

        it('holds at least 90 notes, none of them in another set', () => {
            const others = new Set(
                SETS_BEFORE_SIXTH.filter((other) => other !== 'chatNotesSecondHeldOut.json')
                    .flatMap((other) => loadUtterances(other))
                    .map((item) => item.text.toLowerCase())
            );
            expect(heldOut.length).toBeGreaterThanOrEqual(90);
            expect(heldOut.filter((item) => others.has(item.text.toLowerCase()))).toEqual([]);
        });

        it('agrees at least as well as when it was measured once', () => {
            expectAgreement('chatNotesSecondHeldOut.json', 'Chat notes (second held-out batch)', {
                rate: 89 / 99,
                precision: 1,
                recall: 21 / 29
            });
        });
    });

    // Written before the second batch's misses were studied, in the same chat voices, and measured
    // once after tuning on them: 93.1% agreement on 101 notes (94), directive precision 1.000
    // (26 of 26), recall 0.929 (26 of 28). Misses: an order worded as a need or an expectation
    // ("i'd need you to…", "I was expecting … yesterday"), short-fact questions read as open,
    // hedged ideas read as statements. Those figures are the floor. Its misses were studied
    // afterwards (and the fourth batch written before that), so it is now tuning data too.
    describe('chat notes: third held-out batch', () => {
        it('holds at least 90 notes of every kind, none of them in another set', () => {
            expectNewLines(
                'chatNotesThirdHeldOut.json',
                SETS_BEFORE_SIXTH.filter((other) => other !== 'chatNotesThirdHeldOut.json'),
                90
            );
        });

        it('agrees at least as well as when it was measured once', () => {
            expectAgreement('chatNotesThirdHeldOut.json', 'Chat notes (third held-out batch)', {
                rate: 94 / 101,
                precision: 1,
                recall: 26 / 28
            });
        });
    });

    // Written and committed before any rule was tuned on the third batch's misses, and measured
    // once after that tuning: 91.2% agreement on 170 notes (155), directive precision 0.978 (44 of
    // 45), recall 0.786 (44 of 56). Agreement and precision meet what the issue asks of held-out
    // text (0.90, 0.95); recall does not. Misses: orders as veiled blame stated or asked ("we
    // agreed the pricing would go out on tuesday, it's thursday", "wasn't the questionnaire due
    // back on friday?", "…, haven't you?"), as a wish or a need ("i was hoping to see…", "so I'd
    // really need…", "it'd really help me if you updated…") and as chat shorthand ("hey can u get
    // the MAP over…"). Those figures are the floor. Its misses were studied afterwards (and the
    // fifth batch written before that), so it is now tuning data too.
    describe('chat notes: fourth held-out batch', () => {
        it('holds at least 150 notes of every kind, none of them in another set', () => {
            expectNewLines(
                'chatNotesFourthHeldOut.json',
                SETS_BEFORE_SIXTH.filter((other) => other !== 'chatNotesFourthHeldOut.json'),
                150
            );
        });

        it('agrees at least as well as when it was measured once', () => {
            expectAgreement('chatNotesFourthHeldOut.json', 'Chat notes (fourth held-out batch)', {
                rate: 155 / 170,
                precision: 44 / 45,
                recall: 44 / 56
            });
        });
    });

    // Written and committed after the fourth batch was measured and before any rule was tuned on
    // its misses (by the same hand, who had seen them), and measured once after that tuning: 93.5%
    // agreement on 170 notes (159), directive precision 1.000 (51 of 51), recall 0.911 (51 of 56).
    // Agreement and precision meet what the issue asks of held-out text (0.90, 0.95); recall does
    // not. Misses: blame asked in forms the rules lack ("is there a reason nobody's…", "how come
    // the next step still says…", "were you planning on telling me…", "why did we agree to…"),
    // a missed promise stated ("you were going to send me the forecast yesterday"), two Dutch and
    // Polish lines read as English. Those figures are the floor and the estimate for unseen text.
    // Its misses were studied afterwards, so it is now tuning data too.
    describe('chat notes: fifth held-out batch', () => {
        it('holds at least 150 notes of every kind, none of them in another set', () => {
            expectNewLines(
                'chatNotesFifthHeldOut.json',
                SETS_BEFORE_SIXTH.filter((other) => other !== 'chatNotesFifthHeldOut.json'),
                150
            );
        });

        it('agrees at least as well as when it was measured once', () => {
            expectAgreement('chatNotesFifthHeldOut.json', 'Chat notes (fifth held-out batch)', {
                rate: 159 / 170,
                precision: 1,
                recall: 51 / 56
            });
        });
    });

    // Written from the labelling guide and the issue alone by someone who had not read the rules,
    // and committed before any further tuning; measured once with the rules and the learned model
    // as shipped: 91.4% agreement on 220 notes (201), directive precision 0.985 (64 of 65), recall
    // 0.853 (64 of 75). Five of its lines repeat earlier sets' word for word, with the same labels,
    // all read right (without them 196 of 215, 91.2%). Agreement and precision meet what the issue
    // asks of held-out text (0.90, 0.95); recall does not. Misses: veiled blame stated ("we agreed
    // the SOW would go out tuesday. it's thursday", "… was supposed to be with their IT lead last
    // week"), tag questions asserting what the seller owes ("…, didn't it?", "…, right?"), blame
    // asked by "how come" and "why did you", needs stated ("the one thing i need from you…"), a
    // conditional order ("only move this to commit once…"), hedged ideas with no hedging word,
    // fact questions by "who" and "what's the current…" read as open, an idiom read as an order
    // and a Spanish line read as English. Those figures are the floor and the estimate for unseen
    // text. Its misses were studied afterwards, so it is now tuning data too.
    describe('chat notes: sixth held-out batch', () => {
        const heldOut = loadUtterances('chatNotesSixthHeldOut.json');

        it('holds at least 200 notes of every kind, five of them earlier lines with their labels', () => {
            const others = new Map(
                SETS_BEFORE_SIXTH.flatMap((other) => loadUtterances(other)).map((item) => [
                    item.text.toLowerCase(),
                    item.kind
                ])
            );
            expect(heldOut.length).toBeGreaterThanOrEqual(200);
            for (const label of LABELS) {
                expect(heldOut.filter((item) => item.kind === label).length).toBeGreaterThan(0);
            }
            const repeated = heldOut.filter((item) => others.has(item.text.toLowerCase()));
            expect(repeated.map((item) => item.text)).toEqual([
                'what does their decision process look like from here?',
                'why do you think they went quiet after the demo?',
                'is the champion still at the company?',
                'what do you need from me to move this forward?',
                'any update on the PO?'
            ]);
            for (const item of repeated) {
                expect(item.kind).toBe(others.get(item.text.toLowerCase()));
            }
        });

        it('agrees at least as well as when it was measured once', () => {
            expectAgreement('chatNotesSixthHeldOut.json', 'Chat notes (sixth held-out batch)', {
                rate: 201 / 220,
                precision: 64 / 65,
                recall: 64 / 75
            });
        });
    });

    // Written, like the sixth, from the labelling guide alone by someone who had not read the
    // rules, and committed before the sixth batch's tuning landed; measured once with the rules
    // and the learned model as shipped at f17b126: 87.3% agreement on 220 notes (192), directive
    // precision 0.941 (64 of 68), recall 0.853 (64 of 75). Four of its lines repeat earlier sets'
    // word for word, with the same labels, all read right. Agreement, precision and recall all
    // fall short of what the issue asks of held-out text (0.90, 0.95, 0.95). Misses: 11 orders
    // (tag questions asserting what the seller owes, "…, didn't it?", "…, right?", "…, have you?";
    // deliverables wished for politely, "would really appreciate it if…", "it'd be good to have…
    // before…", "it would help a lot if you could…", "Expecting… by eod tomorrow"; blame stated,
    // "you said i'd have… by the 15th. it's the 19th.", "…should have had… a week ago"; blame
    // asked in learner's English; "…need to reflect reality" said of things), 4 false directives
    // (an acknowledgement, a "fwiw" fact, an idiom, "EB = the COO or the CFO?"), 8 hedged ideas
    // read as statements or questions, 3 fact questions by "who's got", "which" and "what's their
    // budget" read as open, an open question with no question mark read as a statement, and a
    // Polish line read as English. Those figures are the floor. Its misses were then tuned on (the
    // orders by a named rule each, the false directives by what made them look like orders): it
    // now reads every note right, and its rephrasings pass the grammar checks with the other
    // tuned sets.
    describe('chat notes: seventh held-out batch', () => {
        const heldOut = loadUtterances('chatNotesSeventhHeldOut.json');

        it('holds at least 200 notes of every kind, four of them earlier lines with their labels', () => {
            const others = new Map(
                SETS_BEFORE_SEVENTH.flatMap((other) => loadUtterances(other)).map((item) => [
                    item.text.toLowerCase(),
                    item.kind
                ])
            );
            expect(heldOut.length).toBeGreaterThanOrEqual(200);
            for (const label of LABELS) {
                expect(heldOut.filter((item) => item.kind === label).length).toBeGreaterThan(0);
            }
            const repeated = heldOut.filter((item) => others.has(item.text.toLowerCase()));
            expect(repeated.map((item) => item.text)).toEqual([
                "when do you think they'll actually make a decision?",
                'are we still single-threaded on this one?',
                'Why do you think they went quiet after the demo?',
                'is procurement involved yet?'
            ]);
            for (const item of repeated) {
                expect(item.kind).toBe(others.get(item.text.toLowerCase()));
            }
        });

        it('agrees at least as well as when it was measured once', () => {
            expectAgreement('chatNotesSeventhHeldOut.json', 'Chat notes (seventh held-out batch)', {
                rate: 192 / 220,
                precision: 64 / 68,
                recall: 64 / 75
            });
        });
    });

    // Written after the seventh batch's measurement, as tuning data, by three writers who read
    // only the labelling guide: many orders in unfamiliar dress and the ideas, questions and
    // statements that look like them. The rules of 5f502f2 read it at 90.8% agreement, directive
    // precision 0.973 and recall 0.892, near the held-out batches' figures; it was tuned on and
    // the model learns from it.
    describe('managers voices: tuning data written after the seventh batch', () => {
        it('holds at least 800 notes of every kind, none repeating another set', () => {
            expectNewLines(
                'managerVoices.json',
                SETS_BEFORE_SEVENTH.concat('chatNotesSeventhHeldOut.json'),
                800
            );
        });

        it('agrees with at least 95% of the labels, precision and recall too', () => {
            expectAgreement('managerVoices.json', 'Managers voices', TUNED_FLOORS);
        });
    });

    // A second round, by three more writers from the guide alone: managers writing in a second
    // language, terse and sarcastic chasers, and coaching-style notes where an order slips in. The
    // rules of 6f8b3c9 read it at 89.1% agreement, directive precision 0.983 and recall 0.788, and
    // with the model of that day 92.6%, 0.984 and 0.875; the model's threshold was chosen on it
    // (and the other batches) before it was tuned on.
    describe('managers voices: second round of tuning data', () => {
        it('holds at least 800 notes of every kind, none repeating another set', () => {
            expectNewLines(
                'managerVoicesSecondRound.json',
                SETS_BEFORE_NINTH.filter((other) => other !== 'managerVoicesSecondRound.json'),
                800
            );
        });

        it('agrees with at least 95% of the labels, precision and recall too', () => {
            expectAgreement(
                'managerVoicesSecondRound.json',
                'Managers voices, second round',
                TUNED_FLOORS
            );
        });
    });

    // A third round: minutes and action items, every shape of question, and notes that speak of
    // orders without giving one (quoted, reported, the manager's own to-dos, work given to the
    // customer). Read at 129d279 by the rules and the model as shipped then (threshold 0.75):
    // 92.5% agreement, directive precision 0.919, recall 0.974; most false orders were the
    // model's, on the manager's own work, which it may no longer promote.
    describe('managers voices: third round of tuning data', () => {
        it('holds at least 800 notes of every kind, none repeating another set', () => {
            expectNewLines(
                'managerVoicesThirdRound.json',
                SETS_BEFORE_NINTH.filter((other) => other !== 'managerVoicesThirdRound.json'),
                800
            );
        });

        it('agrees with at least 95% of the labels, precision and recall too', () => {
            expectAgreement(
                'managerVoicesThirdRound.json',
                'Managers voices, third round',
                TUNED_FLOORS
            );
        });
    });

    // Written from the labelling guide alone by a writer who had not read the rules, committed
    // (bb701d8) before the seventh batch's tuning, and measured once at 07144b2 with the rules
    // and the model as shipped (threshold 0.90), after three rounds of managers' voices had been
    // tuned on: 96.8% agreement on 220 notes (213), directive precision 1.000 (71 of 71), recall
    // 0.947 (71 of 75). None of its lines repeats an earlier set. Agreement and precision meet
    // what the issue asks of held-out text (0.90, 0.95); recall is one order short of 0.95. Misses:
    // four orders (a challenge tagged "…, are you?", "I'll want X reworked before you present
    // it", "have ur commit numbers ready" after a comma, "i was counting on having X back this
    // morning"), two fact questions by "who's" read as open, and a Polish line read as English.
    // A read of all 71 directives' rephrasings found three that break English (the grammar
    // checks caught one): "…the risks of keeping slipping this one?", "…closed before the 30th
    // and you're golden, and…", "…uploading the bid docs before, and…". No statement is offered
    // a question. Those figures are the floor. Its misses were then tuned on, after a ninth batch
    // had been committed to measure next; it now reads every note right.
    describe('chat notes: eighth held-out batch', () => {
        it('holds at least 200 notes of every kind, none repeating an earlier set', () => {
            expectNewLines(
                'chatNotesEighthHeldOut.json',
                SETS_BEFORE_NINTH.filter((other) => other !== 'chatNotesEighthHeldOut.json'),
                200
            );
        });

        it('agrees at least as well as when it was measured once', () => {
            expectAgreement('chatNotesEighthHeldOut.json', 'Chat notes (eighth held-out batch)', {
                rate: 213 / 220,
                precision: 71 / 71,
                recall: 71 / 75
            });
        });
    });

    // Written like the eighth, from the labelling guide alone by a writer who had not read the
    // rules, committed (31b9e99) before the eighth batch's tuning, and measured once at c864277
    // with the rules and the model as shipped (threshold 0.85): 99.1% agreement on 220 notes
    // (218), directive precision 1.000 (75 of 75), recall 1.000 (75 of 75), no statement offered
    // a question, no rephrasing failing the grammar checks. Seven of its lines repeat earlier
    // sets' (normalised) and 37 are close to one; on the 183 with no earlier line above 0.8
    // similarity it reads 182 right, directive precision and recall 1.000 (70 of 70). Misses: an
    // open "when do you think…, realistically?" read as closed and a hedged idea ending "…, if you
    // want to try it" read as a statement. A read of all 75 directives' rephrasings found one
    // that breaks English ("What's your plan for writing up what the EB said about budget and
    // post it in the deal channel…") and one that reads awkwardly ("Where are you with the
    // discovery notes written up?"). Those figures are the floor. It was then tuned on, after a
    // tenth batch had been committed to measure next; the template that broke now finds its
    // verb, and no rephrasing that fails the grammar checks is offered any more.
    describe('chat notes: ninth held-out batch', () => {
        it('agrees at least as well as when it was measured once', () => {
            expect(loadUtterances('chatNotesNinthHeldOut.json').length).toBe(220);
            expectAgreement('chatNotesNinthHeldOut.json', 'Chat notes (ninth held-out batch)', {
                rate: 218 / 220,
                precision: 75 / 75,
                recall: 75 / 75
            });
        });
    });

    // Written like the ninth, committed (7f4f757) before the ninth batch's tuning, and measured once
    // at 50cee5e with the rules and the model as shipped (threshold 0.80) and rephrasings that
    // fail the grammar checks no longer offered: 92.7% agreement on 220 notes (204), directive
    // precision 0.959 (70 of 73), recall 0.933 (70 of 75); eleven of its lines repeat earlier
    // sets' and the 179 with no earlier line above 0.8 similarity read at 91.1%, 0.957 / 0.931.
    // Agreement and precision meet what the issue asks; recall does not. Misses: five orders
    // (a blame question with the blame in a second sentence, "wasn't the plan to have X booked by
    // now?", "come see me after…", "ideally the DPA is back by the 15th", "either get it signed
    // or move it"), three false orders (an FYI that asks nothing, a hedged idea ending "take it
    // or leave it", "one thing u might try: ask legal…"), a fact question read as open, an
    // acknowledgement read as a question, speculation read as a question, and five hedged ideas
    // read as statements. One statement is offered a question. A read of all 73 directives'
    // rephrasings found none that breaks English and one that reads awkwardly ("If they want a
    // POC it's paid, what's your plan for telling them…"). Those figures are the floor. It was then
    // tuned on, after an eleventh batch had been committed to measure next.
    describe('chat notes: tenth held-out batch', () => {
        it('agrees at least as well as when it was measured once', () => {
            expect(loadUtterances('chatNotesTenthHeldOut.json').length).toBe(220);
            expectAgreement('chatNotesTenthHeldOut.json', 'Chat notes (tenth held-out batch)', {
                rate: 204 / 220,
                precision: 70 / 73,
                recall: 70 / 75
            });
        });
    });

    // Written in two halves by two writers who read only the labelling guide (220 each, three lines
    // in both kept once), committed (f15f1ed) before the tenth batch's tuning, and measured once
    // at bd57b94 with the rules and the model as shipped (threshold 0.80): 95.9% agreement on 437
    // notes (419), directive precision 0.986 (145 of 147), recall 0.967 (145 of 150). 39 of its
    // lines repeat earlier sets'; the 321 with no earlier line above 0.8 similarity read at 94.7%,
    // 0.985 / 0.963. Agreement, precision and recall all meet what the issue asks of held-out text.
    // Misses: five orders ("so when the CIO asks… you lead w/ the SLA credits, ok?", "ur booking
    // the onsite for next week yeah?", "I expected X in Y and it's not there", "I want to see the
    // CIO deck sunday night at the latest", "i expected X to be ready… and it wasn't"), two false
    // orders ("can't argue with that", "Another angle, if you want it: position…"), a fact
    // question read as open, an open question with no question mark read as a statement, an
    // acknowledgement read as a question, seven hedged ideas read as statements or questions, and
    // a Portuguese line read as English. One statement is offered a question. A read of every
    // rephrasing offered for its 147 directives found two that break English, both "make sure"
    // outcomes carrying a comment after a comma ("…go in this week though, their cutoff is strict
    // and…", "…your on the 9am…, no sending the SE alone?"), and two closed questions' rephrasings
    // that break it ("…the auto-renew clause in their is current contract?", "How likely is it that
    // not might be a bad idea…"). The grammar checks had dropped two other templates' questions
    // (a preposition left dangling by "from today"), offering the general question there. Those
    // figures are the floor. It was then tuned on, after a twelfth batch had been committed to
    // measure next.
    describe('chat notes: eleventh held-out batch', () => {
        it('agrees at least as well as when it was measured once', () => {
            expect(loadUtterances('chatNotesEleventhHeldOut.json').length).toBe(437);
            expectAgreement(
                'chatNotesEleventhHeldOut.json',
                'Chat notes (eleventh held-out batch)',
                {
                    rate: 419 / 437,
                    precision: 145 / 147,
                    recall: 145 / 150
                }
            );
        });
    });

    // Written like the others from the labelling guide alone, committed (d066baf) before the
    // eleventh batch's tuning, and measured once at fdd09d6 with the rules and the model as
    // shipped (threshold 0.80): 97.3% agreement on 220 notes (214), directive precision 0.987 (74
    // of 75), recall 0.987 (74 of 75). 17 of its lines repeat earlier sets'; the 151 with no
    // earlier line above 0.8 similarity read at 96.7%, 0.984 / 0.984. Misses: an order asked with
    // "…, surely?" read as a question, an idiom ("it's not over till the PO lands") read as an
    // order and offered the general question, two fact questions ("how big is their IT team", "how
    // much is the total contract value") read as open, a hedged idea read as a statement and a
    // Dutch line read as English. No template's question failed the grammar checks, and a read of
    // every rephrasing offered for its 75 directives found none that breaks English. Agreement,
    // precision, recall and the rephrasings all meet what the issue asks of held-out text. Those
    // figures are the floor; the batch has not been tuned on.
    describe('chat notes: twelfth held-out batch', () => {
        it('agrees at least as well as when it was measured once', () => {
            expect(loadUtterances('chatNotesTwelfthHeldOut.json').length).toBe(220);
            expectAgreement('chatNotesTwelfthHeldOut.json', 'Chat notes (twelfth held-out batch)', {
                rate: 214 / 220,
                precision: 74 / 75,
                recall: 74 / 75
            });
        });

        it('offers no more wrong questions than when it was measured once', () => {
            const batch = ['chatNotesTwelfthHeldOut.json'];
            expect(statementsOffered(batch).length).toBeLessThanOrEqual(1);
            expect(brokenRephrasings(batch)).toEqual([]);
        });
    });

    describe('kinds and picklist values', () => {
        it('orders the kinds from strongest to weakest', () => {
            expect(COACHING_KINDS).toEqual([
                'directive',
                'suggestion',
                'open-question',
                'closed-question',
                'statement'
            ]);
        });

        it.each([
            ['open-question', 'Open question'],
            ['closed-question', 'Closed question'],
            ['suggestion', 'Suggestion'],
            ['directive', 'Directive'],
            ['statement', 'Statement']
        ] as const)('maps %s to and from %s', (kind, value) => {
            expect(kindToPicklistValue(kind)).toBe(value);
            expect(picklistValueToKind(value)).toBe(kind);
        });

        it.each(['open question', 'Open Question', 'Question', '', null, undefined])(
            'returns undefined for the unknown value %p',
            (value) => {
                expect(picklistValueToKind(value)).toBeUndefined();
            }
        );
    });

    describe('rule families', () => {
        it.each([
            ['Call the CFO before Friday.', 'directive', ['call']],
            ["Don't discount.", 'directive', ["don't"]],
            ["Let's get legal involved.", 'directive', ["let's"]],
            ['You need to book the demo.', 'directive', ['you need to']],
            ['I want you to update the forecast.', 'directive', ['i want you to']],
            ['Make sure the SE is on the call.', 'directive', ['make sure']],
            ["It's critical that you meet the CFO.", 'directive', ["it's critical that you"]],
            ['Please send me the deck.', 'directive', ['please']],
            ["If I were you I'd call the CFO.", 'directive', ['if i were you']],
            ['Could you send me the deck?', 'directive', ['could you send']],
            ["Shouldn't you call the CFO first?", 'directive', ["shouldn't"]],
            ["Don't you think you should loop in legal?", 'directive', ["don't you think"]],
            ["Wouldn't it be better to offer a pilot?", 'directive', ["wouldn't it be"]],
            ["Isn't it time to escalate?", 'directive', ["isn't it time"]],
            ["Why haven't you booked the demo?", 'directive', ["why haven't you"]],
            ['Why would you discount now?', 'directive', ['why would you']],
            ['Why is the MSA still not signed?', 'directive', ['why is the msa still']]
        ] as const)('reads %p as a %s', (text, kind, cues) => {
            const result = classifyCoachingText(text);
            expect(result.kind).toBe(kind);
            expect(result.sentences[0].cues).toEqual(cues);
        });

        it.each([
            ['What if you called the CFO?', ['what if']],
            ['Have you thought about a pilot?', ['have you thought about']],
            ['Have you considered a multi-year deal?', ['have you considered']],
            ['Have you tried calling the CFO?', ['have you tried']],
            ['How about a shorter pilot?', ['how about']],
            ['One idea: offer a paid pilot.', ['one idea']],
            ['A thought: the renewal could be the deadline.', ['a thought']],
            ['You might consider a phased rollout.', ['you might consider']],
            ['You could try a different champion.', ['you could try']],
            ['Maybe loop in the SE?', ['maybe']],
            ['Perhaps a reference call would help.', ['perhaps']],
            ['It might help to talk to the end users.', ['it might help']],
            ['Could it be worth a call with their CIO?', ['could it be worth']]
        ] as const)('reads %p as a suggestion', (text, cues) => {
            const result = classifyCoachingText(text);
            expect(result.kind).toBe('suggestion');
            expect(result.sentences[0].cues).toEqual(cues);
        });

        it.each([
            ['What is the plan for legal?', ['what']],
            ['Who else should see the proposal?', ['who']],
            ['Why did the champion leave?', ['why']],
            ['Tell me about the champion.', ['tell me']],
            ['Walk me through the timeline.', ['walk me through']],
            ['Could you walk me through the timeline?', ['could you walk me']],
            ['Help me understand the decision process.', ['help me understand']],
            ['Describe the buying committee.', ['describe']],
            ['Share your thinking on the discount.', ['share your thinking']],
            ['Can you tell me how the demo went?', ['can you tell me']]
        ] as const)('reads %p as an open question', (text, cues) => {
            const result = classifyCoachingText(text);
            expect(result.kind).toBe('open-question');
            expect(result.sentences[0].cues).toEqual(cues);
        });

        it.each([
            ['Is the budget approved?', ['is']],
            ['Did the CFO sign?', ['did']],
            ['Has legal reviewed the MSA?', ['has']],
            ['Will they sign this quarter?', ['will']],
            ['Is it the CFO or the CIO who signs?', ['is']],
            ['Any update on the security review?', ['any']],
            ['Who signs the contract?', ['who signs']],
            ['When does their budget cycle start?', ['when']],
            ['Heard back from legal?', []]
        ] as const)('reads %p as a closed question', (text, cues) => {
            const result = classifyCoachingText(text);
            expect(result.kind).toBe('closed-question');
            expect(result.sentences[0].cues).toEqual(cues);
        });

        it.each([
            ['Great work on the demo.', []],
            ['The CFO seems disengaged.', []],
            ['I can join the call if it helps.', ['i can']],
            ['Happy to help with the CFO meeting.', ['happy to']],
            ['Maybe the champion is overloaded.', ['maybe']],
            ['Call went long but the CFO stayed engaged.', []]
        ] as const)('reads %p as a statement', (text, cues) => {
            const result = classifyCoachingText(text);
            expect(result.kind).toBe('statement');
            expect(result.sentences[0].cues).toEqual(cues);
        });
    });

    describe('several sentences', () => {
        it('takes the strongest kind and keeps each sentence with its own kind', () => {
            const result = classifyCoachingText(
                'Great demo. Is the budget approved? Call the CFO. What if we offered a pilot?'
            );
            expect(result.kind).toBe('directive');
            expect(result.sentences.map((sentence) => [sentence.text, sentence.kind])).toEqual([
                ['Great demo.', 'statement'],
                ['Is the budget approved?', 'closed-question'],
                ['Call the CFO.', 'directive'],
                ['What if we offered a pilot?', 'suggestion']
            ]);
        });

        it.each([
            ['Thanks. What if you asked the CFO? Is legal done?', 'suggestion'],
            ['Nice work. Who else signs? Is legal done?', 'open-question'],
            ['Nice work. Is legal done?', 'closed-question'],
            ['Nice work. Thanks!', 'statement']
        ] as const)('reads %p as a %s', (text, kind) => {
            expect(classifyCoachingText(text).kind).toBe(kind);
        });

        it('reads clauses joined by "but" on their own', () => {
            expect(classifyCoachingText("I know you're busy, but call the CFO today").kind).toBe(
                'directive'
            );
        });
    });

    describe('sloppy typing', () => {
        it.each([
            ['lower case, no punctuation', 'why havent you booked the demo', 'directive'],
            ['curly apostrophes', 'Why haven\u2019t you booked the demo?', 'directive'],
            ['curly quotes around the text', '\u201cWhat\u2019s the plan?\u201d', 'open-question'],
            [
                'emoji in place of a full stop',
                'great call today 🙌 can you send me the notes',
                'directive'
            ],
            ['emoji at the end', 'Did the security review pass? 🤞', 'closed-question'],
            ['extra whitespace', '   Call   the   CFO   ', 'directive'],
            ['line breaks', 'Good work!\n\nWhy did the deal slip?', 'open-question'],
            ['texting shorthand', 'what if u looped in the SE', 'suggestion'],
            ['shouting', 'CALL THE CFO.', 'directive'],
            ['repeated punctuation', 'is the budget approved???', 'closed-question']
        ] as const)('handles %s', (_name, text, kind) => {
            expect(classifyCoachingText(text).kind).toBe(kind);
        });

        it('keeps each sentence as typed, emoji included', () => {
            const result = classifyCoachingText('great call today 🙌 can you send me the notes');
            expect(result.sentences.map((sentence) => sentence.text)).toEqual([
                'great call today 🙌',
                'can you send me the notes'
            ]);
        });
    });

    describe('rephrasings', () => {
        it.each([
            [
                'Call the CFO before Friday.',
                "What's your plan for reaching the CFO, and what could get in the way?"
            ],
            ["Why haven't you booked the demo?", "What's getting in the way of booking the demo?"],
            [
                'You need to set up the call.',
                "What's your plan for setting up the call, and what could get in the way?"
            ],
            ['Is the budget approved?', 'Where does the budget approval stand?'],
            [
                "Shouldn't you call the CFO first?",
                'What are the pros and cons of calling the CFO first?'
            ],
            [
                'Could you send me the deck?',
                "What's your plan for sending me the deck, and what could get in the way?"
            ],
            [
                'send the pricing to them by friday pls',
                "What's your plan for sending the pricing to them, and what could get in the way?"
            ]
        ])('turns %p into %p first', (text, question) => {
            expect(classifyCoachingText(text).rephrasings[0]).toBe(question);
        });

        it('gives every directive in every set at least one question', () => {
            const directives = ALL_SETS.flatMap((fileName) => loadUtterances(fileName)).filter(
                (item) => item.kind === 'directive'
            );
            for (const { text } of directives) {
                const result = classifyCoachingText(text);
                if (result.kind !== 'directive') continue;
                expect(result.rephrasings.length).toBeGreaterThan(0);
                for (const question of result.rephrasings) expect(question).toMatch(/^[A-Z].*\?$/);
            }
        });

        // An acknowledgement or an idiom ("hadn't thought of it that way", "you should have seen
        // their faces") turned into a question is a misreading a manager sees live.
        it('offers no question for any text labelled a statement in a set tuned on', () => {
            expect(statementsOffered(TUNED_SETS)).toEqual([]);
        });

        // Every rephrasing a manager could see, for every directive and closed question in every
        // set tuned on, read for the ways a template breaks English: a clause glued on, "to"
        // before a noun phrase, the manager's order kept inside "what would it take to…",
        // shorthand.
        it('never offers a rephrasing that breaks these grammar checks in a set tuned on', () => {
            expect(brokenRephrasings(TUNED_SETS)).toEqual([]);
        });

        it.each([
            ['shape', 'what is your plan'],
            ['order-kept', 'What would it take to send me the plan by Friday?'],
            ['to-noun', 'What would help you to the CFO?'],
            ['glued-clause', "What's your plan for reaching the CFO they've gone quiet?"],
            ['sentence-inside', 'What is the plan. And the date?'],
            ['dangling-end', 'How would you approach sharing it with the?'],
            ['double-word', 'How would you approach the the demo?'],
            ['shorthand', 'How would you approach sending it tmrw?'],
            ['plan-for-verb', "What's your plan for send the deck?"],
            [
                'bare-verb-after-gerund',
                "What's your plan for writing up the notes and post it in the channel?"
            ],
            [
                'clause-after-gerund',
                "What's your plan for getting it closed and you're golden, and what could get in the way?"
            ],
            ['clause-after-preposition', "Where do things stand with when you'll send the deck?"],
            ['wish-as-plan', "What's your plan for needing an update?"],
            ['negated-gerund', "What's your plan for doing not offer a pilot?"],
            ['participle-before-auxiliary', 'How confident are you that the POC kicked has off?'],
            ['clause-in-noun', "What reason nobody's followed is there up with their CTO?"],
            ['any-after-that', 'How confident are you that they have shortlisted anyone else?'],
            ['noun-with-particle', 'Where does the budget signature off for this year stand?']
        ])('the grammar checks catch %s', (problem, question) => {
            expect(grammarProblems(question)).toContain(problem);
        });

        it('falls back to a generic question for a directive with no template', () => {
            expect(classifyCoachingText('No more discounts without approval.').rephrasings).toEqual(
                ["What's your plan here, and where could I help?"]
            );
        });

        it('rephrases only the sentences of the strongest kind, at most three', () => {
            const result = classifyCoachingText(
                'Is legal done? Call the CFO. Book the demo. Send the deck. Chase the PO.'
            );
            expect(result.rephrasings).toEqual([
                "What's your plan for reaching the CFO, and what could get in the way?",
                'How would you approach reaching the CFO?',
                "What's your plan for booking the demo, and what could get in the way?"
            ]);
        });

        it.each(['What is the plan?', 'What if you called the CFO?', 'Great work on the demo.'])(
            'offers nothing for %p, which is neither directive nor closed',
            (text) => {
                expect(classifyCoachingText(text).rephrasings).toEqual([]);
            }
        );

        it('offers nothing for a closed question it cannot rephrase well', () => {
            expect(classifyCoachingText('Is it the CFO or the CIO who signs?').rephrasings).toEqual(
                []
            );
        });
    });

    describe('edge cases', () => {
        const empty = { kind: 'statement', sentences: [], rephrasings: [], english: true };

        it.each([
            ['empty text', ''],
            ['only whitespace', '  \n\t  '],
            ['only emoji', '🎉🙏👍'],
            ['only punctuation', '?!...']
        ])('reads %s as a statement with no sentences', (_name, text) => {
            expect(classifyCoachingText(text)).toEqual(empty);
        });

        it('treats a missing text as empty', () => {
            expect(classifyCoachingText(undefined as unknown as string)).toEqual(empty);
        });

        it('reads a text of the Question field length (2,000 characters)', () => {
            const praise = 'Great work on the discovery notes. '.repeat(56);
            const ask = 'Call the CFO.';
            const text = praise + ' '.repeat(2000 - praise.length - ask.length) + ask;
            expect(text.length).toBe(2000);
            const result = classifyCoachingText(text);
            expect(result.kind).toBe('directive');
            expect(result.sentences[result.sentences.length - 1]).toEqual({
                text: 'Call the CFO.',
                kind: 'directive',
                cues: ['call']
            });
        });

        it.each([
            ['one long word', 'a'.repeat(2000)],
            ['repeated why', 'why '.repeat(500)],
            ['repeated how come you', 'how come you '.repeat(154)],
            ['no spaces between cues', 'whyhaventyou'.repeat(166)],
            ['commas without clauses', 'if, '.repeat(500)],
            ['question marks', '?'.repeat(2000)],
            ['one sentence of many words', 'the customer still needs the proposal '.repeat(52)],
            ['nested-looking punctuation', '((("\'))) '.repeat(200)]
        ])('reads a pathological 2,000-character text (%s)', (_name, text) => {
            const result = classifyCoachingText(text.slice(0, 2000));
            expect(COACHING_KINDS).toContain(result.kind);
        });
    });
});
