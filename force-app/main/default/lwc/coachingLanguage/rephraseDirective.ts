/**
 * Rephrasings of directives, chosen by the rule that read the clause: each shape of order gets
 * questions that hand the decision back to the seller.
 */
import type { ClauseVerdict } from './rules';
import { classifyClause } from './rules';
import {
    asQuestion,
    compact,
    fromParticiple,
    gettingInTheWay,
    howWouldYouApproach,
    lowerFirst,
    orderGerund,
    planFor,
    planForThing,
    prosAndCons,
    REPORTING_REQUEST,
    risksOf,
    SOFT_ADVERBS,
    splitSubject,
    thinkingAbout,
    tidy,
    withoutDeadline,
    withoutTimeTail,
    words
} from './rephraseFrames';
import { baseForm, gerundPhrase, isPastForm } from './verbs';

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
        ? compact([planFor(rest), thinkingAbout(rest)])
        : compact([planFor(rest), howWouldYouApproach(rest)]);
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
    if (/^(?:don't|do not)$/.test(auxiliary)) return compact([planFor(rest)]);
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
    // "…waiting on the POC results, chase their IT team": what follows a comma is another clause
    const waiting = /\bwaiting\s+(?:on|for)\s+([^,]+)/i.exec(core);
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
        ? [
              asQuestion(
                  `what's getting in the way of ${lowerFirst(match[1].replace(/\s+still$/i, ''))} ${ing}`
              )
          ]
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
        // "Shouldn't the SE join the call?": the seller's view on someone else's step
        const parts = splitSubject(words(withoutTimeTail(match[1])), true);
        const ing = parts ? gerundPhrase(parts[1].join(' ')) : undefined;
        return parts && ing
            ? [asQuestion(`what's your view on ${lowerFirst(parts[0].join(' '))} ${ing}`)]
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
    if (match && timely) return compact([planFor(timely + match[2])]);
    match = /^(?:isn't|is not)\s+(?:it|this|that)\s+(?:about |high )?time\s+to\s+(.+)$/i.exec(core);
    if (match) {
        const ing = gerundPhrase(match[1]);
        return compact([
            ing ? asQuestion(`how do you see the timing for ${ing}`) : undefined,
            planFor(match[1])
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
    if (match) return compact([thinkingAbout(match[1])]);
    match = /^(?:can't|cannot|couldn't)\s+(?:you|we)\s+(?:just\s+)?(.+)$/i.exec(core);
    if (match) return compact([planFor(match[1])]);
    match = /^(?:didn't|don't|doesn't)\s+(?:you|we)\s+(?:need|have)\s+to\s+(.+)$/i.exec(core);
    if (match) return compact([thinkingAbout(match[1])]);
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
    const advised = tidy(match[1]);
    const ing = orderGerund(advised);
    return compact([
        planFor(advised),
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
    return compact([planFor(phrase), howWouldYouApproach(phrase)]);
}

function rephraseMakeSure(verdict: ClauseVerdict): string[] {
    const cue = verdict.cue;
    const rest = afterCue(verdict);
    if (/(?:to|forget)$/.test(cue)) {
        const phrase = rest.replace(/^to\s+/i, '');
        return compact([thinkingAbout(phrase), planFor(phrase)]);
    }
    const addressed = /^(?:that\s+)?(?:you|to)\s+(.+)$/i.exec(rest);
    if (addressed) return compact([thinkingAbout(addressed[1])]);
    // "…go in this week though, their cutoff is strict": the comment after a comma is not the outcome
    const outcome = withoutDeadline(
        tidy(rest.replace(/^that\s+/i, '').split(/,\s/)[0]).replace(/\s+(?:though|tho)$/i, '')
    );
    return outcome && !/\b(?:i|me)\b/i.test(outcome)
        ? [asQuestion(`how are you planning to make sure ${outcome}`)]
        : [];
}

export function rephraseDirective(verdict: ClauseVerdict): string[] {
    const core = verdict.clause.core;
    const rest = afterCue(verdict);
    switch (verdict.rule) {
        case 'imperative': {
            if (REPORTING_REQUEST.test(tidy(core))) return [];
            // "Do not offer a pilot" is a prohibition, whichever rule read it
            const prohibited = /^(?:do not|don't)\s+(.+)$/i.exec(tidy(core));
            if (prohibited) return compact([risksOf(prohibited[1])]);
            return compact([planFor(tidy(core)), howWouldYouApproach(tidy(core))]);
        }
        case 'imperative-negative': {
            if (/^stop$/i.test(verdict.cue)) return compact([planFor(tidy(core))]);
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
                return [asQuestion(`how does being ${place[1]} ${tidy(rest)} fit with your plans`)];
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
                /\s+(?:really|still|just|absolutely|definitely|does)?\s*(?:needs? to|needs?|has to|have to|must|should|'s got to|has got to)$/i,
                ''
            );
            const original = core.slice(verdict.cueStart, verdict.cueStart + subject.length);
            return rest ? compact([planForThing(original)]) : [];
        }
        case 'obligation-owed':
            return rephraseOwed(core);
        case 'obligation-you-need': {
            const needed = /\bneed\s+(.+)$/i.exec(core);
            return needed ? compact([planForThing(tidy(needed[1]))]) : [];
        }
        case 'obligation-i-need': {
            const wanted =
                /^(?:(?:i|we)\s*)?(?:'d |would )?(?:really |just |still |absolutely )?(?:need|want|expect|require|'d like|would like)\s+(.+)$|^i(?:'d| would)\s+(?:like|love|want)\s+to see\s+(.+)$/i.exec(
                    core
                );
            // "…so I need the review deck from you by wednesday": the need after its reason
            const owed = /\bneed\s+((?:the|your|an?|this|that|those|these)\s.+)$/i.exec(core);
            const object = wanted ? (wanted[1] ?? wanted[2]) : owed?.[1];
            // "…by Friday, get it": what follows the comma is another order
            return object ? compact([planForThing(tidy(object.split(/,\s/)[0]))]) : [];
        }
        case 'soft-order':
            return rephraseSoftOrder(core);
        case 'blame-expected': {
            // "I was expecting the business case in my inbox yesterday": ask where it stands
            const owed =
                /\b(?:expecting|expected|hoping (?:to (?:see|get|have)|for))\s+((?:the|your|an?|that|this|those|these|some)(?:\s+[\w'-]+){1,4}?)(?=\s+(?:in|on|from|by|to|at|for|over|yesterday|today|this|last|already|earlier|before|after|updated|done|sent|signed|logged|filled|written|drawn|shared)\b)/i.exec(
                    core
                );
            if (!owed) return [];
            // a plan is asked after as "where are you with" already: offer it once
            const plan = planForThing(owed[1]);
            return compact([
                asQuestion(`where are you with ${owed[1]}`),
                plan?.startsWith('Where') ? undefined : plan
            ]);
        }
        case 'obligation-time-to': {
            const phrase = /\btime\s+to\s+(.+)$/i.exec(core);
            if (!phrase) return [];
            const gerund = gerundPhrase(tidy(phrase[1]));
            // "stopping waiting on the champion": two gerunds in a row read badly
            const ing = gerund && !/^\S+ing \S+ing\b/.test(gerund) ? gerund : undefined;
            return compact([
                planFor(tidy(phrase[1])),
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

/**
 * "if you could send the SOW today that'd be ideal", "would be good to have the criteria signed
 * off by friday", "gonna need the mutual plan in SF": the action or the thing asked for.
 */
function rephraseSoftOrder(core: string): string[] {
    const asked =
        /\bif (?:you|u) (?:could|can|would) (.+?)(?:,?\s+(?:that|it)(?:'d| would) be \w+)?$/i.exec(
            core
        ) ?? /\bneed (?:you|u) to (.+)$/i.exec(core);
    if (asked) return compact([planFor(tidy(asked[1])), howWouldYouApproach(tidy(asked[1]))]);
    // "it'd really help me if you updated the field": the past tense of the same request
    const past = /\bif (?:you|u) ([a-z]+ed)\b(.*)$/i.exec(core);
    const base = past ? baseForm(past[1].toLowerCase()) : undefined;
    if (past && base)
        return compact([planFor(tidy(base + past[2])), howWouldYouApproach(tidy(base + past[2]))]);
    // "to get the legal review moving" is an action: "getting the legal review moving"
    const gotten = /\bto get (.+)$/i.exec(core);
    if (gotten) return compact([planFor(`get ${tidy(gotten[1])}`)]);
    const wished = /\b(?:to (?:have|see)|need) (.+)$/i.exec(core);
    return wished ? compact([planForThing(tidy(wished[1].split(/,\s/)[0]))]) : [];
}

/**
 * Work owed, stated as fact: "your job this week is getting the EB in the room", "the priority is
 * for you to nail down the criteria", "your close plans are due to me by thursday", "the QBR deck
 * comes to me first", "the bid needs your compliance matrix by the 12th", "the close plan has to
 * be in the opp": the work, as a plan.
 */
function rephraseOwed(core: string): string[] {
    const job = /\bis (?:for you to )?(.+)$/i.exec(core);
    if (
        /^(?:your|the) (?:\w+ )?(?:job|priority|focus|task|homework|mission)\b/i.test(core) &&
        job
    ) {
        const work = tidy(job[1]);
        if (/^\w+ing\s/i.test(work))
            return [
                asQuestion(
                    `what's your plan for ${withoutDeadline(work)}, and what could get in the way`
                )
            ];
        return compact([planFor(work)]);
    }
    const needed = /\bneeds (your [\w' -]+?) by\b/i.exec(core);
    const stated =
        /^(.+?)\s+(?:is|are) due\b|^(.+?)\s+(?:comes|goes) (?:to|through|past|by) me\b|^(.+?)\s+(?:needs?|has|have) to be\b/i.exec(
            core
        );
    const thing = needed?.[1] ?? stated?.slice(1).find(Boolean);
    return thing ? compact([planForThing(tidy(thing))]) : [];
}

/** "Please loop in the SE" reads, without "please", as an imperative: rephrase that. */
function rephraseWithoutPlease(verdict: ClauseVerdict): string[] {
    // "send the proposal until friday please, the board meets monday": the comma after "please"
    // still ends the order
    const core = tidy(
        verdict.clause.core
            .replace(/^\s*(?:please|kindly)\b,?\s*/i, '')
            .replace(/\s*\b(?:please|kindly)\b/gi, '')
    );
    if (!core) return [];
    const again = classifyClause({ ...verdict.clause, core });
    return again.kind === 'directive' &&
        again.rule !== 'obligation-please' &&
        again.rule !== 'request-please'
        ? rephraseDirective(again)
        : [];
}
