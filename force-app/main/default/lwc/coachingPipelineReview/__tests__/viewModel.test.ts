import { agendaDeal, buildAgendaView } from 'c/coachingAgenda';
import type { AgendaDeal, DealChange } from 'c/coachingAgenda';
import {
    dealInput,
    FIXTURE_DEALS,
    NOW,
    STAGE_ORDER,
    TODAY
} from '../../coachingAgenda/__tests__/agendaFixtures';
import {
    agendaFilter,
    agendaSortOptions,
    changeText,
    closePeriodOptions,
    countsText,
    forecastOptions,
    meetingPosition,
    sellerGroupViews,
    sellerOptions,
    toAgendaSort,
    toClosePeriod,
    toDealView
} from '../viewModel';
import type { FilterState, PipelineTexts } from '../viewModel';
import cases from './data/viewModelCases.json';

// Each text names its label and shows the values filled in, so a case reads what the user sees.
const TEXTS = new Proxy({} as PipelineTexts, {
    get: (_target, key) => `${String(key)}<{0}|{1}|{2}|{3}>`
});

function deals(): AgendaDeal[] {
    return FIXTURE_DEALS.map((deal) =>
        agendaDeal(dealInput(deal), { now: NOW, today: TODAY, stageOrder: STAGE_ORDER })
    );
}

describe('coachingPipelineReview view model', () => {
    it.each(cases.changes)('$name', ({ change, text }) => {
        expect(changeText(change as DealChange, TEXTS)).toBe(text);
    });

    it.each(cases.filters)('$name', ({ state, filter }) => {
        expect(agendaFilter(state as FilterState)).toEqual(filter);
    });

    it.each(cases.positions)('$name', ({ index, count, text }) => {
        expect(meetingPosition(index, count, TEXTS)).toBe(text);
    });

    it.each([
        ['thisQuarter', 'thisQuarter'],
        ['custom', 'custom'],
        ['yesterday', 'all'],
        [undefined, 'all']
    ])('reads the period control %s as %s', (value, period) => {
        expect(toClosePeriod(value)).toBe(period);
    });

    it.each([
        ['amount', 'amount'],
        ['lastReview', 'lastReview'],
        ['size', 'closeDate'],
        [undefined, 'closeDate']
    ])('reads the sort control %s as %s', (value, sort) => {
        expect(toAgendaSort(value)).toBe(sort);
    });

    it('offers every period and sort, in a fixed order', () => {
        expect(closePeriodOptions(TEXTS).map((option) => option.value)).toEqual([
            'all',
            'thisQuarter',
            'nextQuarter',
            'custom'
        ]);
        expect(agendaSortOptions(TEXTS).map((option) => option.value)).toEqual([
            'closeDate',
            'amount',
            'signals',
            'name',
            'lastReview'
        ]);
    });

    it('offers the forecast categories present, most committed first', () => {
        expect(forecastOptions(deals(), TEXTS).map((option) => option.value)).toEqual([
            '',
            'Commit',
            'Best Case',
            'Pipeline'
        ]);
    });

    it('offers each seller once, by name', () => {
        expect(sellerOptions(deals(), TEXTS).map((option) => option.label)).toEqual([
            'allSellers<{0}|{1}|{2}|{3}>',
            'Alex Chen',
            'Sam Rivera'
        ]);
    });

    it('shows a deal row with its link, details count and questions to ask', () => {
        const deal = deals().find((candidate) => candidate.signals.length > 0) as AgendaDeal;
        const row = toDealView(deal, TEXTS, false);
        expect(row.url).toBe(`/lightning/r/Opportunity/${deal.id}/view`);
        expect(row.expandedState).toBe('false');
        const details = deal.openQuestions.length + deal.overdueSteps.length + deal.signals.length;
        expect(row.detailsLabel).toBe(`details<${details}|{1}|{2}|{3}>`);
        expect(row.signalItems.length).toBeGreaterThan(0);
        expect(row.signalItems).toHaveLength(deal.signals.length);
        for (const item of row.signalItems) {
            expect(item.question).toMatch(/^prompt/);
            expect(item.reviewId).toBe(deal.review?.isOpen ? deal.review.id : undefined);
        }
    });

    it('summarises each seller and opens only the expanded deals', () => {
        const view = buildAgendaView(deals(), { today: TODAY });
        const groups = sellerGroupViews(view.groups, TEXTS, new Set(['006000000000003AAA']));
        expect(groups.map((group) => group.sellerName).sort()).toEqual(['Alex Chen', 'Sam Rivera']);
        const expanded = groups.flatMap((group) =>
            group.deals.filter((deal) => deal.isExpanded).map((deal) => deal.id)
        );
        expect(expanded).toEqual(['006000000000003AAA']);
        expect(countsText(view.counts, TEXTS)).toBe(`counts<4|4|2|${view.counts.atRisk}>`);
    });
});
