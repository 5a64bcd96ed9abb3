/**
 * The coaching-language rules as tables: each rule names the kind it decides and the words
 * (its cue) that decide it. A clause is read in one of three frames, by how it begins:
 * a wh-question ("What…", "Why…"), an auxiliary question ("Is…", "Could you…") or anything
 * else (statements and imperatives). Blame questions are checked first in every frame.
 * Within a table the first rule that matches wins, so the order of a table is part of the rule:
 * a hedge ("maybe call the CFO") is tried before the imperative it softens.
 */
import type { CoachingKind } from './kinds';
import { strongestKind } from './kinds';
import type { Clause } from './text';
import { splitClauses } from './text';
import { ACTION_VERBS, baseForm, isBaseVerb, isPastForm } from './verbs';
import { wordSet } from './wordList';

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

/** How one clause was read. */
export interface ClauseVerdict {
    readonly kind: CoachingKind;
    readonly rule: RuleId;
    /** The words that decided it, lower case; empty when nothing did (a plain statement). */
    readonly cue: string;
    /** Where the cue starts and ends in clause.core. */
    readonly cueStart: number;
    readonly cueEnd: number;
    readonly clause: Clause;
}

/** How one sentence was read: its kind, the cues of that kind and the clauses behind it. */
export interface SentenceVerdict {
    readonly kind: CoachingKind;
    readonly cues: string[];
    readonly clauses: ClauseVerdict[];
}

/** What a rule's guard can look at besides the match. */
interface RuleContext {
    readonly core: string;
    readonly tokens: readonly string[];
    readonly question: boolean;
}

interface Rule {
    readonly id: RuleId;
    readonly kind: CoachingKind;
    /** Tested on the lower-case clause; the whole match is the cue. */
    readonly pattern: RegExp;
    /** Extra conditions a regular expression would state less readably. */
    readonly accept?: (match: RegExpExecArray, context: RuleContext) => boolean;
}

// ---------------------------------------------------------------------------------------------
// Word lists the guards use

const AUXILIARIES = wordSet(`
    am is are was were do does did have has had will would can could should shall may might must
    isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't won't wouldn't can't
    cannot couldn't shouldn't mustn't
`);

/** Auxiliaries that also open imperatives ("Do the ROI first", "Don't discount"). */
const IMPERATIVE_AUXILIARIES = wordSet(`
    do don't have
`);

const SUBJECT_PRONOUNS = wordSet(`
    you we they he she it i there y'all
`);

const DETERMINERS = wordSet(`
    the a an this that these those my your our their his her its them him it me us some any
    every all both
`);

/** Words that show a clause-initial verb-like word is really a noun ("Call went long"). */
const FINITE_VERBS = wordSet(`
    is was are were 's went goes looks looked seems seemed sounds sounded has had came comes
    happened ran took will would isn't wasn't didn't doesn't hasn't got feels felt from of
`);

/** Verbs that make a clause of their own: after an order's object they show it was a noun. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(
    [...FINITE_VERBS].filter((word) => word !== 'from' && word !== 'of')
);

/** Deal words that are also verbs, so a clause starting with them may be a noun phrase. */
const NOUN_LIKE_VERBS = wordSet(`
    demo call update review test plan quote pitch check ping run sync map push close email text
    message work lead offer draft request reply schedule start delay discount contact drop cut
    split hold show sign present track document ship follow
`);

const RELATIVE_WORDS = wordSet(`
    that who which where whose when
`);

/** Words that start a new clause inside a phrase: "Check with legal what they signed". */
const CLAUSE_OPENERS = wordSet(`
    what how why if once before after until unless because so i you we they he she
`);

/** Prepositions that can follow a deal noun: "Call with the CFO", "Contact at Acme". */
const NOUN_PREPOSITIONS = wordSet(`
    with on for about at in
`);

/** Words that complete a phrasal verb: "follow up", "loop in". */
const PARTICLES = wordSet(`
    up in out back on off over through down with to around ahead
`);

/** People and teams: "the customer has to approve it" is a fact, not an order. */
const PEOPLE = wordSet(`
    customer client champion cfo ceo cio cto coo cro vp buyer team legal procurement board
    sponsor finance security partner they he she prospect account committee user users lawyers
    lawyer
`);

/** Verbs that state an outcome, not a proposal: "Can we close by Friday?" asks, it proposes nothing. */
const OUTCOME_VERBS = wordSet(`
    close win hit make lose still be expect count afford get
`);

/** Words before "you need to" that make it a question or a condition, not an order. */
const NOT_AN_ORDER_BEFORE = wordSet(`
    if whether unless what whatever when whenever how why where who which do did does would will
    can could should shall may might than as once wherever
`);

/** Verbs after "I'd" that prescribe what the seller should do. */
const PRESCRIBING_VERBS = wordSet(`
    recommend advise insist urge avoid hold stick wait go stay
`);

function wordBefore(core: string, index: number): string {
    const before = /([\w']+)\W*$/.exec(core.slice(0, index));
    return before ? before[1] : '';
}

function lastWord(text: string): string {
    const words = text.trim().split(' ');
    return words[words.length - 1];
}

function isActionVerb(word: string | undefined): boolean {
    return word !== undefined && ACTION_VERBS.has(word);
}

/** "Update from legal", "Call went long", "Close date moved": the first word is a noun. */
function startsWithNounUse(tokens: readonly string[], question: boolean): boolean {
    const [first, second, third] = tokens;
    if (!NOUN_LIKE_VERBS.has(first)) return false;
    if (second === undefined) return true;
    if (FINITE_VERBS.has(second) || isPastForm(second) || second.endsWith(':')) return true;
    if ((second === 'and' || second === 'or') && hasVerbBeforeNextClause(tokens.slice(2, 8)))
        return true;
    if (first === 'update' && (second === 'on' || second === 're' || second === 'about'))
        return true;
    if (
        third !== undefined &&
        !DETERMINERS.has(second) &&
        (FINITE_VERBS.has(third) || isPastForm(third))
    ) {
        return true;
    }
    if (question && !DETERMINERS.has(second) && !PARTICLES.has(second)) return true;
    if (NOUN_PREPOSITIONS.has(second)) {
        // "Call with the CFO went well", "Contact at Acme changed"; not "Start with the team
        // that has…" or "Check with legal what they signed", whose verb is in another clause
        return hasVerbBeforeNextClause(tokens.slice(2, 8)) || question;
    }
    return false;
}

/** Whether a phrase has a finite verb of its own before any clause it introduces. */
function hasVerbBeforeNextClause(phrase: readonly string[]): boolean {
    const clauseEnd = phrase.findIndex(
        (token) => RELATIVE_WORDS.has(token) || CLAUSE_OPENERS.has(token)
    );
    return phrase
        .slice(0, clauseEnd < 0 ? undefined : clauseEnd)
        .some((token) => CLAUSE_VERBS.has(token) || isPastForm(token));
}

/**
 * Words that open a clause but are not the verb of an order the shape rule should find: function
 * words, adverbs of time and stance, interjections, adjectives of praise or feeling, verbs of
 * thinking or liking ("Love it", "Guess the CFO is out"), "let" (its own rules read it) and deal
 * nouns that open verbless notes ("Budget the main issue", "Deal in the bag").
 */
const NEVER_ORDER_VERBS = wordSet(`
    i you he she it we they me him her us them my your his its our their this that these those the
    a an there here someone somebody everyone everybody anyone anybody nobody nothing something
    everything one all both each every some any no not only even just already almost quite rather
    very too really pretty also again still anyway plus besides instead otherwise meanwhile overall
    hence thus therefore however though although because since as while whilst unless until once
    if whether when where what who how why which whose whom so and but or nor yet either neither
    about above across after against along amid among around at before behind below beneath beside
    between beyond by despite down during except for from in inside into near of off on onto out
    outside over past per than through throughout till to toward towards under underneath unlike
    up upon via with within without re today tomorrow tonight yesterday now then later earlier
    soon first second third next last finally ok okay yes yeah yep yup nope nah hey hi hello
    cheers wow oh ah ugh hmm right well sure fine great good nice cool lovely brilliant awesome
    amazing excellent solid strong huge big fantastic superb terrific sweet fair interesting
    strange odd weird funny tough hard rough tricky glad happy sad sorry proud keen curious shame
    pity spot classic typical lucky bloody mate team guys folks love like hate know think believe
    hope feel seem mean matter guess reckon bet wish suppose imagine wonder appreciate doubt trust
    mind understand assume remember forget notice see hear be let deal budget timeline
    timing pipeline quarter week month year contract renewal proposal deck risk progress news
`);

/** Words an order's object starts with: "Socialise the deck", "Reforecast it", "Flick me the deck". */
const OBJECT_STARTS = wordSet(`
    the a an this that these those my your our their his her its them him it me us some every all
    both each another
`);

/**
 * Particles of a phrasal order: "Firm up the numbers", "Tee up a call". "In" and "on" count only
 * before "with" or "to" ("Crack on with the proposal"): after a noun they usually start a
 * phrase ("Customer in the loop").
 */
const PHRASAL_PARTICLES = wordSet(`
    up down out off over through back around along away together
`);

/** Words ending like verbs' base forms that are often adverbs ("finally") or stay base ("apply"). */
const BASE_FORMS_IN_LY = wordSet(`
    apply supply rally tally reply multiply comply
`);

/**
 * Whether a word could be the base-form verb of an order even though it is not in the verb
 * list ("socialise", "triage", "pressure-test"): a plain word, not a function word, not
 * inflected (-s, -ed, -ing, -ly) and not a known past form.
 */
function couldBeBaseVerb(word: string | undefined): word is string {
    if (word === undefined || !/^[a-z][a-z-]*[a-z]$/.test(word)) return false;
    if (NEVER_ORDER_VERBS.has(word) || PEOPLE.has(word) || AUXILIARIES.has(word)) return false;
    if (isPastForm(word)) return false;
    if (/ly$/.test(word)) return BASE_FORMS_IN_LY.has(word);
    if (/ing$/.test(word)) return isBaseVerb(word);
    return !/(?:[^su]s|[^e]ed)$/.test(word);
}

/**
 * The shape of an order, whatever its verb: a base-form verb followed by its object ("Triage the
 * open questions", "Reforecast it") or by a particle and then an object ("Tee up a call", "Crack
 * on with the proposal"), with no finite verb soon after, which would make the first word a
 * noun ("Word on the street is…", "Budget this year looks tight").
 */
function hasOrderShape(tokens: readonly string[]): boolean {
    const [verb, next, after] = tokens;
    if (!couldBeBaseVerb(verb) || next === undefined) return false;
    let objectAt = 1;
    if (
        PHRASAL_PARTICLES.has(next) ||
        ((next === 'on' || next === 'in') && /^(?:with|to|on)$/.test(after ?? ''))
    )
        objectAt = 2;
    const object = tokens[objectAt];
    // "Double down on the relationship", "Zero in on the CFO": a second particle may follow
    const linked = objectAt === 2 && /^(?:with|to|on)$/.test(object);
    // "Sweet-talk procurement", "Brief legal": people and teams go without a determiner
    if (!OBJECT_STARTS.has(object) && !PEOPLE.has(object) && !linked) return false;
    return !tokens
        .slice(objectAt + 1, objectAt + 5)
        .some(
            (token, index, list) =>
                CLAUSE_VERBS.has(token) ||
                (isPastForm(token) && !SUBJECT_PRONOUNS.has(list[index - 1] ?? tokens[objectAt]))
        );
}

/**
 * Whether a phrase opens with an order's verb: one we list, or any word in an order's shape.
 * @param phrase a verb phrase as typed, such as "Socialise the deck with finance"
 * @returns true when its first word reads as the verb of an order
 */
export function opensWithOrder(phrase: string): boolean {
    const tokens = tokenize(phrase.toLowerCase());
    return isActionVerb(tokens[0]) || hasOrderShape(tokens);
}

/** An imperative: a clause that begins with a verb telling the seller to act. */
function isImperative(context: RuleContext): boolean {
    // An order rarely has "you" as its object ("Thank you", "Request you to…"), and a verb
    // before "of" is a noun or a hedge ("Sort of a mess", "Call of the week")
    if (context.tokens[1] === 'you' || context.tokens[1] === 'of') return false;
    if (isActionVerb(context.tokens[0]))
        return !startsWithNounUse(context.tokens, context.question);
    return hasOrderShape(context.tokens);
}

/** After "maybe"/"perhaps": a proposal ("maybe loop in the SE") rather than a guess ("maybe the CFO is busy"). */
function isHedgedProposal(rest: string): boolean {
    const text = rest.replace(/^[,\s]+/, '').replace(/^(?:just|also|even) /, '');
    if (/^(?:you|we|i)\b/.test(text)) return true;
    if (
        /^(?:worth|a|an|another|some|one|try|consider|time to)\b|^it(?:'s| is) (?:worth|time)\b/.test(
            text
        )
    )
        return true;
    if (
        /^it (?:might|could|may|would) (?:really )?(?:help|make sense|be worth|be useful|be good)\b/.test(
            text
        )
    )
        return true;
    const tokens = tokenize(text);
    if (isActionVerb(tokens[0]) && !startsWithNounUse(tokens, false)) return true;
    const modal = /\b(?:could|might|can|would) (?:also |then |just )?([a-z-]+)/.exec(text);
    return modal !== null && (modal[1] === 'help' || isActionVerb(modal[1]));
}

/**
 * "Why hasn't the proposal gone out?" presumes the seller should have done it; "Why hasn't the
 * CFO replied?" asks about someone else. Past events ("Why didn't the demo land?") are open
 * unless nobody acted ("Why didn't anyone loop me in?").
 */
function isAboutTheDeal(question: string): boolean {
    const words = question.split(' ');
    if (/\b(?:anyone|anybody|no one|nobody)\b/.test(words.slice(2, 5).join(' '))) return true;
    if (/\bdid(?:n't| not)\b/.test(words.slice(0, 4).join(' '))) return false;
    return !words.slice(2, 6).some((word) => PEOPLE.has(word));
}

/** "What if we offered…", "What if the pilot started…": an idea. "What if they say no?": a scenario to think through. */
function whatIfIsIdea(core: string): boolean {
    const rest = core.replace(/^what if\s+/, '');
    if (/^(?:you|we|i|us|our|my|someone from our)\b/.test(rest)) return true;
    const words = rest.split(' ').slice(0, 6);
    return words.some((word) => isPastForm(word) || word === 'could' || word === 'were');
}

/**
 * "What about a pilot?", "How about asking…", "What about the CFO joining?": an idea.
 * "What about the timeline?", "What about the meeting?": a question about something.
 */
function aboutIsIdea(core: string): boolean {
    const words = tokenize(core.replace(/^(?:what|how) about\s+/, ''));
    if (/^(?:we|you|i|us|a|an|another|some|maybe)$/.test(words[0] ?? '')) return true;
    return words.some(
        (word, index) =>
            word.endsWith('ing') &&
            baseForm(word) !== undefined &&
            (index === 0 || !DETERMINERS.has(words[index - 1]))
    );
}

function notAfterConditional(match: RegExpExecArray, context: RuleContext): boolean {
    return !NOT_AN_ORDER_BEFORE.has(wordBefore(context.core, match.index));
}

/** "You must be exhausted", "you have to admire them": feelings, not orders. */
const FEELING_AFTER_MODAL =
    /^(?:be (?:so |very |really )?(?:proud|exhausted|tired|pleased|happy|thrilled|relieved|excited|kidding|joking|frustrated|disappointed|delighted|gutted|glad|busy|swamped|stoked|chuffed|fed up)|admire|love|hate|laugh|appreciate|wonder|imagine|feel)\b/;

/** "You can't send pricing…" orders; "you can't win without the CFO" observes. */
function prohibitsAnAction(match: RegExpExecArray, context: RuleContext): boolean {
    if (!notAfterConditional(match, context)) return false;
    const next = context.core.slice(match.index + match[0].length).trim();
    if (FEELING_AFTER_MODAL.test(next)) return false;
    if (!/(?:can't|cannot|can not|may not|will|'ll|going to)$/.test(match[0])) return true;
    // "We can't let this slip", "we can't allow another delay": a prohibition on the deal
    return isActionVerb(next.split(' ')[0]) || /^(?:let|allow)\b/.test(next);
}

/**
 * The polite frames of a request ("I was wondering whether you could…", "Would it be possible
 * to…", "I'd appreciate it if you could…"), up to and including the first word of what is
 * asked. "I wonder if you could…" muses rather than asks, so it is left to the idea rules.
 */
const POLITE_FRAME =
    /^(?:i(?: was| am|'m) (?:just |only )?wondering (?:if|whether)|i(?:'d| would) (?:really |so |very |greatly |honestly )?(?:appreciate it|be (?:very |really |so |most )?(?:grateful|thankful)|love it) if|it(?:'d| would) be (?:really |very |so |super )?(?:great|good|nice|helpful|ideal|useful|appreciated|brilliant|lovely|amazing|fab) if|(?:is|would) it be possible (?:for you )?to|(?:is|would) there (?:be )?(?:any|a) way (?:for you )?to)\s+(?:(?:you|u)(?: could| would| can| might| will|'d|'ve| have| had)?(?: be able to)?\s+)?(?:(?:please|kindly|possibly|maybe|also|just)\s+)*[a-z][a-z'-]*/;

/** What a polite frame can ask for instead of an action: an idea weighed, or the seller's view. */
const POLITE_IDEA =
    /^(?:ever |already )?(?:considered|consider|thought (?:about|of)|think (?:about|of)|given (?:any |some |much )?thought|give (?:any |some )?thought|tried|try|explored|explore)\b/;
const POLITE_VIEW =
    /^(?:tell (?:me|us)(?! (?:if|whether))|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|share (?:your|what|how|why|more|a bit)|explain|describe|help (?:me|us) (?:understand|see)|give (?:me|us) (?:a sense|an overview|a picture|your)|say more|expand|elaborate|unpack|fill (?:me|us) in|understand|hear (?:your|what|how|why|more)|get (?:a sense|your))\b/;

/**
 * What a politely framed request asks for, read from the words after the frame: an idea to
 * weigh (suggestion), the seller's view (open question) or an action (directive).
 */
function politeRequestKind(match: RegExpExecArray, context: RuleContext): CoachingKind | undefined {
    const rest = context.core.slice(match.index + match[0].length - lastWord(match[0]).length);
    if (POLITE_IDEA.test(rest)) return 'suggestion';
    if (POLITE_VIEW.test(rest)) return 'open-question';
    const tokens = tokenize(rest);
    const verb = tokens[0].endsWith('ing') ? baseForm(tokens[0]) : tokens[0];
    return isActionVerb(verb) || hasOrderShape(tokens) ? 'directive' : undefined;
}

/** The three rules a polite frame gives, one per kind it can ask for. */
const POLITE_RULES: readonly Rule[] = [
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
const BLAME_RULES: readonly Rule[] = [
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
        id: 'prescription-what-you-need',
        kind: 'directive',
        pattern:
            /^what (?:you|we) (?:really |just )?(?:need|have|must|should|ought|'ve got|got)(?: to)?(?: do)? is\b|^what i (?:really |just )?(?:need|want|'d like|would like|expect) is (?:for )?(?:you|us) to\b/
    }
];

/** Questions that begin with what, how, who, which, where, when or why. */
const WH_RULES: readonly Rule[] = [
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
        id: 'open-wh',
        kind: 'open-question',
        pattern:
            /^(?:(?:until|till|since|by|from|for|in|to|with|at|on|of|about) )?(?:what|how|who|whom|whose|which|where|when|why)(?:'s|'re|'ll|'d)?/
    }
];

/** Questions that begin with an auxiliary: is, are, do, did, have, can, could, would, will, should… */
const AUXILIARY_RULES: readonly Rule[] = [
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
const DECLARATIVE_RULES: readonly Rule[] = [
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
            /^(?:please )?(?:tell (?:me|us)(?! (?:if|whether))|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|help (?:me|us) (?:understand|see|get|make sense)|describe|explain (?:to (?:me|us) )?(?:why|how|what|where|who|when|your|the (?:reasoning|thinking|logic))|share (?:your (?:thinking|thoughts|view|views|take|perspective|reasoning|plan|read|concerns|ideas|sense)|what|how|why|more)|say more|expand on|elaborate|unpack|fill (?:me|us) in|give (?:me|us) (?:a sense|an overview|a picture|your|a quick|an update|some context|the background|a rundown)|paint (?:me|us) a picture|(?:i'm |i am )?(?:really |just |genuinely )?(?:curious|interested|keen to (?:hear|understand|know|learn))|i(?:'d| would) (?:love|like|be keen|be interested) to (?:hear|understand|know|learn|get your)|i (?:want|need|'d like|would like) to (?:understand|hear|know|learn|get a sense)|it(?:'d| would) (?:really )?be (?:helpful|useful|good|great|nice|interesting|valuable) to (?:understand|hear|know|learn|get a sense|get your)|i(?: wonder| am wondering|'m wondering| was wondering) (?:what|how|why|who|where|when|whether|which))\b/
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
        accept: (m, c) => notAfterConditional(m, c) && isActionVerb(lastWord(m[0]))
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
            /\b(?:it|that|this) (?:might|may|could|would) (?:really )?(?:help|make sense|be (?:worth|useful|helpful|good|smart|wise|an idea|a good idea|an option|interesting))\b|^(?:(?:it'?s|it is|it'd be|it would be|could be|might be|may be|probably) )?worth (?:a |an |considering|trying|exploring|(?!noting|mentioning|knowing|remembering|bearing|flagging|saying|keeping|watching)[a-z]+ing\b)|^it(?:'d| would) (?:really )?be (?:great|good|nice|helpful|useful|ideal|smart|wise) to\b|^(?:i(?:'d| would| might)? (?:suggest|propose)|my suggestion|one suggestion|my advice would be|i(?: wonder| was wondering|'m wondering| am wondering) if)\b|^(?:consider|think about|have a (?:think|ponder))\b|^(?:something|one thing|what|a thing) (?:that )?(?:has |'s |have |often |usually |always )?(?:worked|helped|works|helps) (?:for |with )?(?:me|us|other|others|before|well)\b|^(?:have you |you )?ever (?:considered|thought (?:about|of)|tried|explored)\b|^(?:another|one|an|a|the other|a different) (?:angle|approach|option|route|play|tactic|possibility|alternative|way in)\b[^,]{0,40}?\b(?:might|could|may|would) be\b/
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
            /\bif (?:i (?:were|was) you|it (?:were|was) me|(?:it|this) (?:were|was) my (?:deal|account|opp|opportunity))\b|\bin your (?:shoes|position)\b/
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
            /\b(?:you|ya)(?:'ve got to|'ll (?:need|have|want) to|'d better|'re going to (?:need|have) to|'ll|'re going to|(?: (?:really|still|just|definitely|absolutely|seriously|now|probably|also|honestly|both|all))? (?:need to|needs to|have to|must|should|ought to|have got to|got to|will need to|will have to|better|are going to (?:need|have) to|want to|will want to|will|are going to|can't|cannot|can not|mustn't|must not|shouldn't|should not|may not))\b/,
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
        accept: (m) => !m[0].split(' ').some((word) => PEOPLE.has(word))
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
            /^be (?:careful|sure|ready|clear|prepared|firm|mindful|aware|explicit|specific|direct|honest|patient|proactive|quick|on time)\b|^have (?:a (?:look|word|chat|go|conversation)|another look)\b/
    },
    {
        id: 'closed-elliptical',
        kind: 'closed-question',
        pattern: /^(?:any|anything|anyone|anybody)\b/
    }
];

// ---------------------------------------------------------------------------------------------
// Frames

const WH_START = /^(?:what|how|who|whom|whose|which|where|whereabouts|when|why)(?:'s|'re|'ll|'d)?$/;

/** Prepositions that can open a wh-question: "Until when…?", "By when…?", "In which quarter…?". */
const WH_PREPOSITIONS = wordSet(`
    until till since by from for in to with at on of about
`);
const HOW_DEGREE = wordSet(`
    many much long soon far often likely confident sure close big well else come about realistic
    important strong serious firm
`);

/**
 * Whether a wh-word (or a preposition and a wh-word, with a question mark) opens a question,
 * not a clause such as "When the CFO signs, we're done".
 */
function isWhQuestion(tokens: readonly string[], question: boolean): boolean {
    const [first, second, third] = tokens;
    if (question && WH_PREPOSITIONS.has(first) && WH_START.test(second ?? '')) return true;
    if (!WH_START.test(first)) return false;
    if (question || first.includes("'")) return true;
    if (first === 'who' || first === 'which' || first === 'whose' || first === 'whom') return true;
    if (second === undefined) return false;
    if (AUXILIARIES.has(second) || second === 'if' || second === 'about' || second === 'not')
        return true;
    if (first === 'how' && HOW_DEGREE.has(second)) return true;
    return (
        first === 'what' &&
        third !== undefined &&
        AUXILIARIES.has(third) &&
        !DETERMINERS.has(second)
    );
}

/** Words right after a clause-initial auxiliary that show its subject was dropped. */
const PREDICATE_AFTER_AUXILIARY = wordSet(`
    better best worth possible important critical essential key vital fine ok okay good great done
    likely unlikely
`);

/** Whether the word after an auxiliary is a predicate or a verb, not a subject ("Can help…"). */
function dropsItsSubject(second: string | undefined): boolean {
    if (second === undefined) return false;
    if (PREDICATE_AFTER_AUXILIARY.has(second)) return true;
    return second !== 'be' && second !== 'have' && isBaseVerb(second);
}

function isAuxiliaryQuestion(tokens: readonly string[], question: boolean): boolean {
    const [first, second] = tokens;
    if (!AUXILIARIES.has(first)) return false;
    // "Can help with the email if you want", "is better you call": a statement that drops its
    // subject, unless a question mark says otherwise
    if (!question && dropsItsSubject(second)) return false;
    if (!IMPERATIVE_AUXILIARIES.has(first)) return true;
    // "Do it now", "Have it ready": an imperative unless a subject follows ("Do you…", "Have they…")
    if (second === 'it') return false;
    return question || (second !== undefined && SUBJECT_PRONOUNS.has(second));
}

function firstMatch(
    rules: readonly Rule[],
    context: RuleContext
): { rule: Rule; match: RegExpExecArray } | undefined {
    for (const rule of rules) {
        const match = rule.pattern.exec(context.core);
        if (match && (!rule.accept || rule.accept(match, context))) return { rule, match };
    }
    return undefined;
}

/** Tokens of a clause: lower case, split on spaces, outer punctuation removed. */
function tokenize(core: string): string[] {
    return core
        .split(' ')
        .map((token) => token.replace(/^[^\w']+|[^\w':]+$/g, ''))
        .filter((token) => token.length > 0);
}

/**
 * Reads one clause.
 * @param clause a clause from splitClauses
 * @returns its kind, the deciding rule and cue
 */
export function classifyClause(clause: Clause): ClauseVerdict {
    const core = clause.core.toLowerCase();
    const tokens = tokenize(core);
    const context: RuleContext = { core, tokens, question: clause.question };
    const verdict = (
        kind: CoachingKind,
        rule: RuleId,
        cueStart = 0,
        cueEnd = 0
    ): ClauseVerdict => ({
        kind,
        rule,
        cue: core.slice(cueStart, cueEnd).trim(),
        cueStart,
        cueEnd,
        clause
    });
    if (tokens.length === 0) return verdict('statement', 'statement');

    let table: readonly Rule[] = DECLARATIVE_RULES;
    if (isWhQuestion(tokens, clause.question)) table = WH_RULES;
    else if (isAuxiliaryQuestion(tokens, clause.question)) table = AUXILIARY_RULES;

    const found = firstMatch(BLAME_RULES, context) ?? firstMatch(table, context);
    if (found) {
        const { rule, match } = found;
        return verdict(rule.kind, rule.id, match.index, match.index + match[0].length);
    }
    const order = orderAfterComma(clause);
    if (order) return order;
    if (table === AUXILIARY_RULES)
        return verdict('closed-question', 'closed-auxiliary', 0, tokens[0].length);
    if (clause.question) return verdict('closed-question', 'closed-question-mark');
    return verdict('statement', 'statement');
}

/**
 * An order spliced on after a comma, in a clause nothing else decided: "close date is
 * tomorrow, get the signature", "Whatever you do, don't send the quote". Only a clear order
 * counts (a verb and its object, or "don't"/"never" and a verb), so lists of nouns stay
 * statements.
 */
function orderAfterComma(clause: Clause): ClauseVerdict | undefined {
    const pieces = clause.core.split(/,\s+/);
    for (let index = 1; index < pieces.length; index++) {
        const core = pieces.slice(index).join(', ');
        const tokens = tokenize(core.toLowerCase());
        const negative = /^(?:don't|do not|never)$/.test(tokens[0] ?? '');
        const shaped = negative ? hasOrderShape(tokens.slice(1)) : hasOrderShape(tokens);
        if (!shaped) continue;
        const verdict = classifyClause({ lead: '', core, question: clause.question });
        if (verdict.kind === 'directive') return verdict;
    }
    return undefined;
}

/** A sentence that opens by naming an idea ("One idea:", "A thought —") offers it, whatever follows. */
const IDEA_MARKER =
    /^(?:(?:just |quick |small |one |an? |another |my |here's |one more )(?:an? |one )?(?:idea|thought|option|suggestion)\b|food for thought\b|(?:idea|thought|suggestion)\s*[:,-])/i;

/**
 * Reads one sentence: splits it into clauses and takes the strongest kind among them.
 * @param plain the sentence cleaned by normalizeText
 * @param question whether the sentence ends with a question mark
 * @returns the sentence's kind, cues and clause verdicts
 */
export function classifySentence(plain: string, question: boolean): SentenceVerdict {
    const marker = IDEA_MARKER.exec(plain);
    if (marker) {
        const clause: Clause = { lead: '', core: plain, question };
        const cue = marker[0].replace(/[\s:,-]+$/, '').toLowerCase();
        return {
            kind: 'suggestion',
            cues: [cue],
            clauses: [
                {
                    kind: 'suggestion',
                    rule: 'idea-marker',
                    cue,
                    cueStart: 0,
                    cueEnd: cue.length,
                    clause
                }
            ]
        };
    }
    const clauses = splitClauses(plain, question).map(classifyClause);
    if (clauses.length === 0) return { kind: 'statement', cues: [], clauses: [] };
    const kind = strongestKind(clauses.map((clause) => clause.kind));
    const cues: string[] = [];
    for (const clause of clauses) {
        if (clause.kind === kind && clause.cue && !cues.includes(clause.cue)) cues.push(clause.cue);
    }
    return { kind, cues, clauses };
}
