import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyCoachingText } from 'c/coachingLanguage';
import {
    agendaDeal,
    buildAgendaView,
    fiscalQuarter,
    PROMPT_LABELS,
    riskSignals,
    sortDeals
} from '../coachingAgenda';
import type { AgendaDeal, AgendaFilter, AgendaSort, DealInput } from '../coachingAgenda';
import { dealInput, FIXTURE_DEALS, NOW, STAGE_ORDER, TODAY } from './agendaFixtures';
import cases from './data/agendaCases.json';

const OPPORTUNITY_PREFIX = '00600000000000';

function shortId(deal: AgendaDeal): string {
    return deal.id.slice(OPPORTUNITY_PREFIX.length, -3);
}

function agendaDeals(): AgendaDeal[] {
    return FIXTURE_DEALS.map((deal) =>
        agendaDeal(dealInput(deal), { now: NOW, today: TODAY, stageOrder: STAGE_ORDER })
    );
}

function byShortId(id: string): AgendaDeal {
    const deal = agendaDeals().find((candidate) => shortId(candidate) === id);
    if (!deal) {
        throw new Error(`no fixture deal ${id}`);
    }
    return deal;
}

function labelValues(): Map<string, string> {
    const xml = readFileSync(
        join(__dirname, '../../../labels/CustomLabels.labels-meta.xml'),
        'utf8'
    );
    const values = new Map<string, string>();
    for (const match of xml.matchAll(
        /<fullName>([^<]+)<\/fullName>[\s\S]*?<value\s*>([^<]*)<\/value>/g
    )) {
        values.set(match[1], match[2]);
    }
    return values;
}

describe('c-coaching-agenda', () => {
    describe('filters', () => {
        it.each(cases.filters)('$name', ({ filter, ids }) => {
            const view = buildAgendaView(agendaDeals(), {
                today: TODAY,
                filter: filter as AgendaFilter
            });
            const shown = view.groups.flatMap((group) => group.deals.map(shortId)).sort();
            expect(shown).toEqual(ids);
            expect(view.counts.shown).toBe(ids.length);
            expect(view.counts.total).toBe(FIXTURE_DEALS.length);
        });
    });

    describe('sort', () => {
        it.each(cases.sorts)('$name', ({ sort, descending, ids }) => {
            expect(sortDeals(agendaDeals(), sort as AgendaSort, descending).map(shortId)).toEqual(
                ids
            );
        });
    });

    describe('grouping', () => {
        it('groups by seller, by name, with a summary row each', () => {
            const view = buildAgendaView(agendaDeals(), { today: TODAY });
            expect(
                view.groups.map((group) => ({
                    seller: group.sellerName,
                    deals: group.deals.map(shortId),
                    summary: group.summary
                }))
            ).toEqual([
                {
                    seller: 'Alex Chen',
                    deals: ['4', '3'],
                    summary: {
                        dealCount: 2,
                        amount: 250000,
                        openQuestions: 0,
                        overdueSteps: 0,
                        questionCount: 1,
                        directiveCount: 0,
                        directiveShare: 0,
                        lastReviewDate: '2026-05-13',
                        signalCount: 0
                    }
                },
                {
                    seller: 'Sam Rivera',
                    deals: ['1', '2'],
                    summary: {
                        dealCount: 2,
                        amount: 160000,
                        openQuestions: 2,
                        overdueSteps: 1,
                        questionCount: 3,
                        directiveCount: 1,
                        directiveShare: 1 / 3,
                        lastReviewDate: '2026-05-06',
                        signalCount: 5
                    }
                }
            ]);
            expect(view.counts).toEqual({
                total: 4,
                shown: 4,
                sellers: 2,
                atRisk: 2,
                amount: 410000
            });
        });

        it('keeps the sort inside each seller', () => {
            const view = buildAgendaView(agendaDeals(), {
                today: TODAY,
                sort: 'amount',
                descending: true
            });
            expect(view.groups[1].deals.map(shortId)).toEqual(['1', '2']);
        });

        it('counts nothing for an empty team', () => {
            expect(buildAgendaView([], { today: TODAY })).toEqual({
                groups: [],
                counts: { total: 0, shown: 0, sellers: 0, atRisk: 0, amount: 0 },
                closeRange: undefined
            });
        });

        it('reports the range the period stands for', () => {
            expect(
                buildAgendaView([], { today: TODAY, filter: { closePeriod: 'thisQuarter' } })
                    .closeRange
            ).toEqual({ from: '2026-04-01', to: '2026-06-30' });
        });
    });

    describe('one deal', () => {
        it('carries the current review, waiting questions and steps from the panel model', () => {
            const deal = byShortId('1');
            expect(deal.review).toMatchObject({
                id: 'a01000000000002AAA',
                isOpen: true,
                intent: 'See what the CFO needs before signing.',
                sellerFocus: 'Getting time with procurement.'
            });
            expect(deal.openQuestions).toEqual([
                {
                    id: 'a02000000000001AAA',
                    text: 'Call the CFO today.',
                    kind: 'Directive',
                    waitedDays: 13
                }
            ]);
            expect(deal.plannedSteps.map((step) => step.action)).toEqual([
                'Send the business case'
            ]);
            expect(deal.daysToClose).toBe(21);
            expect(deal.lastReviewDate).toBe('2026-05-06');
        });
    });

    describe("the seller's prepared focus", () => {
        it('is carried for a deal with a review the seller requested', () => {
            const deal = byShortId('3');
            expect(deal.preparedFocus).toBe('Whether to widen the pilot before procurement signs.');
            // A request is not a review held: nothing else about the deal changes.
            expect(deal.review).toBeUndefined();
            expect(deal.lastReviewDate).toBeUndefined();
            expect(deal.reviewsLast30Days).toBe(0);
        });

        it('is absent where the seller prepared nothing', () => {
            expect(byShortId('1').preparedFocus).toBeUndefined();
        });
    });

    describe('changes since the last review', () => {
        it.each(cases.changes)('deal $id', ({ id, since, changes }) => {
            const deal = byShortId(id);
            expect(deal.changesSince).toBe(since);
            expect(deal.changes).toEqual(changes);
        });

        it('says only that the stage changed when the stage order is unknown', () => {
            const deal = agendaDeal(dealInput(FIXTURE_DEALS[3]), { now: NOW, today: TODAY });
            expect(deal.changes.map((change) => change.kind)).toContain('stageChanged');
        });
    });

    describe('risk signals', () => {
        it.each(cases.signals)('deal $id', ({ id, signals }) => {
            expect(
                byShortId(id).signals.map((signal) => ({ kind: signal.kind, count: signal.count }))
            ).toEqual(signals);
        });

        it.each([
            ['stalled days', { stalledDays: 41 }, 'stageStalled'],
            ['quiet days', { quietDays: 15 }, 'noRecentActivity']
        ])('follows the %s given', (_name, thresholds, kind) => {
            const input: DealInput = {
                ...dealInput(FIXTURE_DEALS[1]),
                lastActivityDate: '2026-05-06'
            };
            const kinds = riskSignals(input, { today: TODAY, overdueSteps: 0, ...thresholds }).map(
                (signal) => signal.kind
            );
            expect(kinds).not.toContain(kind);
        });

        it('offers each signal an open question from a Custom Label', () => {
            const labels = labelValues();
            for (const key of Object.values(PROMPT_LABELS)) {
                const text = labels.get(key);
                expect(text).toBeDefined();
                expect(classifyCoachingText(text ?? '').kind).toBe('open-question');
            }
            expect(byShortId('2').signals.map((signal) => signal.promptLabel)).toEqual([
                'Coaching_Pipeline_Prompt_StageStalled',
                'Coaching_Pipeline_Prompt_NoActivity',
                'Coaching_Pipeline_Prompt_SingleContact',
                'Coaching_Pipeline_Prompt_StepOverdue'
            ]);
        });
    });

    describe('fiscal quarters', () => {
        it.each(cases.quarters)(
            '$today, offset $offset, year starting in month $start',
            ({ today, offset, start, from, to }) => {
                expect(fiscalQuarter(today, offset, start)).toEqual({ from, to });
            }
        );
    });
});
