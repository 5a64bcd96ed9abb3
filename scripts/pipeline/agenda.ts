/**
 * The pipeline review agenda of a manager's team: the deals grouped by seller through the page's
 * own agenda module, plus the team-wide notes only the written agenda carries. Pure.
 */
import { OVER_REVIEW_THRESHOLD, REVIEW_WINDOW_DAYS } from 'c/coachingModel';
import {
    buildAgendaView,
    type AgendaDeal,
    type AgendaFilter,
    type AgendaView
} from 'c/coachingAgenda';

export type { AgendaDeal, AgendaQuestion, AgendaStep } from 'c/coachingAgenda';

/** Directives above this share of the team's questions earn the agenda's note. */
export const DEFAULT_DIRECTIVE_THRESHOLD = 0.25;

export interface Agenda {
    managerName: string;
    asOf: string;
    teamNames: string[];
    /** ISO code of the org's currency, for every amount. */
    currency: string;
    /** The org's base URL, for record links. */
    instanceUrl: string;
    view: AgendaView;
    questionCount: number;
    directiveCount: number;
    directiveShare: number;
    directiveThreshold: number;
    /** One sentence each: directives leaning, a deal reviewed far more than the rest. */
    signals: string[];
}

export interface AgendaInput {
    managerName: string;
    teamNames: string[];
    /** The team's open deals. */
    deals: AgendaDeal[];
    /** Today, YYYY-MM-DD. */
    today: string;
    directiveThreshold: number;
    currency: string;
    instanceUrl: string;
    filter?: AgendaFilter;
}

/**
 * The Lightning address of an Opportunity.
 * @param instanceUrl the org's base URL
 * @param id the Opportunity id
 * @returns the record page's URL
 */
export function recordUrl(instanceUrl: string, id: string): string {
    return `${instanceUrl.replace(/\/+$/, '')}/lightning/r/Opportunity/${encodeURIComponent(id)}/view`;
}

function percent(share: number): string {
    return `${Math.round(share * 100)}%`;
}

function notes(agenda: Omit<Agenda, 'signals'>, deals: AgendaDeal[]): string[] {
    const found: string[] = [];
    if (agenda.questionCount > 0 && agenda.directiveShare > agenda.directiveThreshold) {
        found.push(
            `Directives are ${percent(agenda.directiveShare)} of the ${agenda.questionCount} questions on these deals, above ${percent(agenda.directiveThreshold)}: ask what the seller sees before saying what to do.`
        );
    }
    const busy = deals.filter((deal) => deal.isOverReviewed);
    if (busy.length === 1) {
        found.push(
            `${busy[0].name} has had ${busy[0].reviewsLast30Days} reviews in the last ${REVIEW_WINDOW_DAYS} days, more than the ${OVER_REVIEW_THRESHOLD} that mark a deal as over-reviewed: ask ${busy[0].ownerName} what help would serve them better.`
        );
    } else if (busy.length > 1) {
        found.push(
            `${busy.length} deals have had more than ${OVER_REVIEW_THRESHOLD} reviews in the last ${REVIEW_WINDOW_DAYS} days (${busy.map((deal) => deal.name).join('; ')}): ask their sellers what help would serve them better.`
        );
    }
    return found;
}

/**
 * The agenda of a manager's team: by seller, each seller's deals by close date.
 * @param input the manager, the team, the deals, today and the presentation settings
 * @returns the agenda with its notes
 */
export function buildAgenda(input: AgendaInput): Agenda {
    const view = buildAgendaView(input.deals, {
        today: input.today,
        filter: input.filter,
        sort: 'closeDate'
    });
    const shown = view.groups.flatMap((group) => group.deals);
    const questionCount = view.groups.reduce((sum, group) => sum + group.summary.questionCount, 0);
    const directiveCount = view.groups.reduce(
        (sum, group) => sum + group.summary.directiveCount,
        0
    );
    const agenda = {
        managerName: input.managerName,
        asOf: input.today,
        teamNames: input.teamNames,
        currency: input.currency,
        instanceUrl: input.instanceUrl,
        view,
        questionCount,
        directiveCount,
        directiveShare: questionCount === 0 ? 0 : directiveCount / questionCount,
        directiveThreshold: input.directiveThreshold
    };
    return { ...agenda, signals: notes(agenda, shown) };
}
