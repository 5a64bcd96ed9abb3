/**
 * Whether a text is English enough for the rules to read. The rules know only English, and a
 * wrong label ("Directive" on a polite French question) misleads more than none, so text in
 * another language gets no label. The test is cheap and errs towards English: a note full of
 * deal jargon, names and acronyms still counts as English; only another script, or another
 * language's common words with few English ones, say otherwise.
 */
import { wordSet } from './wordList';

/** English words frequent in any note, whatever its subject. */
const ENGLISH_WORDS = wordSet(`
    the a an and or but to of in on at for with from by about as is are was were be been am do
    does did have has had will would can could should shall may might must not no yes you your
    we our us i me my he she they them their it its this that these those what how why who when
    where which there here if so then than just also still yet already please thanks thank get
    got send call book make let know think need want see ask tell take give go come find keep
    check update chase loop follow sign meet talk next last week today tomorrow friday monday
    deal customer plan time date call team again now up out back over
`);

/**
 * Common function words and everyday adverbs of the languages managers most often write in
 * besides English (German, French, Spanish, Portuguese, Italian, Dutch, the Nordic languages and
 * Polish), leaving out any that are also English words ("die", "do", "till", "on").
 */
const OTHER_LANGUAGE_WORDS = wordSet(`
    der die das den dem des und ist nicht ein eine einen mit für auf aus bei vom zum zur bitte
    noch schon wie wer wann warum heute morgen sieht du ich wir sie hast kannst
    le les la des est une pour avec sur dans pas peux tu vous nous quel quelle quand pourquoi
    demain aujourd'hui ce cette au aux du et
    el los las del al es una con por para pero muy cuando cuándo qué cómo hoy mañana antes
    está esta este estos hasta que otra otro también estamos tenemos porque
    o os da das dos em um uma com não é qual quando hoje amanhã próximo
    il di che sono della delle sulla sul puoi può ieri oggi domani perché
    het een van niet met voor naar nog hoe wat wanneer vandaag morgen gaat ik je jij heb de wil
    volgende klant offerte deze
    och att det som är på för med inte idag imorgon har jag husk opdatere inden fredag
    się nie jest że dla przez jutro dziś rano czy już proszę klient klienta ofertę umowę musisz
    musimy jak spotkanie brak czwartek zarządem wyślij działu prawnego końca tygodnia
    termina na sexta precisamos até lá
`);

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
/** Letters outside plain ASCII that English notes seldom have: "ñ", "ß", "ą", "é" (in a word). */
const FOREIGN_LETTER = /[\u00c0-\u024f]/u;
const TOKEN = /[\p{L}'’]+/gu;

/**
 * Whether the rules should read a text: false for text mostly in another script, or whose words
 * are mostly another language's common words.
 * @param text what the manager typed
 * @returns true for English (and for text with too few words to tell)
 */
export function readsAsEnglish(text: string): boolean {
    const letters = text.match(LETTER)?.length ?? 0;
    if (letters === 0) return true;
    const latin = text.match(LATIN_LETTER)?.length ?? 0;
    if (latin * 2 < letters) return false;
    // Acronyms and names ("EB", "MAP", "Globex") say nothing about the language
    const words = (text.match(TOKEN) ?? [])
        .filter((word) => word !== word.toUpperCase() || word.length === 1)
        .map((word) => word.toLowerCase().replace(/’/g, "'"));
    let english = 0;
    let other = 0;
    for (const word of words) {
        if (ENGLISH_WORDS.has(word)) english++;
        else if (OTHER_LANGUAGE_WORDS.has(word)) other++;
    }
    if (other >= 2 && other > english) return false;
    return !(other >= 1 && english === 0 && (words.length >= 3 || FOREIGN_LETTER.test(text)));
}
