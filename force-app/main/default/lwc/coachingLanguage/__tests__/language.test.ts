import { readsAsEnglish } from '../language';

describe('c-coaching-language language', () => {
    it.each([
        ['a plain order', 'Call the CFO before Friday.'],
        ['chat shorthand', 'pls updt the close dt asap'],
        ['acronyms only', 'EB???'],
        ['names with accents', 'Send the deck to José and Jürgen today'],
        ['a loan phrase', 'Que sera sera, the deal will close'],
        ['a name that is a Dutch word', 'Ask De Vries for the offer letter'],
        ['emoji only', '👍'],
        ['nothing', '']
    ])('reads %s as English', (_name, text) => {
        expect(readsAsEnglish(text)).toBe(true);
    });

    it.each([
        ['German', 'Kannst du bitte den Vertrag schicken?'],
        ['French', 'Envoie le contrat à Marie.'],
        ['Spanish', 'Manda la propuesta hoy'],
        ['Italian', 'Hai parlato con il cliente?'],
        ['Dutch', 'Heb je de klant gebeld?'],
        ['Swedish', 'Har du pratat med kunden?'],
        ['Polish', 'Czy klient podpisał umowę?'],
        ['Dutch without a question', 'De klant wil de offerte morgen.'],
        ['Polish with an English-looking word', 'Proszę wysłać umowę do klienta.'],
        ['Cyrillic script', 'Позвони клиенту завтра.'],
        ['Japanese script', '契約書を送ってください']
    ])('declines %s', (_name, text) => {
        expect(readsAsEnglish(text)).toBe(false);
    });
});
