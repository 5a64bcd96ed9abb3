/**
 * Coaching language: tells, as a manager types, whether a text reads as an open question, a
 * closed question, a suggestion, a directive or a statement, and offers question-form
 * rephrasings. Pure TypeScript: the panel, the local org and the scripts share it.
 */
import type { CoachingKind } from './kinds';
import { COACHING_KINDS, strongestKind } from './kinds';
import { readsAsEnglish } from './language';
import { directiveProbability, learnedDirective } from './learnedModel';
import { rephraseClause } from './rephrase';
import { GENERIC_DIRECTIVE_REPHRASING } from './rephrase';
import type { ClauseVerdict } from './rules';
import { classifySentence } from './rules';
import { settledElsewhere, statesAPurpose } from './settledElsewhere';
import type { SentenceSpan } from './text';
import { splitSentences } from './text';

export type { CoachingKind };
export { COACHING_KINDS };

/** One sentence of the text, its kind and the words that decided it. */
export interface CoachingSentence {
    text: string;
    kind: CoachingKind;
    cues: string[];
}

/** The reading of a whole text. */
export interface CoachingClassification {
    /** The strongest kind of any sentence (directive, suggestion, open, closed, statement). */
    kind: CoachingKind;
    sentences: CoachingSentence[];
    /** Question-form alternatives; at least one for a directive. */
    rephrasings: string[];
    /**
     * False for text in another language, which the rules cannot read: it gets no label (kind
     * statement, no sentences, no rephrasings) rather than a wrong one.
     */
    english: boolean;
}

/** Options for reading a text. */
export interface CoachingReadingOptions {
    /**
     * Whether the learned model may call a text the rules did not read as an order one (default
     * true); false gives the rules' reading alone, which the measurements compare against.
     */
    learned?: boolean;
}

/** The cue of a sentence the learned model, not a rule, read as an order. */
export const LEARNED_CUE = 'reads as an order';

/** Enough choice to help, few enough to read while typing. */
const MAX_REPHRASINGS = 3;

const PICKLIST_VALUES: Readonly<Record<CoachingKind, string>> = Object.freeze({
    'open-question': 'Open question',
    'closed-question': 'Closed question',
    suggestion: 'Suggestion',
    directive: 'Directive',
    statement: 'Statement'
});

/**
 * The Coaching_Question__c.Kind__c picklist value for a kind.
 * @param kind a coaching kind
 * @returns the picklist value, e.g. 'Open question'
 */
export function kindToPicklistValue(kind: CoachingKind): string {
    return PICKLIST_VALUES[kind];
}

/**
 * The kind stored in a Kind__c picklist value.
 * @param value a picklist value such as 'Directive'
 * @returns the kind, or undefined for a value that is not one of the five
 */
export function picklistValueToKind(value: string | null | undefined): CoachingKind | undefined {
    return COACHING_KINDS.find((kind) => PICKLIST_VALUES[kind] === value);
}

function rephrasingsFor(kind: CoachingKind, clauses: readonly ClauseVerdict[]): string[] {
    if (kind !== 'directive' && kind !== 'closed-question') return [];
    const found: string[] = [];
    for (const clause of clauses) {
        // Three are enough to choose from: the clauses after them are not rephrased at all
        if (found.length >= MAX_REPHRASINGS) break;
        if (clause.kind !== kind) continue;
        for (const question of rephraseClause(clause)) {
            if (!found.includes(question)) found.push(question);
        }
    }
    if (kind === 'directive' && found.length === 0) found.push(GENERIC_DIRECTIVE_REPHRASING);
    return found.slice(0, MAX_REPHRASINGS);
}

/**
 * Marks the sentence the model finds likeliest to be the order, among those that could be one,
 * for a text it read as one.
 */
function markLikeliestOrder(
    sentences: CoachingSentence[],
    spans: readonly SentenceSpan[],
    open: readonly number[]
): void {
    let best = open[0];
    let bestProbability = -1;
    if (open.length > 1) {
        for (const index of open) {
            const probability = directiveProbability([spans[index]]);
            if (probability > bestProbability) {
                bestProbability = probability;
                best = index;
            }
        }
    }
    sentences[best] = { ...sentences[best], kind: 'directive', cues: [LEARNED_CUE] };
}

/**
 * Classifies a manager's text. Each sentence gets a kind; the text takes the strongest
 * (directive, then suggestion, open question, closed question, statement). Empty text, or text
 * with no words (only emoji or punctuation), is a statement with no sentences; so is text in
 * another language, marked not English.
 * A text the rules do not read as a directive is one when the learned model is sure enough, unless
 * every sentence settles work on someone else (the manager, the customer); its likeliest sentence
 * then carries the order, and the rephrasing is a general open question,
 * since no rule has read the clause's shape.
 * @param text what the manager typed, up to the Question field's 2,000 characters or more
 * @param options whether the learned model may add its reading
 * @returns the kind of the text, its sentences with their cues, and question-form rephrasings
 */
export function classifyCoachingText(
    text: string,
    options: CoachingReadingOptions = {}
): CoachingClassification {
    if (!readsAsEnglish(text ?? '')) {
        return { kind: 'statement', sentences: [], rephrasings: [], english: false };
    }
    const sentences: CoachingSentence[] = [];
    const clauses: ClauseVerdict[] = [];
    const spans = splitSentences(text ?? '');
    for (const span of spans) {
        const verdict = classifySentence(span.plain, span.question);
        sentences.push({ text: span.text, kind: verdict.kind, cues: verdict.cues });
        clauses.push(...verdict.clauses);
    }
    let kind = strongestKind(sentences.map((sentence) => sentence.kind));
    // The manager's own work, work given to others and a stated purpose are not orders to the
    // seller, whatever their verbs: the model reads only text with a sentence that could be one
    if (kind !== 'directive' && options.learned !== false) {
        const couldBeAnOrder = (span: SentenceSpan): boolean =>
            !settledElsewhere(span.plain) && !statesAPurpose(span.plain);
        const open = spans.flatMap((span, index) => (couldBeAnOrder(span) ? [index] : []));
        if (open.length > 0 && learnedDirective(spans)) {
            markLikeliestOrder(sentences, spans, open);
            kind = 'directive';
        }
    }
    return { kind, sentences, rephrasings: rephrasingsFor(kind, clauses), english: true };
}
