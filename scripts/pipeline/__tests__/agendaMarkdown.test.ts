/** @jest-environment node */
import type { Agenda, AgendaDeal } from '../agenda';
import { agendaMarkdown } from '../agendaMarkdown';
import { closesIn, waited } from '../agendaText';

const DEAL: AgendaDeal = {
    id: '006',
    name: 'Acme *Renewal* [EMEA]',
    accountName: 'Acme',
    ownerName: 'Sam Rivera',
    stage: 'Prospecting',
    amount: null,
    closeDate: '2025-03-01',
    daysToClose: -1,
    review: undefined,
    openQuestions: [],
    plannedSteps: [],
    overdueSteps: [{ action: 'Call back\nthe CFO', dueDate: '2025-02-20' }],
    questionCount: 0,
    directiveCount: 0,
    reviewsLast30Days: 0,
    isOverReviewed: false
};

describe('agenda wording', () => {
    it('says when a deal closes and how long a question waited', () => {
        expect(closesIn({ ...DEAL, daysToClose: 0 })).toBe('closes 2025-03-01 (today)');
        expect(closesIn({ ...DEAL, daysToClose: 1 })).toBe('closes 2025-03-01 (in 1 day)');
        expect(closesIn(DEAL)).toBe('closes 2025-03-01 (1 day ago)');
        expect(waited(0)).toBe('asked today');
        expect(waited(3)).toBe('waiting 3 days');
    });

    it('keeps text from the org from formatting the Markdown', () => {
        const agenda: Agenda = {
            managerName: 'Morgan Lee',
            asOf: '2025-03-02',
            teamNames: ['Sam Rivera'],
            deals: [DEAL],
            questionCount: 0,
            directiveCount: 0,
            directiveShare: 0,
            directiveThreshold: 0.25,
            signals: []
        };
        const markdown = agendaMarkdown(agenda);
        expect(markdown).toContain('## 1. Acme \\*Renewal\\* \\[EMEA\\]');
        expect(markdown).toContain(
            'Sam Rivera · Acme · Prospecting · no amount · closes 2025-03-01 (1 day ago)'
        );
        expect(markdown).toContain(
            '- **Overdue next steps:**\n  - Call back the CFO (due 2025-02-20)'
        );
        expect(markdown).toContain('2025-03-02 · 1 open opportunity · Sam Rivera');
    });
});
