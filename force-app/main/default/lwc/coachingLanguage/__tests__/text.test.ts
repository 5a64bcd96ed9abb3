import { normalizeText, splitClauses, splitSentences } from '../text';

describe('c-coaching-language text', () => {
    describe('normalizeText', () => {
        it.each([
            [
                'curly apostrophes',
                'Why haven\u2019t you \u2018called\u2019?',
                "Why haven't you 'called'?"
            ],
            ['curly double quotes', '\u201cCall the CFO\u201d', '"Call the CFO"'],
            ['emoji', 'Great 🎉 work 👍🏽', 'Great work'],
            ['flags and joined emoji', 'Done 🇬🇧 👩‍💻 ok', 'Done ok'],
            ['extra whitespace', '  call \t the\n cfo  ', 'call the cfo'],
            ['texting shorthand', 'pls can u send it thru', 'please can you send it through'],
            [
                'dropped apostrophes',
                'why havent you, dont, whats, cant',
                "why haven't you, don't, what's, can't"
            ],
            ['dashes', 'Call the CFO\u2014today', 'Call the CFO - today'],
            ['an ellipsis character', 'So\u2026 what now', 'So... what now'],
            ['a list marker', '- next steps?', 'next steps?'],
            ['a bullet', '\u2022 send the recap', 'send the recap'],
            ['common typos', 'wat do they need, u shoud ask', 'what do they need, you should ask'],
            ['a dropped apostrophe in "its"', 'its way off, its owner', "it's way off, its owner"]
        ])('cleans %s', (_name, text, plain) => {
            expect(normalizeText(text)).toBe(plain);
        });

        it('keeps the casing as typed', () => {
            expect(normalizeText('Call the CFO')).toBe('Call the CFO');
        });
    });

    describe('splitSentences', () => {
        it('splits on full stops, question and exclamation marks', () => {
            expect(
                splitSentences('Great demo! Is legal done? Call the CFO.').map((s) => s.text)
            ).toEqual(['Great demo!', 'Is legal done?', 'Call the CFO.']);
        });

        it('marks questions, whatever follows the question mark', () => {
            expect(
                splitSentences('Is it done?! Did it pass? 🤞 Call them').map((s) => s.question)
            ).toEqual([true, true, false]);
        });

        it('splits on line breaks and emoji used as full stops', () => {
            expect(
                splitSentences('great call 🙌 send the notes\nthanks').map((s) => s.text)
            ).toEqual(['great call 🙌', 'send the notes', 'thanks']);
        });

        it('keeps abbreviations, decimals and amounts inside a sentence', () => {
            expect(
                splitSentences('Ask e.g. the CFO about the 1.5M deal vs. the 2.0 one.').length
            ).toBe(1);
        });

        it('starts a new sentence at the number of a list item', () => {
            expect(splitSentences('1. book the demo 2. send the deck').map((s) => s.plain)).toEqual(
                ['book the demo', 'send the deck']
            );
        });

        it('drops pieces without words', () => {
            expect(splitSentences('🎉 ... !!')).toEqual([]);
            expect(splitSentences('')).toEqual([]);
        });

        it('gives each sentence as typed and cleaned', () => {
            expect(splitSentences('  Why haven\u2019t you called?  ')).toEqual([
                {
                    text: 'Why haven\u2019t you called?',
                    plain: "Why haven't you called?",
                    question: true
                }
            ]);
        });
    });

    describe('splitClauses', () => {
        it('splits on "but", semicolons, colons and dashes, not on a bare "and"', () => {
            expect(
                splitClauses(
                    'I know it is hard, but call the CFO; next step: book - now',
                    false
                ).map((c) => c.core)
            ).toEqual(['I know it is hard', 'call the CFO', 'next step', 'book', 'now']);
            expect(splitClauses('Go back and ask for the org chart', false).length).toBe(1);
        });

        it('strips fillers, names and commas, and keeps a leading condition as the lead', () => {
            expect(splitClauses('Ok so Sam, if legal is slow, escalate.', false)).toEqual([
                { lead: 'if legal is slow,', core: 'escalate', question: false }
            ]);
        });

        it('keeps a cue word before a comma', () => {
            expect(splitClauses('Maybe, call the CFO', false)[0].core).toBe('Maybe, call the CFO');
        });

        it('keeps an order before a comma', () => {
            expect(splitClauses('Call Dana, she is waiting', false)[0].core).toBe(
                'Call Dana, she is waiting'
            );
        });

        it('splits before a hedge or a question spliced on with a comma', () => {
            expect(
                splitClauses('Loved the call, maybe bring the SE', false).map((c) => c.core)
            ).toEqual(['Loved the call', 'maybe bring the SE']);
            expect(
                splitClauses("Not sure, what's your rationale", true).map((c) => c.core)
            ).toEqual(['Not sure', "what's your rationale"]);
            expect(
                splitClauses('Any news, and could you update the field', true).map((c) => c.core)
            ).toEqual(['Any news', 'could you update the field']);
        });

        it('does not split after "re:"', () => {
            expect(splitClauses('chase legal re: redlines', false).length).toBe(1);
        });

        it('strips a lead such as "I think" or "Per my last message,"', () => {
            expect(splitClauses('I think you should call', false)[0].core).toBe('you should call');
            expect(splitClauses('Per my last message, send it', false)[0]).toEqual({
                lead: 'Per my last message,',
                core: 'send it',
                question: false
            });
        });

        it('gives the question mark to the last clause only', () => {
            expect(
                splitClauses('I read the notes; is the SOW signed?', true).map((c) => c.question)
            ).toEqual([false, true]);
        });

        it('drops a label before a colon rather than reading it as a clause', () => {
            expect(splitClauses('Quick question: is the SOW signed?', true)).toEqual([
                { lead: '', core: 'is the SOW signed', question: true }
            ]);
            expect(splitClauses('Focus (this week): public sector', false)[0].core).toBe(
                'public sector'
            );
        });

        it('removes surrounding quotes and closing punctuation', () => {
            expect(splitClauses('"Why not?"', true)[0].core).toBe('Why not');
        });
    });
});
