/**
 * The coaching-language rules as tables: each rule names the kind it decides and the words (its
 * cue) that decide it. Here are the tables for questions and for any frame; those for statements
 * and orders are in declarativeRules. Within a table the first rule that matches wins, so the
 * order of a table is part of the rule. Blame questions are checked first in every frame.
 */
import type { CoachingKind } from './kinds';
import type { RuleContext } from './ruleGuards';
import {
    aboutIsIdea,
    hasOrderShape,
    isAboutTheDeal,
    isActionVerb,
    lastWord,
    politeRequestKind,
    POLITE_FRAME,
    tokenize,
    whatIfIsIdea
} from './ruleGuards';
import { OUTCOME_VERBS, PEOPLE } from './ruleWords';
import { baseForm, isPastForm } from './verbs';

/** Names of the rules; the rephrasings are chosen by them. */
export type RuleId =
    | 'idea-marker'
    | 'blame-why-negative'
    | 'blame-why-would'
    | 'blame-still'
    | 'blame-not-yet'
    | 'blame-not-done'
    | 'blame-how-come'
    | 'blame-reason'
    | 'blame-why-no'
    | 'blame-how-many-times'
    | 'blame-challenge'
    | 'blame-yes-no'
    | 'blame-expected'
    | 'soft-order'
    | 'closed-short-fact'
    | 'closed-status-chase'
    | 'obligation-dropped-subject'
    | 'request-mind'
    | 'prescription-what-you-need'
    | 'suggest-what-if'
    | 'open-what-if'
    | 'suggest-what-about'
    | 'open-what-about'
    | 'suggest-why-not'
    | 'open-wh'
    | 'leading-question'
    | 'suggest-question'
    | 'suggest-shall-we'
    | 'open-view-request'
    | 'request-to-act'
    | 'request-please'
    | 'closed-auxiliary'
    | 'offer-of-help'
    | 'praise'
    | 'open-elliptical'
    | 'suggest-hedge'
    | 'speculation'
    | 'suggest-you-could'
    | 'suggest-idea-phrase'
    | 'prescription-if-i-were-you'
    | 'prescription-i-would'
    | 'prescription-better-to'
    | 'obligation-you'
    | 'obligation-you-need'
    | 'obligation-hindsight'
    | 'obligation-want-you-to'
    | 'obligation-i-need'
    | 'obligation-make-sure'
    | 'obligation-critical'
    | 'obligation-please'
    | 'obligation-lets'
    | 'obligation-let-me-know'
    | 'obligation-we'
    | 'obligation-it-must'
    | 'obligation-owed'
    | 'obligation-time-to'
    | 'obligation-no-more'
    | 'imperative-negative'
    | 'imperative-be'
    | 'imperative'
    | 'closed-elliptical'
    | 'closed-question-mark'
    | 'statement';

export interface Rule {
    readonly id: RuleId;
    readonly kind: CoachingKind;
    /** Tested on the lower-case clause; the whole match is the cue. */
    readonly pattern: RegExp;
    /** Extra conditions a regular expression would state less readably. */
    readonly accept?: (match: RegExpExecArray, context: RuleContext) => boolean;
}

/** The three rules a polite frame gives, one per kind it can ask for. */
export const POLITE_RULES: readonly Rule[] = [
    {
        id: 'suggest-question',
        kind: 'suggestion',
        pattern: POLITE_FRAME,
        accept: (m, c) => politeRequestKind(m, c) === 'suggestion'
    },
    {
        id: 'open-view-request',
        kind: 'open-question',
        pattern: POLITE_FRAME,
        accept: (m, c) => politeRequestKind(m, c) === 'open-question'
    },
    {
        id: 'request-to-act',
        kind: 'directive',
        pattern: POLITE_FRAME,
        accept: (m, c) => politeRequestKind(m, c) === 'directive'
    }
];

// ---------------------------------------------------------------------------------------------
// The tables

/** Blame and presumption, in any frame: "Why haven't you…", "Why is X still not done?". */
export const BLAME_RULES: readonly Rule[] = [
    {
        id: 'blame-why-negative',
        kind: 'directive',
        pattern:
            /\bwhy (?:on earth |the hell |exactly )?(?:haven't|hasn't|didn't|don't|won't|wouldn't|isn't|aren't|can't|couldn't|shouldn't|weren't|wasn't|have not|has not|did not|do not) (?:you|we)\b/
    },
    {
        id: 'blame-why-would',
        kind: 'directive',
        pattern: /\bwhy (?:on earth |the hell )?(?:would|'d) (?:you|we)\b|\bwhy'd (?:you|we)\b/
    },
    {
        // Challenges and sarcasm: "how hard is it to put a close date in a field", "are we
        // allergic to updating the CRM?", "should I just write the proposal myself then", "…or are
        // we waiting for it to expire", "why nobody answered them?", "and it is where exactly?"
        id: 'blame-challenge',
        kind: 'directive',
        pattern:
            /^how hard (?:is it|can it be|would it be) to\b|^care to explain\b|^(?:wasn't|weren't|isn't) the plan (?:to|that)\b[^?]*\b(?:by now|already|last week|yesterday|this week)\b|^(?:should|could)(?:'ve| have) been (?:done|sent|signed|booked|sorted|finished|handled|submitted|attached|approved|logged|updated)\b|\b(?:you're|you are) not (?:seriously|really|actually|honestly) [a-z]+ing\b|\bwhat (?:are|r) (?:you|we|u) waiting for\b|^what would it take (?:for you )?to (?:get|send|have|give) me\b|^where(?:'s| is) (?:the|my|your) [^?]*\bi asked (?:you )?for\b|^(?:are|is) (?:we|you|everyone) allergic to\b|^(?:should|shall|do|must) i (?:just |also )?[a-z]+\b[^?]*\bmyself\b|\bor (?:are|do) we (?:just )?(?:waiting|hoping|going to wait|letting)\b|\bwhy (?:nobody|no one|noone)\b|\b(?:is|are)\s*(?:\.{2,}\s*)?where(?: exactly)?$|^you (?:told me|said|promised)(?: me)? (?:(?:by|on) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bhow come (?:the|their) [a-z]+ (?:still )?(?:hasn't|haven't|has not) (?:seen|received|got|gotten|heard)\b/
    },
    { id: 'blame-still', kind: 'directive', pattern: /\bwhy\b[^?]*?\bstill\b/ },
    {
        // "how come the next step still says 'demo'": the same blame, about the deal
        id: 'blame-still',
        kind: 'directive',
        pattern: /\bhow come (?:the|our|your|this|that|it)\b[^?]*?\bstill\b/,
        accept: (m) => isAboutTheDeal(m[0])
    },
    {
        id: 'blame-not-yet',
        kind: 'directive',
        pattern:
            /\bwhy (?:hasn't|haven't|isn't|aren't|didn't|doesn't|wasn't|weren't|has not|have not|is not|are not)\b[^?]*?\b(?:yet|by now|already|been)\b/
    },
    {
        id: 'blame-how-come',
        kind: 'directive',
        pattern: /\bhow come (?:you|we)\b[^?]*?(?:n't\b|\bnot\b|\bnever\b|\bstill\b)/
    },
    {
        id: 'blame-reason',
        kind: 'directive',
        pattern:
            /\b(?:why|reason) (?:you|we) (?:still )?(?:haven't|hasn't|didn't|don't|can't|won't|aren't|never)\b|\breason (?:why )?(?:the|our|your|this|that|it)\b[^?]*?\b(?:hasn't|haven't|isn't|aren't|still)\b|\breason (?:why )?(?:nobody|no one|no-one)(?:'s|'d| has| have| had)? [a-z]+/,
        accept: (m) => !m[0].split(' ').some((word) => PEOPLE.has(word))
    },
    {
        id: 'blame-not-done',
        kind: 'directive',
        pattern:
            /\b(?:why|how come) (?:hasn't|haven't|isn't|aren't|has not|have not|is not|are not|didn't|did not) (?:the |our |your |this |that |it\b|anyone|anybody|no one|nobody)[^?]*|\bhow come (?:the|our|your|this|that|it)\b[^?]*?\b(?:hasn't|haven't|isn't|aren't|has not|have not|is not|are not)\b[^?]*/,
        accept: (m) => isAboutTheDeal(m[0])
    },
    { id: 'blame-why-no', kind: 'directive', pattern: /^why (?:still )?no\b/ },
    {
        id: 'blame-how-many-times',
        kind: 'directive',
        pattern: /\bhow many times (?:do|have|must|did|will) i\b/
    },
    {
        // A challenge dressed as a question: "…or what?", "…or shall I?", "so we're just not
        // chasing them then?", "weren't you meant to…", "did nobody think to…"
        id: 'blame-challenge',
        kind: 'directive',
        pattern:
            /\b(?:you|we)\b.*\bor (?:what|not)$|\bor (?:shall|should|do you want me to|will) i$|^(?:we're|you're|we are|you are) just not [a-z]+ing\b|\b(?:wasn't|weren't|isn't|aren't|was not|were not)\b[^?]*?\b(?:supposed|meant) to\b|\b(?:were|are|was) you (?:ever )?(?:planning|going|intending|hoping) (?:on|to)\b[^?]*\b(?:at some point|ever|any time soon|at all)$|\bwhen (?:exactly )?(?:were|was) you (?:going|planning|intending) (?:to|on)\b|\b(?:did|has|had) (?:nobody|no one|no-one) (?:think|bother|thought|bothered)\b|\bhow (?:is|are|has|have|was|were)\b[^?]*?\bstill (?:not|n't)\b|^what(?:'s| is) stopping (?:you|us) from just\b|^did you forget\b|^you do (?:know|realise|realize)\b|^(?:didn't|did) (?:we|you) (?:not )?agree\b|\bwhy do i (?:have|need) to\b|\bwhy (?:on earth |the hell )?did (?:you|we) (?:let|allow|agree to|accept|offer|give away)\b|\b(?:we|you) (?:agreed|said|promised|agree|say|promise)(?: that)? [^,?]*?\b(?:would|'d)\b[^,?]*?\b(?:by now|yesterday|last week|this week|this morning|(?:on |by )?(?:mon|tues|wednes|thurs|fri)day|by the \d+(?:st|nd|rd|th)?|by (?:the )?end of (?:the )?(?:day|week|month))\b|^(?:you|we) (?:were|was) (?:supposed|meant) to\b|^(?:you|we) (?:were|was) (?:going|planning) (?:to|on)\b[^?]*?(?:\b(?:yesterday|last week|by now|this morning|on (?:mon|tues|wednes|thurs|fri)day)\b|, i (?:still )?(?:haven't|have not|havent) (?:seen|had|got|received)\b)|^(?:were|was) you (?:planning|going|intending) (?:on|to) (?:tell|telling|let|letting|update|updating|inform|informing) (?:me|us)\b|^(?:wasn't|weren't|isn't|aren't) (?:the|your|our|their) [^?]*?\bdue\b|\bwhy (?:on earth|the hell) did (?:you|we)\b/
    },
    {
        // Blame asked as a yes/no question: "surely you've sent the proposal by now?", "you are
        // calling their CFO this week, right?", "did you not think to check…", "were you ever
        // going to log…", "how come nobody has spoken to…", "when you'll actually send the deck"
        id: 'blame-yes-no',
        kind: 'directive',
        pattern:
            /^surely (?:you|we|u)\b|\bsurely\b[^?]*?\b(?:by now|already|yet)\b|\b(?:you|we)(?:'ve|'re| have| are) surely\b|^(?:you|we|u)(?:'re| are| r|'ll| will|'ve| have| did| do) (?:definitely |still |going to |gonna )?([a-z-]+)\b[^?]*,? (?:right|yes|yeah|yep|correct|no|(?:haven't|didn't|aren't|won't|don't) (?:you|we))$|^(?:did|do|have|had) (?:you|we) not (?:think|thought|bother|bothered|consider|considered|check|checked)\b|^(?:didn't|haven't|hadn't) (?:you|we) (?:think|thought|bother|bothered) to\b|^(?:were|are|was) you (?:ever|actually|really) (?:going|planning|intending|gonna) (?:to|on)?\b|\bhow come (?:nobody|no one|no-one|none of (?:you|us))\b|\b(?:you(?:'ll| will| are going to|'re going to|'re gonna)|will you) (?:actually|finally|ever)\b/,
        accept: (m) =>
            m[1] === undefined ||
            isActionVerb(m[1]) ||
            ((m[1].endsWith('ing') || isPastForm(m[1])) && isActionVerb(baseForm(m[1]))) ||
            m[1] === 'remember'
    },
    {
        // A deliverable the seller owes, asserted and tagged for confirmation: "so the deck went
        // out monday like we said, didn't it?", "the MAP is going to their committee friday, right?"
        id: 'blame-yes-no',
        kind: 'directive',
        pattern:
            /^(?:the|your|our|that|this) (?:[a-z-]+ ){0,3}(?:deck|map|proposal|quote|sow|contract|msa|order form|plan|notes|recap|redlines|questionnaire|pricing|model|case|agenda|summary|invite|paperwork|one pager|forecast|deliverables?|e-?mail|follow-?up|timeline|slides|docs?|document|responses?|answers?) (?:went (?:out|over|back)|got (?:sent|signed|logged|returned|done|updated|back)|was (?:sent|logged|returned|done|updated)|is (?:going|with|signed|booked|logged|done|updated)|was with|goes|landed)\b[^?]*,\s*(?:right|didn't it|did it not|hasn't it|isn't it|aren't they|didn't they|yeah|correct|yes)$/
    },
    {
        // A deliverable of the seller's that was due and has not come: "the onboarding plan was
        // supposed to be with their IT lead last week"
        id: 'blame-expected',
        kind: 'directive',
        pattern:
            /^(?:the|your|our|that|this) (?:[a-z-]+ ){0,3}(?:deck|map|proposal|quote|sow|contract|msa|order form|plan|notes|recap|redlines|questionnaire|pricing|model|case|agenda|summary|invite|paperwork|one pager|forecast|deliverables?) (?:was|were) (?:(?:supposed|meant) to|due)\b/,
        accept: (m) =>
            !m[0]
                .split(' ')
                .slice(0, 4)
                .some((word) => PEOPLE.has(word))
    },
    {
        // The same with "I" dropped, which reads as a question's auxiliary: "was expecting to see
        // the discovery notes logged after yesterdays call"
        id: 'blame-expected',
        kind: 'directive',
        pattern:
            /^was (?:expecting|hoping) (?:to (?:see|get|have) )?(?:the|your|an?|that|this|those|these|some) [^,?]*?\b(?:yesterday(?:'?s)?|by now|this morning|last (?:night|week)|today|updated|done|sent|signed|logged|filled in)\b/
    },
    {
        // "how come the legal redlines are still sitting in your inbox?": still with the seller
        id: 'blame-still',
        kind: 'directive',
        pattern:
            /\bhow come\b[^?]*?\bstill\b[^?]*?\b(?:(?:in|on|with) your (?:inbox|desk|court|drafts?|queue|hands|outbox|list|plate)|with you)\b/
    },
    {
        // "why did you send them the price list without running it by me?": done behind my back
        id: 'blame-why-would',
        kind: 'directive',
        pattern:
            /\bwhy (?:did|would|do) (?:you|we) [^?]*?\bwithout (?:running|checking|asking|telling|clearing|looping|talking|consulting|flagging|getting)\b/
    },
    {
        // "please tell me you've sent the questionnaire back by now"
        // "you haven't sent the onboarding timeline to their IT team yet, have you?"
        id: 'blame-yes-no',
        kind: 'directive',
        pattern:
            /^(?:you|we) (?:haven't|have not|didn't|did not|still haven't) ([a-z-]+)\b[^?]*,\s*(?:have|did) (?:you|we)$/,
        accept: (m) => isPastForm(m[1]) && isActionVerb(baseForm(m[1]))
    },
    {
        // "the quote for the hospital group, you was supposed to send it on monday"
        id: 'blame-challenge',
        kind: 'directive',
        pattern: /, (?:you|u) (?:was|were) (?:supposed|meant) to [a-z-]+/
    },
    {
        // "still waiting on the call notes from monday", "you still owe me the forecast", "I asked
        // for the pricing rationale on monday and I still don't have it": a deliverable overdue
        id: 'blame-expected',
        kind: 'directive',
        pattern:
            /^(?:(?:i'm|i am|we're|we are) )?still waiting (?:on|for) (?:the|your|those|that|this|these|an?) ([a-z-]+)|^(?:i'm|i am) (?:still )?waiting (?:on |for )?your [^,?]*\bsince\b|\b(?:you|u) (?:still )?owe (?:me|us)\b|\bi asked for (?:the|your|an?|those|that|this) [^,?]*?\b(?:and|but) (?:i )?still (?:don't|haven't|do not|have not|can't)\b|^(?:i|we) (?:had )?expected (?:the|your|an?|that|this|those|these) [^?]*\b(?:and|but) (?:it|they|that)(?:'s| is| was| were|'re)? ?(?:not|n't|wasn't|isn't|weren't|aren't)\b|^(?:i|we)(?: was| were|'d been| had been)? (?:counting|relying) on (?:having |getting |seeing )?(?:the|your|an?|that|this) [^,?]*?\b(?:yesterday|by now|this morning|last (?:night|week)|today|earlier)\b|^(?:i )?thought (?:you|we)(?:'d| had| would| were going to)\b[^?]*\b(?:sorted|done|handled|covered|fixed|sent|booked|signed|by now|last week|yesterday)\b/,
        // not the customer's side of the deal: "still waiting on the PO?"
        accept: (m, c) =>
            m[1] === undefined ||
            (!c.question &&
                !PEOPLE.has(m[1]) &&
                !/^(?:po|signed|signature|contract|approval|budget|decision|purchase)$/.test(m[1]))
    },
    {
        // "how is it that the POC has run 6 weeks without…", "how come X is news to me",
        // "why are we only sending the MSA now?", "what happened with sending the docs?"
        id: 'blame-challenge',
        kind: 'directive',
        pattern:
            /^how is it that\b|\bhow come\b[^?]*\bnews to me\b|\bwhy (?:are|am|is) (?:we|you) only (?:now )?[a-z]+ing\b|^what happened (?:with|to) [a-z]+ing\b|^what happened (?:with|to) (?:the|your) (?:[a-z-]+ ){0,2}(?:deck|map|proposal|quote|sow|contract|plan|notes|recap|redlines|questionnaire|pricing|model|case|agenda|summary|invite|paperwork|forecast|docs|follow-?up|e-?mail)\b/
    },
    {
        // "you sent the proposal right", "you've already sent the paperwork, right?",
        // "getting the renewal quote out today yeah?": done, or about to be, and tagged
        id: 'blame-yes-no',
        kind: 'directive',
        pattern:
            /^(?:you|we)(?:'ve| have| did|'re| are)?(?: (?:already|definitely|actually|also))? ([a-z-]+)\b[^?]*?,?\s*(?:right|yeah|yes|yep|correct)$|\byou (?:lead|go|take|send|call|present|start|open|handle|own|do|bring|walk)\b[^?]*,\s*(ok|okay)$|^([a-z]+ing) (?:the|your|that|this|those|these|it|them)\b[^?]*?,?\s*(?:right|yeah|yes)$/,
        accept: (m) => {
            if (m[3] !== undefined) return true;
            if (m[1] === undefined) return isActionVerb(baseForm(m[2]));
            return (isPastForm(m[1]) || m[1].endsWith('ing')) && isActionVerb(baseForm(m[1]));
        }
    },
    {
        // "the partner should have had the deal reg paperwork from you a week ago"
        id: 'blame-expected',
        kind: 'directive',
        pattern:
            /\bshould(?: have|'ve) (?:had|got|gotten|received|seen) (?:the|your|an?|that|this|those|these|some) [^,?]*?\bfrom you\b/
    },
    {
        id: 'blame-yes-no',
        kind: 'directive',
        pattern: /^(?:please )?tell me (?:you|we)(?:'ve| have|'re| are| did| sent)\b/
    },
    {
        id: 'prescription-what-you-need',
        kind: 'directive',
        pattern:
            /^what (?:you|we) (?:really |just )?(?:need|have|must|should|ought|'ve got|got)(?: to)?(?: do)? is\b|^what i (?:really |just )?(?:need|want|'d like|would like|expect) is (?:for )?(?:you|us) to\b/
    }
];

/**
 * Orders asked softly, in any frame: "any way you could tidy the notes", "be great if the plan
 * was updated", "would be good to have it signed off by Friday" (an idea has no deadline).
 */
export const SOFT_ORDER_RULES: readonly Rule[] = [
    {
        // A need named as the one thing wanted: "the one thing i need from you this week is…"
        id: 'prescription-what-you-need',
        kind: 'directive',
        pattern:
            /^(?:the |my )?(?:one |only |main |big |first |key )?thing i (?:really )?(?:need|want|'d like|would like|expect) from you\b[^,]*?\bis\b/
    },
    {
        // A thing wanted done: "i'd want the ACV math double checked by deal desk before…"
        id: 'obligation-i-need',
        kind: 'directive',
        pattern:
            /^(?:i'd|id|i would|i'll|i will) (?:really |also |still )?(?:want|like|need) (?:the|your|this|that|our|all|every|those|these) [a-z -]{1,40}? (?:double[- ]checked|checked|reviewed|signed off|signed|updated|sent|done|fixed|approved|cleaned up|confirmed|validated|booked|ready|logged|filled in|[a-z]{3,}ed)\b/
    },
    {
        // "so I need the Q3 review deck from you by wednesday", "what I'd like from you before the
        // QBR is…", "the last piece I need from you is…": a thing the seller owes
        id: 'obligation-i-need',
        kind: 'directive',
        pattern:
            /\bneed (?:the|your|an?|this|that|those|these) [^,?]*?\bfrom (?:you|u)\b|\bi(?: (?:still |really )?(?:need|want|would like|expect)|'d like) from you\b/
    },
    {
        // "your job this week is getting the EB in the room", "deck is due to me thursday",
        // "the QBR deck comes to me before it goes out", "the bid needs your compliance matrix
        // by the 12th": the seller's work, its owner and its date stated as fact
        id: 'obligation-owed',
        kind: 'directive',
        pattern:
            /^(?:your|the) (?:(?:one|only|main) )?(?:job|priority|focus|task|homework|mission)(?: (?:this|next) (?:week|month|quarter)| today| for now)? is\b|\bdue (?:to|with) me\b|^your [^,?]*\b(?:is|are) due\b|^(?:the |your )?(?:[a-z0-9-]+ ){0,3}(?:deck|proposal|quote|forecast|plan|notes|numbers|update|pricing) (?:comes|goes) (?:to|through|past|by) me\b|\bneeds your [a-z0-9 -]+? by\b|^(?:[a-z0-9-]+ ){0,2}(?:notes|deck|forecast|plans?|quote|proposal|numbers|updates?|form|matrix) (?:need|needs|has|have) to be (?:in|with me|done|ready|updated|submitted|filled in)\b/
    },
    {
        // "might not hurt to confirm the budget owner": an idea, however it begins
        id: 'suggest-idea-phrase',
        kind: 'suggestion',
        pattern:
            /^(?:it )?(?:might|may|would|wouldn't|won't|can't|couldn't) (?:not )?hurt to\b|^it (?:might|may|could|would) pay to\b|^(?:it )?(?:might|may|would|could)(?:n't| not) be a bad (?:idea|shout|move)\b|^(?:just |i'm |i am )?wondering (?:if|whether)\b|^i(?:'d| would) (?:probably )?lean (?:towards|toward)\b/
    },
    {
        // A conditional order: "only move this to commit once the SOW is signed, not before"
        id: 'obligation-dropped-subject',
        kind: 'directive',
        pattern: /^only ([a-z-]+)\b[^?]*?\b(?:once|when|after|if|until)\b/,
        accept: (m) => isActionVerb(m[1])
    },
    {
        id: 'request-to-act',
        kind: 'directive',
        pattern:
            /\b(?:any chance|any way|is it possible that|is there any way) (?:you|u) (?:could|can|would|might) (?:please |just )?[a-z-]+/,
        accept: (m, c) => {
            const asked = c.core.slice(m.index + m[0].length - lastWord(m[0]).length);
            // "any way you could have the quote ready": a state of the deal, asked for
            const state =
                /^have (?:the|your|it|this|that|an?|these|those)\b.*?\b(?:ready|done|sorted|signed|finished|updated|over|back)\b/;
            return (
                isActionVerb(lastWord(m[0])) || hasOrderShape(tokenize(asked)) || state.test(asked)
            );
        }
    },
    {
        id: 'soft-order',
        kind: 'directive',
        pattern:
            /^(?:it(?:'d| would) |would |'d )?be (?:really |super |very |so )?(?:great|good|nice|ideal|helpful|brilliant|amazing|grand|handy|useful|awesome|perfect|lovely) if\b|\b(?:it's|it is) on you to\b|^(?:this is )?non[- ]?negotiable$|^ideally,? (?:the|your)\b[^?]*\b(?:by|before) (?:the \d|\d|eod|eow|mon|tue|wed|thu|fri|tomorrow|end of)|^i(?:'ll| will|'d| would) be (?:very |most |really )?(?:grateful|thankful|obliged) if (?:you|u)\b(?! (?:could|can|would) (?:share|tell|explain|walk|talk)\b)|\byou are (?:requested|required|expected|asked) to\b|^can we agree (?:that )?(?:you'll|you will|you're going to|you are going to)\b|^(?:i(?:'d| would) |would |'d )?(?:really |much |greatly )?appreciate (?:the|your|an?|those|these|some) [^,?]*?\b(?:by|before|asap|today|tomorrow|tonight|eod|eow)\b|^(?:i'd|i would) (?:really )?love (?:the|your|this|that|those|these) [a-z0-9 -]{1,40}? (?:[a-z]+ed|done|sent|signed)(?: (?:out|up|off|in))? (?:by|before)\b|^it(?:'d| would) (?:really )?help(?: me| us)?(?: a lot| loads| massively| hugely)? if (?:you|u)\b|^(?:i(?:'d| would) |would |'d )?(?:really |much |greatly |very much )?appreciate (?:it )?if\b|^(?:(?:i|we)(?:'ll| will)|(?:(?:i|we)(?:'m|'re| am| are) )?(?:gonna|going to)) need (?:the|your|you|an?|those|that|this|some|it)\b|\b(?:it'd|it would|would|'d) be (?:great|good|nice|ideal|helpful) to (?:have|get|see) .+ (?:(?:by|before) (?:eod|eow|cob|end of|close of|mon|tue|wed|thu|fri|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|the \d|\d|the [a-z]+$)|this week$|today$)/
    },
    {
        // "it would be great to get the close plan updated": a state of the deal, asked for
        id: 'soft-order',
        kind: 'directive',
        pattern:
            /\b(?:it'd|it would|would|'d) be (?:great|ideal|helpful) to (?:have|get) (?:the|your|this|that|these|those|our|all|every) [a-z -]{1,40}? (?:updated|signed|done|sent|booked|approved|finished|fixed|sorted|cleaned up|tidied|filled in|signed off|agreed|confirmed)\b/
    },
    {
        // "it'd be good to have the reference call lined up before their board meets", "would be
        // good to see the MAP signed this week": a state of the deal wished for by a date
        id: 'soft-order',
        kind: 'directive',
        pattern:
            /\b(?:it'd|it would|would|'d) be (?:good|nice|great|ideal|helpful) to (?:have|get|see) (?:the|your|this|that|these|those|our|all|every) [a-z0-9 -]{1,60}? (?:lined up|in place|ready|[a-z]+ed|sent|done|set up|locked in|nailed down)\b[^?]*?\b(?:by|before|until|this week|today|tomorrow|tonight|eod|eow)\b/
    },
    {
        // "any chance the close plan could be in the shared folder before our call?"
        id: 'request-to-act',
        kind: 'directive',
        pattern:
            /^any chance (?:the|your|that|this) [a-z0-9 -]{1,40}? (?:could|can|might) be (?:in|on|with|ready|done|updated|signed|sent|shared|over)\b/
    },
    {
        // "if you could get the EB on a call, that would be great"
        id: 'soft-order',
        kind: 'directive',
        pattern:
            /^(?:that|it|this)(?:'d| would) be (?:great|good|ideal|helpful|brilliant|amazing|appreciated)\b/,
        accept: (_m, c) => /^if (?:you|u) (?:could|can|would)\b/.test(c.lead)
    },
    {
        id: 'soft-order',
        kind: 'directive',
        pattern:
            /^if (?:you|u) (?:could|can|would) (?:please |just )?[a-z-]+\b.*\b(?:that|it)(?:'d| would) be (?:great|good|ideal|helpful|brilliant|amazing|appreciated)\b/
    },
    {
        id: 'soft-order',
        kind: 'directive',
        pattern:
            /^(?:i |we )?(?:really |just |still )?need (?:the |your |our |this |that )?[a-z-]+(?: [a-z-]+)? (?:signed|done|updated|approved|sent|booked|back|finished|ready|agreed|closed|fixed|sorted|confirmed|submitted)\b/
    }
];

/** Questions that begin with what, how, who, which, where, when or why. */
export const WH_RULES: readonly Rule[] = [
    {
        id: 'suggest-what-if',
        kind: 'suggestion',
        pattern: /^what if\b/,
        accept: (_m, c) => whatIfIsIdea(c.core)
    },
    { id: 'open-what-if', kind: 'open-question', pattern: /^what if\b/ },
    {
        id: 'suggest-what-about',
        kind: 'suggestion',
        pattern: /^(?:what|how) about\b/,
        accept: (_m, c) => aboutIsIdea(c.core)
    },
    { id: 'open-what-about', kind: 'open-question', pattern: /^(?:what|how) about\b/ },
    { id: 'suggest-why-not', kind: 'suggestion', pattern: /^why not\b/ },
    {
        id: 'suggest-what-about',
        kind: 'suggestion',
        pattern: /^what do you think (?:about|of)\b/,
        accept: (_m, c) =>
            aboutIsIdea(c.core.replace(/^what do you think (?:about|of)/, 'what about'))
    },
    {
        // A fact a CRM field holds ("what's the term length", "how many users", "what stage is
        // it in"): one word or number answers it
        id: 'closed-short-fact',
        kind: 'closed-question',
        pattern:
            /^how many\b(?! times\b)|^how much (?:is|was|will) (?:it|the deal|this deal|the contract|this|that)\b|^how much does (?:it|this|that) cost\b|^what(?:'s| is| was|s)? (?:the |our |their |your |its )?(?:current |latest |total |annual |proposed |final |expected )?(?:term(?: length)?|contract (?:length|term|value|start|end)|(?:close|closing|start|renewal|go-live|end|signature|expiry) date|po(?: number)?|acv|arr|tcv|mrr|deal (?:size|value|amount)|amount|list price|price|discount|stage|seat count|number of (?:seats|users|licen[cs]es)|(?:licen[cs]e|seat|user) count|budget(?: number)?|(?:current |annual |total )*spend|deadline|headcount|(?:total |services |contract |annual )+value)\b(?! (?:plan|strategy|story|thinking|situation|conversation)\b)|^what (?:discount|stage|time|date|day|price|term|amount|percentage|number|close date|start date|seat count|region|currency)\b|^what(?:'s| is) the name of\b|^what(?:'s| is| are) (?:their|the) (?:fiscal year|fy|financial year)(?: end| start)?\b|^(?:what|which|who)\b(?![^?,]*\b(?:take|view|read|sense|feel|feeling|opinion|thoughts)\b)[^?,]*,\s*(?!(?:are|is|do|does|did|was|were|will|would|can|could|has|have)\b)(?:the )?[^,?]{1,25}\bor\b[^,?]{1,25}$|^which (?:day|date|quarter|month|week|stage)\b/
    },
    {
        // Chasing the seller's own action ("When will you send the proposal?") or a milestone
        // ("when will the MAP be signed?"): a date answers it
        id: 'closed-status-chase',
        kind: 'closed-question',
        pattern:
            /^when (?:will|can|are|would) you\b|^when (?:will|would|can) .+ be [a-z]+(?:ed|en|ne|t)\b|^when(?:'s| is) the (?:[a-z-]+ )?(?:demo|call|kick-off|kickoff|meeting with|onsite|workshop|pitch|presentation)\b/
    },
    {
        // A name, a date or an amount answers it: "who signs the contract", "who is the EB",
        // "when does their budget cycle start", "how long is the pilot"; not a question that
        // asks the seller to judge ("when do you think they'll decide", "who else…")
        id: 'closed-short-fact',
        kind: 'closed-question',
        pattern:
            /^(?:(?:until|till|by) )?when\b(?![^?]*\b(?:do|did|would|does) you (?:think|reckon|feel)\b)|^how long\b(?![^?]*\b(?:think|reckon)\b)|^how much\b(?![^?]*\b(?:think|care|cares|matter|matters|worry|worried|value|values|trust)\b)|^who(?:'s| is| was| will| would)? (?:actually |really |finally )?(?:(?:going to|gonna) )?(?:signs?|signing|owns?|owning|approves?|approving|decides?|deciding|controls?|running|leading|driving|handling|managing|puts? pen to paper|holds? the (?:pen|budget|purse strings)|has (?:the )?final say)\b|^who(?:'s| is| was) (?:the |their |our )?(?:real |actual |final |main )?(?:economic buyer|eb|decision[- ]?maker|champion|signatory|signer|sponsor|exec sponsor|executive sponsor|budget holder|budget owner|main contact|point of contact|owner|approver|(?:other )?(?:vendor|competitor|incumbent|supplier)|(?:[a-z-]+ ){1,2}(?:contact|lead|owner)|gc|general counsel|counsel|dm|partner|si|reseller|csm|procurement lead|it lead|(?:[a-z]+ )?officer|(?:[a-z-]+ )?(?:contact|signatory|approver))\b|^who(?:'s| has) got (?:the )?(?:signing|sign-off|signoff|final|budget|approval|purchasing)\b|^which (?:other )?(?:competitor|competitors|vendor|vendors|distributor|distributors|reseller|resellers|partner|partners|si|sis|region|regions|tier|edition|product|products|module|modules|site|sites|entity|currency|version)\b|^which of the (?:[a-z]+ )?(?:options|tiers|plans|packages|products|editions)\b/
    },
    {
        id: 'open-wh',
        kind: 'open-question',
        pattern:
            /^(?:(?:until|till|since|by|from|for|in|to|with|at|on|of|about) )?(?:what|how|who|whom|whose|which|where|when|why)(?:'s|'re|'ll|'d)?/
    }
];

/** Questions that begin with an auxiliary: is, are, do, did, have, can, could, would, will, should… */
export const AUXILIARY_RULES: readonly Rule[] = [
    {
        // "can you tell me the contract end date?": one fact asked for politely
        id: 'closed-short-fact',
        kind: 'closed-question',
        pattern:
            /^(?:can|could) you (?:just )?tell me (?:the|their|what the) [a-z -]*?\b(?:date|number|name|amount|price|term|acv|arr|value|count|deadline)\b/
    },
    {
        // "will you have a word with the SE?": a request to act
        id: 'request-to-act',
        kind: 'directive',
        pattern: /^(?:will|would|can|could) you (?:please )?have a (?:word|look|chat)\b/
    },
    ...POLITE_RULES,
    {
        id: 'obligation-make-sure',
        kind: 'directive',
        pattern: /^(?:can|could|will|would) (?:we|you|u) (?:please |just )?(?:make sure|ensure)\b/
    },
    {
        id: 'leading-question',
        kind: 'directive',
        pattern:
            /^(?:(?:shouldn't|should not)\b|(?:don't|do not|doesn't) (?:you|we) (?:think|agree|feel|believe|reckon)\b|(?:wouldn't|would not) (?:it|that) (?:be|make)\b|(?:wouldn't|would not) you (?:rather|agree|say|want)\b|(?:isn't|is not) (?:it|this|that) (?:about time|high time|time|better|obvious|clear|smarter|safer|easier|wiser|worth|a no-brainer|the (?:right|best|obvious))\b|(?:aren't|are not) (?:you|we) (?:supposed|meant|going) to\b|(?:can't|cannot|couldn't) (?:you|we)\b|(?:didn't|don't|doesn't) (?:you|we) (?:need|have) to\b|(?:doesn't|don't|wouldn't|isn't|won't) (?:it|that) (?:make (?:more )?sense|seem|look)\b)/
    },
    {
        id: 'suggest-question',
        kind: 'suggestion',
        pattern:
            /^(?:(?:have|did|had) (?:you|we) (?:ever |already |maybe )?(?:(?:had|got|found|get|find|have) (?:a |the )?(?:chance|time|moment) to )?(?:thought (?:about|of)|think (?:about|of)|considered|consider|tried|try|explored|explore|given (?:any |some )?thought to)\b|(?:might|may|can|could) i (?:suggest|propose|offer)\b|(?:would|could|might|will|does|do|is|can) (?:it|that|this) (?:(?:really )?help|make sense|work|be (?:worth|useful|helpful|an option|a good idea|smart|wise|good|easier|an idea))\b|(?:is|could|would|might) (?:it|that) (?:be )?worth\b|(?:could|might|may|would) (?:also )?be (?:worth|good|useful|helpful|an idea|smart|wise)\b|(?:could|might|may) (?:also )?be (?:smarter|better|wiser|safer|nice|interesting|cool)\b|(?:might|may|could) (?:save (?:you|us)|be handy|come in handy)\b|(?:would|will|could|are|can) you (?:be )?(?:maybe |perhaps )?(?:open to|willing to|up for|consider|considering|think about|think through|reflect on)\b|(?:would|could|might|will) (?:a|an|another|some|having|getting|bringing|adding|offering|running|using|involving)\b[^?]*?\b(?:help|work|make sense|be worth|be useful|be better|land|resonate|speed things up|de-risk|move (?:things|it|this) (?:along|forward))\b|(?:do|would) you (?:want|like) to\b|(?:do|would) you (?:think|reckon|feel|believe) (?:we|you|it) (?:should|could|might|would be worth)\b|(?:do|would) you (?:think|reckon|feel|believe) (?:that )?(?:a|an|another|some|having|getting|bringing|adding|offering|running|using|involving)\b[^?]*?\b(?:would|could|might|will) (?:help|work|make sense|be worth|be useful|be better)\b)/
    },
    {
        id: 'suggest-shall-we',
        kind: 'suggestion',
        pattern:
            /^(?:should|shall|could|can) (?:we|us)(?: (?:maybe|perhaps|also|just|try to))? ([a-z-]+)/,
        // "Shall we…" always proposes; "Can we close by Friday?" may only ask
        accept: (m) =>
            m[0].startsWith('shall') ||
            /\b(?:maybe|perhaps)\b/.test(m[0]) ||
            !OUTCOME_VERBS.has(lastWord(m[0]))
    },
    {
        id: 'request-to-act',
        kind: 'directive',
        pattern: /^(?:can|could|may) (?:i|we) (?:please )?(?:get|have|grab|see)\b/
    },
    {
        id: 'request-to-act',
        kind: 'directive',
        pattern:
            /\b(?:any chance|any way|is it possible that) (?:you|u) (?:could|can|would|might) (?:please )?[a-z-]+/,
        accept: (m) => isActionVerb(lastWord(m[0]))
    },
    {
        id: 'open-view-request',
        kind: 'open-question',
        pattern:
            /^(?:can|could|would|will) you (?:please |just |quickly |briefly )?(?:tell (?:me|us)(?! (?:if|whether))|walk (?:me|us)|talk (?:me|us)|take (?:me|us) through|explain|describe|help (?:me|us) (?:understand|see)|share (?:your|what|how|why|more|a bit)|give (?:me|us) (?:a sense|an overview|a picture|your|a quick|an update|some context|the background|a rundown)|say more|expand|elaborate|unpack|summari[sz]e|remind (?:me|us)|fill (?:me|us) in|paint)\b/
    },
    {
        id: 'request-to-act',
        kind: 'directive',
        pattern:
            /^(?:(?:can|could|would|will) you (?:(?:please|kindly|just|quickly|also|maybe|possibly|definitely) )*(?:(?:be able to|mind) )?|(?:are|were) you able to |is it possible (?:for you )?to )[a-z-]+/,
        accept: (m, c) => {
            const verb = lastWord(m[0]);
            if (
                /^(?:tell|walk|talk) (?:me|us)\b/.test(
                    c.core.slice(m.index + m[0].length - verb.length)
                )
            )
                return false;
            if (isActionVerb(verb) || (verb.endsWith('ing') && isActionVerb(baseForm(verb))))
                return true;
            // "Could you pop the quote over?": a verb we do not list, with an object; not "would
            // you", which also asks what the seller would do ("Would you sign at that price?")
            const asked = c.core.slice(m.index + m[0].length - verb.length);
            return /^(?:can|could|will)\b/.test(m[0]) && hasOrderShape(tokenize(asked));
        }
    },
    { id: 'request-please', kind: 'directive', pattern: /\b(?:please|kindly)\b/ }
];
