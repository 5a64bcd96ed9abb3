/**
 * The pipeline review agenda, from each deal's panel model: what the current review is for, what
 * the seller wants help with, which questions still wait, and the seller's own next steps. Pure.
 */
import { OVER_REVIEW_THRESHOLD, REVIEW_WINDOW_DAYS, type PanelModel } from 'c/coachingModel';
import { kindToPicklistValue } from 'c/coachingLanguage';
import { daysBetween, daysSince, utcDate } from '../lib/calendarDates';
import { field, type FlatRecord } from '../lib/restRecords';

/** Directives above this share of the team's questions earn the agenda's note. */
export const DEFAULT_DIRECTIVE_THRESHOLD = 0.25;

export interface AgendaQuestion {
    text: string;
    /** The Kind__c picklist value, or undefined when the text gives none. */
    kind?: string;
    waitedDays: number;
}

export interface AgendaStep {
    action: string;
    dueDate?: string;
}

export interface AgendaDeal {
    id: string;
    name: string;
    accountName: string;
    ownerName: string;
    stage: string;
    amount: number | null;
    closeDate: string;
    /** Negative when the close date has passed. */
    daysToClose: number;
    review?: {
        date?: string;
        isOpen: boolean;
        reviewerName: string;
        intent: string;
        sellerFocus: string;
    };
    openQuestions: AgendaQuestion[];
    plannedSteps: AgendaStep[];
    overdueSteps: AgendaStep[];
    questionCount: number;
    directiveCount: number;
    reviewsLast30Days: number;
    isOverReviewed: boolean;
}

export interface Agenda {
    managerName: string;
    asOf: string;
    teamNames: string[];
    deals: AgendaDeal[];
    questionCount: number;
    directiveCount: number;
    directiveShare: number;
    directiveThreshold: number;
    /** One sentence each: directives leaning, a deal reviewed far more than the rest. */
    signals: string[];
}

/**
 * One deal of the agenda.
 * @param opportunity the Opportunity with Name, Account.Name, Owner.Name, StageName, Amount, CloseDate
 * @param model the deal's panel model
 * @param now the current moment
 * @returns the deal's agenda item
 */
export function agendaDeal(opportunity: FlatRecord, model: PanelModel, now: Date): AgendaDeal {
    const review = model.currentReview;
    const closeDate = field(opportunity, 'CloseDate') ?? '';
    const amount = field(opportunity, 'Amount');
    const toStep = (step: PanelModel['nextSteps'][number]): AgendaStep => ({
        action: step.action,
        dueDate: step.dueDate
    });
    const planned = model.nextSteps.filter((step) => step.status === 'Planned');
    return {
        id: field(opportunity, 'Id') ?? '',
        name: field(opportunity, 'Name') ?? '',
        accountName: field(opportunity, 'Account.Name') ?? '',
        ownerName: field(opportunity, 'Owner.Name') ?? '',
        stage: field(opportunity, 'StageName') ?? '',
        amount: amount === null ? null : Number(amount),
        closeDate,
        daysToClose: closeDate ? daysBetween(utcDate(now), closeDate) : 0,
        review: review && {
            date: review.reviewDate,
            isOpen: review.isOpen,
            reviewerName: review.reviewerName,
            intent: review.intent,
            sellerFocus: review.sellerFocus
        },
        openQuestions: (review?.questions ?? [])
            .filter((question) => question.status === 'Open')
            .map((question) => ({
                text: question.text,
                kind: question.kind && kindToPicklistValue(question.kind),
                waitedDays: daysSince(question.createdDate, now)
            })),
        plannedSteps: planned.filter((step) => !step.isOverdue).map(toStep),
        overdueSteps: planned.filter((step) => step.isOverdue).map(toStep),
        questionCount: model.balance.questionCount,
        directiveCount: model.balance.byKind.directive,
        reviewsLast30Days: model.balance.reviewsLast30Days,
        isOverReviewed: model.balance.isOverReviewed
    };
}

function percent(share: number): string {
    return `${Math.round(share * 100)}%`;
}

function signals(agenda: Omit<Agenda, 'signals'>): string[] {
    const found: string[] = [];
    if (agenda.questionCount > 0 && agenda.directiveShare > agenda.directiveThreshold) {
        found.push(
            `Directives are ${percent(agenda.directiveShare)} of the ${agenda.questionCount} questions on these deals, above ${percent(agenda.directiveThreshold)}: ask what the seller sees before saying what to do.`
        );
    }
    const busy = agenda.deals.filter((deal) => deal.isOverReviewed);
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
 * The agenda of a manager's team.
 * @param managerName the manager
 * @param teamNames the people in the team
 * @param deals the team's open deals, ordered by close date
 * @param now the current moment
 * @param directiveThreshold the share of directives that earns a note
 * @returns the agenda with its signals
 */
export function buildAgenda(
    managerName: string,
    teamNames: string[],
    deals: AgendaDeal[],
    now: Date,
    directiveThreshold: number
): Agenda {
    const questionCount = deals.reduce((sum, deal) => sum + deal.questionCount, 0);
    const directiveCount = deals.reduce((sum, deal) => sum + deal.directiveCount, 0);
    const agenda = {
        managerName,
        asOf: utcDate(now),
        teamNames,
        deals,
        questionCount,
        directiveCount,
        directiveShare: questionCount === 0 ? 0 : directiveCount / questionCount,
        directiveThreshold
    };
    return { ...agenda, signals: signals(agenda) };
}
