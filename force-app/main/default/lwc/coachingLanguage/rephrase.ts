/**
 * Question-form rephrasings. Each shape of directive has a template that hands the decision
 * back to the seller ("Call the CFO" -> "What would it take to reach the CFO?"), and closed
 * questions get an open form ("Is the budget approved?" -> "Where does the budget approval
 * stand?"). A template is only used when the words it needs are found (a known verb, a clear
 * subject); otherwise it offers nothing rather than a broken sentence.
 */
import { rephraseClosed } from './rephraseClosed';
import { rephraseDirective } from './rephraseDirective';
import type { ClauseVerdict } from './rules';

/** Offered for a directive when no template fits. */
export const GENERIC_DIRECTIVE_REPHRASING = "What's your plan here, and where could I help?";

/** Leads that set a condition worth keeping ("If legal is slow,"), not politeness or "if I were you". */
const KEPT_LEAD =
    /^(?:if|when|once|before|after|unless|until|by|given|since|as soon as|otherwise|failing that)\b/i;
const DROPPED_LEAD =
    /^(?:if (?:i|it) (?:were|was)|when you (?:get|have) a (?:chance|minute|moment|sec)|if you (?:can|could|get a chance)|if possible)\b/i;

function withLead(lead: string, question: string): string {
    if (!lead || !KEPT_LEAD.test(lead) || DROPPED_LEAD.test(lead)) return question;
    const opening = lead.charAt(0).toUpperCase() + lead.slice(1).replace(/,?$/, ',');
    return `${opening} ${question.charAt(0).toLowerCase()}${question.slice(1)}`;
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
        clause: { ...verdict.clause, core: core.toLowerCase(), lead: lead.toLowerCase() }
    };
}

/**
 * Question-form alternatives for one clause: for a directive, questions that leave the decision
 * with the seller; for a closed question, an open one. Nothing for other kinds, and nothing when
 * no template fits the clause's words.
 * @param verdict a clause verdict from the rules
 * @returns zero or more rephrasings, each a full question
 */
export function rephraseClause(verdict: ClauseVerdict): string[] {
    const calm = calmCase(verdict);
    let found: string[] = [];
    if (calm.kind === 'directive') found = rephraseDirective(calm);
    else if (calm.kind === 'closed-question') found = rephraseClosed(calm.clause.core);
    return found.map((question) => withLead(calm.clause.lead, question));
}
