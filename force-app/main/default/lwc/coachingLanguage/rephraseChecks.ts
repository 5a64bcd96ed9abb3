/**
 * The ways a filled rephrasing template breaks English, as named checks. A rephrasing that fails
 * any of them is never offered: the panel falls back to a general open question rather than show a
 * manager a broken sentence. The tests read every rephrasing of every labelled set through the same
 * checks before this filter, so a template that starts breaking English is caught there too.
 */

/** Frames whose text after them must read as a noun or gerund phrase. */
const FRAME =
    /^(?:What's your plan for|How would you approach|What do you see as the risks of|What are the pros and cons of|How are you thinking about|What got in the way of|What's getting in the way of|What's holding up|What's your thinking behind|Where are you with|How do you see the timing for|What do you think about)\s+/i;

/**
 * The ways a filled template breaks English, as names: a rephrasing with none of them may still
 * read awkwardly, but a manager never sees these.
 * @param question a rephrasing
 * @returns the names of the problems found, empty when none
 */
export function grammarProblems(question: string): string[] {
    const body = question.replace(FRAME, '').replace(/, and what could get in the way\?$|\?$/, '');
    const clause =
        /\s(?:it's|they're|he's|she's|that's|they've|we've|i'm|you're|there's|(?:they|he|she|we|i) (?:is|are|was|were|have|has|had|will|can|said|went|need|want|think|don't|didn't|won't|can't))\b/i.exec(
            ' ' + body
        );
    const linked =
        clause !== null &&
        /\b(?:before|after|until|once|when|if|so|that|because|since|while|what|how|why|where|who|whether|tell|telling|say|saying|remind|reminding|ask|asking|show|showing|know|knowing|sure|and)\s+(?:\S+\s+){0,3}$|\b(?:things|points|items|steps|questions|concerns|changes|names)\s*$/i.test(
            body.slice(0, clause.index)
        );
    const checks: [string, boolean][] = [
        ['shape', !/^[A-Z][^?]*\?$/.test(question)],
        ['order-kept', /\bwhat would it take\b|\bwhat would help you [a-z]/i.test(question)],
        [
            'to-noun',
            /\b(?:plan|take|help you|want|need|able|how|way|time) to (?:the|a|an|your|their|our|my|this|that|these|those|me|us|him|her|them)\b/i.test(
                question
            )
        ],
        ['glued-clause', clause !== null && !linked],
        [
            'sentence-inside',
            // "Mr. Okafor" is a title, not a second sentence
            /[.!;]\s+[A-Za-z]/.test(question.replace(/\b(Mr|Mrs|Ms|Dr|St)\.\s/g, '$1 '))
        ],
        [
            'dangling-end',
            // "the dates the customer has agreed to" strands its preposition after a participle
            /(?<!\b[a-z]+(?:ed|en) )\b(?:the|a|an|to|and|or|of|for|with|by|your|their|my|our|than|if|but|so|from|until|til|till|unless|because|while|before|after)(?:\?|, and what could get in the way\?)$/i.test(
                question
            )
        ],
        ['double-word', /\b(\w+) \1\b/i.test(question.replace(/\b(?:that that|had had)\b/gi, ''))],
        [
            'shorthand',
            /\b(?:u|ur|pls|plz|tmrw|b4|w\/|lmk|wdyt|asap|eod|tbh|lol|ty|thx)\b/i.test(question)
        ],
        ['double-space', /\s{2,}|\s[,?]/.test(question)],
        [
            'plan-for-verb',
            /\b(?:what's|what is) your plan for (?![\w-]+ing\b|the\b|a\b|an\b|your\b|their\b|our\b|this\b|that\b|these\b|those\b|it\b|them\b|some\b|more\b|all\b|every\b|updated\b)/i.test(
                question
            )
        ],
        ['lower-case-i', /\si\s/.test(question)],
        [
            'clause-after-preposition',
            /\b(?:with|of|about|behind) (?:when|what|how|why|whether|if) (?:you|we|they|i|he|she)\b/i.test(
                question
            )
        ],
        ['wish-as-plan', /\bplan for (?:needing|wanting|liking|expecting)\b/i.test(question)],
        ['any-after-that', /\bthat\b[^?]*\b(?:anyone|anybody|anything)\b/i.test(question)],
        [
            'noun-with-particle',
            /\b(?:signature|approval|booking|confirmation) (?:off|up|out)\b/i.test(question)
        ],
        ['clause-in-noun', /^What [^?]*\w'(?:s|ve|re)\b[^?]* (?:is|are) there\b/i.test(question)],
        [
            'participle-before-auxiliary',
            /\b[a-z]{2,}ed (?:has|have|is|are|was|were) (?:off|in|up|out|back|over)\b/i.test(
                question
            )
        ],
        ['negated-gerund', /\b(?:doing|did) not\b|\bdon't \w+ing\b/i.test(question)],
        [
            'consequence-kept',
            /\bor (?:else )?(?:we|it|they|this|the deal) (?!\w+ing\b)[a-z]+\b/i.test(question)
        ],
        ['keeping-gerund', /\bkeeping (?!things\b)\w+ing\b/i.test(question)],
        // "…make sure the forms go in this week, their cutoff is strict?": a comment glued on
        [
            'comma-inside',
            /,\s/.test(
                body.replace(
                    /^(?:if|when|once|before|after|unless|until|by|given|since|as soon as|otherwise|failing that)\b[^,]*,\s*/i,
                    ''
                )
            )
        ],
        // "How likely is it that not might be…": a clause with no subject
        [
            'modal-after-that',
            /\b(?:that|whether) (?:not|might|may|could|would|should|must)\b/i.test(question)
        ],
        [
            // "writing up what the EB said and post it": the second order left in its base form
            'bare-verb-after-gerund',
            /\b[a-z]{3,}ing\b[^?,]* and (?!(?:the|a|an|their|our|your|my|his|her|its|to|in|on|at|with|for|of|by|from|finance|legal|procurement|security|ops|sales|marketing|partners?|customers?)\b)[a-z]+(?<!ing|ed|s) (?:it|them|this|that|those|these|me|us|him|her)\b/i.test(
                question
            )
        ],
        [
            'clause-after-gerund',
            /\b(?:for|of|approach) [a-z]+ing\b[^?,]*\band (?:you|we|they|it|that)(?:'re|'ll|'s| are| will| is)\b/i.test(
                question
            )
        ]
    ];
    return checks.filter(([, failed]) => failed).map(([name]) => name);
}
