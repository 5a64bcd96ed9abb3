import { GENERIC_DIRECTIVE_REPHRASING, rephraseClause } from '../rephrase';
import { classifySentence } from '../rules';
import { splitSentences } from '../text';

/** Rephrasings of the clauses of the strongest kind in a one-sentence text. */
function rephrase(text: string): string[] {
    const [sentence] = splitSentences(text);
    const verdict = classifySentence(sentence.plain, sentence.question);
    return verdict.clauses.filter((clause) => clause.kind === verdict.kind).flatMap(rephraseClause);
}

describe('c-coaching-language rephrase', () => {
    describe('imperatives', () => {
        it.each([
            [
                'Call the CFO before Friday.',
                [
                    "What's your plan for reaching the CFO, and what could get in the way?",
                    'How would you approach reaching the CFO?'
                ]
            ],
            [
                'Book the demo.',
                [
                    "What's your plan for booking the demo, and what could get in the way?",
                    'How would you approach booking the demo?'
                ]
            ],
            [
                'set up the call',
                [
                    "What's your plan for setting up the call, and what could get in the way?",
                    'How would you approach setting up the call?'
                ]
            ],
            [
                'Go back to the champion and ask for the org chart.',
                [
                    "What's your plan for going back to the champion and asking for the org chart, and what could get in the way?",
                    'How would you approach going back to the champion and asking for the org chart?'
                ]
            ],
            [
                'Call the customer back today.',
                [
                    "What's your plan for calling the customer back, and what could get in the way?",
                    'How would you approach calling the customer back?'
                ]
            ],
            ['Keep pushing on legal.', []],
            [
                'If legal is slow, escalate to their GC.',
                [
                    "If legal is slow, what's your plan for escalating to their GC, and what could get in the way?",
                    'If legal is slow, how would you approach escalating to their GC?'
                ]
            ],
            [
                'When you get a chance, send the recap.',
                [
                    "What's your plan for sending the recap, and what could get in the way?",
                    'How would you approach sending the recap?'
                ]
            ],
            [
                'Please loop in the SE.',
                [
                    "What's your plan for looping in the SE, and what could get in the way?",
                    'How would you approach looping in the SE?'
                ]
            ],
            [
                'CALL THE CFO',
                [
                    "What's your plan for reaching the CFO, and what could get in the way?",
                    'How would you approach reaching the CFO?'
                ]
            ],
            ["Don't discount.", ['What do you see as the risks of discounting?']],
            [
                "Don't send it until legal signs.",
                ['What do you see as the risks of sending it before legal signs?']
            ],
            ["Let's not discount yet.", ['What do you see as the risks of discounting?']],
            [
                "Let's get legal involved.",
                [
                    "What's your plan for getting legal involved, and what could get in the way?",
                    'How would you approach getting legal involved?'
                ]
            ]
        ])('%p', (text, questions) => {
            expect(rephrase(text)).toEqual(questions);
        });
    });

    describe('obligations and prescriptions', () => {
        it.each([
            [
                'You need to set up the call.',
                [
                    "What's your plan for setting up the call, and what could get in the way?",
                    'How are you thinking about setting up the call?'
                ]
            ],
            [
                'You should call the CFO.',
                [
                    "What's your plan for reaching the CFO, and what could get in the way?",
                    'How are you thinking about reaching the CFO?'
                ]
            ],
            [
                'I want you to update the forecast.',
                [
                    "What's your plan for updating the forecast, and what could get in the way?",
                    'How are you thinking about updating the forecast?'
                ]
            ],
            [
                'Make sure you confirm the budget.',
                ['How are you thinking about confirming the budget?']
            ],
            [
                'Make sure the SE is on the call.',
                ['How are you planning to make sure the SE is on the call?']
            ],
            [
                'You shouldn\u2019t discount this early.',
                ['What do you see as the risks of discounting this early?']
            ],
            ['You should have called the CFO.', ['What got in the way of calling the CFO?']],
            [
                'We need to loop in legal.',
                [
                    "What's your plan for looping in legal, and what could get in the way?",
                    'How would you approach looping in legal?'
                ]
            ],
            ['This has to close this quarter.', []],
            [
                'I need the forecast by Thursday.',
                ["What's your plan for the forecast, and what could get in the way?"]
            ],
            [
                'Time to escalate.',
                [
                    "What's your plan for escalating, and what could get in the way?",
                    'How do you see the timing for escalating?'
                ]
            ],
            [
                "If I were you, I'd wait for the budget cycle.",
                [
                    "What's your plan for waiting for the budget cycle, and what could get in the way?",
                    'What do you think about waiting for the budget cycle?'
                ]
            ],
            ["I'd recommend calling the CFO.", ['What do you think about calling the CFO?']]
        ])('%p', (text, questions) => {
            expect(rephrase(text)).toEqual(questions);
        });
    });

    describe('requests, leading and blame questions', () => {
        it.each([
            [
                'Could you send me the deck?',
                [
                    "What's your plan for sending me the deck, and what could get in the way?",
                    'How would you approach sending me the deck?'
                ]
            ],
            [
                'Can you set up a call with procurement?',
                [
                    "What's your plan for setting up a call with procurement, and what could get in the way?",
                    'How would you approach setting up a call with procurement?'
                ]
            ],
            [
                'Would you mind updating the forecast?',
                [
                    "What's your plan for updating the forecast, and what could get in the way?",
                    'How would you approach updating the forecast?'
                ]
            ],
            [
                "Shouldn't we get legal involved?",
                ['What are the pros and cons of getting legal involved?']
            ],
            ["Shouldn't you have sent it by now?", ['What got in the way of sending it?']],
            [
                "Shouldn't the SE be on this call?",
                ['What are the pros and cons of having the SE on this call?']
            ],
            [
                "Don't you think it's too early to discount?",
                ["What's your view on whether it's too early to discount?"]
            ],
            [
                "Wouldn't it be better to wait than discount?",
                ['What are the pros and cons of waiting?']
            ],
            [
                "Isn't it time to escalate?",
                [
                    'How do you see the timing for escalating?',
                    "What's your plan for escalating, and what could get in the way?"
                ]
            ],
            [
                "Why haven't you booked the demo?",
                ["What's getting in the way of booking the demo?"]
            ],
            [
                "Why haven't you set up the meeting?",
                ["What's getting in the way of setting up the meeting?"]
            ],
            ["Why didn't you call the CFO?", ['What got in the way of calling the CFO?']],
            [
                "Why don't you just call her?",
                ["What's your plan for reaching her, and what could get in the way?"]
            ],
            ['Why would you discount now?', ["What's your thinking behind discounting now?"]],
            ['Why is the proposal still not out?', ["What's holding up the proposal?"]],
            ['Why is this still in stage 2?', ["What's holding this up?"]],
            [
                "Why hasn't the SOW gone out yet?",
                ["What's getting in the way of the SOW going out?"]
            ],
            [
                "WHY HASN'T THE DEMO BEEN BOOKED",
                ["What's getting in the way of getting the demo booked?"]
            ]
        ])('%p', (text, questions) => {
            expect(rephrase(text)).toEqual(questions);
        });
    });

    describe('shapes seen in other voices', () => {
        it.each([
            ['Socialise the deck with finance before Thursday.', []],
            ['Could you pop the revised quote over to them?', []],
            ['Go get the signature.', []],
            [
                "I'd send the proposal today if I were you.",
                [
                    "What's your plan for sending the proposal, and what could get in the way?",
                    'What do you think about sending the proposal?'
                ]
            ],
            [
                "shouldn't you be talking to procurement by now",
                ['What are the pros and cons of talking to procurement?']
            ],
            [
                'Can you send me the forecast when you get a minute?',
                [
                    "What's your plan for sending me the forecast, and what could get in the way?",
                    'How would you approach sending me the forecast?'
                ]
            ],
            [
                'WHY HAVENT YOU UPDATED THE FORECAST',
                ["What's getting in the way of updating the forecast?"]
            ],
            [
                'I need you on the 3pm call.',
                ['How does being on the 3pm call fit with your plans?']
            ],
            [
                "You're going to need a champion in finance.",
                ["What's your plan for a champion in finance, and what could get in the way?"]
            ],
            [
                'u need to update the close date its way off',
                [
                    "What's your plan for updating the close date, and what could get in the way?",
                    'How are you thinking about updating the close date?'
                ]
            ],
            [
                "Don't let this slip again.",
                ['What do you see as the risks of letting this slip again?']
            ],
            [
                'Has the chap from IT signed the NDA?',
                ['How confident are you that the chap from IT has signed the NDA?']
            ],
            ['Anything from legal yet?', ['Where do things stand with legal?']]
        ])('%p', (text, questions) => {
            expect(rephrase(text)).toEqual(questions);
        });
    });

    describe('closed questions', () => {
        it.each([
            ['Is the budget approved?', ['Where does the budget approval stand?']],
            ['Is the champion engaged?', ['How engaged is the champion?']],
            [
                'Is the SE available next week?',
                ['How confident are you that the SE is available next week?']
            ],
            [
                'Has legal reviewed the MSA?',
                ['How confident are you that legal has reviewed the MSA?']
            ],
            [
                'Did the CFO approve the budget?',
                ["What's your read on whether the CFO approved the budget?"]
            ],
            [
                'Does the CFO know about the pilot?',
                ["What's your read on whether the CFO knows about the pilot?"]
            ],
            [
                'Did the security review pass?',
                ["What's your read on whether the security review passed?"]
            ],
            [
                'Will they sign this quarter?',
                ['How likely is it that they will sign this quarter?']
            ],
            ['Have you called the CFO?', ['Where are you with calling the CFO?']],
            ['Did you send the proposal?', ['Where are you with sending the proposal?']],
            ['Are you confident about the date?', ['How confident are you about the date?']],
            [
                'Are you meeting the CFO this week?',
                ["What's your plan for meeting the CFO this week?"]
            ],
            ['Is there a compelling event?', ['What compelling event is there?']],
            ['Any update on legal?', ['Where do things stand with legal?']],
            ['Any blockers?', ['What blockers do you see?']],
            ['Heard back from legal?', ['What have you heard back from legal?']],
            ['Do you think the CFO will sign?', ["What's your read on whether the CFO will sign?"]],
            ['Should I join the call?', ['Where would it help most for me to be involved?']],
            ['has anyone spoken to IT', ['How confident are you that someone has spoken to IT?']]
        ])('%p', (text, questions) => {
            expect(rephrase(text)).toEqual(questions);
        });
    });

    describe('offers nothing rather than a broken sentence', () => {
        it.each([
            'Is it the CFO or the CIO who signs?',
            'Still on track?',
            'Budget approved?',
            'Be careful with the discount.',
            'Keep me posted.',
            'No more discounts.',
            'Please inform me when the customer has signed.',
            'Is possible to have the demo next week?',
            'Locked for Q4?'
        ])('%p', (text) => {
            expect(rephrase(text)).toEqual([]);
        });

        it('leaves open questions, suggestions and statements alone', () => {
            expect(rephrase('What is the plan?')).toEqual([]);
            expect(rephrase('What if you called the CFO?')).toEqual([]);
            expect(rephrase('Great work.')).toEqual([]);
        });

        it('has a generic question for directives, phrased as a question', () => {
            expect(GENERIC_DIRECTIVE_REPHRASING).toMatch(/^What.*\?$/);
        });
    });
});
