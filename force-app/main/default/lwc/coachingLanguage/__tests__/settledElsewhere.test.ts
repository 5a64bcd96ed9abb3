import { classifyCoachingText } from '../coachingLanguage';
import { assignedToOthers, settledElsewhere, statesAPurpose } from '../settledElsewhere';

describe('c-coaching-language work settled elsewhere', () => {
    it.each([
        "I'll call their CFO tomorrow morning.",
        "I've asked deal desk to turn the quote around by noon",
        'told the SE team to have the POC environment ready by wednesday',
        'Forecast moved to best case by me after the pipeline call.',
        'procurement asked that we resubmit using their new template',
        'AI (customer): send usage data by the 15th',
        'Next: customer to send the PO once the board meets'
    ])('finds %p settles work away from the seller', (text) => {
        expect(settledElsewhere(text)).toBe(true);
    });

    it.each([
        "I'll need your forecast by EOD",
        'I need you to update the close date',
        'why did you send them the price list without running it by me?',
        'AI (you): book the QBR before month end',
        'send the deck today'
    ])('leaves %p to be read as it stands', (text) => {
        expect(settledElsewhere(text)).toBe(false);
    });

    it('reads a line of minutes that names the customer as a statement', () => {
        expect(assignedToOthers('AI (customer): send usage data by the 15th')).toBe(true);
        expect(classifyCoachingText('AI (customer): send usage data by the 15th').kind).toBe(
            'statement'
        );
    });

    it('never lets the learned model turn a stated purpose into an order', () => {
        for (const text of [
            'To agree together what the pilot has to prove before the customer commits.',
            'We want to agree on what the pilot has to prove before the customer commits.'
        ]) {
            expect(statesAPurpose(text)).toBe(true);
            expect(classifyCoachingText(text).kind).toBe('statement');
        }
        expect(statesAPurpose('I want to see the deck by Friday')).toBe(false);
    });

    it("never lets the learned model turn the manager's own to-dos into an order", () => {
        for (const text of [
            "I'll call their CFO tomorrow morning.",
            'I need to update the forecast before the 3pm call',
            "I'll draft the exec sponsor email tonight."
        ]) {
            expect(classifyCoachingText(text).kind).toBe('statement');
        }
    });
});
