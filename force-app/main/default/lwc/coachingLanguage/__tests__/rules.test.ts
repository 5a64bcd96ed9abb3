import type { RuleId } from '../rules';
import { classifyClause, classifySentence } from '../rules';
import { splitSentences } from '../text';

/** The rule that decided the first sentence of a text. */
function ruleFor(text: string): { kind: string; rule: RuleId; cue: string } {
    const [sentence] = splitSentences(text);
    const verdict = classifySentence(sentence.plain, sentence.question);
    const deciding =
        verdict.clauses.find((clause) => clause.kind === verdict.kind) ?? verdict.clauses[0];
    return { kind: verdict.kind, rule: deciding.rule, cue: deciding.cue };
}

describe('c-coaching-language rules', () => {
    describe('directive rules', () => {
        it.each([
            ['Book the demo.', 'imperative', 'book'],
            ['Loop in legal before Friday', 'imperative', 'loop'],
            ['Never send pricing first.', 'imperative-negative', 'never'],
            ['Be careful with the discount.', 'imperative-be', 'be careful'],
            ['You need to call her.', 'obligation-you', 'you need to'],
            ["You've got to find another champion.", 'obligation-you', "you've got to"],
            ['You will call the CFO tomorrow.', 'obligation-you', 'you will'],
            ['You should have called her.', 'obligation-you', 'you should'],
            [
                'You could have booked it last month.',
                'obligation-hindsight',
                'you could have booked'
            ],
            ["I'd like you to run the demo.", 'obligation-want-you-to', "i'd like you to"],
            ['I need the forecast by Thursday.', 'obligation-i-need', 'i need the'],
            ['Be sure to send the recap.', 'obligation-make-sure', 'be sure to'],
            [
                'It is essential that you start now.',
                'obligation-critical',
                'it is essential that you'
            ],
            ['Pls update the forecast', 'obligation-please', 'please'],
            ['lets loop in the SE', 'obligation-lets', 'lets'],
            ['Let me know once the PO lands.', 'obligation-let-me-know', 'let me know'],
            ['We have to close this by the 30th.', 'obligation-we', 'we have to'],
            [
                'The contract needs to be signed by Friday.',
                'obligation-it-must',
                'the contract needs to'
            ],
            ['Someone needs to own security.', 'obligation-it-must', 'someone needs to'],
            ['Time to escalate.', 'obligation-time-to', 'time to'],
            ['No more discounts.', 'obligation-no-more', 'no more'],
            [
                "If it were my deal I'd try the partner.",
                'prescription-if-i-were-you',
                'if it were my deal'
            ],
            ['I would push back on the terms.', 'prescription-i-would', 'i would push'],
            ['Better to call than email.', 'prescription-better-to', 'better to'],
            [
                'What you need to do is call the CFO.',
                'prescription-what-you-need',
                'what you need to do is'
            ],
            ['Would you mind sending the recap?', 'request-to-act', 'would you mind sending'],
            ['Can I get an update by Friday?', 'request-to-act', 'can i get'],
            ['Would you please reconsider?', 'request-please', 'please'],
            [
                "Wouldn't you rather have the CFO on side?",
                'leading-question',
                "wouldn't you rather"
            ],
            ["Shouldn't the SE be on this call?", 'leading-question', "shouldn't"],
            ["Why didn't you invite the SE?", 'blame-why-negative', "why didn't you"],
            ['Why would you agree to net 90?', 'blame-why-would', 'why would you'],
            ['Why are we still waiting on the PO?', 'blame-still', 'why are we still'],
            [
                "Why hasn't the SOW gone out yet?",
                'blame-not-yet',
                "why hasn't the sow gone out yet"
            ],
            [
                "How come the proposal hasn't gone out?",
                'blame-not-done',
                "how come the proposal hasn't gone out"
            ],
            ["How come you haven't called?", 'blame-how-come', "how come you haven't"],
            ["Tell me why you haven't called.", 'blame-reason', "why you haven't"],
            ['How many times do I have to ask?', 'blame-how-many-times', 'how many times do i']
        ] as const)('%p is decided by %s', (text, rule, cue) => {
            expect(ruleFor(text)).toEqual({ kind: 'directive', rule, cue });
        });
    });

    describe('traps', () => {
        it.each([
            // an offer of help is not an order, however it is phrased
            ['Ping me if you want a second pair of eyes.', 'statement', 'offer-of-help'],
            ['Let me know if you need anything.', 'statement', 'offer-of-help'],
            ['Keep up the great work.', 'statement', 'praise'],
            ["Don't worry about the forecast.", 'statement', 'offer-of-help'],
            // feelings and observations after "must", "could", "maybe"
            ['You must be exhausted.', 'statement', 'statement'],
            ['You could lose the renewal.', 'statement', 'statement'],
            ['Maybe the CFO is busy.', 'statement', 'speculation'],
            // a verb-like noun opening a statement
            ['Call went long.', 'statement', 'statement'],
            ['Close date moved again.', 'statement', 'statement'],
            ['Update from legal: they signed.', 'statement', 'statement'],
            // wh-words that do not ask
            ['When the CFO signs, we are done.', 'statement', 'statement'],
            ['What a great call!', 'statement', 'statement'],
            // "why" that does not blame
            ['Why did the champion leave?', 'open-question', 'open-wh'],
            ["Why hasn't the CFO replied?", 'open-question', 'open-wh'],
            ['Why would the CFO care?', 'open-question', 'open-wh'],
            // scenario, not idea
            ['What if they say no?', 'open-question', 'open-what-if'],
            ['What about the timeline?', 'open-question', 'open-what-about'],
            // requests for a view are open; requests to act are directives
            ['Could you tell me if the PO is in?', 'closed-question', 'closed-auxiliary'],
            ['Tell me about the champion.', 'open-question', 'open-view-request'],
            ['Tell procurement no.', 'directive', 'imperative'],
            // outcomes and offers in question form
            ['Can we still close by Friday?', 'closed-question', 'closed-auxiliary'],
            ['Should I join the call?', 'closed-question', 'closed-auxiliary'],
            ['Do it now', 'directive', 'imperative'],
            ['Do you want to invite the SE?', 'suggestion', 'suggest-question'],
            ['Would a reference call help?', 'suggestion', 'suggest-question'],
            ['Should we offer a pilot?', 'suggestion', 'suggest-shall-we'],
            ['Could be worth a call with their CIO.', 'suggestion', 'suggest-question'],
            ['It could be worth a call with their CIO.', 'suggestion', 'suggest-idea-phrase'],
            ['maybe ask the champion', 'suggestion', 'suggest-hedge'],
            ['call the cfo maybe', 'suggestion', 'suggest-hedge'],
            ['You might want to loop in the SE.', 'suggestion', 'suggest-you-could'],
            ['I might try the partner.', 'suggestion', 'suggest-you-could'],
            ["I'd suggest a quick check-in.", 'suggestion', 'suggest-idea-phrase'],
            ['Thoughts?', 'open-question', 'open-elliptical'],
            ['Any thoughts on the pricing?', 'open-question', 'open-elliptical'],
            ['Any update on legal?', 'closed-question', 'closed-elliptical'],
            ['So legal signed off?', 'closed-question', 'closed-question-mark']
        ] as const)('%p is a %s (%s)', (text, kind, rule) => {
            const found = ruleFor(text);
            expect([found.kind, found.rule]).toEqual([kind, rule]);
        });
    });

    describe('sentences', () => {
        it('opens with an idea marker and offers the whole sentence as an idea', () => {
            const verdict = classifySentence('One idea: call the CFO and ask for budget.', false);
            expect(verdict).toMatchObject({ kind: 'suggestion', cues: ['one idea'] });
            expect(verdict.clauses.map((clause) => clause.rule)).toEqual(['idea-marker']);
        });

        it('takes the strongest clause and reports the cues of that kind only', () => {
            const verdict = classifySentence(
                'Great work, but you need to call the CFO; also, book the demo',
                false
            );
            expect(verdict.kind).toBe('directive');
            expect(verdict.cues).toEqual(['you need to', 'book']);
            expect(verdict.clauses.map((clause) => clause.kind)).toEqual([
                'statement',
                'directive',
                'directive'
            ]);
        });

        it('reads a sentence with no words as a statement with no clauses', () => {
            expect(classifySentence('', false)).toEqual({
                kind: 'statement',
                cues: [],
                clauses: []
            });
        });
    });

    describe('clauses', () => {
        it('locates the cue in the clause', () => {
            const verdict = classifyClause({
                lead: '',
                core: 'I think you should escalate',
                question: false
            });
            expect(verdict.clause.core.slice(verdict.cueStart, verdict.cueEnd).toLowerCase()).toBe(
                'you should'
            );
        });

        it('reads an auxiliary question without a question mark', () => {
            expect(
                classifyClause({ lead: '', core: 'is the budget approved', question: false }).kind
            ).toBe('closed-question');
        });
    });

    describe('imperatives', () => {
        it.each([
            'Call the CFO',
            'Follow up with Maria',
            'Push harder on legal',
            'Check with legal on the redlines'
        ])('%p opens with an order', (text) => {
            expect(ruleFor(text).rule).toBe('imperative');
        });

        it.each([
            'Call went long',
            'Call notes are in',
            'Review went well',
            'Plan looks good',
            'Thank you for the call'
        ])('%p opens with a noun or a courtesy', (text) => {
            expect(ruleFor(text).kind).toBe('statement');
        });

        it.each([
            ['Socialise the deck with finance.', 'socialise'],
            ['Reforecast it.', 'reforecast'],
            ['Tee up a call with the sponsor.', 'tee'],
            ['Crack on with the proposal.', 'crack'],
            ['Double down on the exec relationship.', 'double'],
            ['Sweet-talk procurement into a faster turnaround.', 'sweet-talk'],
            ['- update close date', 'update']
        ])('%p is an order by its shape, whatever the verb', (text, cue) => {
            expect(ruleFor(text)).toEqual({ kind: 'directive', rule: 'imperative', cue });
        });

        it.each([
            'Love it.',
            'Deal in the bag!',
            'Budget the main issue, I think.',
            'Word on the street is they are buying.',
            'Customer in the loop already.',
            'Sort of a mess with procurement.',
            'The demo, call and pricing all went well.',
            'Contact at Acme changed last week.',
            'Loved the energy on the call.'
        ])('%p has no order in it', (text) => {
            expect(ruleFor(text).kind).toBe('statement');
        });

        it.each([
            ['close date is tomorrow, get the signature', 'get'],
            ["Whatever you do, don't send the quote first.", "don't"]
        ])('%p finds the order after a comma', (text, cue) => {
            expect(ruleFor(text)).toMatchObject({ kind: 'directive', cue });
        });
    });

    describe('polite frames', () => {
        it.each([
            ['I was wondering whether you could send me the forecast.', 'directive'],
            ['Would it be possible to get the MSA to legal this week?', 'directive'],
            ["I'd really appreciate it if you could book the exec meeting.", 'directive'],
            ['Could you pop the revised quote over to them?', 'directive'],
            ["I was wondering whether you'd given any thought to their CISO.", 'suggestion'],
            ["I'd be grateful if you could share your thinking on the risk.", 'open-question'],
            ['It would be helpful to understand what is driving the delay.', 'open-question'],
            ['I wonder if you could get the CFO in via the partner.', 'suggestion'],
            ['Please feel free to reach out if anything is blocking you.', 'statement']
        ] as const)('%p is a %s', (text, kind) => {
            expect(ruleFor(text).kind).toBe(kind);
        });
    });

    describe('other voices', () => {
        it.each([
            ['Whereabouts are we with the security review?', 'open-question'],
            ['Until when do they need the answer?', 'closed-question'],
            ["I'm not sure about the discount, what's your rationale?", 'open-question'],
            ['Loved the call, maybe bring the SE next time?', 'suggestion'],
            ['Shall we get legal involved now?', 'suggestion'],
            ['Might I suggest looping in the partner team?', 'suggestion'],
            ['Ever considered a phased rollout?', 'suggestion'],
            ['Another angle might be to lead with security.', 'suggestion'],
            ['Something that worked for me was a one-page business case.', 'suggestion'],
            ['Can help with the exec email if you want.', 'statement'],
            ['I think is better you call the CFO.', 'directive'],
            ['Just a gentle reminder to log the outcome.', 'directive'],
            ['I need you on the 3pm call.', 'directive'],
            ["You're going to need a champion in finance.", 'directive'],
            ["We can't let this one slip again.", 'directive'],
            ['Per my last message, the MSA needs to go out today.', 'directive'],
            ['what i need is for you to book the demo', 'directive'],
            ['wat do they need from us to sign', 'open-question']
        ] as const)('%p is a %s', (text, kind) => {
            expect(ruleFor(text).kind).toBe(kind);
        });
    });

    describe('chat voices', () => {
        it.each([
            ['any way you could tidy the notes before the call', 'request-to-act', 'directive'],
            ['be great if the plan was updated by Monday', 'soft-order', 'directive'],
            ["it's on you to get the review moving", 'soft-order', 'directive'],
            ['need the order form signed by Friday', 'soft-order', 'directive'],
            ['mind sending the recap today?', 'request-mind', 'directive'],
            [
                'should get the architect involved this week',
                'obligation-dropped-subject',
                'directive'
            ],
            ['are you going to chase them or what', 'blame-challenge', 'directive'],
            ["weren't you meant to send the recap?", 'blame-challenge', 'directive'],
            ['could try leading with the payback story', 'suggest-you-could', 'suggestion'],
            ['wdyt about a two-phase rollout', 'suggest-what-about', 'suggestion'],
            ['whats the contract length', 'closed-short-fact', 'closed-question'],
            ['how many licences do they need?', 'closed-short-fact', 'closed-question'],
            ['when will you send the SOW?', 'closed-status-chase', 'closed-question'],
            ['surely u have booked the demo already?', 'blame-yes-no', 'directive'],
            ["you'll send the recap today, yeah?", 'blame-yes-no', 'directive'],
            ['did you not think to loop in legal?', 'blame-yes-no', 'directive'],
            ['will you ever get the EB on a call?', 'blame-yes-no', 'directive'],
            ['would be super useful if you could share the notes', 'soft-order', 'directive'],
            ["we're gonna need the signed DPA before kickoff", 'soft-order', 'directive'],
            ["what day's the QBR?", 'closed-short-fact', 'closed-question'],
            ['should we perhaps bring in their CTO?', 'suggest-shall-we', 'suggestion'],
            ["When's the decision meeting?", 'closed-short-fact', 'closed-question'],
            ['who owns the budget over there', 'closed-short-fact', 'closed-question'],
            ['how long is their legal review', 'closed-short-fact', 'closed-question'],
            ["i'd need you to send the recap today", 'obligation-want-you-to', 'directive'],
            ['I was expecting the signed NDA from you yesterday', 'blame-expected', 'directive'],
            ['I was expecting them to push back on price', 'statement', 'statement'],
            ['why did you let them drop the pilot?', 'blame-challenge', 'directive'],
            ['it might pay off to qualify the budget first', 'suggest-idea-phrase', 'suggestion'],
            ['we said the pilot would be live by now', 'blame-challenge', 'directive'],
            ["you were supposed to log the call, what's going on", 'blame-challenge', 'directive'],
            ["weren't the redlines due back on monday?", 'blame-challenge', 'directive'],
            ["you've sent the recap, haven't you?", 'blame-yes-no', 'directive'],
            ['were you going to tell me the champion left?', 'blame-challenge', 'directive'],
            ['why did we give away the services?', 'blame-challenge', 'directive'],
            ["is there a reason no one's called them back?", 'blame-reason', 'directive'],
            ['how come the amount still shows last year', 'blame-still', 'directive'],
            ['i was hoping to get the business case yesterday', 'blame-expected', 'directive'],
            ["i'd really need the numbers from you by noon", 'obligation-i-need', 'directive'],
            ['it would help us if you logged the call today', 'soft-order', 'directive'],
            ['any way you could have the deck ready by noon', 'request-to-act', 'directive'],
            ['could we make sure the SE joins?', 'obligation-make-sure', 'directive'],
            ['hey send me the deck', 'imperative', 'directive'],
            ['the mutual plan needs tidying before the QBR', 'obligation-it-must', 'directive'],
            ["who's leading the evaluation", 'closed-short-fact', 'closed-question'],
            ['what bothers you about the timeline', 'open-wh', 'open-question'],
            ['definitely worth a call with their CIO', 'suggest-idea-phrase', 'suggestion'],
            ['a reference visit might unlock this', 'suggest-idea-phrase', 'suggestion'],
            ['we lost the champion last week whats going on there', 'open-wh', 'open-question'],
            // The sixth batch's shapes, in words of their own
            ['the business case was due last week', 'blame-expected', 'directive'],
            ['your forecast was meant to be updated yesterday', 'blame-expected', 'directive'],
            ['the SOW is with their legal team this week, right?', 'blame-yes-no', 'directive'],
            [
                "the proposal went out yesterday like we agreed, didn't it?",
                'blame-yes-no',
                'directive'
            ],
            ['how come the order form is still sitting on your desk?', 'blame-still', 'directive'],
            [
                'why did you share the deck without checking with deal desk?',
                'blame-why-would',
                'directive'
            ],
            ['please tell me you sent the recap', 'blame-yes-no', 'directive'],
            [
                'the main thing i need from you is a date for the EB call',
                'prescription-what-you-need',
                'directive'
            ],
            ['id like the forecast updated before the QBR', 'obligation-i-need', 'directive'],
            [
                'only send the quote once legal have signed off',
                'obligation-dropped-subject',
                'directive'
            ],
            [
                'i thought we said the MAP would be signed this week?',
                'blame-challenge',
                'directive'
            ],
            ['a phased rollout could be another option', 'suggest-idea-phrase', 'suggestion'],
            [
                'leading with the ROI story might make the pitch sharper',
                'suggest-idea-phrase',
                'suggestion'
            ],
            ["who's their security contact?", 'closed-short-fact', 'closed-question'],
            ["what's the current close date?", 'closed-short-fact', 'closed-question']
        ] as const)('%p is read by %s as a %s', (text, rule, kind) => {
            expect(ruleFor(text)).toMatchObject({ rule, kind });
        });

        it.each([
            ["hadn't considered their audit cycle", 'statement'],
            ['could have gone either way', 'statement'],
            ["hadn't thought of it that way", 'statement'],
            ['you should have seen their faces when the numbers came up', 'statement'],
            ['could maybe lead with the risk story', 'suggestion'],
            ['we should be fine if legal signs this week', 'statement'],
            ['the order form needs to be approved by their finance team', 'statement'],
            ['you could tell they liked it', 'statement'],
            ['What do you think about the timeline?', 'open-question'],
            ["When do you think they'll decide?", 'open-question'],
            ['you must have been thrilled with that call', 'statement'],
            ['we were going to lose it anyway', 'statement'],
            ['were you planning to keep the same champion?', 'closed-question'],
            ['who else should we be talking to', 'open-question'],
            ['who do you think really signs this off?', 'open-question'],
            ['how much do they care about the integration?', 'open-question'],
            ["you're worried about the price, right?", 'closed-question'],
            ["surely they'll sign this quarter?", 'closed-question'],
            ["what it's worth is another question", 'statement'],
            ['you should have been there when they signed', 'statement'],
            ['the deck went out monday, the customer loved it', 'statement'],
            ['the demo went well, right?', 'closed-question'],
            ['the CFO was supposed to join but got sick', 'statement'],
            ['the thing i need to understand is their timeline', 'statement'],
            ['how come your champion is still there?', 'open-question'],
            ['feel free to ignore this, but a shorter deck might land better', 'suggestion']
        ] as const)('%p is a %s', (text, kind) => {
            expect(ruleFor(text).kind).toBe(kind);
        });
    });
});
