/** The five kinds of coaching language, shared by the rules and the public entry. */

export type CoachingKind =
    'open-question' | 'closed-question' | 'suggestion' | 'directive' | 'statement';

/** The kinds from strongest to weakest: a text takes the strongest kind any sentence has. */
export const COACHING_KINDS: readonly CoachingKind[] = Object.freeze([
    'directive',
    'suggestion',
    'open-question',
    'closed-question',
    'statement'
] as const);

/**
 * The strongest of some kinds; statement when there are none.
 * @param kinds kinds found in clauses or sentences
 * @returns the strongest kind
 */
export function strongestKind(kinds: Iterable<CoachingKind>): CoachingKind {
    let best = COACHING_KINDS.length - 1;
    for (const kind of kinds) best = Math.min(best, COACHING_KINDS.indexOf(kind));
    return COACHING_KINDS[best];
}
