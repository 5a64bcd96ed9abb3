/**
 * Question-form rephrasings. Each shape of directive has a template that hands the decision
 * back to the seller ("Call the CFO" -> "What would it take to reach the CFO?"), and closed
 * questions get an open form ("Is the budget approved?" -> "Where does the budget approval
 * stand?"). A template is only used when the words it needs are found (a known verb, a clear
 * subject); otherwise it offers nothing rather than a broken sentence.
 */
import type { ClauseVerdict } from './rules';
import { classifyClause, opensWithOrder } from './rules';
import { baseForm, gerundPhrase, isBaseVerb, isPastForm, pastTense, thirdPerson } from './verbs';
import { wordSet } from './wordList';

/** Offered for a directive when no template fits. */
export const GENERIC_DIRECTIVE_REPHRASING = "What's your plan here, and where could I help?";

/** Verbs of getting in touch: "reach" names the outcome and leaves the channel to the seller. */
const CONTACT_VERBS = wordSet(`
    call phone ring email e-mail ping text message contact
`);

/** Adjectives that take "how": "Is the champion engaged?" -> "How engaged is the champion?". */
const GRADABLE = wordSet(`
    engaged committed involved strong realistic real solid firm likely confident close healthy
    ready aligned serious urgent important aware supportive responsive interested keen happy
    comfortable worried concerned sure tight risky competitive bought invested motivated
`);

/** Participles with a noun that reads well in "Where does the budget approval stand?". */
const NOMINALIZATIONS: ReadonlyMap<string, string> = new Map([
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
const PREPOSITIONS = wordSet(`
    on in at with for from of to by about around before after since until back out up off over
`);
const PREDICATE_WORDS = wordSet(`
    still already yet a an the ready available aware happy ok okay real realistic clear solid
    strong firm confident sure likely possible close done good fine live final complete open
    stuck late early healthy serious keen comfortable worried concerned not really going also
    now all
`);
/** Predicates that open a question only when its subject "it" was dropped ("Is possible to…?"). */
const DROPPED_SUBJECT_PREDICATES = wordSet(`
    possible impossible available done ok okay fine clear final complete open stuck late early
    live good true worth
`);
const TIME_TAIL =
    /(?:,?\s+(?:yet|already|by now|anymore|at all|so far|though|anyway|then|by this point))+$/i;
/** Adverbs that add nothing to a rephrased subject or predicate. */
const SOFT_ADVERBS = /\b(?:already|ever|really|actually|even|still)\s+/gi;
/** Words a rephrasing may lower when they open a phrase mid-sentence ("Send the deck" -> "send the deck"). */
const LOWERABLE = wordSet(`
    the this that these those it our your their my a an we they someone somebody everyone
    everybody anyone anybody one
`);

/** Asking the seller to report back ("Keep me posted", "Ping me when…") has no useful question form. */
const REPORTING_REQUEST =
    /^(?:keep|ping|update|tell|email|e-mail|text|message|call|loop|cc|copy|let|inform|notify|alert|brief|advise)\s+(?:me|us)\b/i;
const FILLER_WORDS = /\b(?:please|kindly|just)\b\s*/gi;

// ---------------------------------------------------------------------------------------------
// Small text helpers

/** A comma and a new clause after an order is commentary ("Chase legal, they've gone quiet"). */
const COMMENTARY = /,\s+(?:they|he|she|it|we|i|that|this|as|because|since|so|which)\b.*$/i;

/**
 * The same commentary typed without a comma, right after a noun ("update the close date it's
 * way off"); not after words that take a clause ("make sure it's done").
 */
const RUN_ON_COMMENTARY =
    /(?<!\b(?:sure|that|if|when|because|until|unless|once|whether|so|and|but|as|why|how|what|where|who|know|think|see|check|confirm))\s+(?:it's|that's|they're|he's|she's)\s.*$/i;

/** Courtesy at the end of a request has no place in a question ("…when you get a minute"). */
const COURTESY_TAIL =
    /,?\s+(?:(?:when|if|once) you (?:get|have|find) (?:a |the )?(?:minute|moment|chance|sec|second|mo)\b.*|if (?:you can|possible)|thanks|thank you|cheers|ta)$/i;

/** A phrase ready for a template: no "please"/"just", no commentary, no closing punctuation. */
function tidy(text: string): string {
    const plain = text
        .replace(FILLER_WORDS, '')
        .replace(COMMENTARY, '')
        .replace(RUN_ON_COMMENTARY, '')
        .replace(/\s+/g, ' ')
        .replace(/[\s.!?,;:]+$/, '')
        .replace(COURTESY_TAIL, '')
        .replace(/[\s.!?,;:]+$/, '')
        .trim()
        .replace(/^to\s+/i, '');
    // An emphatic "do" ("Do give them a ring") goes; "Do the ROI" keeps its verb
    const emphatic = /^do\s+(\S+)/i.exec(plain);
    return emphatic && isBaseVerb(emphatic[1].toLowerCase()) ? plain.slice(3) : plain;
}

/** A filled template as a question: capital first letter, one question mark. */
function asQuestion(text: string): string {
    const body = text
        .replace(/\s+/g, ' ')
        .replace(/[\s.!?,;:]+$/, '')
        .trim();
    return body.charAt(0).toUpperCase() + body.slice(1) + '?';
}

/** "Send the deck" -> "send the deck", "The contract" -> "the contract"; "CFO" and names stay. */
function lowerFirst(phrase: string): string {
    const match = /^([A-Z][a-z'-]*)(.*)$/s.exec(phrase);
    if (!match) return phrase;
    const word = match[1].toLowerCase();
    return LOWERABLE.has(word) || isBaseVerb(word) ? word + match[2] : phrase;
}

function words(text: string): string[] {
    return text.split(' ').filter((word) => word.length > 0);
}

function withoutTimeTail(text: string): string {
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
function fromParticiple(phrase: string): string | undefined {
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

function whatWouldItTake(phrase: string): string | undefined {
    if (startsWithVerb(phrase)) return asQuestion(`what would it take to ${reachPhrase(phrase)}`);
    // A verb we do not list but the rules read as an order ("Socialise the deck"): it is a base
    // form, so the template fits; only its capital goes
    if (!opensWithOrder(phrase)) return undefined;
    const [verb, ...rest] = words(phrase);
    return asQuestion(`what would it take to ${[verb.toLowerCase(), ...rest].join(' ')}`);
}

function howWouldYouApproach(phrase: string): string | undefined {
    const [first, second = ''] = words(phrase).map((word) => word.toLowerCase());
    if (second.endsWith('ing')) return undefined;
    // "Go get the signature": two verbs in a row have no gerund form that reads well
    if (/^(?:go|come)$/.test(first) && isBaseVerb(second)) return undefined;
    const ing = gerundPhrase(phrase);
    return ing ? asQuestion(`how would you approach ${ing}`) : undefined;
}

function whatWouldHelpYou(phrase: string): string | undefined {
    return startsWithVerb(phrase)
        ? asQuestion(`what would help you ${reachPhrase(phrase)}`)
        : undefined;
}

function risksOf(phrase: string): string | undefined {
    // "don't send it until legal signs" asks about sending it before legal signs
    const ing = gerundPhrase(withoutTimeTail(phrase).replace(/\buntil\b/i, 'before'));
    return ing ? asQuestion(`what do you see as the risks of ${ing}`) : undefined;
}

function prosAndCons(phrase: string): string | undefined {
    const ing = gerundPhrase(withoutTimeTail(phrase.replace(/\s+than\s.*$/i, '')));
    return ing ? asQuestion(`what are the pros and cons of ${ing}`) : undefined;
}

function gettingInTheWay(phrase: string, past: boolean): string | undefined {
    const ing = gerundPhrase(withoutTimeTail(phrase));
    if (!ing) return undefined;
    return asQuestion(
        past ? `what got in the way of ${ing}` : `what's getting in the way of ${ing}`
    );
}

function compact(list: (string | undefined)[]): string[] {
    return list.filter((item): item is string => item !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Directives, by rule

/** Text after the cue, without the adverbs that often follow it. */
function afterCue(verdict: ClauseVerdict): string {
    return verdict.clause.core
        .slice(verdict.cueEnd)
        .replace(/^[\s,]+/, '')
        .replace(
            /^(?:(?:really|just|definitely|also|probably|still|now|maybe|seriously|absolutely|please|then)\s+)+/i,
            ''
        );
}

function rephraseObligation(rest: string, negative: boolean, addressed: boolean): string[] {
    const hindsight = /^(?:have|'ve)\s+(.*)$/i.exec(rest);
    const missed = hindsight ? fromParticiple(withoutTimeTail(hindsight[1])) : undefined;
    if (missed) return compact([gettingInTheWay(missed, true)]);
    if (negative) return compact([risksOf(rest)]);
    return addressed
        ? compact([whatWouldHelpYou(rest), whatWouldItTake(rest)])
        : compact([whatWouldItTake(rest), howWouldYouApproach(rest)]);
}

/** "Why haven't you booked…", "How come you didn't call…", "Why don't you just call her?". */
function rephraseAddressedBlame(core: string): string[] | undefined {
    const match =
        /(?:why|how come|reason)\s+(?:on earth |the hell |exactly )?(?:(haven't|hasn't|have not|has not|didn't|did not|don't|do not|won't|can't|couldn't|wouldn't|isn't|aren't|never)\s+(?:you|we)|(?:you|we)\s+(?:still\s+)?(haven't|hasn't|didn't|don't|won't|can't|aren't|never))\s+(?:still\s+|even\s+|yet\s+)?(.+)$/i.exec(
            core
        );
    if (!match) return undefined;
    const auxiliary = (match[1] ?? match[2]).toLowerCase();
    const rest = match[3];
    if (/^(?:haven't|hasn't|have not|has not)$/.test(auxiliary)) {
        const phrase = fromParticiple(rest);
        return compact([phrase ? gettingInTheWay(phrase, false) : undefined]);
    }
    if (/^(?:didn't|did not)$/.test(auxiliary)) return compact([gettingInTheWay(rest, true)]);
    if (/^(?:don't|do not)$/.test(auxiliary)) return compact([whatWouldItTake(rest)]);
    const continuous = /^(\w+ing)\b(.*)$/i.exec(rest);
    if (/^(?:isn't|aren't)$/.test(auxiliary) && continuous) {
        const base = baseForm(continuous[1].toLowerCase());
        return base ? compact([gettingInTheWay(base + continuous[2], false)]) : [];
    }
    return compact([gettingInTheWay(rest, false)]);
}

/** "Why would you discount now?" -> "What's your thinking behind discounting now?". */
function rephraseWhyWould(core: string): string[] | undefined {
    const match =
        /why\s+(?:on earth |the hell )?(?:would|'d)\s+(?:you|we)\s+(?:ever\s+|even\s+|want to\s+)?(.+)$/i.exec(
            core
        );
    if (!match) return undefined;
    const ing = gerundPhrase(match[1]);
    return ing ? [asQuestion(`what's your thinking behind ${ing}`)] : [];
}

/** Something that has not moved: "Why no update on the PO?", "…still waiting on…", "Why is X still…". */
function rephraseStalled(core: string): string[] | undefined {
    const nothing = /^why\s+(?:still\s+)?no\s+(?:\w+\s+)?(?:on|from|with|for)\s+(.+)$/i.exec(core);
    if (nothing) return holdingUp(withoutTimeTail(nothing[1]));
    const waiting = /\bwaiting\s+(?:on|for)\s+(.+)$/i.exec(core);
    if (waiting) return holdingUp(withoutTimeTail(waiting[1]));
    const still =
        /why\s+(?:is|are|was|were|has|have|isn't|aren't|hasn't|haven't)\s+(.+?)\s+still\b/i.exec(
            core
        );
    return still ? holdingUp(still[1]) : undefined;
}

/** "Why hasn't the SOW gone out yet?", "Is there a reason the proposal hasn't gone out?". */
function rephraseNotYet(core: string): string[] | undefined {
    const reason =
        /\breason\s+(?:why\s+)?(?:that\s+)?(.+?)\s+(hasn't|haven't|isn't|aren't)\s+(.+)$/i.exec(
            core
        );
    if (reason && !/^(?:you|we)$/i.test(reason[1]))
        return rephraseNotYet(`why ${reason[2]} ${reason[1]} ${reason[3]}`);
    const match =
        /(?:why|how come)\s+(hasn't|haven't|has not|have not|isn't|aren't|is not|are not|wasn't|weren't|didn't|doesn't)\s+(.+)$/i.exec(
            core
        );
    if (!match) return undefined;
    const auxiliary = match[1].toLowerCase();
    const list = words(withoutTimeTail(match[2]).replace(SOFT_ADVERBS, ''));
    if (/^(?:hasn't|haven't|has not|have not)$/.test(auxiliary)) {
        const at = list.findIndex(
            (word, index) =>
                index > 0 && (word.toLowerCase() === 'been' || isPastForm(word.toLowerCase()))
        );
        if (at < 0) return holdingUp(list.join(' '));
        const subject = lowerFirst(list.slice(0, at).join(' '));
        if (list[at].toLowerCase() === 'been') {
            const participle = list[at + 1];
            return participle
                ? [asQuestion(`what's getting in the way of getting ${subject} ${participle}`)]
                : holdingUp(subject);
        }
        const phrase = fromParticiple(list.slice(at).join(' '));
        const ing = phrase ? gerundPhrase(phrase) : undefined;
        return ing
            ? [asQuestion(`what's getting in the way of ${subject} ${ing}`)]
            : holdingUp(subject);
    }
    const doSupport = /^(?:didn't|doesn't)$/.test(auxiliary);
    const parts = splitSubject(list, doSupport);
    if (!parts || /^(?:anyone|anybody|no one|nobody)$/i.test(parts[0].join(' '))) return [];
    if (!doSupport) return holdingUp(parts[0].join(' '));
    const ing = gerundPhrase(parts[1].join(' '));
    const subject = lowerFirst(parts[0].join(' '));
    const opening = auxiliary === "didn't" ? 'what got' : "what's getting";
    return ing ? [asQuestion(`${opening} in the way of ${subject} ${ing}`)] : [];
}

/** Blame and presumption, tried shape by shape. */
function rephraseBlame(core: string): string[] {
    return (
        rephraseAddressedBlame(core) ??
        rephraseWhyWould(core) ??
        rephraseStalled(core) ??
        rephraseNotYet(core) ??
        rephraseHowCome(core)
    );
}

/** "How come the proposal hasn't gone out?" has the subject before the negative. */
function rephraseHowCome(core: string): string[] {
    const match = /how come\s+(.+?)\s+(?:hasn't|haven't|has not|have not)\s+(\S+)(.*)$/i.exec(core);
    if (!match) return [];
    const phrase = fromParticiple(withoutTimeTail(match[2] + match[3]));
    const ing = phrase ? gerundPhrase(phrase) : undefined;
    return ing
        ? [asQuestion(`what's getting in the way of ${lowerFirst(match[1])} ${ing}`)]
        : holdingUp(match[1]);
}

/** "What's holding up the proposal?"; "What's holding this up?" for a pronoun. */
function holdingUp(subject: string): string[] {
    if (/^(?:you|we|i)$/i.test(subject)) return [];
    if (/^(?:this|it|that)$/i.test(subject))
        return [asQuestion(`what's holding ${subject.toLowerCase()} up`)];
    return [asQuestion(`what's holding up ${lowerFirst(subject)}`)];
}

function rephraseLeading(core: string): string[] {
    let match = /^(?:shouldn't|should not)\s+(?:you|we)\s+(.+)$/i.exec(core);
    if (match) {
        const hindsight = /^have\s+(.+)$/i.exec(match[1]);
        const missed = hindsight ? fromParticiple(withoutTimeTail(hindsight[1])) : undefined;
        return compact([missed ? gettingInTheWay(missed, true) : prosAndCons(match[1])]);
    }
    match = /^(?:shouldn't|should not)\s+(.+?)\s+be\s+(.+)$/i.exec(core);
    if (match)
        return [
            asQuestion(
                `what are the pros and cons of having ${lowerFirst(match[1])} ${withoutTimeTail(match[2])}`
            )
        ];
    match = /^(?:shouldn't|should not)\s+(.+)$/i.exec(core);
    if (match) {
        const parts = splitSubject(words(withoutTimeTail(match[1])), true);
        return parts
            ? [
                  asQuestion(
                      `what would it take for ${lowerFirst(parts[0].join(' '))} to ${parts[1].join(' ')}`
                  )
              ]
            : [];
    }
    match =
        /^(?:don't|do not|doesn't)\s+(?:you|we)\s+(?:think|agree|feel|believe|reckon)\s+(?:that\s+)?(.+)$/i.exec(
            core
        );
    if (match) {
        const inner = /^(?:you|we)\s+(?:should|need to|must|ought to|have to)\s+(.+)$/i.exec(
            match[1]
        );
        return inner
            ? compact([prosAndCons(inner[1])])
            : [asQuestion(`what's your view on whether ${match[1]}`)];
    }
    match =
        /^(?:wouldn't|would not|doesn't|don't|isn't|won't)\s+(?:it|that)\s+(?:be\s+)?(?:(?:a lot |much |even )?(?:better|smarter|safer|easier|wiser|best|good)|make (?:more )?sense|seem (?:better|smarter)|look better)\s+(?:to\s+)?(.+)$/i.exec(
            core
        );
    if (match) return compact([prosAndCons(match[1])]);
    match = /^(?:wouldn't|would not)\s+you\s+(?:rather|prefer to|want to)\s+(.+)$/i.exec(core);
    if (match) return compact([prosAndCons(match[1])]);
    match =
        /^(?:isn't|is not)\s+(?:it|this|that)\s+(?:about |high )?time\s+(?:we|you)\s+(\S+)(.*)$/i.exec(
            core
        );
    const timely = match ? baseForm(match[1].toLowerCase()) : undefined;
    if (match && timely) return compact([whatWouldItTake(timely + match[2])]);
    match = /^(?:isn't|is not)\s+(?:it|this|that)\s+(?:about |high )?time\s+to\s+(.+)$/i.exec(core);
    if (match) {
        const ing = gerundPhrase(match[1]);
        return compact([
            ing ? asQuestion(`how do you see the timing for ${ing}`) : undefined,
            whatWouldItTake(match[1])
        ]);
    }
    match = /^(?:isn't|is not)\s+(?:it|this|that)\s+(?:obvious|clear)\s+(?:that\s+)?(.+)$/i.exec(
        core
    );
    if (match) return [asQuestion(`what's your view on whether ${match[1]}`)];
    match =
        /^(?:isn't|is not)\s+(?:it|this|that)\s+(?:better|smarter|safer|easier|wiser)\s+to\s+(.+)$/i.exec(
            core
        );
    if (match) return compact([prosAndCons(match[1])]);
    match = /^(?:aren't|are not)\s+(?:you|we)\s+(?:supposed|meant|going)\s+to\s+(.+)$/i.exec(core);
    if (match) return compact([whatWouldHelpYou(match[1])]);
    match = /^(?:can't|cannot|couldn't)\s+(?:you|we)\s+(?:just\s+)?(.+)$/i.exec(core);
    if (match) return compact([whatWouldItTake(match[1])]);
    match = /^(?:didn't|don't|doesn't)\s+(?:you|we)\s+(?:need|have)\s+to\s+(.+)$/i.exec(core);
    if (match) return compact([whatWouldHelpYou(match[1])]);
    return [];
}

/** "…if I were you", "…in your shoes": the frame of a prescription, not part of the advice. */
const PRESCRIPTION_TAIL =
    /,?\s+(?:if (?:i (?:were|was) you|it (?:were|was) me|(?:it|this) (?:were|was) my (?:deal|account|opp|opportunity))|in your (?:shoes|position))\s*$/i;

function rephrasePrescription(core: string): string[] {
    const match =
        /\b(?:i'd|i would)\s+(?:(?:definitely|probably|just|really|personally|also|still|strongly|honestly|first|rather|be inclined to|be tempted to)\s+)?(.+)$/i.exec(
            core.replace(/[\s.!?]+$/, '').replace(PRESCRIPTION_TAIL, '')
        );
    if (!match) return [];
    const advice = /^(?:recommend|advise|suggest)\s+(\w+ing\b.*)$/i.exec(match[1]);
    if (advice) return [asQuestion(`what do you think about ${advice[1]}`)];
    const ing = gerundPhrase(match[1]);
    return compact([
        whatWouldItTake(match[1]),
        ing ? asQuestion(`what do you think about ${ing}`) : undefined
    ]);
}

function rephraseRequest(verdict: ClauseVerdict): string[] {
    const core = verdict.clause.core;
    const cueWords = words(core.slice(verdict.cueStart, verdict.cueEnd));
    const last = cueWords[cueWords.length - 1].toLowerCase();
    const rest = tidy(core.slice(verdict.cueEnd));
    // The cue ends with the verb ("could you send") or just before it ("…if you could")
    const base = /^(?:could|can|would)$/.test(last)
        ? ''
        : last.endsWith('ing')
          ? baseForm(last)
          : last;
    if (base === undefined) return [];
    const phrase = [base, rest].filter(Boolean).join(' ');
    if (/\b(?:me|us)\b/i.test(rest)) {
        return compact([
            asQuestion(`when would it work for you to ${phrase}`),
            whatWouldItTake(phrase)
        ]);
    }
    return compact([whatWouldItTake(phrase), howWouldYouApproach(phrase)]);
}

function rephraseMakeSure(verdict: ClauseVerdict): string[] {
    const cue = verdict.cue;
    const rest = afterCue(verdict);
    if (/(?:to|forget)$/.test(cue)) {
        const phrase = rest.replace(/^to\s+/i, '');
        return compact([whatWouldHelpYou(phrase), whatWouldItTake(phrase)]);
    }
    const addressed = /^(?:that\s+)?(?:you|to)\s+(.+)$/i.exec(rest);
    if (addressed) return compact([whatWouldHelpYou(addressed[1])]);
    return rest
        ? [asQuestion(`what would it take to make sure ${rest.replace(/^that\s+/i, '')}`)]
        : [];
}

function rephraseDirective(verdict: ClauseVerdict): string[] {
    const core = verdict.clause.core;
    const rest = afterCue(verdict);
    switch (verdict.rule) {
        case 'imperative':
            if (REPORTING_REQUEST.test(tidy(core))) return [];
            return compact([whatWouldItTake(tidy(core)), howWouldYouApproach(tidy(core))]);
        case 'imperative-negative': {
            if (/^stop$/i.test(verdict.cue)) return compact([whatWouldItTake(tidy(core))]);
            return compact([risksOf(tidy(rest))]);
        }
        case 'obligation-you':
        case 'obligation-we': {
            const negative = /(?:n't|not)$/i.test(verdict.cue);
            return rephraseObligation(tidy(rest), negative, verdict.rule === 'obligation-you');
        }
        case 'obligation-want-you-to': {
            // "I need you on the 3pm call" asks for the seller's presence, not an action
            const place = /\b(on|at|in|for)$/i.exec(verdict.cue);
            if (place && rest)
                return [asQuestion(`what would it take for you to be ${place[1]} ${tidy(rest)}`)];
            return rephraseObligation(tidy(rest), false, true);
        }
        case 'prescription-what-you-need':
            return rephraseObligation(tidy(rest), false, true);
        case 'obligation-critical':
            return rephraseObligation(tidy(rest), false, !/\bwe$/i.test(verdict.cue));
        case 'obligation-hindsight': {
            const participle = words(verdict.cue).pop() ?? '';
            const phrase = fromParticiple([participle, tidy(rest)].filter(Boolean).join(' '));
            return compact([phrase ? gettingInTheWay(phrase, true) : undefined]);
        }
        case 'obligation-make-sure':
            return rephraseMakeSure(verdict);
        case 'obligation-lets':
            return /^not\s/i.test(rest)
                ? compact([risksOf(tidy(rest.slice(4)))])
                : rephraseObligation(tidy(rest), false, false);
        case 'obligation-it-must': {
            const subject = verdict.cue.replace(
                /\s+(?:really|still|just|absolutely|definitely)?\s*(?:needs to|has to|must|'s got to|has got to)$/i,
                ''
            );
            const original = core.slice(verdict.cueStart, verdict.cueStart + subject.length);
            return rest
                ? [asQuestion(`what would it take for ${lowerFirst(original)} to ${tidy(rest)}`)]
                : [];
        }
        case 'obligation-you-need': {
            const needed = /\bneed\s+(.+)$/i.exec(core);
            return needed ? [asQuestion(`what would it take to have ${tidy(needed[1])}`)] : [];
        }
        case 'obligation-i-need': {
            const wanted =
                /^(?:(?:i|we)\s+)?(?:really |just |still |absolutely )?(?:need|want|expect|require|'d like|would like)\s+(.+)$|^i(?:'d| would)\s+(?:like|love|want)\s+to see\s+(.+)$/i.exec(
                    core
                );
            const object = wanted ? (wanted[1] ?? wanted[2]) : undefined;
            return object ? [asQuestion(`what would it take to have ${tidy(object)}`)] : [];
        }
        case 'obligation-time-to': {
            const phrase = /\btime\s+to\s+(.+)$/i.exec(core);
            if (!phrase) return [];
            const ing = gerundPhrase(tidy(phrase[1]));
            return compact([
                whatWouldItTake(tidy(phrase[1])),
                ing ? asQuestion(`how do you see the timing for ${ing}`) : undefined
            ]);
        }
        case 'obligation-please':
        case 'request-please':
            return rephraseWithoutPlease(verdict);
        case 'prescription-if-i-were-you':
        case 'prescription-i-would':
            return rephrasePrescription(core);
        case 'request-to-act':
            return rephraseRequest(verdict);
        case 'leading-question':
            return rephraseLeading(tidy(core));
        case 'blame-why-negative':
        case 'blame-why-would':
        case 'blame-still':
        case 'blame-not-yet':
        case 'blame-how-come':
        case 'blame-not-done':
        case 'blame-why-no':
        case 'blame-reason':
            return rephraseBlame(tidy(core));
        default:
            return [];
    }
}

/** "Please loop in the SE" reads, without "please", as an imperative: rephrase that. */
function rephraseWithoutPlease(verdict: ClauseVerdict): string[] {
    const core = tidy(verdict.clause.core.replace(/\b(?:please|kindly)\b,?/gi, ''));
    if (!core) return [];
    const again = classifyClause({ ...verdict.clause, core });
    return again.kind === 'directive' &&
        again.rule !== 'obligation-please' &&
        again.rule !== 'request-please'
        ? rephraseDirective(again)
        : [];
}

// ---------------------------------------------------------------------------------------------
// Closed questions

/** Splits "the security review done" into subject and predicate, or undefined when unclear. */
function splitSubject(list: string[], verbFollows: boolean): [string[], string[]] | undefined {
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
            /(?:ing|able|ible|ive|ous|ful)$/.test(lower)
        );
    };
    let end = 1;
    const determined = NP_DETERMINERS.has(first) && !PRONOUN_SUBJECTS.has(first);
    if (determined || ((first === 'this' || first === 'that') && !endsSubject(list[1]))) {
        end = 2;
        while (end < list.length && end < 5 && !endsSubject(list[end])) end++;
    } else if (!PRONOUN_SUBJECTS.has(first)) {
        while (end < list.length && end < 3 && /^[A-Z]/.test(list[end]) && !endsSubject(list[end]))
            end++;
    }
    if (end >= list.length || !endsSubject(list[end])) return undefined;
    // "the security review pass": of two verbs in a row, the last is the verb, the first a noun
    while (verbFollows && end + 1 < list.length && isBaseVerb(list[end + 1].toLowerCase())) end++;
    return [list.slice(0, end), list.slice(end)];
}

function rephraseClosedWithSubject(auxiliary: string, rest: string): string[] {
    const list = words(withoutTimeTail(rest).replace(SOFT_ADVERBS, ''));
    // A perfect ends its subject at the participle: "Has the chap from IT | signed the NDA?"
    const participle = /^(?:has|have|had)$/.test(auxiliary)
        ? list.findIndex((word, index) => index > 0 && isPastForm(word.toLowerCase()))
        : -1;
    if (participle > 0) {
        const subject = lowerFirst(list.slice(0, participle).join(' '));
        if (!/^(?:you|i)$/i.test(subject)) {
            return [
                asQuestion(
                    `how confident are you that ${affirmative(subject)} ${auxiliary} ${list.slice(participle).join(' ')}`
                )
            ];
        }
    }
    const modal = /^(?:will|would|can|could|should|might|may)$/.test(auxiliary);
    const doSupport = /^(?:do|does|did)$/.test(auxiliary);
    const parts = splitSubject(list, modal || doSupport);
    if (!parts) return [];
    const [subjectWords, predicateWords] = parts;
    const subject = lowerFirst(subjectWords.join(' '));
    const predicate = predicateWords.join(' ');
    if (doSupport) {
        const base = predicateWords[0].toLowerCase();
        const verb =
            auxiliary === 'did' ? pastTense(base) : auxiliary === 'does' ? thirdPerson(base) : base;
        const tail = predicateWords.slice(1).join(' ');
        return [
            asQuestion(
                `what's your read on whether ${subject} ${[verb, tail].filter(Boolean).join(' ')}`
            )
        ];
    }
    if (modal) return [asQuestion(`how likely is it that ${subject} ${auxiliary} ${predicate}`)];
    const head = predicateWords.filter((word) => word.toLowerCase() !== 'still');
    const first = head[0]?.toLowerCase() ?? '';
    const tail = head.slice(1).join(' ');
    if (
        auxiliary === 'is' &&
        NOMINALIZATIONS.has(first) &&
        (tail === '' || PREPOSITIONS.has(head[1]?.toLowerCase() ?? ''))
    ) {
        return [
            asQuestion(
                `where does ${subject} ${NOMINALIZATIONS.get(first)}${tail ? ' ' + tail : ''} stand`
            )
        ];
    }
    if ((auxiliary === 'is' || auxiliary === 'are') && GRADABLE.has(first)) {
        return [asQuestion(`how ${first} ${auxiliary} ${subject}${tail ? ' ' + tail : ''}`)];
    }
    return [
        asQuestion(
            `how confident are you that ${affirmative(subject)} ${auxiliary} ${affirmative(predicate)}`
        )
    ];
}

/** "anyone" belongs to questions; a "that" clause needs "someone". */
function affirmative(text: string): string {
    return text.replace(/\bany(one|body|thing)\b/gi, 'some$1');
}

function rephraseClosed(core: string): string[] {
    const text = tidy(core);
    if (/\bor\b/i.test(text)) return [];
    let match =
        /^(?:any|anything)(?:\s+(?:update|updates|news|word|progress|movement|feedback|response|luck))?\s+(?:on|from|with|re|regarding|about)\s+(.+)$/i.exec(
            text
        );
    if (match) return [asQuestion(`where do things stand with ${withoutTimeTail(match[1])}`)];
    match = /^any (?:chance|likelihood|hope)\s+(?:that\s+)?(.+)$/i.exec(text);
    if (match) return [asQuestion(`how likely is it that ${match[1]}`)];
    match = /^any\s+(\w+s)(?:\s+((?:on|in|with|for|from|around|at|to)\s+.+))?$/i.exec(text);
    if (match) return [asQuestion(`what ${match[1]} do you see${match[2] ? ' ' + match[2] : ''}`)];
    match = /^(?:have you\s+)?heard\s+((?:anything\s+)?(?:back\s+)?from\s+.+)$/i.exec(text);
    if (match) return [asQuestion(`what have you heard ${match[1].replace(/^anything\s+/i, '')}`)];
    if (/^(?:should|shall|can|could) i\b|^do you want me to\b|^would it help if i\b/i.test(text)) {
        return ['Where would it help most for me to be involved?'];
    }
    match = /^(?:do|did) you (?:think|believe|reckon|feel)\s+(?:that\s+)?(.+)$/i.exec(text);
    if (match) return [asQuestion(`what's your read on whether ${withoutTimeTail(match[1])}`)];
    match = /^(?:can|could|would) you tell (?:me|us) (?:if|whether)\s+(.+)$/i.exec(text);
    if (match) return [asQuestion(`what's your read on whether ${withoutTimeTail(match[1])}`)];
    match = /^did you (?:get a chance|have time|manage) to\s+(.+)$/i.exec(text);
    if (match) {
        const ing = gerundPhrase(withoutTimeTail(match[1]));
        return ing ? [asQuestion(`where are you with ${ing}`)] : [];
    }
    match = /^do you have\s+(an?)\s+(.+)$/i.exec(text);
    if (match) return [asQuestion(`where are you with ${match[1]} ${match[2]}`)];
    match = /^(have|had|did)\s+you\s+(?:already\s+|ever\s+)?(.+)$/i.exec(text);
    if (match) {
        const phrase =
            match[1].toLowerCase() === 'did'
                ? withoutTimeTail(match[2])
                : fromParticiple(withoutTimeTail(match[2]));
        const ing = phrase ? gerundPhrase(phrase) : undefined;
        return ing ? [asQuestion(`where are you with ${ing}`)] : [];
    }
    match = /^are you\s+(\w+)(.*)$/i.exec(text);
    if (match) {
        const word = match[1].toLowerCase();
        if (GRADABLE.has(word)) return [asQuestion(`how ${word} are you${match[2]}`)];
        if (word.endsWith('ing') && baseForm(word))
            return [asQuestion(`what's your plan for ${word}${match[2]}`)];
        return [];
    }
    match = /^is there anything(?: else)? (i|we) (?:can|could) do\b\s*(.*)$/i.exec(text);
    if (match) return [asQuestion(`what can ${match[1]} do ${match[2]}`)];
    match = /^(is|are)\s+there\s+(?:an?\s+|any\s+)?(.+)$/i.exec(text);
    if (
        match &&
        !/^(?:anything|anyone|anybody|something|someone)\b|\b(?:i|you|we|they|he|she)\b/i.test(
            match[2]
        )
    ) {
        const list = words(match[2]);
        const cut = list.findIndex(
            (word, index) => index > 0 && PREPOSITIONS.has(word.toLowerCase())
        );
        const noun = (cut < 0 ? list : list.slice(0, cut)).join(' ');
        const tail = cut < 0 ? '' : ' ' + list.slice(cut).join(' ');
        return [asQuestion(`what ${noun} ${match[1].toLowerCase()} there${tail}`)];
    }
    match =
        /^(is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|might|may)(?:n't)?\s+(.+)$/i.exec(
            text
        );
    if (match) return rephraseClosedWithSubject(match[1].toLowerCase(), match[2]);
    match = /^(\w+)\s+(\S+)(.*)$/.exec(text);
    // "Booked the demo?" asks about an action; "Locked for Q4?" has no object to act on
    if (
        match &&
        isPastForm(match[1].toLowerCase()) &&
        baseForm(match[1].toLowerCase()) &&
        !PREPOSITIONS.has(match[2].toLowerCase())
    ) {
        const phrase = fromParticiple(withoutTimeTail(text));
        const ing = phrase ? gerundPhrase(phrase) : undefined;
        return ing ? [asQuestion(`where are you with ${ing}`)] : [];
    }
    const tagged = /^(.+?),?\s+(?:right|correct|yes|yeah|no|ok|okay)$/i.exec(text);
    const statement = tagged ? tagged[1] : text;
    if (
        /^(?:the|our|your|their|legal|procurement|finance|security|they|he|she|it|we)\b.*\b(?:is|are|was|were|has|have|had|will|can|\w+ed)\b/i.test(
            statement
        )
    ) {
        return [asQuestion(`how confident are you that ${lowerFirst(withoutTimeTail(statement))}`)];
    }
    return [];
}

// ---------------------------------------------------------------------------------------------

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
