/** @jest-environment node */
import { buildAgenda, recordUrl, type AgendaDeal } from '../agenda';
import { agendaHtml } from '../agendaHtml';
import { agendaMarkdown, inline } from '../agendaMarkdown';
import { closesIn, formatMoney, waited } from '../agendaText';

const DEAL: AgendaDeal = {
    id: '006000000000001AAA',
    name: 'Acme *Renewal* [EMEA]',
    accountName: 'Acme',
    ownerId: '005000000000001AAA',
    ownerName: 'Sam Rivera',
    stage: 'Prospecting',
    forecastCategory: 'Pipeline',
    amount: null,
    closeDate: '2025-03-01',
    daysToClose: -1,
    review: undefined,
    lastReviewDate: '2025-02-20',
    openQuestions: [],
    plannedSteps: [],
    overdueSteps: [{ id: 'a03', action: 'Call back\nthe CFO', dueDate: '2025-02-20' }],
    questionCount: 4,
    directiveCount: 1,
    reviewsLast30Days: 1,
    isOverReviewed: false,
    changes: [
        { kind: 'closeDatePushed', from: '2025-02-15', to: '2025-03-01', by: 14 },
        { kind: 'stageMovedBack', from: 'Qualification', to: 'Prospecting', by: 0 },
        { kind: 'amountDown', from: '12000', to: '10500.5', by: 1499.5 }
    ],
    changesSince: '2025-02-20',
    signals: [
        {
            kind: 'nextStepOverdue',
            promptLabel: 'Coaching_Pipeline_Prompt_StepOverdue',
            count: 1
        }
    ]
};

const SECOND: AgendaDeal = {
    ...DEAL,
    id: '006000000000002AAA',
    name: 'Check-in #5 > quarterly',
    ownerId: '005000000000002AAA',
    ownerName: 'Alex Chen',
    amount: 120000,
    closeDate: '2025-03-10',
    daysToClose: 8,
    lastReviewDate: undefined,
    questionCount: 0,
    directiveCount: 0,
    overdueSteps: [],
    changes: [],
    changesSince: undefined,
    signals: []
};

function agenda(currency = 'USD', deals = [DEAL, SECOND]) {
    return buildAgenda({
        managerName: 'Morgan Lee',
        teamNames: ['Sam Rivera', 'Alex Chen'],
        deals,
        today: '2025-03-02',
        directiveThreshold: 0.25,
        currency,
        instanceUrl: 'https://example.my.salesforce.com/'
    });
}

describe('agenda wording', () => {
    it('says when a deal closes and how long a question waited', () => {
        expect(closesIn({ ...DEAL, daysToClose: 0 })).toBe('closes 2025-03-01 (today)');
        expect(closesIn({ ...DEAL, daysToClose: 1 })).toBe('closes 2025-03-01 (in 1 day)');
        expect(closesIn(DEAL)).toBe('closes 2025-03-01 (1 day ago)');
        expect(waited(0)).toBe('asked today');
        expect(waited(3)).toBe('waiting 3 days');
    });

    it.each([
        [120000, 'USD', '$120,000'],
        [1234.5, 'EUR', '€1,234.50'],
        [5000, 'JPY', '¥5,000'],
        [null, 'USD', 'no amount']
    ])('writes %p in %s as %s', (amount, currency, text) => {
        expect(formatMoney(amount, currency)).toBe(text);
    });

    it('links each deal to its record page', () => {
        expect(recordUrl('https://example.my.salesforce.com/', '006000000000001AAA')).toBe(
            'https://example.my.salesforce.com/lightning/r/Opportunity/006000000000001AAA/view'
        );
    });
});

describe('agenda Markdown', () => {
    it.each([
        ['Check-in #5', 'Check-in #5'],
        ['Q3 > Q2 | EMEA - renewal', 'Q3 > Q2 | EMEA - renewal'],
        ['3 * 4 seats', '3 * 4 seats'],
        ['Acme *Renewal*', 'Acme \\*Renewal\\*'],
        ['snake_case_name', 'snake_case_name'],
        ['_draft_ plan', '\\_draft\\_ plan'],
        ['[EMEA] renewal', '[EMEA] renewal'],
        ['[click](http://x)', '\\[click\\](http://x)'],
        ['a <b>bold</b> move', 'a \\<b>bold\\</b> move'],
        ['1 < 2', '1 < 2'],
        ['Fish &amp; chips', 'Fish \\&amp; chips'],
        ['C:\\path', 'C:\\path'],
        ['back\\*slash*', 'back\\\\\\*slash\\*'],
        ['two\nlines', 'two lines']
    ])('escapes only what would format: %p', (text, markdown) => {
        expect(inline(text)).toBe(markdown);
    });

    it('groups deals by seller with a summary line, links, currency, changes and risks', () => {
        const markdown = agendaMarkdown(agenda());
        expect(markdown).toContain(
            '2025-03-02 · 2 open opportunities · $120,000 · Sam Rivera, Alex Chen'
        );
        expect(markdown).toContain(
            '## Alex Chen\n\n1 deal · $120,000 · 0 open questions · 0 overdue steps · no questions yet · never reviewed\n\n### 1. [Check-in #5 > quarterly](<https://example.my.salesforce.com/lightning/r/Opportunity/006000000000002AAA/view>)'
        );
        expect(markdown).toContain(
            '## Sam Rivera\n\n1 deal · $0 · 0 open questions · 1 overdue step · directives 25% of 4 questions · last review 2025-02-20\n\n### 2. [Acme \\*Renewal\\* \\[EMEA\\]]('
        );
        expect(markdown).toContain(
            'Sam Rivera · Acme · Prospecting · Pipeline · no amount · closes 2025-03-01 (1 day ago)'
        );
        expect(markdown).toContain(
            '- **Since the review of 2025-02-20:** close date pushed 14 days (2025-02-15 → 2025-03-01); stage moved back from Qualification to Prospecting; amount down $1,499.50 ($12,000 → $10,500.50)'
        );
        expect(markdown).toContain(
            '- **Risks:**\n  - 1 next step overdue: ask “What got in the way of your next step, and what would help you move it forward?”'
        );
        expect(markdown).toContain(
            '- **Overdue next steps:**\n  - Call back the CFO (due 2025-02-20)'
        );
        expect(markdown).not.toContain('Since the review of undefined');
    });

    it('writes amounts in the org currency', () => {
        expect(agendaMarkdown(agenda('EUR'))).toContain('· €120,000 ·');
    });
});

describe('agenda HTML', () => {
    it('groups by seller with links, and escapes text from the org', () => {
        const html = agendaHtml(agenda());
        expect([...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1])).toEqual([
            'Alex Chen',
            'Sam Rivera'
        ]);
        expect(html).toContain(
            '<h3>1. <a href="https://example.my.salesforce.com/lightning/r/Opportunity/006000000000002AAA/view">Check-in #5 &gt; quarterly</a></h3>'
        );
        expect(html).toContain('<dt>Since the review of 2025-02-20</dt>');
        expect(html).toContain('1 next step overdue: ask “What got in the way');
    });
});

describe("the seller's prepared focus", () => {
    const prepared: AgendaDeal = { ...DEAL, preparedFocus: 'Who signs *now*? <procurement>' };

    it('is listed in Markdown, escaped as other text from the org', () => {
        const markdown = agendaMarkdown(agenda('USD', [prepared]));
        expect(markdown).toContain(
            `- **Prepared for the next review:** ${inline('Who signs *now*? <procurement>')}`
        );
        expect(agendaMarkdown(agenda())).not.toContain('Prepared for the next review');
    });

    it('is listed in HTML, escaped', () => {
        const html = agendaHtml(agenda('USD', [prepared]));
        expect(html).toContain(
            '<dt>Prepared for the next review</dt>\n<dd>Who signs *now*? &lt;procurement&gt;</dd>'
        );
    });
});
