/**
 * The frames of the question-form rephrasings and the helpers that fill them: word lists, text
 * tidying, and the templates that turn a verb phrase into a question about the seller's plan or
 * view ("what's your plan for…", "what got in the way of…"). A template returns nothing when the
 * words it needs are missing, so the caller can fall back to a general open question.
 */
import { baseForm, gerundPhrase, isBaseVerb, isPastForm } from './verbs';
import { wordSet } from './wordList';

/** Verbs of getting in touch: "reach" names the outcome and leaves the channel to the seller. */
const CONTACT_VERBS = wordSet(`
    call phone ring email e-mail ping text message contact
`);

/** Adjectives that take "how": "Is the champion engaged?" -> "How engaged is the champion?". */
export const GRADABLE = wordSet(`
    engaged committed involved strong realistic real solid firm likely confident close healthy
    ready aligned serious urgent important aware supportive responsive interested keen happy
    comfortable worried concerned sure tight risky competitive bought invested motivated
`);

/** Participles with a noun that reads well in "Where does the budget approval stand?". */
export const NOMINALIZATIONS: ReadonlyMap<string, string> = new Map([
    ['approved', 'approval'],
    ['signed', 'signature'],
    ['booked', 'booking'],
    ['confirmed', 'confirmation'],
    ['agreed', 'agreement'],
    ['submitted', 'submission'],
    ['decided', 'decision'],
    ['renewed', 'renewal'],
    ['finalized', 'finalization'],
    ['finalised', 'finalisation'],
    ['allocated', 'allocation'],
    ['reviewed', 'review'],
    ['validated', 'validation'],
    ['accepted', 'acceptance'],
    ['released', 'release']
]);

const PRONOUN_SUBJECTS = wordSet(`
    they he she it we this that these those
`);
const NP_DETERMINERS = wordSet(`
    the our your their this that these those his her its my
`);
export const PREPOSITIONS = wordSet(`
    on in at with for from of to by about around before after since until back out up off over
`);
const PREDICATE_WORDS = wordSet(`
    still already yet a an the ready available aware happy ok okay real realistic clear solid
    strong firm confident sure likely possible close done good fine live final complete open
    stuck late early healthy serious keen comfortable worried concerned not really going also
    now all there here around gone due
`);
/** Predicates that open a question only when its subject "it" was dropped ("Is possible to…?"). */
const DROPPED_SUBJECT_PREDICATES = wordSet(`
    possible impossible available done ok okay fine clear final complete open stuck late early
    live good true worth
`);
const TIME_TAIL =
    /(?:,?\s+(?:yet|already|by now|anymore|at all|so far|though|anyway|then|by this point))+$/i;
/** Adverbs that add nothing to a rephrased subject or predicate. */
export const SOFT_ADVERBS = /\b(?:already|ever|really|actually|even|still)\s+/gi;
/** Words a rephrasing may lower when they open a phrase mid-sentence ("Send the deck" -> "send the deck"). */
const LOWERABLE = wordSet(`
    the this that these those it our your their my a an we they someone somebody everyone
    everybody anyone anybody one
`);

/** Asking the seller to report back ("Keep me posted", "Ping me when…") has no useful question form. */
export const REPORTING_REQUEST =
    /^(?:keep|ping|update|tell|email|e-mail|text|message|call|loop|cc|copy|let|inform|notify|alert|brief|advise)\s+(?:me|us)\b/i;
export const FILLER_WORDS = /\b(?:please|kindly|just)\b\s*/gi;

// ---------------------------------------------------------------------------------------------
// Small text helpers

/** A comma and a new clause after an order is commentary ("Chase legal, they've gone quiet"). */
const COMMENTARY =
    /,\s+(?:they|he|she|it|we|i|that|this|as|because|since|so|which|(?:did|do|can|could|will|would|is|are|have|has)\s+(?:you|we|they|it)\b)\b.*$/i;

/**
 * The same commentary typed without a comma, right after a noun ("update the close date it's
 * way off"); not after words that take a clause ("make sure it's done").
 */
const RUN_ON_COMMENTARY =
    /(?<!\b(?:sure|that|if|when|because|until|til|till|unless|once|whether|so|and|but|as|why|how|what|where|who|know|think|see|check|confirm))\s+(?:it's|that's|they're|he's|she's)\s.*$/i;

/** Courtesy at the end of a request has no place in a question ("…when you get a minute"). */
const COURTESY_TAIL =
    /,?\s+(?:(?:when|if|once) you (?:get|have|find) (?:a |the )?(?:minute|moment|chance|sec|second|mo)\b.*|if (?:you can|possible)|thanks|thank you|cheers|ta|ty|thx)$/i;

/** Asides at the end of a note ("…tbh", "…lol") that have no place in a question. */
const ASIDE_TAIL =
    /(?:,?\s+(?:tbh|imo|imho|honestly|lol|haha|ha|fyi|though|tho|ok|okay|yeah|lah))+$/i;

/** "Do me a favour and…": the courtesy before an order, not part of it. */
const FAVOUR =
    /^(?:do (?:me|us) a (?:favour|favor|solid)(?: and)?|be a (?:star|love|dear|gem)(?: and)?)\s+/i;

/** A phrase ready for a template: no "please"/"just", no commentary, no closing punctuation. */
export function tidy(text: string): string {
    const plain = text
        .replace(/\s+\+\s+/g, ' and ')
        .replace(FILLER_WORDS, '')
        .replace(COMMENTARY, '')
        .replace(RUN_ON_COMMENTARY, '')
        // The reason given for an order ("…because otherwise it slips") is the manager's, not the plan
        .replace(/\s+because\b.*$/i, '')
        // …and what the order is despite ("…even though they told us Q3")
        .replace(/\s+(?:even )?(?:though|although)\s.*$/i, '')
        // …and the payoff promised ("…before the 30th and you're golden")
        .replace(/\s+and (?:you're|you'll be|we're|we'll be|that's)\b.*$/i, '')
        // …as is when it suits them ("…while they're fresh")
        .replace(/\s+(?:while|whilst)\b.*$/i, '')
        // So is the purpose ("…today so i can connect our counsel")
        .replace(/\s+so (?:that )?(?:i|we|he|she|they|you|it) (?:can|could|will|'ll|may)\b.*$/i, '')
        // …and the alternative ruled out ("…by EOD, not tomorrow")
        .replace(/,\s+not\s+(?!only\b)[^,]{1,30}$/i, '')
        // …and the consequence threatened ("…this week or we slip to Q3")
        .replace(/\s+or (?:else )?(?:we|it|they|this|the deal|i|i'm|i'll)\b.*$/i, '')
        .replace(/\s+or (?:else )?(?:[A-Za-z]+ ){1,2}(?:will|'ll|won't|would)\b.*$/i, '')
        // "call the customer and you will apologise": one plan, the second order joined on
        .replace(/\s+and (?:then )?(?:you|u) (?:will|'ll|must|should|have to|need to)\s+/i, ' and ')
        .replace(/\s+/g, ' ')
        .replace(/[\s.!?,;:]+$/, '')
        .replace(COURTESY_TAIL, '')
        .replace(ASIDE_TAIL, '')
        .replace(/[\s.!?,;:]+$/, '')
        .trim()
        .replace(/^to\s+/i, '')
        .replace(FAVOUR, '');
    // An emphatic "do" ("Do give them a ring") goes; "Do the ROI" keeps its verb
    const emphatic = /^do\s+(\S+)/i.exec(plain);
    return emphatic && isBaseVerb(emphatic[1].toLowerCase()) ? plain.slice(3) : plain;
}

/** A filled template as a question: capital first letter, one question mark. */
export function asQuestion(text: string): string {
    const body = text
        .replace(/\s+/g, ' ')
        .replace(/[\s.!?,;:]+$/, '')
        .trim();
    return body.charAt(0).toUpperCase() + body.slice(1) + '?';
}

/** "Send the deck" -> "send the deck", "The contract" -> "the contract"; "CFO" and names stay. */
export function lowerFirst(phrase: string): string {
    const match = /^([A-Z][a-z'-]*)(.*)$/s.exec(phrase);
    if (!match) return phrase;
    const word = match[1].toLowerCase();
    return LOWERABLE.has(word) || isBaseVerb(word) ? word + match[2] : phrase;
}

export function words(text: string): string[] {
    return text.split(' ').filter((word) => word.length > 0);
}

export function withoutTimeTail(text: string): string {
    return text.replace(TIME_TAIL, '');
}

/** "call the CFO" -> "reach the CFO"; other verbs unchanged. */
function reachPhrase(phrase: string): string {
    const [verb, ...rest] = words(lowerFirst(phrase));
    const callBack = rest.slice(0, 4).some((word) => /^back$/i.test(word));
    if (
        verb &&
        CONTACT_VERBS.has(verb) &&
        rest.length > 0 &&
        !callBack &&
        !/^(?:in|me|us)$/i.test(rest[0])
    ) {
        return ['reach', ...rest].join(' ');
    }
    return [verb, ...rest].join(' ');
}

/** A verb phrase from a past participle: "booked the demo" -> "book the demo". */
export function fromParticiple(phrase: string): string | undefined {
    const [participle, ...rest] = words(phrase);
    const base = participle ? baseForm(participle.toLowerCase()) : undefined;
    if (!base || !isPastForm(participle.toLowerCase())) return undefined;
    return [base, ...rest].join(' ');
}

function startsWithVerb(phrase: string): boolean {
    const first = words(phrase)[0];
    return first !== undefined && isBaseVerb(first.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// Templates

/**
 * Deadlines, urgency and reporting at the end of an order ("by Friday", "asap", "and cc me"):
 * a question about the seller's plan leaves the timing and the reporting to them.
 */
const DEADLINE_TAIL =
    /(?:,?(?<!\b(?:from|since|of|than))\s+(?:only\s+)?(?:(?:by|before|until|till) then|(?:by|before|no later than|latest by|until|till)\s+(?:eod|eow|cob|end of (?:the )?(?:day|week|month|quarter|play)|close of (?:play|business)|tomorrow(?: morning)?|tonight|today|lunch|noon|(?:next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thurs|fri|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?::\d{2})?\s?(?:am|pm)(?: (?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri)day))?|noon(?: (?:tomorrow|today|(?:mon|tues|wednes|thurs|fri)day))?|\d{1,2}(?:st|nd|rd|th)?|(?:the )?(?:forecast call|board meeting|qbr|standup|eoq|eom|eow|eod|holidays))(?: latest| at the latest)?|today|tonight|tomorrow(?: morning)?|tmrw|asap|eod|eow|cob|as soon as possible|right away|right now|(?:for )?now|for the (?:moment|time being)|immediately|first thing(?: tomorrow)?(?: morning)?|this (?:week|afternoon|morning)|latest|again|at your earliest convenience|then|though|tho|too|as well|for me|for us|and (?:cc|copy|loop|tell|update|ping) (?:me|us)(?: in)?|and (?:let|keep) (?:me|us) (?:know|posted)))+$/i;

/** An order without its deadline: "send the deck by Friday" -> "send the deck". */
export function withoutDeadline(phrase: string): string {
    return phrase.replace(DEADLINE_TAIL, '').trim();
}

/** The -ing form of an order, its contact verb as "reaching" and its deadline dropped. */
export function orderGerund(phrase: string): string | undefined {
    // What follows a comma or a dash is commentary ("…, one champion isn't enough")
    const plain = withoutDeadline(phrase.split(/,\s|\s-\s/)[0].trim());
    if (!startsWithVerb(plain)) return undefined;
    const [first, second = ''] = words(plain).map((word) => word.toLowerCase());
    // "do before the review": "do" with no object has nothing to plan
    if (first === 'do' && /^(?:before|after|by|until|asap|today|now)?$/.test(second))
        return undefined;
    // "…kickoff booked by friday. go": a word of urgency, not an order to plan
    if (second === '' && /^(?:go|move|hurry|act)$/.test(first)) return undefined;
    // "Need an update", "want the deck": a wish, not an action to plan
    if (/^(?:need|needs|want|wants|like|expect|require)$/.test(first)) return undefined;
    // "Go get the signature", "be chasing": two verbs in a row have no gerund form that reads well
    if (second.endsWith('ing') && first !== 'be') return undefined;
    if (/^(?:go|come)$/.test(first) && isBaseVerb(second)) return undefined;
    return gerundPhrase(reachPhrase(plain));
}

/**
 * The coaching form of an order: a question about the seller's plan and what could stop it.
 * "Send the pricing to them by Friday" -> "What's your plan for sending the pricing to them, and
 * what could get in the way?"
 */
export function planFor(phrase: string): string | undefined {
    const ing = orderGerund(phrase);
    return ing
        ? asQuestion(`what's your plan for ${ing}, and what could get in the way`)
        : undefined;
}

/** The same plan asked about a thing rather than an action: "your plan for the updated forecast". */
export function planForThing(phrase: string): string | undefined {
    // When it is due is the seller's to plan: "the map done before our 1:1" -> "the map done"
    const thing = withoutDeadline(phrase)
        .replace(/\s+from (?:you|u)\b.*$/i, '')
        .replace(/\s+(?:before|by|until|ahead of) (?:our|the|your|their|next|this)\b.*$/i, '')
        .trim();
    if (
        !/^(?:the|your|an?|this|that|these|those|some|more|all|every|updated|our)\s+\S/i.test(thing)
    )
        return undefined;
    if (/\b(?:i|you|we|they|he|she)\s/i.test(thing)) return undefined;
    // "the forecast updated" is a state to reach: "getting the forecast updated"
    // "signed off", "filled in": a participle and its particle
    const list = words(thing.toLowerCase());
    const particle = /^(?:off|in|up|out|through|over|back)$/.test(list[list.length - 1] ?? '');
    const last = list[list.length - (particle && list.length > 2 ? 2 : 1)] ?? '';
    const participle = (word: string): boolean => isPastForm(word) || /[a-z]{2}ed$/.test(word);
    // "the MAP shared with their team": a participle after the noun, then where it goes
    const placed = list.some(
        (word, index) => index >= 2 && participle(word) && PREPOSITIONS.has(list[index + 1] ?? '')
    );
    // "the redlines back": a thing to bring back, so "getting the redlines back"
    const state = participle(last) || particle || placed ? 'getting ' : '';
    // "your plan for your win plan" says plan twice: ask where it stands instead
    const opening = /\bplans?\b/i.test(thing) ? 'where are you with' : "what's your plan for";
    return asQuestion(`${opening} ${state}${lowerFirst(thing)}, and what could get in the way`);
}

export function howWouldYouApproach(phrase: string): string | undefined {
    const ing = orderGerund(phrase);
    return ing ? asQuestion(`how would you approach ${ing}`) : undefined;
}

export function thinkingAbout(phrase: string): string | undefined {
    const ing = orderGerund(phrase);
    return ing ? asQuestion(`how are you thinking about ${ing}`) : undefined;
}

export function risksOf(phrase: string): string | undefined {
    // "don't send it until legal signs" asks about sending it before legal signs
    // "lets not send another email, pick up the phone": what follows the comma is another order
    const first = phrase.split(/,\s/)[0];
    const ing = gerundPhrase(withoutTimeTail(first).replace(/\buntil\b/i, 'before'));
    return ing ? asQuestion(`what do you see as the risks of ${ing}`) : undefined;
}

export function prosAndCons(phrase: string): string | undefined {
    const ing = gerundPhrase(withoutTimeTail(phrase.replace(/\s+than\s.*$/i, '')));
    return ing ? asQuestion(`what are the pros and cons of ${ing}`) : undefined;
}

export function gettingInTheWay(phrase: string, past: boolean): string | undefined {
    const ing = gerundPhrase(withoutTimeTail(phrase));
    if (!ing) return undefined;
    return asQuestion(
        past ? `what got in the way of ${ing}` : `what's getting in the way of ${ing}`
    );
}

export function compact(list: (string | undefined)[]): string[] {
    return list.filter((item): item is string => item !== undefined);
}

/** Splits "the security review done" into subject and predicate, or undefined when unclear. */
export function splitSubject(
    list: string[],
    verbFollows: boolean
): [string[], string[]] | undefined {
    if (list.length < 2) return undefined;
    const first = list[0].toLowerCase();
    if (first === 'you' || first === 'i') return undefined;
    // "Is possible to…": the subject "it" was dropped, so there is none to reuse
    if (GRADABLE.has(first) || DROPPED_SUBJECT_PREDICATES.has(first)) return undefined;
    const endsSubject = (word: string): boolean => {
        const lower = word.toLowerCase();
        if (verbFollows) return isBaseVerb(lower);
        return (
            PREDICATE_WORDS.has(lower) ||
            PREPOSITIONS.has(lower) ||
            GRADABLE.has(lower) ||
            isPastForm(lower) ||
            // "registered", "provisioned": a participle we do not list, not "speed" or "need"
            /^[a-z]{2,}[^e]ed$/.test(lower) ||
            /(?:ing|able|ible|ive|ous|ful)$/.test(lower)
        );
    };
    let end = 1;
    const determined = NP_DETERMINERS.has(first) && !PRONOUN_SUBJECTS.has(first);
    if (determined || ((first === 'this' || first === 'that') && !endsSubject(list[1]))) {
        end = 2;
        while (end < list.length && end < 5 && !endsSubject(list[end])) end++;
        // "the EB meeting booked": an -ing word before a participle is part of the noun
        const next = list[end + 1]?.toLowerCase() ?? '';
        if (/ing$/i.test(list[end] ?? '') && (isPastForm(next) || /[a-z]{2}ed$/.test(next))) end++;
    } else if (!PRONOUN_SUBJECTS.has(first)) {
        while (end < list.length && end < 3 && /^[A-Z]/.test(list[end]) && !endsSubject(list[end]))
            end++;
    }
    if (end >= list.length || !endsSubject(list[end])) return undefined;
    // "the MSA from last year valid", "the contract with legal signed": a place or time before
    // the predicate belongs to the subject
    if (determined && !verbFollows && PREPOSITIONS.has(list[end].toLowerCase())) {
        const predicate = list.findIndex(
            (word, index) =>
                index > end + 1 &&
                index <= end + 4 &&
                (isPastForm(word.toLowerCase()) || /^(?:valid|ready|live)$/i.test(word))
        );
        if (predicate > 0) end = predicate;
    }
    // "the security review pass": of two verbs in a row, the last is the verb, the first a noun
    while (verbFollows && end + 1 < list.length && isBaseVerb(list[end + 1].toLowerCase())) end++;
    return [list.slice(0, end), list.slice(end)];
}
