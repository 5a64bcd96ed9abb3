/**
 * Question-form rephrasings. A directive becomes a question about the seller's own plan and view
 * ("Call the CFO" -> "What's your plan for reaching the CFO, and what could get in the way?"),
 * never the manager's order wrapped in a question; closed questions get an open form ("Is the
 * budget approved?" -> "Where does the budget approval stand?"). A template is only used when
 * the words it needs are found (a known verb, a clear subject); otherwise it offers nothing and
 * the caller falls back to a general open question, rather than a broken sentence.
 */
import { grammarProblems } from './rephraseChecks';
import { rephraseClosed } from './rephraseClosed';
import { rephraseDirective } from './rephraseDirective';
import type { ClauseVerdict } from './rules';
import { ACTION_VERBS } from './verbs';
import { wordSet } from './wordList';

/** Offered for a directive when no template fits. */
export const GENERIC_DIRECTIVE_REPHRASING = "What's your plan here, and where could I help?";

/** Leads that set a condition worth keeping ("If legal is slow,"), not politeness or "if I were you". */
const KEPT_LEAD =
    /^(?:if|when|once|before|after|unless|until|by|given|since|as soon as|otherwise|failing that)\b/i;
const DROPPED_LEAD =
    /^(?:if\b[^,]*\b(?:it's|it is|that's|that is)\b|if (?:i|it) (?:were|was)|when you (?:get|have) a (?:chance|minute|moment|sec)|if you (?:can|could|get a chance)|if possible)\b/i;

function withLead(lead: string, question: string): string {
    if (!lead || !KEPT_LEAD.test(lead) || DROPPED_LEAD.test(lead)) return question;
    const opening = lead.charAt(0).toUpperCase() + lead.slice(1).replace(/,?$/, ',');
    return `${opening} ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
}

/** Everyday short words that are never acronyms, even in capitals. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
    ...ACTION_VERBS,
    ...wordSet(`
        the a an and or but to of in on at for by is are was be do did has had you your we our
        i me my it its this that why how who what when not no now yet all any get got can will
        just pls asap today this week them they him her his she he out up off back us
    `)
]);

/** Short words in capitals that stay so when shouting is lowered: "CFO", "SE", "SOW". */
const ACRONYM = /^[A-Z]{2,3}s?$/;

/** Lowers shouted words but keeps acronyms ("CALL THE CFO" -> "call the CFO"). */
function calmWords(text: string): string {
    return text.replace(/[A-Za-z']+/g, (word) => {
        const acronym = ACRONYM.test(word) && !COMMON_WORDS.has(word.toLowerCase());
        return acronym ? word : word.toLowerCase();
    });
}

/** Text typed in capitals reads as shouting in a rephrasing: lower it. */
function calmCase(verdict: ClauseVerdict): ClauseVerdict {
    const { core, lead } = verdict.clause;
    // Mostly, not only, capitals: restoring "havent" adds a lower-case "n't" to "HAVENT"
    const upper = (core + lead).replace(/[^A-Z]/g, '').length;
    const lower = (core + lead).replace(/[^a-z]/g, '').length;
    if (upper < 2 || lower * 5 > upper) return verdict;
    return {
        ...verdict,
        clause: { ...verdict.clause, core: calmWords(core), lead: calmWords(lead) }
    };
}

/**
 * Question-form alternatives for one clause, as the templates fill them: for a directive, questions
 * that leave the decision with the seller; for a closed question, an open one. Nothing for other
 * kinds, and nothing when no template fits the clause's words.
 * @param verdict a clause verdict from the rules
 * @returns zero or more rephrasings, each a full question
 */
export function rephraseCandidates(verdict: ClauseVerdict): string[] {
    const calm = calmCase(verdict);
    let found: string[] = [];
    if (calm.kind === 'directive') found = rephraseDirective(calm);
    else if (calm.kind === 'closed-question') found = rephraseClosed(calm.clause.core);
    return found.map((question) => withLead(calm.clause.lead, question));
}

/**
 * Rephrasings already worked out, by clause: the same clause is rephrased again on every keystroke
 * while the rest of the note is typed. Cleared when full, so it stays a few hundred short entries.
 */
const rephrased = new Map<string, readonly string[]>();
const REPHRASED_LIMIT = 500;

/**
 * The rephrasings offered for one clause: the templates' questions that pass every grammar check.
 * A template that breaks English on a clause it has not met offers nothing there, and the caller
 * falls back to a general open question.
 * @param verdict a clause verdict from the rules
 * @returns zero or more rephrasings, each a full question
 */
export function rephraseClause(verdict: ClauseVerdict): string[] {
    const { kind, rule, cueStart, cueEnd, clause } = verdict;
    const key = `${kind}|${rule}|${cueStart}|${cueEnd}|${clause.lead}|${clause.core}`;
    let questions = rephrased.get(key);
    if (questions === undefined) {
        questions = rephraseCandidates(verdict).filter(
            (question) => grammarProblems(question).length === 0
        );
        if (rephrased.size >= REPHRASED_LIMIT) rephrased.clear();
        rephrased.set(key, questions);
    }
    return [...questions];
}
