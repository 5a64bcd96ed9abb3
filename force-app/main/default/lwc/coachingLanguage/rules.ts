/**
 * The coaching-language reader: a clause is read in one of three frames, by how it begins:
 * a wh-question ("What…", "Why…"), an auxiliary question ("Is…", "Could you…") or anything
 * else (statements and imperatives), and the frame's table (ruleTables) decides its kind.
 * A sentence takes the strongest kind among its clauses.
 */
import type { CoachingKind } from './kinds';
import { strongestKind } from './kinds';
import type { Rule, RuleId } from './ruleTables';
import { DECLARATIVE_RULES } from './declarativeRules';
import { AUXILIARY_RULES, BLAME_RULES, SOFT_ORDER_RULES, WH_RULES } from './ruleTables';
import type { RuleContext } from './ruleGuards';
import { hasOrderShape, isActionVerb, tokenize } from './ruleGuards';
import { AUXILIARIES, DETERMINERS, IMPERATIVE_AUXILIARIES, SUBJECT_PRONOUNS } from './ruleWords';
import type { Clause } from './text';
import { splitClauses } from './text';
import { assignedToOthers } from './settledElsewhere';
import { isBaseVerb, isPastForm } from './verbs';
import { wordSet } from './wordList';

export type { RuleId };
export { opensWithOrder } from './ruleGuards';

/** How one clause was read. */
export interface ClauseVerdict {
    readonly kind: CoachingKind;
    readonly rule: RuleId;
    /** The words that decided it, lower case; empty when nothing did (a plain statement). */
    readonly cue: string;
    /** Where the cue starts and ends in clause.core. */
    readonly cueStart: number;
    readonly cueEnd: number;
    readonly clause: Clause;
}

/** How one sentence was read: its kind, the cues of that kind and the clauses behind it. */
export interface SentenceVerdict {
    readonly kind: CoachingKind;
    readonly cues: string[];
    readonly clauses: ClauseVerdict[];
}

// ---------------------------------------------------------------------------------------------
// Frames

const WH_START = /^(?:what|how|who|whom|whose|which|where|whereabouts|when|why)(?:'s|'re|'ll|'d)?$/;

/** Prepositions that can open a wh-question: "Until when…?", "By when…?", "In which quarter…?". */
const WH_PREPOSITIONS = wordSet(`
    until till since by from for in to with at on of about
`);
const HOW_DEGREE = wordSet(`
    many much long soon far often likely confident sure close big well else come about realistic
    important strong serious firm
`);

/**
 * Whether a wh-word (or a preposition and a wh-word, with a question mark) opens a question,
 * not a clause such as "When the CFO signs, we're done".
 */
function isWhQuestion(tokens: readonly string[], question: boolean): boolean {
    const [first, second, third] = tokens;
    if (question && WH_PREPOSITIONS.has(first) && WH_START.test(second ?? '')) return true;
    if (!WH_START.test(first)) return false;
    if (question || first.includes("'")) return true;
    if (first === 'who' || first === 'whose' || first === 'whom') return true;
    // "…, which is more than most manage": a relative clause, not a question
    if (first === 'which')
        return !/^(?:is|was|are|were|means|meant|makes|made|has|could|would|might|may|will)$/.test(
            second ?? ''
        );
    if (second === undefined) return false;
    // "what time's the demo": a noun with a contracted "is", not "what it's worth"
    if (first === 'what' && /^[a-z]+'s$/.test(second)) {
        const noun = second.slice(0, -2);
        return !SUBJECT_PRONOUNS.has(noun) && !/^(?:that|here|this|who|what)$/.test(noun);
    }
    if (AUXILIARIES.has(second) || second === 'if' || second === 'about' || second === 'not')
        return true;
    // "what worries you most": the wh-word is the subject of a verb about the seller
    if (first === 'what' && /^[a-z]+s$/.test(second) && /^(?:you|me|us)$/.test(third ?? ''))
        return true;
    // "what happened in the legal call": what the seller saw
    if (first === 'what' && /^(?:happened|went|came)$/.test(second ?? '')) return true;
    // "what objections came up in the demo": a noun and its past verb
    if (
        first === 'what' &&
        /^(?:came|happened|went|changed|worked|landed|stood|surfaced)$/.test(third ?? '')
    )
        return true;
    // "what made you pick the plant": what led the seller to a choice
    if (
        first === 'what' &&
        /^(?:made|got|led|drove|prompted|convinced)$/.test(second) &&
        third === 'you'
    )
        return true;
    if (first === 'how' && HOW_DEGREE.has(second)) return true;
    return (
        first === 'what' &&
        third !== undefined &&
        AUXILIARIES.has(third) &&
        !DETERMINERS.has(second)
    );
}

/** Words right after a clause-initial auxiliary that show its subject was dropped. */
const PREDICATE_AFTER_AUXILIARY = wordSet(`
    better best worth possible important critical essential key vital fine ok okay good great done
    likely unlikely compulsory necessary mandatory required obligatory
`);

/** Whether the word after an auxiliary is a predicate or a verb, not a subject ("Can help…"). */
function dropsItsSubject(second: string | undefined, third?: string): boolean {
    if (second === undefined) return false;
    // "could maybe open with risk": a hedge, then the verb
    if (/^(?:maybe|perhaps|always|also|just)$/.test(second)) {
        return third !== undefined && !DETERMINERS.has(third) && !SUBJECT_PRONOUNS.has(third);
    }
    if (PREDICATE_AFTER_AUXILIARY.has(second)) return true;
    return second !== 'be' && second !== 'have' && isBaseVerb(second);
}

function isAuxiliaryQuestion(tokens: readonly string[], question: boolean): boolean {
    const [first, second, third] = tokens;
    if (!AUXILIARIES.has(first)) return false;
    // "Can help with the email if you want", "is better you call", "hadn't thought of that",
    // "could have gone either way": a statement that drops its subject, unless a question mark
    // says otherwise
    if (!question && dropsItsSubject(second, third)) return false;
    // "could be they're waiting for the board", "might be a promotion": a guess, its "it" dropped
    if (
        !question &&
        /^(?:could|might|may)$/.test(first) &&
        second === 'be' &&
        /^(?:that|they|they're|he|she|it|it's|we|the|a|an|because|due)$/.test(third ?? '')
    )
        return false;
    const participle = (word = ''): boolean => isPastForm(word) || /[a-z]{2}ed$/.test(word);
    if (!question && (participle(second) || (second === 'have' && participle(third)))) return false;
    // "can't argue with that": agreement, not a question
    if (
        !question &&
        /^(?:can't|cannot)$/.test(first) &&
        /^(?:argue|complain|fault|disagree)$/.test(second ?? '')
    )
        return false;
    // "didn't realise the partner had the relationship": an acknowledgement, its "I" dropped
    if (
        !question &&
        /^(?:didn't|hadn't|haven't|don't)$/.test(first) &&
        /^(?:realise|realize|know|think|see|notice|expect|mean|consider)$/.test(second ?? '')
    )
        return false;
    // "Had a good chat with their COO": a report with its "I" dropped
    if (!question && first === 'had' && /^(?:a|an|the|some|no)$/.test(second ?? '')) return false;
    // "…but is worried about implementation": the subject is in the clause before
    if (!question && /^(?:is|are|was|were)$/.test(first) && /[a-z]ed$/.test(second ?? ''))
        return false;
    if (!IMPERATIVE_AUXILIARIES.has(first)) return true;
    // "Do it now", "Have it ready": an imperative unless a subject follows ("Do you…", "Have they…")
    if (second === 'it') return false;
    return question || (second !== undefined && SUBJECT_PRONOUNS.has(second));
}

function firstMatch(
    rules: readonly Rule[],
    context: RuleContext
): { rule: Rule; match: RegExpExecArray } | undefined {
    for (const rule of rules) {
        const match = rule.pattern.exec(context.core);
        if (match && (!rule.accept || rule.accept(match, context))) return { rule, match };
    }
    return undefined;
}

/**
 * Reads one clause.
 * @param clause a clause from splitClauses
 * @returns its kind, the deciding rule and cue
 */
export function classifyClause(clause: Clause): ClauseVerdict {
    const core = clause.core.toLowerCase();
    const tokens = tokenize(core);
    const context: RuleContext = {
        core,
        lead: clause.lead.toLowerCase(),
        tokens,
        question: clause.question,
        // "MAP" in capitals is the mutual action plan, the one deal acronym that is also a verb
        acronymFirst: /^MAPs?\b/.test(clause.core)
    };
    const verdict = (
        kind: CoachingKind,
        rule: RuleId,
        cueStart = 0,
        cueEnd = 0
    ): ClauseVerdict => ({
        kind,
        rule,
        cue: core.slice(cueStart, cueEnd).trim(),
        cueStart,
        cueEnd,
        clause
    });
    if (tokens.length === 0) return verdict('statement', 'statement');

    let table: readonly Rule[] = DECLARATIVE_RULES;
    if (isWhQuestion(tokens, clause.question)) table = WH_RULES;
    else if (isAuxiliaryQuestion(tokens, clause.question)) table = AUXILIARY_RULES;

    const found =
        firstMatch(BLAME_RULES, context) ??
        firstMatch(SOFT_ORDER_RULES, context) ??
        firstMatch(table, context);
    if (found) {
        const { rule, match } = found;
        return verdict(rule.kind, rule.id, match.index, match.index + match[0].length);
    }
    const order = orderAfterComma(clause);
    if (order) return order;
    if (table === AUXILIARY_RULES)
        return verdict('closed-question', 'closed-auxiliary', 0, tokens[0].length);
    if (clause.question) return verdict('closed-question', 'closed-question-mark');
    return verdict('statement', 'statement');
}

/**
 * An order spliced on after a comma, in a clause nothing else decided: "close date is
 * tomorrow, get the signature", "Whatever you do, don't send the quote". Only a clear order
 * counts (a verb and its object, or "don't"/"never" and a verb), so lists of nouns stay
 * statements.
 */
function orderAfterComma(clause: Clause): ClauseVerdict | undefined {
    const pieces = clause.core.split(/,\s+/);
    for (let index = 1; index < pieces.length; index++) {
        // "love the MAP, just add dates to every step": the order after its filler
        const piece = pieces.slice(index).join(', ');
        const core = piece.replace(/^(?:(?:just|now|then|also|so|and|but)\s+)+/i, '');
        const tokens = tokenize(core.toLowerCase());
        const negative = /^(?:don't|do not|never)$/.test(tokens[0] ?? '');
        const shaped = negative
            ? hasOrderShape(tokens.slice(1))
            : hasOrderShape(tokens) ||
              (core !== piece && isActionVerb(tokens[0])) ||
              // "…, have ur commit numbers ready", "…, be on the call"
              /^(?:have|be) (?:the|your|our|all|on|at|in|ready)\b/.test(core.toLowerCase());
        if (!shaped) continue;
        const verdict = classifyClause({ lead: '', core, question: clause.question });
        if (verdict.kind === 'directive') return verdict;
    }
    return undefined;
}

/**
 * What the seller will do, told and then tagged for agreement across a clause: "so when the CIO
 * asks about uptime you lead with the SLA credits, ok?"
 */
const TAGGED_ORDER =
    /\byou (?:lead|go|take|send|call|present|start|open|handle|own|do|bring|walk)\b[^?]*,\s*(?:ok|okay)\??$/i;

/** A sentence that opens by naming an idea ("One idea:", "A thought —") offers it, whatever follows. */
const IDEA_MARKER =
    /^(?:optional\s*[:,-]|(?:(?:just|quick|small|one|an?|another|my|here's|one more|random|wild|crazy|half-baked|tiny|little|optional) ){1,2}(?:an? |one )?(?:idea|thought|option|suggestion|extra)\b|(?:(?:rough|quick|small|random|wild|another|one more|different) )?(?:idea|thought|suggestion|option|angle)\b[^:.?!]{0,40}:|something to (?:consider|think about|chew on|ponder|mull over)\b|(?:just )?spitballing\b|(?:one )?thing (?:you|u) (?:might|could|may) (?:try|consider|do)\b|(?:just )?throwing (?:it|this) out there\b|option [a-z] (?:could|might|would) be\b|what do you think\s*[,:-]\s*(?=[a-z]+ (?:the|w|with|in|a|an)\b)|(?:any )?thoughts on (?:trying|running|doing|using|adding|offering|bringing|moving|switching|going|leading|opening|starting|holding|pushing|bundling|splitting|asking|sending|inviting)\b|food for thought\b|thinking out loud\b|feel free to (?:ignore|disregard|bin)(?: this| me| it)?\b|(?:idea|thought|suggestion)\s*[:,-])/i;

/**
 * An idea left to the seller at the end: "…, if you want to try it", "could be a back door if you
 * want it" (not an offer, "I can help with the deck if you want").
 */
const IF_YOU_WANT_TAIL =
    /,\s*if you (?:want|fancy|like|feel like)(?: to)?(?: try)?(?: it| that| this| them)?[\s.!]*$|(?:^|,\s*)(?!i\b|can help\b)[^,]*\b(?:could|might|may)\b[^,]*\sif you (?:want|fancy|like)(?: it| that| this| them)?[\s.!]*$/i;

/** A sentence that closes by calling itself an idea ("…, just a thought") offers it too. */
const IDEA_TAIL =
    /(?:^|[\s,;-])(?:just|only) (?:an? )?(?:idea|thought|suggestion)[\s.!]*$|,\s*something to (?:think about|consider|chew on|ponder)[\s.!]*$|(?:^|[\s,;-])(?:totally |completely |entirely )?(?:optional|your call|up to you)[\s.!?]*$|(?:^|[\s,;-])food for thought[\s.!]*$|,\s*if you think (?:(?:it's|it is|it'd be|it would be) (?:useful|helpful|worth it)|(?:it|that) (?:fits|helps|works|makes sense))[\s.!]*$/i;

/**
 * A sentence read as one clause, its kind decided by a cue anywhere in it.
 * @param kind the kind the cue decides
 * @param rule the rule that found the cue
 * @param plain the sentence
 * @param question whether it ends with a question mark
 * @param cue the cue as it stands in the sentence
 * @param cueStart where the cue starts
 * @returns the sentence's verdict, with its one clause
 */
function wholeSentence(
    kind: CoachingKind,
    rule: RuleId,
    plain: string,
    question: boolean,
    cue: string,
    cueStart: number
): SentenceVerdict {
    const lowerCue = cue.toLowerCase();
    const clause: Clause = { lead: '', core: plain, question };
    return {
        kind,
        cues: [lowerCue],
        clauses: [{ kind, rule, cue: lowerCue, cueStart, cueEnd: cueStart + cue.length, clause }]
    };
}

/**
 * Reads one sentence: splits it into clauses and takes the strongest kind among them.
 * @param plain the sentence cleaned by normalizeText
 * @param question whether the sentence ends with a question mark
 * @returns the sentence's kind, cues and clause verdicts
 */
export function classifySentence(plain: string, question: boolean): SentenceVerdict {
    if (assignedToOthers(plain)) return { kind: 'statement', cues: [], clauses: [] };
    const tagged = TAGGED_ORDER.exec(plain);
    if (tagged) {
        return wholeSentence('directive', 'blame-yes-no', plain, question, tagged[0], tagged.index);
    }
    const marker =
        IDEA_MARKER.exec(plain) ??
        IDEA_TAIL.exec(plain) ??
        (plain.includes('if you') ? IF_YOU_WANT_TAIL.exec(plain) : null);
    if (marker) {
        const cue = marker[0].replace(/^[\s,;-]+|[\s.!:,-]+$/g, '');
        const cueStart = plain.toLowerCase().indexOf(cue.toLowerCase(), marker.index);
        return wholeSentence('suggestion', 'idea-marker', plain, question, cue, cueStart);
    }
    const clauses = splitClauses(plain, question).map(classifyClause);
    if (clauses.length === 0) return { kind: 'statement', cues: [], clauses: [] };
    const kind = strongestKind(clauses.map((clause) => clause.kind));
    const cues: string[] = [];
    for (const clause of clauses) {
        if (clause.kind === kind && clause.cue && !cues.includes(clause.cue)) cues.push(clause.cue);
    }
    return { kind, cues, clauses };
}
