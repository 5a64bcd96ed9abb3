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
                    'What would it take to reach the CFO before Friday?',
                    'How would you approach calling the CFO before Friday?'
                ]
            ],
            [
                'Book the demo.',
                ['What would it take to book the demo?', 'How would you approach booking the demo?']
            ],
            [
                'set up the call',
                [
                    'What would it take to set up the call?',
                    'How would you approach setting up the call?'
                ]
            ],
            [
                'Go back to the champion and ask for the org chart.',
                [
                    'What would it take to go back to the champion and ask for the org chart?',
                    'How would you approach going back to the champion and asking for the org chart?'
                ]
            ],
            [
                'Call the customer back today.',
                [
                    'What would it take to call the customer back today?',
                    'How would you approach calling the customer back today?'
                ]
            ],
            ['Keep pushing on legal.', ['What would it take to keep pushing on legal?']],
            [
                'If legal is slow, escalate to their GC.',
                [
                    'If legal is slow, what would it take to escalate to their GC?',
                    'If legal is slow, how would you approach escalating to their GC?'
                ]
            ],
            [
                'When you get a chance, send the recap.',
                [
                    'What would it take to send the recap?',
                    'How would you approach sending the recap?'
                ]
            ],
            [
                'Please loop in the SE.',
                [
                    'What would it take to loop in the SE?',
                    'How would you approach looping in the SE?'
                ]
            ],
            [
                'CALL THE CFO',
                ['What would it take to reach the cfo?', 'How would you approach calling the cfo?']
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
                    'What would it take to get legal involved?',
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
                ['What would help you set up the call?', 'What would it take to set up the call?']
            ],
            [
                'You should call the CFO.',
                ['What would help you reach the CFO?', 'What would it take to reach the CFO?']
            ],
            [
                'I want you to update the forecast.',
                [
                    'What would help you update the forecast?',
                    'What would it take to update the forecast?'
                ]
            ],
            ['Make sure you confirm the budget.', ['What would help you confirm the budget?']],
            [
                'Make sure the SE is on the call.',
                ['What would it take to make sure the SE is on the call?']
            ],
            [
                'You shouldn\u2019t discount this early.',
                ['What do you see as the risks of discounting this early?']
            ],
            ['You should have called the CFO.', ['What got in the way of calling the CFO?']],
            [
                'We need to loop in legal.',
                ['What would it take to loop in legal?', 'How would you approach looping in legal?']
            ],
            [
                'This has to close this quarter.',
                ['What would it take for this to close this quarter?']
            ],
            [
                'I need the forecast by Thursday.',
                ['What would it take to have the forecast by Thursday?']
            ],
            [
                'Time to escalate.',
                ['What would it take to escalate?', 'How do you see the timing for escalating?']
            ],
            [
                "If I were you, I'd wait for the budget cycle.",
                [
                    'What would it take to wait for the budget cycle?',
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
                    'When would it work for you to send me the deck?',
                    'What would it take to send me the deck?'
                ]
            ],
            [
                'Can you set up a call with procurement?',
                [
                    'What would it take to set up a call with procurement?',
                    'How would you approach setting up a call with procurement?'
                ]
            ],
            [
                'Would you mind updating the forecast?',
                [
                    'What would it take to update the forecast?',
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
                ['How do you see the timing for escalating?', 'What would it take to escalate?']
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
            ["Why don't you just call her?", ['What would it take to reach her?']],
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
            [
                'Socialise the deck with finance before Thursday.',
                ['What would it take to socialise the deck with finance before Thursday?']
            ],
            [
                'Could you pop the revised quote over to them?',
                ['What would it take to pop the revised quote over to them?']
            ],
            ['Go get the signature.', ['What would it take to go get the signature?']],
            [
                "I'd send the proposal today if I were you.",
                [
                    'What would it take to send the proposal today?',
                    'What do you think about sending the proposal today?'
                ]
            ],
            [
                "shouldn't you be talking to procurement by now",
                ['What are the pros and cons of talking to procurement?']
            ],
            [
                'Can you send me the forecast when you get a minute?',
                [
                    'When would it work for you to send me the forecast?',
                    'What would it take to send me the forecast?'
                ]
            ],
            [
                'WHY HAVENT YOU UPDATED THE FORECAST',
                ["What's getting in the way of updating the forecast?"]
            ],
            ['I need you on the 3pm call.', ['What would it take for you to be on the 3pm call?']],
            [
                "You're going to need a champion in finance.",
                ['What would it take to have a champion in finance?']
            ],
            [
                'u need to update the close date its way off',
                [
                    'What would help you update the close date?',
                    'What would it take to update the close date?'
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
