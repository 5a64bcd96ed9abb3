/**
 * Rephrasings of closed questions: an open form of the same question ("Is the budget approved?"
 * -> "Where does the budget approval stand?").
 */
import {
    asQuestion,
    fromParticiple,
    GRADABLE,
    lowerFirst,
    NOMINALIZATIONS,
    PREPOSITIONS,
    SOFT_ADVERBS,
    splitSubject,
    tidy,
    withoutTimeTail,
    words
} from './rephraseFrames';
import { baseForm, gerundPhrase, isPastForm, pastTense, thirdPerson } from './verbs';

function rephraseClosedWithSubject(auxiliary: string, rest: string): string[] {
    const list = words(withoutTimeTail(rest).replace(SOFT_ADVERBS, ''));
    // A perfect ends its subject at the participle: "Has the chap from IT | signed the NDA?"
    const participle = /^(?:has|have|had)$/.test(auxiliary)
        ? list.findIndex(
              // "the POC kicked off": a regular participle the verb list does not hold
              (word, index) =>
                  index > 0 && (isPastForm(word.toLowerCase()) || /^[a-z]{2,}ed$/i.test(word))
          )
        : -1;
    if (participle > 0) {
        const subject = lowerFirst(list.slice(0, participle).join(' '));
        if (!/^(?:you|i)$/i.test(subject)) {
            return [
                asQuestion(
                    `how confident are you that ${affirmative(subject)} ${auxiliary} ${affirmative(list.slice(participle).join(' '))}`
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
        // "the call on Friday confirmation" reads wrong: a subject with a place or time keeps its verb
        !words(subject).some((word) => PREPOSITIONS.has(word.toLowerCase())) &&
        // "signed off for this year": a particle belongs to the verb, not to a noun
        !/^(?:off|up|out|back|over|through)$/i.test(head[1] ?? '') &&
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

export function rephraseClosed(core: string): string[] {
    const text = tidy(core);
    if (/\bor\b/i.test(text)) return [];
    let match =
        /^(?:any|anything)(?:\s+(?:update|updates|news|word|progress|movement|feedback|response|luck))?\s+(?:on|from|with|re|regarding|about)\s+(.+)$/i.exec(
            text
        );
    // "any update on when you'll send it?" has a clause, not a thing, after "on"
    if (match && /^(?:when|what|how|why|who|whether|if)\b/i.test(match[1])) return [];
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
        !/^(?:anything|anyone|anybody|something|someone)\b|\b(?:i|you|we|they|he|she|nobody|no one|anyone|someone|everyone)\b|\w'(?:s|ve|re|d|ll)\b/i.test(
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
    // "is there a portal we have to use?": a clause inside the noun phrase reads as glued on
    if (match) return [];
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
        // "Signed yet?" has no object once "yet" goes: whose signature it asks about is unclear
        const phrase = fromParticiple(withoutTimeTail(text));
        const ing = phrase && phrase.includes(' ') ? gerundPhrase(phrase) : undefined;
        return ing ? [asQuestion(`where are you with ${ing}`)] : [];
    }
    const tagged =
        /^(.+?),?\s+(?:right|correct|yes|yeah|no|ok|okay|(?:isn't|aren't|wasn't|weren't|hasn't|haven't|didn't|doesn't|won't) (?:it|they|he|she|you|we))$/i.exec(
            text
        );
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
