/**
 * Sentences that say who does what without asking it of the seller: the manager's own work
 * ("I'll call their CFO tomorrow", "I've asked deal desk to turn the quote around", "told the SE
 * team to…", "moved to best case by me"), work assigned to someone named in minutes ("AI
 * (customer): send usage data", "Next: customer to send the PO", "- me: intro to our CFO") and
 * what others asked ("procurement asked that we resubmit"). They carry an order's verbs and
 * deadlines, so the learned model reads orders in them; it may not promote them.
 */

/**
 * The manager as subject, with no "you" or "your" after: their own work ("we" takes in the seller,
 * so it is not counted).
 */
const OWN_WORK =
    /^(?:(?:ok|okay|np|fyi|so|and|also|btw|heads up)\b[,:]?\s*)*(?:i(?:'ll|'ve|'m| will| have| am| had)?(?: (?:already|just|also|still|then))? (?!need you|want you|expect you|would like you|'d like you)[a-z']+|(?:told|asked|spoke|sent|called|emailed|pinged|moved|updated|booked|chased|looped)\b)(?![^?]*\byou(?:r)?\b)/i;

/** Work given to someone other than the seller, or the seller's work done by the manager. */
/** "Forecast moved to best case by me": the seller's work, done by the manager. */
const DONE_BY_ME =
    /^[^?]*\b(?:moved|updated|changed|done|handled|covered|sent|booked|logged)\b[^,.?]*\bby me\b/i;

const OTHERS_WORK =
    /^(?:[-•*]\s*)?(?:ai|action items?|owner|next(?: steps?)?|to-?do)?\s*\((?:customer|client|champion|me|customer side|their side|them)\)\s*:|^(?:next(?: steps?)?|ai|action items?)\s*:\s*(?:customer|client|champion|they|their|finance|legal|procurement|it)\b|^(?:[-•*]\s*)?(?:me|customer|client|champion|they)\s*:|^(?:the |their )?(?:customer|client|champion|cfo|procurement|legal|finance)(?: [a-z]+)? (?:asked|wants|said|requested|needs) (?:that |us |for |to )|^if i (?:were|was) (?:them|they)\b|^[a-z]+(?: \([a-z ]+\))?\s*:\s*@\w+/i;

/**
 * Whether a line of minutes or a pasted thread gives work to someone other than the seller ("AI
 * (customer): send usage data", "kim (legal): @raj pls send me the redlines"): the rules read
 * it as a statement, whatever verb follows.
 * @param plain a sentence as splitSentences cleans it
 * @returns true when the line names another owner
 */
export function assignedToOthers(plain: string): boolean {
    // Every line OTHERS_WORK reads has a colon or one of these verbs (keep them in step); most
    // sentences have neither, and the long test is skipped on every keystroke
    return (
        ((plain.includes(':') ||
            /\b(?:asked|wants|said|requested|needs|were|was)\b/i.test(plain)) &&
            OTHERS_WORK.test(plain)) ||
        (plain.includes('by me') && DONE_BY_ME.test(plain))
    );
}

/**
 * A purpose or an aim shared with the seller, as an intent states one: "To agree together what the
 * pilot has to prove", "We want to agree on…", "Our aim is…". Not "I want to see the deck", which
 * asks for something.
 */
const PURPOSE =
    /^(?:to [a-z]+\b|(?:our|the) (?:aim|goal|purpose|intent)\b|we(?:'d| would)? (?:want|like|hope|aim) to (?!see\b|have\b|get\b))/i;

/**
 * Whether a sentence states a purpose rather than asking for work.
 * @param plain a sentence as splitSentences cleans it
 * @returns true for a purpose or a shared aim
 */
export function statesAPurpose(plain: string): boolean {
    return PURPOSE.test(plain);
}

/**
 * Whether a sentence settles work on someone other than the seller.
 * @param plain a sentence as splitSentences cleans it
 * @returns true for the manager's own work and work assigned to others
 */
export function settledElsewhere(plain: string): boolean {
    return OWN_WORK.test(plain) || assignedToOthers(plain);
}
