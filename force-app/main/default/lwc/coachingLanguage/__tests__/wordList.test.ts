import { wordList, wordSet } from '../wordList';

describe('c-coaching-language wordList', () => {
    it('splits on any whitespace and ignores blank lines', () => {
        expect(wordList('\n    call  email\n    loop in\n')).toEqual([
            'call',
            'email',
            'loop',
            'in'
        ]);
        expect(wordList('   ')).toEqual([]);
    });

    it('keeps apostrophes and hyphens inside words', () => {
        expect(wordSet("isn't de-risk isn't")).toEqual(new Set(["isn't", 'de-risk']));
    });
});
