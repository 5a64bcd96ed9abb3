/**
 * The guards of the coaching-language rules: the conditions a regular expression would state less
 * readably, such as whether a clause opens with an order's verb or with a noun that looks like one.
 */
import type { CoachingKind } from './kinds';
import { ACTION_VERBS, baseForm, isBaseVerb, isPastForm } from './verbs';
import {
    AUXILIARIES,
    BASE_FORMS_IN_LY,
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    DETERMINERS,
    FINITE_VERBS,
    NEVER_ORDER_VERBS,
    NOT_AN_ORDER_BEFORE,
    NOUN_LIKE_VERBS,
    NOUN_PREPOSITIONS,
    OBJECT_STARTS,
    PARTICLES,
    PEOPLE,
    PHRASAL_PARTICLES,
    RELATIVE_WORDS,
    SUBJECT_PRONOUNS
} from './ruleWords';

/** What a rule's guard can look at besides the match. */
export interface RuleContext {
    readonly core: string;
    /** The subordinate clause before the core, lower case ("if you could send it by friday,"). */
    readonly lead: string;
    readonly tokens: readonly string[];
    readonly question: boolean;
    /** Whether the clause opens with an acronym that is also a verb ("MAP v2" is a plan). */
    readonly acronymFirst?: boolean;
}

/** Tokens of a clause: lower case, split on spaces, outer punctuation removed. */
export function tokenize(core: string): string[] {
    return core
        .split(' ')
        .map((token) => token.replace(/^[^\w']+|[^\w':]+$/g, ''))
        .filter((token) => token.length > 0);
}

function wordBefore(core: string, index: number): string {
    const before = /([\w']+)\W*$/.exec(core.slice(0, index));
    return before ? before[1] : '';
}

export function lastWord(text: string): string {
    const words = text.trim().split(' ');
    return words[words.length - 1];
}

export function isActionVerb(word: string | undefined): boolean {
    return word !== undefined && ACTION_VERBS.has(word);
}

/** "Update from legal", "Call went long", "Close date moved": the first word is a noun. */
function startsWithNounUse(tokens: readonly string[], question: boolean): boolean {
    const [first, second, third] = tokens;
    if (!NOUN_LIKE_VERBS.has(first)) return false;
    if (second === undefined) return true;
    // "demo tmrw still happening", "close date still June 28"
    if (/^(?:date|dates|tomorrow|today|tonight|yesterday|notes|recap|summary|prep)$/.test(second))
        return true;
    // "quote out today", "draft over by friday": a deliverable and where it should be
    if (
        /^(?:quote|draft|email|offer|plan|update)$/.test(first) &&
        /^(?:out|over|back)$/.test(second) &&
        /^(?:today|tomorrow|tonight|by|before|eod|eow|asap|this|now)$/.test(third ?? '')
    )
        return true;
    // "demo solid, champion keen": a status, its verb left out
    if (
        /^(?:solid|good|great|strong|weak|done|booked|confirmed|positive|negative|fine|ok|okay|keen|quiet|pending|scheduled|tbd|went)$/.test(
            second
        )
    )
        return true;
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
export function hasOrderShape(tokens: readonly string[]): boolean {
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
    // "fix that before it goes to legal": the clause after "before" has verbs of its own
    const end = tokens.findIndex(
        (token, index) =>
            index > objectAt && /^(?:before|after|when|until|once|so|because|if)$/.test(token)
    );
    return !tokens
        .slice(objectAt + 1, Math.min(objectAt + 5, end < 0 ? tokens.length : end))
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
export function isImperative(context: RuleContext): boolean {
    // An order rarely has "you" as its object ("Thank you", "Request you to…"), and a verb
    // before "of" is a noun or a hedge ("Sort of a mess", "Call of the week")
    if (context.tokens[1] === 'you' || context.tokens[1] === 'of') return false;
    // "MAP v2, pricing approval request": a mutual action plan, not "map"
    if (context.acronymFirst) return false;
    // "Talk about a baptism by fire": an exclamation; "Recap (my notes)": a label
    if (/^talk about (?:a|an)\b|^[a-z-]+ \(/.test(context.core)) return false;
    if (isActionVerb(context.tokens[0]))
        return !startsWithNounUse(context.tokens, context.question);
    return hasOrderShape(context.tokens);
}

/** After "maybe"/"perhaps": a proposal ("maybe loop in the SE") rather than a guess ("maybe the CFO is busy"). */
export function isHedgedProposal(rest: string): boolean {
    const text = rest.replace(/^[,\s]+/, '').replace(/^(?:just|also|even) /, '');
    if (/^(?:you|we|i|don't|do not|not)\b/.test(text)) return true;
    // "maybe next step can be a workshop", "maybe have a look?"
    if (
        /^(?:the )?next step (?:can|could|might) be\b|^have a (?:look|think|go|chat|word)\b|^(?:think about|look at|look into)\b|\b(?:could|might) be (?:scoped|split|phased|shortened|trimmed|cut|reduced|moved|framed|positioned|priced|offered|sold|bundled|structured|packaged)\b/.test(
            text
        )
    )
        return true;
    // "perhaps the ROI story lands better with their own numbers": a better way, proposed
    if (/\b(?:lands?|works?|goes|go|reads?|plays?) better\b/.test(text)) return true;
    // "maybe there's room to trade term for discount", "maybe is good idea to invite…"
    if (
        /^there(?:'s| is) (?:room|scope|space|a case|an? (?:angle|option|opening|opportunity)) (?:to|for)\b|^(?:is|it's|it is|would be|it'd be) (?:a )?(?:good|better|nice|smart|smarter|worth)\b/.test(
            text
        )
    )
        return true;
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
    // "maybe open with the risk slide", "maybe dial back the discount talk"
    if (/^(?:open|dial|swap|trade|bundle|anchor|frame|tone|skip|pitch)$/.test(tokens[0] ?? ''))
        return true;
    const modal = /\b(?:could|might|can|would) (?:also |then |just )?([a-z-]+)/.exec(text);
    return modal !== null && (modal[1] === 'help' || isActionVerb(modal[1]));
}

/**
 * "Why hasn't the proposal gone out?" presumes the seller should have done it; "Why hasn't the
 * CFO replied?" asks about someone else. Past events ("Why didn't the demo land?") are open
 * unless nobody acted ("Why didn't anyone loop me in?").
 */
export function isAboutTheDeal(question: string): boolean {
    const words = question.split(' ');
    if (/\b(?:anyone|anybody|no one|nobody)\b/.test(words.slice(2, 5).join(' '))) return true;
    if (/\bdid(?:n't| not)\b/.test(words.slice(0, 4).join(' '))) return false;
    return !words.slice(2, 6).some((word) => PEOPLE.has(word));
}

/** "What if we offered…", "What if the pilot started…": an idea. "What if they say no?": a scenario to think through. */
export function whatIfIsIdea(core: string): boolean {
    const rest = core.replace(/^what if\s+/, '');
    if (/^(?:you|we|i|us|our|my|someone from our)\b/.test(rest)) return true;
    const words = rest.split(' ').slice(0, 6);
    return words.some((word) => isPastForm(word) || word === 'could' || word === 'were');
}

/**
 * "What about a pilot?", "How about asking…", "What about the CFO joining?": an idea.
 * "What about the timeline?", "What about the meeting?": a question about something.
 */
export function aboutIsIdea(core: string): boolean {
    const words = tokenize(core.replace(/^(?:what|how) about\s+/, ''));
    if (/^(?:we|you|i|us|a|an|another|some|maybe|to)$/.test(words[0] ?? '')) return true;
    return words.some(
        (word, index) =>
            word.endsWith('ing') &&
            baseForm(word) !== undefined &&
            (index === 0 || !DETERMINERS.has(words[index - 1]))
    );
}

export function notAfterConditional(match: RegExpExecArray, context: RuleContext): boolean {
    return !NOT_AN_ORDER_BEFORE.has(wordBefore(context.core, match.index));
}

/** "You must be exhausted", "you have to admire them": feelings, not orders. */
const FEELING_AFTER_MODAL =
    /^(?:(?:be|have been|'ve been) (?:so |very |really )?(?:proud|exhausted|tired|pleased|happy|thrilled|relieved|excited|kidding|joking|frustrated|disappointed|delighted|gutted|glad|busy|swamped|stoked|chuffed|fed up|knackered|shattered|worn out|drained|over the moon)|admire|love|hate|laugh|appreciate|wonder|imagine|feel|(?:have|'ve) (?:seen|heard)|(?:have|'ve) been (?:in the room|there|on (?:the|that) call)\b[^,]*?\bwhen)\b/;

/** "We should be in good shape", "you should be fine": a forecast, not an order. */
const PREDICTION_AFTER_MODAL =
    /^be (?:in (?:good|great|decent|ok|okay) shape|fine|ok|okay|alright|all right|good|safe|able to|on track|there)\b/;

/** "You can't send pricing…" orders; "you can't win without the CFO" observes. */
export function prohibitsAnAction(match: RegExpExecArray, context: RuleContext): boolean {
    if (!notAfterConditional(match, context)) return false;
    const next = context.core.slice(match.index + match[0].length).trim();
    if (FEELING_AFTER_MODAL.test(next)) return false;
    if (/(?:should|'ll|will)$/.test(match[0]) && PREDICTION_AFTER_MODAL.test(next)) return false;
    if (!/(?:can't|cannot|can not|may not|will|'ll|going to)$/.test(match[0])) return true;
    // "We can't let this slip", "we can't allow another delay": a prohibition on the deal
    return isActionVerb(next.split(' ')[0]) || /^(?:let|allow|miss)\b/.test(next);
}

/**
 * The polite frames of a request ("I was wondering whether you could…", "Would it be possible
 * to…", "I'd appreciate it if you could…"), up to and including the first word of what is
 * asked. "I wonder if you could…" muses rather than asks, so it is left to the idea rules.
 */
export const POLITE_FRAME =
    /^(?:i(?: was| am|'m) (?:just |only )?wondering (?:if|whether)|(?:i(?:'d| would)|would) (?:really |so |very |greatly |honestly )?(?:appreciate it|be (?:very |really |so |most )?(?:grateful|thankful)|love it) if|it(?:'d| would) be (?:really |very |so |super )?(?:great|good|nice|helpful|ideal|useful|appreciated|brilliant|lovely|amazing|fab) if|(?:is|would) it be possible (?:for you )?to|(?:is|would) there (?:be )?(?:any|a) way (?:for you )?to)\s+(?:(?:you|u)(?: could| would| can| might| will|'d|'ve| have| had)?(?: be able to)?\s+)?(?:(?:please|kindly|possibly|maybe|also|just)\s+)*[a-z][a-z'-]*/;

/** What a polite frame can ask for instead of an action: an idea weighed, or the seller's view. */
const POLITE_IDEA =
    /^(?:ever |already )?(?:considered|consider|thought (?:about|of)|think (?:about|of)|given (?:any |some |much )?thought|give (?:any |some )?thought|tried|try|explored|explore)\b/;
const POLITE_VIEW =
    /^(?:tell (?:me|us)(?! (?:if|whether))|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|share (?:your|what|how|why|more|a bit)|explain|describe|help (?:me|us) (?:understand|see)|give (?:me|us) (?:a sense|an overview|a picture|your)|say more|expand|elaborate|unpack|fill (?:me|us) in|understand|hear (?:your|what|how|why|more)|get (?:a sense|your))\b/;

/**
 * What a politely framed request asks for, read from the words after the frame: an idea to
 * weigh (suggestion), the seller's view (open question) or an action (directive).
 */
export function politeRequestKind(
    match: RegExpExecArray,
    context: RuleContext
): CoachingKind | undefined {
    const rest = context.core.slice(match.index + match[0].length - lastWord(match[0]).length);
    if (POLITE_IDEA.test(rest)) return 'suggestion';
    if (POLITE_VIEW.test(rest)) return 'open-question';
    const tokens = tokenize(rest);
    // "…if you sent the recap": the past tense of a polite request
    const verb =
        tokens[0].endsWith('ing') || isPastForm(tokens[0]) ? baseForm(tokens[0]) : tokens[0];
    return isActionVerb(verb) || hasOrderShape(tokens) ? 'directive' : undefined;
}
