/**
 * A small English verb lexicon for the coaching-language rules: which words a manager uses as
 * orders ("call", "send", "loop in"), and how to inflect them for rephrasings
 * ("booked" -> "booking"). A closed list keeps the rules predictable: a word we do not know is
 * never turned into a verb form we would have to guess.
 */
import { NOUN_LIKE_VERBS, OBJECT_STARTS } from './ruleWords';
import { wordList, wordSet } from './wordList';

/** Verbs a manager uses to tell a seller to act on a deal (imperatives and requests). */
const ACTION_VERB_LIST = wordList(`
    add adjust advance aim align apologise apologize approach avoid arrange ask attach book brief bring build bundle call cancel carve
    capture cc chase check jump resubmit circle circulate clarify clean close collect cover demo handle host join
    manage own tackle attend confirm connect contact copy counter cut de-risk delay deliver dig
    discount document do double-check draft drive drop email e-mail engage ensure enter escalate
    establish extend figure fill find finish finalize finalise fix flag focus follow forward frame get
    give go grab hand highlight hold identify include introduce invite involve keep land lead lean
    leverage line lock log look loop lower make map meet mention message move multi-thread
    multithread nail negotiate nudge offer organize organise pin ping pitch plan position postpone
    prep prepare present press prioritize prioritise probe propose pull push put qualify quit quote
    raise reach re-engage rebuild reconnect redo reduce reframe rehearse remind remove renegotiate reply reset
    request reschedule resend respond reuse revert return review revisit rework ring run schedule secure
    sell send set share ship show sign sit skip sort speak split start stay stick stop submit
    summarize summarise sync take talk tell test text thank tighten touch track try update upload
    use validate verify wait walk warn work write
`);

/** Further verbs that appear in deal questions ("Did the CFO join?") but are not orders. */
const OTHER_VERB_LIST = wordList(`
    accept agree allow approve arrive be become begin believe buy care catch change choose churn come
    commit decide expand expect feel happen have hear help hit hope know leave let like lose love
    matter mean miss need pass pay pick prefer react read receive renew reply respond say see
    seem slip sound spend stand stall think understand want win
`);

/** Irregular verbs as "base past participle", comma-separated. */
const IRREGULAR_VERBS: readonly (readonly string[])[] = `
    be was been, begin began begun, bring brought brought, build built built, buy bought bought,
    catch caught caught, teach taught taught, fight fought fought, seek sought sought,
    choose chose chosen, come came come, cut cut cut, dig dug dug, do did done,
    drive drove driven, feel felt felt, find found found, get got got, give gave given,
    go went gone, have had had, hear heard heard, hit hit hit, hold held held, keep kept kept,
    know knew known, lead led led, leave left left, lose lost lost, make made made,
    mean meant meant, meet met met, pay paid paid, put put put, read read read,
    redo redid redone, resend resent resent, ring rang rung, run ran run, say said said,
    see saw seen, sell sold sold, send sent sent, set set set, show showed shown, sit sat sat,
    speak spoke spoken, spend spent spent, split split split, stand stood stood,
    stick stuck stuck, take took taken, tell told told, think thought thought,
    understand understood understood, win won won, write wrote written
`
    .split(',')
    .map(wordList);

/** Two-syllable verbs stressed on the last syllable double their final consonant. */
const DOUBLING_VERBS = wordSet(`
    admit begin commit control forget occur omit permit prefer quit refer regret submit transfer
    upset equip rerun reset format
    resubmit
`);

const IRREGULAR_BY_BASE = new Map(IRREGULAR_VERBS.map((forms) => [forms[0], forms]));

export const ACTION_VERBS: ReadonlySet<string> = new Set(ACTION_VERB_LIST);
const ALL_VERBS: ReadonlySet<string> = new Set([...ACTION_VERB_LIST, ...OTHER_VERB_LIST]);

function countSyllables(word: string): number {
    const groups = word.match(/[aeiouy]+/g);
    return groups ? groups.length : 0;
}

/** Hyphenated verbs ("de-risk") inflect on their last part. */
function splitHyphen(base: string): [string, string] {
    const at = base.lastIndexOf('-');
    return at < 0 ? ['', base] : [base.slice(0, at + 1), base.slice(at + 1)];
}

function doublesFinalConsonant(word: string): boolean {
    if (DOUBLING_VERBS.has(word)) return true;
    return /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/.test(word) && countSyllables(word) === 1;
}

/**
 * The -ing form of a base verb: book -> booking, make -> making, get -> getting.
 * @param base a verb in its base form, lower case
 * @returns the gerund
 */
export function gerund(base: string): string {
    const [prefix, word] = splitHyphen(base);
    let form: string;
    if (word === 'be' || word === 'see' || /(?:ee|oe|ye)$/.test(word)) form = word + 'ing';
    else if (word.endsWith('ie')) form = word.slice(0, -2) + 'ying';
    else if (word.endsWith('e') && word.length > 2) form = word.slice(0, -1) + 'ing';
    else if (doublesFinalConsonant(word)) form = word + word.slice(-1) + 'ing';
    else form = word + 'ing';
    return prefix + form;
}

function regularPast(word: string): string {
    if (word.endsWith('e')) return word + 'd';
    if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ied';
    if (doublesFinalConsonant(word)) return word + word.slice(-1) + 'ed';
    return word + 'ed';
}

/**
 * The simple past: call -> called, send -> sent.
 * @param base a verb in its base form, lower case
 * @returns the past tense
 */
export function pastTense(base: string): string {
    const [prefix, word] = splitHyphen(base);
    const irregular = IRREGULAR_BY_BASE.get(word);
    return prefix + (irregular ? irregular[1] : regularPast(word));
}

/**
 * The past participle: call -> called, send -> sent, take -> taken.
 * @param base a verb in its base form, lower case
 * @returns the past participle
 */
export function pastParticiple(base: string): string {
    const [prefix, word] = splitHyphen(base);
    const irregular = IRREGULAR_BY_BASE.get(word);
    return prefix + (irregular ? irregular[2] : regularPast(word));
}

/**
 * The third person singular present: know -> knows, push -> pushes, have -> has.
 * @param base a verb in its base form, lower case
 * @returns the -s form
 */
export function thirdPerson(base: string): string {
    if (base === 'be') return 'is';
    if (base === 'have') return 'has';
    if (/(?:s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
    if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
    return base + 's';
}

/** Every inflected form we can produce, mapped back to its base, built once at module load. */
const BASE_BY_FORM: ReadonlyMap<string, string> = (() => {
    const map = new Map<string, string>();
    for (const base of ALL_VERBS) {
        for (const form of [
            gerund(base),
            pastTense(base),
            pastParticiple(base),
            thirdPerson(base)
        ]) {
            if (!map.has(form)) map.set(form, base);
        }
    }
    map.set('gotten', 'get');
    return map;
})();

/**
 * The base form of a verb we know, from any of its forms: "booked" -> "book", "sent" -> "send".
 * @param word a lower-case word
 * @returns the base form, or undefined when the word is not a known verb form
 */
export function baseForm(word: string): string | undefined {
    if (ALL_VERBS.has(word)) return word;
    return BASE_BY_FORM.get(word);
}

/**
 * Whether a word is a past tense or past participle of a verb we know ("booked", "sent").
 * @param word a lower-case word
 * @returns true for a known past form
 */
export function isPastForm(word: string): boolean {
    const base = BASE_BY_FORM.get(word);
    return base !== undefined && (pastTense(base) === word || pastParticiple(base) === word);
}

/**
 * Whether a word is the base form of a verb we know.
 * @param word a lower-case word
 * @returns true for a known base verb
 */
export function isBaseVerb(word: string): boolean {
    return ALL_VERBS.has(word);
}

/**
 * Turns a verb phrase that starts with a base verb into its -ing form, keeping the rest as typed.
 * A verb right after "and" takes -ing too: "go back and ask" -> "going back and asking".
 * @param phrase a verb phrase starting with a base-form verb
 * @returns the gerund phrase, or undefined when the first word is not a known verb
 */
export function gerundPhrase(phrase: string): string | undefined {
    const list = phrase.split(' ').filter((word) => word.length > 0);
    const first = list[0]?.toLowerCase();
    if (!first || !ALL_VERBS.has(first)) return undefined;
    // "be talking to procurement" is already continuous: "talking to procurement"
    if (first === 'be' && list.length > 1 && /ing$/i.test(list[1])) return list.slice(1).join(' ');
    // "keep selling to the champion" -> "selling to the champion", not "keeping selling"
    if (
        first === 'keep' &&
        list.length > 1 &&
        // "keep slipping" too, though "slip" is not a verb we list
        (/[a-z]{3}ing$/i.test(list[1]) || isBaseVerb(list[1].toLowerCase().replace(/ing$/, '')))
    )
        return list.slice(1).join(' ');
    return list
        .map((word, index) => {
            const lower = word.toLowerCase();
            const afterAnd = index > 0 && /^(?:and|or)$/i.test(list[index - 1]);
            // "get their name and email": a deal noun with no object after it stays a noun
            const noun =
                NOUN_LIKE_VERBS.has(lower) &&
                !OBJECT_STARTS.has(list[index + 1]?.toLowerCase() ?? '') &&
                !/^(?:to|up|back|in|out|with|over|through)$/i.test(list[index + 1] ?? '');
            // "…and post it in the channel": an order's verb we do not list, known by its object
            const unlistedVerb =
                afterAnd &&
                !ALL_VERBS.has(lower) &&
                /^(?:it|them|me|us|him|her|this|that)$/i.test(list[index + 1] ?? '') &&
                /^[a-z]{3,}$/.test(lower) &&
                !/(?:ing|ed|s)$/.test(lower);
            return index === 0 || (afterAnd && ALL_VERBS.has(lower) && !noun) || unlistedVerb
                ? gerund(lower)
                : word;
        })
        .join(' ');
}
