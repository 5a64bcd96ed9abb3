/**
 * The word lists the coaching-language rules and their guards read: function words, deal nouns
 * that double as verbs, people and teams. Data, one list per idea; see the guards for how each
 * list is used.
 */
import { wordSet } from './wordList';

export const AUXILIARIES = wordSet(`
    am is are was were do does did have has had will would can could should shall may might must
    isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't won't wouldn't can't
    cannot couldn't shouldn't mustn't
`);

/** Auxiliaries that also open imperatives ("Do the ROI first", "Don't discount"). */
export const IMPERATIVE_AUXILIARIES = wordSet(`
    do don't have
`);

export const SUBJECT_PRONOUNS = wordSet(`
    you we they he she it i there y'all
`);

export const DETERMINERS = wordSet(`
    the a an this that these those my your our their his her its them him it me us some any
    every all both
`);

/** Words that show a clause-initial verb-like word is really a noun ("Call went long"). */
export const FINITE_VERBS = wordSet(`
    is was are were 's went goes looks looked seems seemed sounds sounded has had came comes
    happened ran took will would isn't wasn't didn't doesn't hasn't got feels felt from of needs
    expires expired starts started ends ended closes closed opens opened lands landed slips slipped
    moves moved changes changed
`);

/** Verbs that make a clause of their own: after an order's object they show it was a noun. */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(
    [...FINITE_VERBS].filter((word) => word !== 'from' && word !== 'of')
);

/** Deal words that are also verbs, so a clause starting with them may be a noun phrase. */
export const NOUN_LIKE_VERBS = wordSet(`
    demo call update review test plan quote pitch check ping run sync map push close email text
    message work lead offer draft request reply schedule start delay discount contact drop cut
    split hold show sign present track document ship follow
`);

export const RELATIVE_WORDS = wordSet(`
    that who which where whose when
`);

/** Words that start a new clause inside a phrase: "Check with legal what they signed". */
export const CLAUSE_OPENERS = wordSet(`
    what how why if once before after until unless because so i you we they he she
`);

/** Prepositions that can follow a deal noun: "Call with the CFO", "Contact at Acme". */
export const NOUN_PREPOSITIONS = wordSet(`
    with on for about at in
`);

/** Words that complete a phrasal verb: "follow up", "loop in". */
export const PARTICLES = wordSet(`
    up in out back on off over through down with to around ahead
`);

/** People and teams: "the customer has to approve it" is a fact, not an order. */
export const PEOPLE = wordSet(`
    customer client champion cfo ceo cio cto coo cro vp buyer team legal procurement board
    sponsor finance security partner they he she prospect account committee user users lawyers
    lawyer
`);

/** Verbs that state an outcome, not a proposal: "Can we close by Friday?" asks, it proposes nothing. */
export const OUTCOME_VERBS = wordSet(`
    close win hit make lose still be expect count afford get
`);

/** Words before "you need to" that make it a question or a condition, not an order. */
export const NOT_AN_ORDER_BEFORE = wordSet(`
    if whether unless what whatever when whenever how why where who which do did does would will
    can could should shall may might than as once wherever
`);

/** Verbs after "I'd" that prescribe what the seller should do. */
export const PRESCRIBING_VERBS = wordSet(`
    recommend advise insist urge avoid hold stick wait go stay
`);

/**
 * Words that open a clause but are not the verb of an order the shape rule should find: function
 * words, adverbs of time and stance, interjections, adjectives of praise or feeling, verbs of
 * thinking or liking ("Love it", "Guess the CFO is out"), "let" (its own rules read it) and deal
 * nouns that open verbless notes ("Budget the main issue", "Deal in the bag").
 */
export const NEVER_ORDER_VERBS = wordSet(`
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
    eb poc qbr sow msa po acv arr tcv nda rfp rfi roi tco sla dpa sdr bdr fwiw tbh imo imho btw
    fyi lol idk iirc afaik
`);

/** Words an order's object starts with: "Socialise the deck", "Reforecast it", "Flick me the deck". */
export const OBJECT_STARTS = wordSet(`
    the a an this that these those my your our their his her its them him it me us some every all
    both each another two three four five a-couple
`);

/**
 * Particles of a phrasal order: "Firm up the numbers", "Tee up a call". "In" and "on" count only
 * before "with" or "to" ("Crack on with the proposal"): after a noun they usually start a
 * phrase ("Customer in the loop").
 */
export const PHRASAL_PARTICLES = wordSet(`
    up down out off over through back around along away together
`);

/** Words ending like verbs' base forms that are often adverbs ("finally") or stay base ("apply"). */
export const BASE_FORMS_IN_LY = wordSet(`
    apply supply rally tally reply multiply comply
`);
