/**
 * The coaching-language rules as tables: each rule names the kind it decides and the words
 * (its cue) that decide it. Within a table the first rule that matches wins, so the order of a
 * table is part of the rule: a hedge ("maybe call the CFO") is tried before the imperative it
 * softens. Blame questions are checked first in every frame.
 */
import type { CoachingKind } from './kinds';
import type { RuleContext } from './ruleGuards';
import {
    aboutIsIdea,
    hasOrderShape,
    isAboutTheDeal,
    isActionVerb,
    isHedgedProposal,
    isImperative,
    lastWord,
    notAfterConditional,
    politeRequestKind,
    POLITE_FRAME,
    prohibitsAnAction,
    tokenize,
    whatIfIsIdea
} from './ruleGuards';
import { OUTCOME_VERBS, PEOPLE, PRESCRIBING_VERBS } from './ruleWords';
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
        pattern: /\bwhy (?:on earth |the hell )?(?:would|'d) (?:you|we)\b/
    },
    { id: 'blame-still', kind: 'directive', pattern: /\bwhy\b[^?]*?\bstill\b/ },
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
            /\b(?:why|reason) (?:you|we) (?:still )?(?:haven't|hasn't|didn't|don't|can't|won't|aren't|never)\b|\breason (?:why )?(?:the|our|your|this|that|it)\b[^?]*?\b(?:hasn't|haven't|isn't|aren't|still)\b/,
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
            /\b(?:you|we)\b.*\bor (?:what|not)$|\bor (?:shall|should|do you want me to|will) i$|^(?:we're|you're|we are|you are) just not [a-z]+ing\b|\b(?:wasn't|weren't|isn't|aren't|was not|were not)\b[^?]*?\b(?:supposed|meant) to\b|\b(?:were|are|was) you (?:ever )?(?:planning|going|intending|hoping) (?:on|to)\b[^?]*\b(?:at some point|ever|any time soon|at all)$|\bwhen (?:exactly )?(?:were|was) you (?:going|planning|intending) (?:to|on)\b|\b(?:did|has|had) (?:nobody|no one|no-one) (?:think|bother|thought|bothered)\b|\bhow (?:is|are|has|have|was|were)\b[^?]*?\bstill (?:not|n't)\b|^what(?:'s| is) stopping (?:you|us) from just\b|^did you forget\b|^you do (?:know|realise|realize)\b/
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
        id: 'request-to-act',
        kind: 'directive',
        pattern:
            /\b(?:any chance|any way|is it possible that|is there any way) (?:you|u) (?:could|can|would|might) (?:please |just )?[a-z-]+/,
        accept: (m, c) => {
            const asked = c.core.slice(m.index + m[0].length - lastWord(m[0]).length);
            return isActionVerb(lastWord(m[0])) || hasOrderShape(tokenize(asked));
        }
    },
    {
        id: 'soft-order',
        kind: 'directive',
        pattern:
            /^(?:it(?:'d| would) |would |'d )?be (?:great|good|nice|ideal|helpful|brilliant|amazing|grand) if\b|\b(?:it's|it is) on you to\b|^(?:i|we)(?:'ll| will) need (?:the|your|you|an?|those|that|this|some|it)\b|\b(?:it'd|it would|would|'d) be (?:great|good|nice|ideal|helpful) to (?:have|get|see) .+ (?:by|before) (?:eod|eow|cob|end of|close of|mon|tue|wed|thu|fri|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|the \d|\d)/
    },
    {
        // "it would be great to get the close plan updated": a state of the deal, asked for
        id: 'soft-order',
        kind: 'directive',
        pattern:
            /\b(?:it'd|it would|would|'d) be (?:great|ideal|helpful) to (?:have|get) (?:the|your|this|that|these|those|our|all|every) [a-z -]{1,40}? (?:updated|signed|done|sent|booked|approved|finished|fixed|sorted|cleaned up|tidied|filled in|signed off|agreed|confirmed)\b/
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
            /^how many\b(?! times\b)|^how much (?:is|was|will) (?:it|the deal|this deal|the contract|this|that)\b|^how much does (?:it|this|that) cost\b|^what(?:'s| is| was|s)? (?:the |our |their |your |its )?(?:term(?: length)?|contract (?:length|term|value|start|end)|(?:close|closing|start|renewal|go-live|end|signature|expiry) date|po(?: number)?|acv|arr|tcv|mrr|deal (?:size|value|amount)|amount|list price|price|discount|stage|seat count|number of (?:seats|users|licen[cs]es)|(?:licen[cs]e|seat|user) count|budget number|deadline|headcount)\b(?! (?:plan|strategy|story|thinking|situation|conversation)\b)|^what (?:discount|stage|time|date|day|price|term|amount|percentage|number)\b|^which (?:day|date|quarter|month|week|stage)\b/
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
        id: 'open-wh',
        kind: 'open-question',
        pattern:
            /^(?:(?:until|till|since|by|from|for|in|to|with|at|on|of|about) )?(?:what|how|who|whom|whose|which|where|when|why)(?:'s|'re|'ll|'d)?/
    }
];

/** Questions that begin with an auxiliary: is, are, do, did, have, can, could, would, will, should… */
export const AUXILIARY_RULES: readonly Rule[] = [
    ...POLITE_RULES,
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
            /^(?:(?:have|did|had) (?:you|we) (?:ever |already |maybe )?(?:(?:had|got|found|get|find|have) (?:a |the )?(?:chance|time|moment) to )?(?:thought (?:about|of)|think (?:about|of)|considered|consider|tried|try|explored|explore|given (?:any |some )?thought to)\b|(?:might|may|can|could) i (?:suggest|propose|offer)\b|(?:would|could|might|will|does|do|is|can) (?:it|that|this) (?:(?:really )?help|make sense|work|be (?:worth|useful|helpful|an option|a good idea|smart|wise|good|easier|an idea))\b|(?:is|could|would|might) (?:it|that) (?:be )?worth\b|(?:could|might|may|would) (?:also )?be (?:worth|good|useful|helpful|an idea|smart|wise)\b|(?:would|will|could|are|can) you (?:be )?(?:maybe |perhaps )?(?:open to|willing to|up for|consider|considering|think about|think through|reflect on)\b|(?:would|could|might|will) (?:a|an|another|some|having|getting|bringing|adding|offering|running|using|involving)\b[^?]*?\b(?:help|work|make sense|be worth|be useful|be better|land|resonate|speed things up|de-risk)\b|(?:do|would) you (?:want|like) to\b|(?:do|would) you (?:think|reckon|feel|believe) (?:we|you|it) (?:should|could|might|would be worth)\b|(?:do|would) you (?:think|reckon|feel|believe) (?:that )?(?:a|an|another|some|having|getting|bringing|adding|offering|running|using|involving)\b[^?]*?\b(?:would|could|might|will) (?:help|work|make sense|be worth|be useful|be better)\b)/
    },
    {
        id: 'suggest-shall-we',
        kind: 'suggestion',
        pattern:
            /^(?:should|shall|could|can) (?:we|us)(?: (?:maybe|perhaps|also|just|try to))? ([a-z-]+)/,
        // "Shall we…" always proposes; "Can we close by Friday?" may only ask
        accept: (m) => m[0].startsWith('shall') || !OUTCOME_VERBS.has(lastWord(m[0]))
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

/** Everything else: statements, offers, hedged ideas, obligations and imperatives. */
export const DECLARATIVE_RULES: readonly Rule[] = [
    ...POLITE_RULES,
    {
        id: 'offer-of-help',
        kind: 'statement',
        pattern:
            /^(?:please )?(?:feel free|don't hesitate|no pressure|happy to|glad to|more than happy to)\b|^i(?:'m| am|'d be| would be| will be|'ll be) (?:more than )?(?:happy|glad|keen|around|available|free|here)\b|^i (?:can|could)(?!')\b|^let me (?:know (?:how|what|where|if|whether|when) i can\b|(?!know\b))|\b(?:let me know|shout|ping me|give me a shout|reach out|call me|grab me|loop me in|just ask|text me|message me)\b.*?\bif (?:you(?:'d like| (?:need|want|would like|get stuck|have questions|think|feel))|it(?:'d| would)? helps?|that(?:'d| would)? help|i can|useful|helpful)\b|^(?:don't|do not) (?:worry|stress|panic)\b|^never mind\b/
    },
    {
        id: 'praise',
        kind: 'statement',
        pattern: /^keep (?:(?:it|this|that) )?up\b|^keep (?:going|at it)\b/
    },
    {
        id: 'open-view-request',
        kind: 'open-question',
        pattern:
            /^(?:please )?(?:tell (?:me|us)(?! (?:if|whether))|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|help (?:me|us) (?:understand|see|get|make sense)|describe|explain (?:to (?:me|us) )?(?:why|how|what|where|who|when|your|the (?:reasoning|thinking|logic))|share (?:your (?:thinking|thoughts|view|views|take|perspective|reasoning|plan|read|concerns|ideas|sense)|what|how|why|more)|say more|expand on|elaborate|unpack|fill (?:me|us) in|give (?:me|us) (?:a sense|an overview|a picture|your|a quick|an update|some context|the background|a rundown)|paint (?:me|us) a picture|(?:i'm |i am )?(?:really |just |genuinely )?(?:curious|interested|keen to (?:hear|understand|know|learn))|i(?:'d| would) (?:love|like|be keen|be interested) to (?:hear|understand|know|learn|get your)|i (?:want|need|'d like|would like) to (?:understand|hear|know|learn|get a sense)|it(?:'d| would) (?:really )?be (?:helpful|useful|good|great|nice|interesting|valuable) to (?:understand|hear|know|learn|get a sense|get your)|i(?: wonder| am wondering|'m wondering| was wondering) (?:what|how|why|who|where|when|which))\b/
    },
    {
        id: 'open-elliptical',
        kind: 'open-question',
        pattern:
            /^(?:(?:any|your|some|what are your|what's your) )?(?:thoughts|ideas|take|read|view|views|perspective|opinion|gut feel(?:ing)?|plan|plans|next steps?|reasoning|thinking)\b|^any (?:idea|sense|clue|insight|feel|feeling)\b/,
        accept: (_m, c) => c.question || c.core === 'thoughts'
    },
    {
        id: 'suggest-hedge',
        kind: 'suggestion',
        pattern: /^(?:maybe|perhaps|possibly)\b/,
        accept: (m, c) => isHedgedProposal(c.core.slice(m[0].length))
    },
    { id: 'request-mind', kind: 'directive', pattern: /^mind (?:just )?[a-z]+ing\b/ },
    {
        // "could try positioning it as…", "might loop in their ops lead": the subject dropped
        id: 'suggest-you-could',
        kind: 'suggestion',
        pattern: /^(?:could|might)(?: (?:always|also|maybe|just|even))? [a-z-]+/,
        accept: (m) => isActionVerb(lastWord(m[0]))
    },
    {
        id: 'obligation-dropped-subject',
        kind: 'directive',
        pattern:
            /^(?:should|must|need to|needs to|have to|has to|got to|ought to|better)(?: (?:really|just|definitely|probably|also|still))? [a-z-]+/,
        accept: (m, c) =>
            isActionVerb(lastWord(m[0])) ||
            hasOrderShape(tokenize(c.core.slice(m.index + m[0].length - lastWord(m[0]).length)))
    },
    { id: 'speculation', kind: 'statement', pattern: /^(?:maybe|perhaps|possibly)\b/ },
    {
        id: 'suggest-hedge',
        kind: 'suggestion',
        pattern: /\b(?:maybe|perhaps)$|\b(?:should|could|need to|want to|might) (?:maybe|perhaps)\b/
    },
    {
        id: 'suggest-you-could',
        kind: 'suggestion',
        pattern:
            /\b(?:you|we) (?:might|may|could) (?:want|wish|like) to\b|\b(?:you|we) (?:might|could|may) (?:also |always |just |maybe |perhaps |even )?(?:consider|try|think about|explore|look at|look into)\b/,
        accept: notAfterConditional
    },
    {
        id: 'suggest-you-could',
        kind: 'suggestion',
        pattern: /\b(?:you|we) (?:could|might) (?:also |always |just |even )?[a-z-]+/,
        accept: (m, c) =>
            notAfterConditional(m, c) &&
            isActionVerb(lastWord(m[0])) &&
            !/^(?:tell|see) (?:that|they|he|she|it|how|from)\b/.test(
                c.core.slice(m.index + m[0].length - lastWord(m[0]).length)
            )
    },
    {
        id: 'suggest-you-could',
        kind: 'suggestion',
        pattern: /^i(?: (?:might|may|would maybe|would probably)|'d maybe) [a-z-]+/,
        accept: (m) => isActionVerb(lastWord(m[0]))
    },
    {
        id: 'suggest-idea-phrase',
        kind: 'suggestion',
        pattern:
            /\b(?:it|that|this) (?:might|may|could|would) (?:really )?(?:help|make sense|be (?:worth|useful|helpful|good|smart|wise|an idea|a good idea|an option|interesting))\b|^(?:(?:it'?s|it is|it'd be|it would be|could be|might be|may be|probably) )?worth (?:a |an |considering|trying|exploring|(?!noting|mentioning|knowing|remembering|bearing|flagging|saying|keeping|watching)[a-z]+ing\b)|^it(?:'d| would) (?:really )?be (?:great|good|nice|helpful|useful|ideal|smart|wise) to\b|^(?:i(?:'d| would| might)? (?:suggest|propose)|my suggestion|one suggestion|my advice would be|i(?: wonder| was wondering|'m wondering| am wondering) (?:if|whether))\b|^(?:consider|think about|have a (?:think|ponder))\b|^(?:something|one thing|what|a thing) (?:that )?(?:has |'s |have |often |usually |always )?(?:worked|helped|works|helps) (?:for |with )?(?:me|us|other|others|before|well)\b|^(?:have you |you )?ever (?:considered|thought (?:about|of)|tried|explored)\b|^(?:another|one|an|a|the other|a different) (?:angle|approach|option|route|play|tactic|possibility|alternative|way in)\b[^,]{0,40}?\b(?:might|could|may|would) be\b|^(?:(?:i )?feel like |i think |i reckon )?(?:a|an|another|some|one more) [^,]{1,50}?\b(?:could|might|may) (?:really )?(?:help|work|be (?:useful|helpful|worth|good|a good idea|an idea|the way)|make (?:sense|a difference)|make a (?:great|good|strong))\b|^there (?:might|may|could) (?:well )?be (?:an? |another |some )?(?:angle|opportunity|option|play|way in|opening|route)\b/
    },
    {
        id: 'obligation-make-sure',
        kind: 'directive',
        pattern:
            /\b(?:make sure|be sure to|make certain|ensure that|don't forget|do not forget|remember to|see to it|reminder to)\b/
    },
    // An imperative is read before obligations that may follow it: "Tell procurement we can't…"
    {
        id: 'imperative',
        kind: 'directive',
        pattern: /^[a-z][a-z-]*/,
        accept: (_m, c) => isImperative(c)
    },
    {
        id: 'prescription-if-i-were-you',
        kind: 'directive',
        pattern:
            /\bif (?:i (?:were|was) you|it (?:were|was) me|(?:it|this) (?:were|was) my (?:deal|account|opp|opportunity))\b|\bin your (?:shoes|position)\b/,
        accept: (_m, c) => !/^i(?:'d| would) have\b/.test(c.core)
    },
    {
        id: 'prescription-i-would',
        kind: 'directive',
        pattern:
            /^(?:i'd|i would)(?: (?:definitely|probably|just|really|personally|also|still|strongly|honestly|first|rather|be (?:inclined|tempted) to))? [a-z-]+/,
        accept: (m) => {
            const verb = lastWord(m[0]);
            return (
                isActionVerb(verb) || PRESCRIBING_VERBS.has(verb) || /rather (?:you|we)$/.test(m[0])
            );
        }
    },
    {
        id: 'obligation-want-you-to',
        kind: 'directive',
        pattern:
            /\b(?:i|we)(?:'d like|'m asking| (?:really |just |absolutely |do )?(?:want|need|expect|would like|require|am asking)) (?:you|y'all|everyone|the team|all of you) to\b|^(?:really |just )?need (?:you|y'all|everyone|the team)\b|^(?:i|we) (?:really |just |still |will |'ll )?need (?:you|y'all|everyone|the team) (?:on|at|in|for)\b|^(?:request|urge|ask|need|want|expect) you to\b/
    },
    {
        id: 'obligation-you',
        kind: 'directive',
        pattern:
            /\b(?:you|ya)(?:'ve got to|'ll (?:need|have|want) to|'d better|'re going to (?:need|have|want) to|'ll|'re going to|(?: (?:really|still|just|definitely|absolutely|seriously|now|probably|also|honestly|both|all))? (?:need to|needs to|have to|must|should|ought to|have got to|got to|will need to|will have to|better|are going to (?:need|have) to|want to|will want to|will|are going to|can't|cannot|can not|mustn't|must not|shouldn't|should not|may not))\b/,
        accept: prohibitsAnAction
    },
    {
        id: 'obligation-you-need',
        kind: 'directive',
        pattern:
            /\b(?:you|we)(?:'re going to|'ll| (?:are going to|will|really|definitely|still|just|also))? need (?:a|an|another|the|some|more|someone|somebody|at least)\b/,
        accept: notAfterConditional
    },
    {
        id: 'obligation-hindsight',
        kind: 'directive',
        pattern: /\b(?:you|we) (?:could|should)(?:'ve| have) [a-z]+/,
        accept: (m, c) => notAfterConditional(m, c) && isPastForm(lastWord(m[0]))
    },
    {
        id: 'obligation-i-need',
        kind: 'directive',
        pattern:
            /^(?:(?:i|we)(?:'d like| (?:really |just |still |absolutely )?(?:need|want|expect|require|would like))|(?:really |just |still )?need) (?:the|your|an?|this|that|it|those|these|them|updated|some|all|every|more)\b|^i(?:'d| would) (?:like|love|want) to see\b/
    },
    {
        id: 'obligation-critical',
        kind: 'directive',
        pattern:
            /\bit(?:'s| is| will be) (?:absolutely |really |very )?(?:critical|essential|important|vital|key|imperative|crucial|mandatory|non-negotiable|a must)(?: that)? (?:you|we|to)\b/
    },
    { id: 'obligation-please', kind: 'directive', pattern: /\b(?:please|kindly)\b/ },
    { id: 'obligation-lets', kind: 'directive', pattern: /^let'?s\b(?! (?:see|hope)\b)/ },
    { id: 'obligation-let-me-know', kind: 'directive', pattern: /^let me know\b/ },
    {
        id: 'obligation-we',
        kind: 'directive',
        pattern:
            /\bwe(?: (?:really|still|just|definitely|absolutely|all|both))? (?:need to|have to|must|should|ought to|'ve got to|have got to|got to|'ll need to|will need to|'ll have to|will have to|'d better|can't|cannot|mustn't|shouldn't)\b/,
        accept: prohibitsAnAction
    },
    {
        id: 'obligation-it-must',
        kind: 'directive',
        pattern:
            /^(?:this|it|that|everything|all of this|someone|somebody|everyone|everybody|one of us|the [a-z-]+(?: [a-z-]+)?)(?: (?:really|still|just|absolutely|definitely))? (?:needs to|has to|must|'s got to|has got to)\b/,
        accept: (m, c) =>
            !m[0].split(' ').some((word) => PEOPLE.has(word)) &&
            !/^\s*be [a-z]+ by (?:their|the|them|a|an)\b/.test(c.core.slice(m.index + m[0].length))
    },
    {
        id: 'request-to-act',
        kind: 'directive',
        pattern:
            /\bit(?:'d| would) (?:really )?be (?:great|good|nice|helpful|ideal|useful|appreciated|brilliant) if (?:you|we) (?:could|can|would)\b/
    },
    {
        id: 'prescription-better-to',
        kind: 'directive',
        pattern:
            /^(?:(?:it'?s|it is|is|it would be|it'd be|probably|much|far) )?(?:better|best|smarter|wiser|safer) (?:to|if you|(?:that )?you (?!than\b))\b/
    },
    {
        id: 'obligation-time-to',
        kind: 'directive',
        pattern:
            /^(?:(?:it'?s|it is|now'?s|now is) )?(?:about |high |past )?time (?:to|we|you|for)\b/
    },
    {
        id: 'obligation-no-more',
        kind: 'directive',
        pattern:
            /^no (?:more|further)\b|^no (?:discount(?:s|ing)?|exceptions|excuses|surprises|shortcuts|freebies)\b/
    },
    { id: 'imperative-negative', kind: 'directive', pattern: /^(?:don't|do not|never|stop)\b/ },
    {
        id: 'imperative-be',
        kind: 'directive',
        pattern:
            /^be (?:careful|sure|ready|clear|prepared|firm|mindful|aware|explicit|specific|direct|honest|patient|proactive|quick|on time)\b|^have (?:a (?:look|word|chat|go|conversation)|another (?:look|go|try|crack|stab))\b/
    },
    {
        id: 'closed-elliptical',
        kind: 'closed-question',
        pattern: /^(?:any|anything|anyone|anybody)\b/
    }
];
