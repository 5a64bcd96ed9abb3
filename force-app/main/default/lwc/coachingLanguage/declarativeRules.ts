/**
 * The coaching-language rules for clauses that are not questions: statements, offers, hedged
 * ideas, obligations and imperatives. The first rule that matches wins, so a hedge ("maybe call
 * the CFO") comes before the imperative it softens.
 */
import {
    hasOrderShape,
    isActionVerb,
    isHedgedProposal,
    isImperative,
    lastWord,
    notAfterConditional,
    prohibitsAnAction,
    tokenize
} from './ruleGuards';
import { PEOPLE, PRESCRIBING_VERBS } from './ruleWords';

/** Verbs that make a clause a report of what happened, not a fragment asking for a state. */
const FINITE_STATEMENT_VERBS =
    /^(?:is|are|was|were|went|has|have|had|got|came|looks|look|looked|seems|seemed|says|said|arrived|landed|moved|slipped)$/;
import { isPastForm } from './verbs';
import type { Rule } from './ruleTables';
import { POLITE_RULES } from './ruleTables';

/** Everything else: statements, offers, hedged ideas, obligations and imperatives. */
export const DECLARATIVE_RULES: readonly Rule[] = [
    ...POLITE_RULES,
    // "Let me have the updated MEDDICC by close of play", "come see me after the call"
    {
        id: 'request-to-act',
        kind: 'directive',
        pattern:
            /^let me (?:have|see|get) (?:the|your|a|an|that|those)\b|^come (?:and )?(?:see|find|talk to|grab) me\b/
    },
    // "take it or leave it": an idea's sign-off, not an order
    {
        id: 'offer-of-help',
        kind: 'statement',
        pattern: /^take it or leave it\b|^(?:can't|cannot) (?:argue|complain|fault|disagree)\b/
    },
    {
        // "might save you some time", "might be handy"
        id: 'suggest-you-could',
        kind: 'suggestion',
        pattern: /^(?:might|could|may) (?:save (?:you|u|us)|be handy|come in handy)\b/
    },
    {
        // "any idea whether the CISO signed off?", "do you know if…": one fact asked for
        id: 'closed-elliptical',
        kind: 'closed-question',
        pattern:
            /^(?:any idea|do you know|you know) (?:if|whether)\b|^any(?= (?:word|news|update|movement|joy|luck|progress)\b)/
    },
    {
        // An idea put forward with no hedging word, by what it might do: "a case study from their
        // industry might beat the generic deck", "dropping the premium tier might make the story
        // cleaner", "a smaller land at 50 seats could be an option"
        id: 'suggest-idea-phrase',
        kind: 'suggestion',
        pattern:
            /^(?:(?:a|an) [^,]*?|([a-z]+ing) [^,]*?)\b(?:could|might|may) (?:(?:also |even )?be (?:an?|one|another) (?:option|idea|route|path|angle|play|way in|alternative)|beat|work better|land better|resonate more|make (?:the|our|your) (?:story|pitch|case|deck|proposal|offer) [a-z]+er)\b/,
        accept: (m) =>
            m[1] === undefined ||
            isActionVerb(m[1].replace(/ing$/, '')) ||
            isActionVerb(m[1].replace(/([a-z])\1?ing$/, '$1'))
    },
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
        // "You go with the SE to the onsite", "tomorrow you present the renewal numbers", "first
        // you clarify the budget": what the seller will do, decided, in the present tense
        id: 'obligation-you',
        kind: 'directive',
        pattern:
            /^(?:(?:tomorrow|today|tonight|this week|next week|first|then|after that|for the [a-z0-9 -]{1,30}?),? )?you ([a-z-]+) (?:the|your|a|an|with|to|on|it|them|him|her|this|that|all|every|first)\b/,
        accept: (m, c) =>
            isActionVerb(m[1]) &&
            !/^(?:know|see|think|get|have|need|want|like|make)$/.test(m[1]) &&
            !/\b(?:well|great|nicely|brilliantly|amazing|so good|perfectly|really)\b/.test(c.core)
    },
    {
        // "Let the SE handle the technical questions": who does what, decided for the seller
        id: 'imperative',
        kind: 'directive',
        pattern:
            /^let (?!me\b|us\b)(?:the |your |our |their )?[a-z-]+(?: [a-z-]+)? (?:handle|take|lead|do|own|run|deal with|drive|answer|cover|present|speak|talk|decide|sign|review)\b/
    },
    {
        id: 'obligation-no-more',
        kind: 'directive',
        pattern: /^enough with\b|^no\b[^,]*\bwithout\b/
    },
    {
        // "might want to double check the seat count", "could be an option to split the POC"
        id: 'suggest-you-could',
        kind: 'suggestion',
        pattern:
            /^(?:might|may|could) (?:want|wish) to\b|^(?:could|might|may) (?:also )?be (?:an? |another )?(?:option|idea|thought|play|good shout|worth|smarter|better|wiser|nice|useful|helpful|smart|good|wise|interesting)\b/
    },
    {
        // "could try positioning it as…", "might loop in their ops lead": the subject dropped
        id: 'suggest-you-could',
        kind: 'suggestion',
        pattern: /^(?:could|might)(?: (?:always|also|maybe|just|even))? [a-z-]+/,
        accept: (m) => isActionVerb(lastWord(m[0])) || / maybe /.test(m[0])
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
        pattern:
            /\b(?:you|we) (?:could|might) (?:also |always |just |even |probably |possibly )?[a-z-]+/,
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
            /\b(?:it|that|this) (?:might|may|could|would) (?:really )?(?:help|make sense|pay off|be (?:worth|useful|helpful|good|smart|wise|an idea|a good idea|an option|interesting))\b|^(?:(?:it'?s|it is|it'd be|it would be|could be|might be|may be|probably|definitely|definately|deffo|defo|def) )?worth (?:a |an |considering|trying|exploring|(?!noting|mentioning|knowing|remembering|bearing|flagging|saying|keeping|watching)[a-z]+ing\b)|^it(?:'d| would) (?:really )?be (?:great|good|nice|helpful|useful|ideal|smart|wise) to\b|^(?:i(?:'d| would| might)? (?:suggest|propose)|my suggestion|one suggestion|my advice would be|i(?: wonder| was wondering|'m wondering| am wondering) (?:if|whether))\b|^(?:consider|think about|have a (?:think|ponder))\b|^(?:something|one thing|what|a thing) (?:that's |that has |that )?(?:has |'s |have |often |usually |always )?(?:worked|helped|works|helps) (?:for |with )?(?:me|us|other|others|before|well)\b|^(?:have you |you )?ever (?:considered|thought (?:about|of)|tried|explored)\b|^(?:another|one|an|a|the other|a different) (?:angle|approach|option|route|play|tactic|possibility|alternative|way in)\b[^,]{0,40}?\b(?:might|could|may|would) be\b|^(?:(?:i )?feel like |i think |i reckon )?(?:a|an|another|some|one more|[a-z]+-?[a-z]*ing(?: now)?) [^,]{0,50}?\b(?:could|might|may) (?:really )?(?:help|work|speed (?:up|things up)|shorten|smooth|unblock|build|surface|settle|give|keep (?:them|it|things|the)|signal|be nice|be good|go a long way|be a nice touch|buy (?:some |us |you )?(?:goodwill|time)|let (?:them|us|you)|get (?:you|us) (?:on|in|a|an|the|more)|make (?:the|it|this|that) [a-z -]{1,30}?easier|unlock (?:this|it|things)|land (?:well|better)|be (?:useful|helpful|worth|good|a good idea|an idea|the way)|make (?:sense|a difference)|make a (?:great|good|strong))\b|^there (?:might|may|could) (?:well )?be (?:an? |another |some )?(?:angle|opportunity|option|play|way in|opening|route|value in)\b|^(?:might|may|could|would) (?:really |also )?help (?:to )?[a-z]+|^(?:an?|another|some) [^,]{1,40}?\b(?:might|could|may) get (?:it|this|us|them|things) (?:over the line|across the line|moving|unstuck|going)\b/
    },
    {
        id: 'obligation-make-sure',
        kind: 'directive',
        pattern:
            /\b(?:make sure|be sure to|make certain|ensure that|don't forget|do not forget|remember to|see to it|reminder to)\b/,
        // "want to make sure the renewal is consistent", "I'll make sure": the manager's own check
        accept: (m, c) =>
            !/\b(?:want(?:ed)? to|wanna|i'll|i will|let me|trying to|i'd like to)\s*$/.test(
                c.core.slice(0, m.index)
            )
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
        // "if it were me I might lead with…, but you know them better": a hedge
        accept: (_m, c) =>
            !/^i(?:'d| would) have\b/.test(c.core) &&
            !/\bi (?:might|may|would maybe|'d maybe|would probably)\b/.test(c.core)
    },
    {
        id: 'prescription-i-would',
        kind: 'directive',
        pattern:
            /^(?:i'd|i would)(?: (?:definitely|probably|just|really|personally|also|still|strongly|honestly|first|rather|be (?:inclined|tempted) to)){0,2} [a-z-]+/,
        accept: (m) => {
            const verb = lastWord(m[0]);
            return (
                isActionVerb(verb) || PRESCRIBING_VERBS.has(verb) || /rather (?:you|we)$/.test(m[0])
            );
        }
    },
    {
        // A deliverable that was due and has not come: "I was expecting the business case in my
        // inbox yesterday" chases the seller as an order would
        id: 'blame-expected',
        kind: 'directive',
        pattern:
            /^(?:(?:i|we)(?: was| were| had been|'d been)?|was|been) (?:expecting|expected|hoping) (?:to (?:see|get|have) |for )?(?:the|your|an?|that|this|those|these|some) [^,]*?\b(?:yesterday(?:'?s)?|by now|this morning|last (?:night|week)|already|earlier|before now|today)\b/
    },
    {
        // "all Q3 opps need a next step date", "opp notes due EOD", "MAP signed EOW", "redlines back
        // to their counsel by tmrw", "recap email to all attendees": the seller's records or
        // deliverables, told what state to reach, with no verb of their own
        id: 'obligation-it-must',
        kind: 'directive',
        pattern:
            /^(?:all |every |your )[a-z0-9 -]*?\b(?:opps?|opportunities|deals|accounts|records|notes|next steps|close dates) (?:need|needs|must|should|have to)\b|^(?:the |your |our )?(?:[a-z0-9-]+ ){0,3}(?:deck|map|proposal|quote|sow|contract|msa|order form|plan|notes|recap|redlines|questionnaire|pricing|model|case|agenda|summary|invite|paperwork|one pager|forecast|e-?mail|follow-?up|numbers|intro|update|updates) (?:(?:signed|sent|updated|done|back|over|out|submitted|logged|in|due)(?: (?:to|with|in) [^,]{1,40}?)? (?:by|before|eod|eow|cob|today|tomorrow|tonight|this week|asap)\b|(?:over |back )?to (?:the|their|all|every|him|her|them|our|my|me)\b)/,
        accept: (_m, c) =>
            !/^(?:i|we|you|they|he|she|it)\b/.test(c.core) &&
            !c.tokens.some((token) => FINITE_STATEMENT_VERBS.test(token))
    },
    {
        // "Expecting the signed order form by eod tomorrow": a deadline set for the seller
        id: 'blame-expected',
        kind: 'directive',
        pattern:
            /^(?:(?:i'm|i am|i'll be|i will be) )?expecting (?:the|your|an?|that|this|those|these) [^,]*?\b(?:by|before) (?:eod|eow|cob|end of|close of|tomorrow|tonight|today|mon|tue|wed|thu|fri|the \d|\d)/
    },
    {
        // "the close dates on your public sector opps need to reflect reality": the seller's
        // records, told what they must be
        id: 'obligation-it-must',
        kind: 'directive',
        pattern:
            /^(?:the |all (?:the )?)?[a-z0-9 -]{0,40}?\byour [a-z0-9 -]{1,40}? (?:needs?|have|has|must) to\b/,
        accept: (m) => !m[0].split(' ').some((word) => PEOPLE.has(word))
    },
    {
        id: 'obligation-want-you-to',
        kind: 'directive',
        pattern:
            /\b(?:i|we)(?:'d like|'d (?:really )?(?:need|want)|'m asking| (?:really |just |absolutely |do )?(?:want|need|expect|would like|would (?:really )?(?:need|want)|require|am asking)) (?:you|y'all|everyone|the team|all of you) to\b|^(?:really |just )?need (?:you|y'all|everyone|the team)\b|^(?:i|we) (?:really |just |still |will |'ll )?need (?:you|y'all|everyone|the team) (?:on|at|in|for)\b|^(?:request|urge|ask|need|want|expect) you to\b|^(?:(?:i'm|i am|we're|we are) )?going to need (?:you|y'all|everyone|the team) to\b/
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
        accept: (m, c) =>
            notAfterConditional(m, c) &&
            !/\bin (?:this|our|the) (?:job|game|role|business|line of work)\b|\bin sales\b/.test(
                c.core
            )
    },
    {
        id: 'obligation-hindsight',
        kind: 'directive',
        pattern: /\b(?:you|we) (?:could|should)(?:'ve| have) [a-z]+/,
        // "you should have seen their faces": an idiom, not a missed step
        accept: (m, c) =>
            notAfterConditional(m, c) &&
            isPastForm(lastWord(m[0])) &&
            // "nothing we could have done differently": consolation, not a missed step
            !/\b(?:nothing|not much|little)\s*$/.test(c.core.slice(0, m.index)) &&
            !/^(?:seen|heard)$/.test(lastWord(m[0])) &&
            // "you should've been in the room when their CTO saw…": the same idiom
            !/^been (?:in the room|there|on (?:the|that) call)\b[^,]*?\bwhen\b/.test(
                c.core.slice(m.index + m[0].length - lastWord(m[0]).length)
            )
    },
    {
        id: 'obligation-i-need',
        kind: 'directive',
        pattern:
            /^(?:(?:i|we)(?:'d like|'d (?:really )?need| (?:really |just |still |absolutely |do )?(?:need|want|expect|require|would like|would (?:really )?need))|(?:really |just |still )?need) (?:the|your|an?|this|that|it|those|these|them|updated|some|all|every|more)\b|^i(?:'d| would) (?:like|love|want) to see\b|^i (?:want|need|expect) to see (?:the|your|a|an)\b/
    },
    {
        id: 'obligation-critical',
        kind: 'directive',
        pattern:
            /\b(?:it(?:'s| is| will be)|^is) (?:absolutely |really |very )?(?:critical|essential|important|vital|key|imperative|crucial|mandatory|compulsory|necessary|required|obligatory|non-negotiable|a must)(?: that)? (?:you|we|to)\b/
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
            /^(?:this|it|that|everything|all of this|someone|somebody|everyone|everybody|one of us|the [a-z-]+(?: [a-z0-9-]+){0,4}?)(?: (?:really|still|just|absolutely|definitely|does))? (?:needs? to|has to|must|'s got to|has got to|needs(?= [a-z]+ing\b))\b/,
        // "the thing i need to understand is…": the manager's own need
        accept: (m, c) =>
            !m[0].split(' ').some((word) => PEOPLE.has(word) || /^(?:i|we|you|they)$/.test(word)) &&
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
            /^(?:(?:it'?s|it is|is|it would be|it'd be|probably|much|far) )?(?:better|best|smarter|wiser|safer) (?:to|if you|(?:that )?you (?!than\b))\b/,
        // "better to do it right than rush it": a maxim weighing two ways, agreeing with the seller
        accept: (_m, c) => !/\bthan (?:to )?[a-z]+ it\b/.test(c.core)
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
    {
        id: 'imperative-negative',
        kind: 'directive',
        pattern: /^(?:don't|do not|never|stop)\b/,
        // "never looked at it that way": a past experience, not a ban
        accept: (m, c) =>
            m[0] !== 'never' || !(isPastForm(c.tokens[1]) || /ed$/.test(c.tokens[1] ?? ''))
    },
    {
        id: 'imperative-be',
        kind: 'directive',
        pattern:
            /^be (?:careful|sure|ready|clear|prepared|firm|mindful|aware|explicit|specific|direct|honest|patient|proactive|quick|on time)\b|^be (?:on|at|in) (?:the|that|this|their|our|tomorrow's|today's) [^,]*?\b(?:call|meeting|demo|review|sync|session|workshop|onsite)\b|^have (?:the|your|our|this|that|these|those|all|it|them) [^,]*?\b(?:ready|done|updated|signed|sorted|filled in|finished|submitted|sent|with me|on my desk|in (?:the )?(?:crm|sf|salesforce|clari))\b|^have (?:a (?:look|word|chat|go|conversation)|another (?:look|go|try|crack|stab))\b/
    },
    {
        // A run-on that ends by asking ("…dropped to best case whats going on there")
        id: 'open-wh',
        kind: 'open-question',
        pattern:
            /\b(?:what's|whats|what is) (?:going on|happening|the story)(?: (?:there|here|with [^,]+))?$/
    },
    {
        id: 'closed-elliptical',
        kind: 'closed-question',
        pattern: /^(?:any|anything|anyone|anybody)\b/,
        // "anything we propose after that waits a year": a statement
        accept: (_m, c) => c.question || c.tokens.length <= 6
    }
];
