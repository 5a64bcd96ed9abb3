/**
 * Text handling for the coaching-language rules: cleaning what a manager types (curly quotes,
 * emoji, texting shorthand, stray spaces), finding sentences when punctuation is missing, and
 * cutting a sentence into the clauses the rules read one by one.
 */
import { ACTION_VERBS } from './verbs';
import { wordSet } from './wordList';

/** One sentence as the manager typed it, with whether it was asked as a question. */
export interface SentenceSpan {
    /** The sentence exactly as typed, trimmed. */
    readonly text: string;
    /** The sentence cleaned by normalizeText. */
    readonly plain: string;
    /** True when the sentence ends with a question mark. */
    readonly question: boolean;
}

/** A clause of a sentence, split into what the rules read and what leads into it. */
export interface Clause {
    /** A leading subordinate clause ("If legal is slow,"), kept so a rephrasing can reuse it. */
    readonly lead: string;
    /** The clause the rules read, case as typed. */
    readonly core: string;
    /** True when the clause ends its sentence and the sentence is a question. */
    readonly question: boolean;
}

const EMOJI =
    /(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0f|\u20e3)+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /\s*[\u2013\u2014]\s*|\s+-{1,2}\s+/g;
const ELLIPSIS = /\u2026/g;
const WHITESPACE = /\s+/g;

/** Texting shorthand and dropped apostrophes, restored so one rule covers both spellings. */
const SHORTHAND: readonly (readonly [RegExp, string])[] = [
    [/\bu\b/gi, 'you'],
    [
        /\bur\b(?=\s+(?:gonna|going|not|doing|welcome|right|on track|in|at|out|up|[a-z]{2,}ing)\b)/gi,
        "you're"
    ],
    [/\bur\b/gi, 'your'],
    [/\byour(?= (?:on|at|going|gonna|not|doing) )/gi, "you're"],
    [/\br\b(?=\s+(?:you|we|they|the|these|those)\b)/gi, 'are'],
    [
        /\by\b(?=\s+(?:do|does|did|is|are|was|would|not|no|has|have|hasn't|haven't|didn't|isn't|aren't)\b)/gi,
        'why'
    ],
    [/\bwdyt\b/gi, 'what do you think'],
    [/\blmk\b/gi, 'let me know'],
    [/\bidk\b/gi, "I don't know"],
    [/\bngl\b/gi, 'honestly'],
    [/\b(?:fwiw|tbf)\b/gi, 'honestly'],
    [/\b(could|would|should|might|you|we|i|it's|its) prob\b/gi, '$1 probably'],
    [/\bw\/o\b/gi, 'without'],
    [/\bw\/(?=\s)/gi, 'with'],
    [/\bb4\b/gi, 'before'],
    [/\bgr8\b/gi, 'great'],
    [/\b(?:tmrw|tmw|tmrow|2moro|tomoz)\b/gi, 'tomorrow'],
    [/\b(?:yday|yest)\b/gi, 'yesterday'],
    [/\b2day\b/gi, 'today'],
    [
        /\b(?:til|till)\b(?=\s+(?:it|they|we|you|he|she|the|then|friday|monday|next|end)\b)/gi,
        'until'
    ],
    [/\b2nite\b/gi, 'tonight'],
    [/\b(?:thx|thnx|tx)\b/gi, 'thanks'],
    [/\b(need|needs|have|has|got|want|going|ought) 2\b/gi, '$1 to'],
    [/\b(?:rmbr|rmb|remeber)\b/gi, 'remember'],
    [/\b(?:chk|chck)\b/gi, 'check'],
    [/\babt\b/gi, 'about'],
    [/\bmayb\b/gi, 'maybe'],
    [/\bposs\b(?= worth\b)/gi, 'possibly'],
    [/\bupdt\b/gi, 'update'],
    [/\bhav\b/gi, 'have'],
    [/\bdt\b/gi, 'date'],
    [/\bamt\b/gi, 'amount'],
    [/\bw\b(?=\s+(?:me|us|you|them|him|her|the|their|legal|procurement|finance)\b)/gi, 'with'],
    [/\bgd\b/gi, 'good'],
    [/\bnp\b/gi, 'no problem'],
    [/^id(?= [a-z])/, "I'd"],
    [
        /\bid(?= (?:maybe|probably|just|really|also|rather|prob|say|go|start|hold|push|wait|keep|want|like|need|love)\b)/gi,
        "I'd"
    ],
    [/\bitd\b/gi, "it'd"],
    [/\b(?:uve|youve)\b/gi, "you've"],
    [/\bits(?= on (?:you|u|ur)\b)/gi, "it's"],
    [/\bwk\b/gi, 'week'],
    [/^prob\b(?= worth\b)/gi, 'probably'],
    [/\b(?:wats|wots|whts)\b/gi, "what's"],
    [/\bteh\b/gi, 'the'],
    [/\bhte\b/gi, 'the'],
    [/\bthier\b/gi, 'their'],
    [/\badn\b/gi, 'and'],
    [/\bjsut\b/gi, 'just'],
    [/\bwich\b/gi, 'which'],
    [/\bbecuase\b/gi, 'because'],
    [/\buntill\b/gi, 'until'],
    [/\b(?:tommorow|tomorow)\b/gi, 'tomorrow'],
    [/\bqoute\b/gi, 'quote'],
    [/\bpropsal\b/gi, 'proposal'],
    [/\bbuisness\b/gi, 'business'],
    [/\b(?:pls|plz|plse)\b/gi, 'please'],
    [/\bthru\b/gi, 'through'],
    [/\bgonna\b/gi, 'going to'],
    [/\bwanna\b/gi, 'want to'],
    [/\bgotta\b/gi, 'got to'],
    [/\b(do|does|did|has|have|had|is|are|was|were|would|should|could|must|need)nt\b/gi, "$1n't"],
    [/\bcant\b/gi, "can't"],
    [/\bwont\b/gi, "won't"],
    [/\b(what|how|who|where|why|when|that|there|here)s\b/gi, "$1's"],
    [/\bim\b/gi, "I'm"],
    [/\bive\b/gi, "I've"],
    [/\byou(re|ve|ll|d)\b/gi, "you'$1"],
    [/\bi ll\b/gi, "I'll"],
    [
        /\bits (?=(?:not|been|a|an|the|going|too|still|way|all|just|really|so|very|getting|looking|time|ok|okay|fine|done|late|over)\b)/gi,
        "it's "
    ],
    [/\b(?:wat|wot|wht)\b/gi, 'what'],
    [/\b(?:shoud|shud|shld|shoudl|shd)\b/gi, 'should'],
    [/\b(?:wud|wld|wd)\b/gi, 'would'],
    [/\b(?:cud|cld|cd)\b/gi, 'could']
];

/** A shorthand rule that only swaps whole words: "\\b(?:thx|thnx)\\b" -> "thanks". */
const WHOLE_WORD_RULE = /^\\b(?:\(\?:)?([a-z0-9|]+)\)?\\b$/;

/**
 * The whole-word swaps gathered into one pattern and a lookup, applied in a single pass before
 * the rules that look around the word; the text is read on every keystroke.
 */
const WORD_SWAPS = new Map<string, string>();
const CONTEXT_RULES: (readonly [RegExp, string])[] = [];
for (const [pattern, replacement] of SHORTHAND) {
    const words = WHOLE_WORD_RULE.exec(pattern.source);
    if (words && pattern.flags === 'gi' && !replacement.includes('$')) {
        for (const word of words[1].split('|')) WORD_SWAPS.set(word, replacement);
    } else {
        CONTEXT_RULES.push([pattern, replacement]);
    }
}
const WORD_SWAP = new RegExp(`\\b(?:${[...WORD_SWAPS.keys()].join('|')})\\b`, 'gi');

/** A list marker typed before a note: "- next steps?", "• send the recap", "2) pricing". */
const BULLET = /^(?:[-*\u2022\u00b7\u2023\u25aa\u25e6>]+|\(?\d{1,2}[.)])\s+/;

/**
 * Cleans text for matching while keeping its casing: straight apostrophes and quotes, no emoji,
 * texting shorthand and common typos spelled out, dashes as " - ", single spaces, no list marker.
 * @param text raw text
 * @returns the cleaned text
 */
export function normalizeText(text: string): string {
    let plain = text
        .replace(SINGLE_QUOTES, "'")
        .replace(DOUBLE_QUOTES, '"')
        .replace(EMOJI, ' ')
        .replace(ELLIPSIS, '...')
        .replace(DASHES, ' - ');
    plain = plain.replace(WORD_SWAP, (word) => WORD_SWAPS.get(word.toLowerCase()) ?? word);
    for (const [pattern, replacement] of CONTEXT_RULES) plain = plain.replace(pattern, replacement);
    return plain.replace(WHITESPACE, ' ').trim().replace(BULLET, '');
}

/**
 * Sentence ends: runs of . ! ? (with closing quotes) before a space or the end, a run of emoji
 * before a space (typed in place of a full stop), and line breaks.
 */
const SENTENCE_END =
    /[.!?\u2026]+["'\u2019\u201d)\]]*(?=\s|$)|(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}]|\u200d|\ufe0f)+(?=\s|$)|\n+/gu;
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|vs|mr|mrs|ms|dr|approx|etc|inc|ltd|corp|jr|sr)\.$/i;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** A list number typed at the end of one item, before the next: "1. book the demo 2. send…". */
const TRAILING_LIST_NUMBER = /\s\(?\d{1,2}[.)]$/;
const LIST_NUMBER_ONLY = /^\(?\d{1,2}[.)]$/;
const QUESTION_END = /\?[!?.]*["')\]]*$/;

/**
 * Splits text into sentences. Handles missing final punctuation, several ! or ?, emoji used as
 * full stops, line breaks and common abbreviations. Pieces with no letters or digits (an emoji
 * on its own) are not sentences.
 * @param text raw text
 * @returns the sentences in order
 */
export function splitSentences(text: string): SentenceSpan[] {
    const sentences: SentenceSpan[] = [];
    let start = 0;
    const push = (end: number): void => {
        const raw = text.slice(start, end).trim();
        start = end;
        if (!HAS_WORD.test(raw) || LIST_NUMBER_ONLY.test(raw)) return;
        const plain = normalizeText(raw);
        sentences.push({ text: raw, plain, question: QUESTION_END.test(plain) });
    };
    SENTENCE_END.lastIndex = 0;
    for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
        const end = match.index + match[0].length;
        if (match[0] === '.' && ABBREVIATION.test(text.slice(start, end))) continue;
        // The number of the next item starts the next sentence
        const numbered = match[0] === '.' && TRAILING_LIST_NUMBER.exec(text.slice(start, end));
        push(numbered ? end - numbered[0].length : end);
    }
    push(text.length);
    return sentences;
}

/**
 * Where one clause of a sentence ends and the next begins: semicolons, colons, dashes,
 * "..." and "but", "so", "then", "now" after a comma. A bare "and" is not a boundary: it
 * usually joins two verbs of one request ("go back and ask"). A comma also ends a clause before
 * a hedge ("…, maybe bring the SE") and before a question spliced on ("I'm not sure, what's
 * your rationale?", "…, and could you update the field?").
 */
const CLAUSE_BREAK =
    /\s*(?:;|(?<!\bre):(?=\s)|\s-\s|\.{2,}|,\s*(?:but|so|then|now|and then|and now|also|though|otherwise|or else)\b|,\s*(?:and\s+)?(?=(?:maybe|perhaps)\s|(?:might|could|may) be (?:worth|smarter|better|wiser|good|nice|an idea)\b|worth\b|(?:would|could|might) (?:a|an|another|some)\b|(?:might|could|may) (?:save|help|come in handy|be handy)\b|(?:can|could|would|will) (?:you|u)\b|(?:what|how|who|where|when|which|why)(?:'s|'re|'d| (?:is|are|was|were|do|does|did|would|will|can|could|should|has|have)\b))|\s+but\b|\s+so\s+(?=(?:pls |please )?(?:get|send|book|call|chase|update|move|fix|lock|loop|make sure)\b))\s*/gi;

/** One or two words (and a note in brackets) before a colon that opens a sentence. */
const LABEL = /^[A-Za-z][\w'-]*(?: [\w'-]+)?(?: \([^)]*\))?:\s+(?=\S)/;

/** Words that open a clause without adding meaning ("ok so", "hey", "now", "I think you…"). */
const FILLER_WORDS =
    /^(?:ok|okay|so|and|but|also|then|now|just|btw|fyi|plus|oh|ah|hmm+|huh|hey|hi|hiya|yo|alright|anyway|again|tbh|imo|imho|honestly|basically|i don't know|not sure|in your (?:view|opinion)|either(?= [a-z]+ (?:it|the|them|that|this)\b)|bro|mate|dude|next time(?= (?!they|he|she|we|you|i|the|their|it)[a-z])|from now on|from now|from here on(?: out)?|going forward|moving forward|from today|def|defo|deffo|definitely|definately|for the record|(?:quick |friendly |gentle |just a )?reminder(?: that)?(?=[\s:,])|i (?:think|reckon|guess|believe|feel)(?: that)?(?= (?:you|we|it|is|it's|maybe|perhaps|the|this|that)\b))\b[,!:]?\s*/i;

/** One or two words and a comma: a name, "Honestly,", "Team,", "Tell me,". */
const COMMA_PREFIX = /^([\w']+(?: [\w']+)?),\s*/;

/** Words that carry a cue and must stay even when a comma follows them. */
const KEEP_BEFORE_COMMA = wordSet(`
    maybe perhaps possibly please what how why who where when which if once before after since
    because unless while
`);

/** Interjections that look like verbs: "Look, the CFO is new." */
const INTERJECTION_VERBS = wordSet(`
    look listen see
`);

/** A leading subordinate clause: "If legal is slow,", "When you get a chance,". */
const SUBORDINATE =
    /^(?:if not|if so|if yes|otherwise|failing that)\b,?\s*|^(?:if|when(?! (?:do|does|did|will|would|is|are|was|were|can|could|should|shall)\b)|whenever|once|before|after|as soon as|since|because|given|while|unless|until|in case|by the time|assuming|now that|even if|for|on|at|in|by|with|without|during|between|as per|per|as discussed|as agreed|as i (?:said|mentioned|say)|whatever|whichever way|next time|looking (?:back|ahead|at)|following|further to|regarding)\b[^,]{0,160},\s*/i;

function stripLeadIn(clause: string): { lead: string; core: string } {
    let core = clause;
    let lead = '';
    for (let changed = true; changed && core;) {
        changed = false;
        const filler = FILLER_WORDS.exec(core);
        if (filler && filler[0].length < core.length) {
            core = core.slice(filler[0].length);
            changed = true;
            continue;
        }
        const subordinate = SUBORDINATE.exec(core);
        if (subordinate && subordinate[0].length < core.length) {
            lead += core.slice(0, subordinate[0].length);
            core = core.slice(subordinate[0].length);
            changed = true;
            continue;
        }
        const prefix = COMMA_PREFIX.exec(core);
        if (prefix && prefix[0].length < core.length) {
            const first = prefix[1].split(' ')[0].toLowerCase();
            const isOrder = ACTION_VERBS.has(first) && !INTERJECTION_VERBS.has(first);
            if (!KEEP_BEFORE_COMMA.has(first) && !isOrder) {
                core = core.slice(prefix[0].length);
                changed = true;
            }
        }
    }
    return { lead: lead.trim(), core };
}

/** Quotes and brackets around a clause, and its closing punctuation. */
const OUTER_PUNCTUATION = /^[\s"'([]+|[\s.!?,;"')\]]+$/g;

/**
 * Cuts a normalized sentence into clauses and strips from each the words that lead into it
 * (fillers, a name and a comma, a subordinate "if" clause), so each rule can look at how the
 * clause itself begins. Only the last clause carries the sentence's question mark.
 * @param plain a sentence cleaned by normalizeText
 * @param question whether the sentence ends with a question mark
 * @returns the clauses in order, never empty for a sentence with words
 */
export function splitClauses(plain: string, question: boolean): Clause[] {
    // "Focus: public sector", "EOW deliverables (yours): …": a label names what follows, it is
    // not a clause of its own
    const unlabelled = plain.replace(LABEL, '');
    const pieces = unlabelled.split(CLAUSE_BREAK).filter((piece) => HAS_WORD.test(piece));
    return pieces.map((piece, index) => {
        const { lead, core } = stripLeadIn(piece.replace(OUTER_PUNCTUATION, ''));
        return { lead, core, question: question && index === pieces.length - 1 };
    });
}
