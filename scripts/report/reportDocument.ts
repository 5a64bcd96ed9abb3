/**
 * The coaching report as data: one row per manager and one for the whole team, with the same
 * fields in JSON, CSV and the HTML page.
 */
import {
    kindToPicklistValue,
    type CoachingKind
} from '../../force-app/main/default/lwc/coachingLanguage/coachingLanguage';
import { MEDIAN_PRECISION } from './answerTimes';
import type { CollectedReport, ReportRange } from './collect';
import { metricsOf, NO_MANAGER, type Tally } from './tally';

/** The row field of each kind's question count. */
export const KIND_COLUMNS: Readonly<Record<CoachingKind, string>> = Object.freeze({
    'open-question': 'openQuestions',
    'closed-question': 'closedQuestions',
    suggestion: 'suggestions',
    directive: 'directives',
    statement: 'statements'
});

export interface ReportRow {
    scope: 'team' | 'manager';
    manager: string;
    managerId: string | null;
    reviewsHeld: number;
    dealsReviewed: number;
    reviewsPerDealPer30Days: number;
    questions: number;
    openQuestions: number;
    closedQuestions: number;
    suggestions: number;
    directives: number;
    statements: number;
    unclassified: number;
    directiveShare: number;
    openQuestionShare: number;
    answered: number;
    answerRate: number;
    medianHoursToAnswer: number | null;
    changedMyView: number;
    ideasAdopted: number;
    ideasSetAside: number;
    stepsPlanned: number;
    stepsDone: number;
    stepsDropped: number;
}

/** The fields of a row, in column order. */
export const ROW_FIELDS: readonly (keyof ReportRow)[] = [
    'scope',
    'manager',
    'managerId',
    'reviewsHeld',
    'dealsReviewed',
    'reviewsPerDealPer30Days',
    'questions',
    'openQuestions',
    'closedQuestions',
    'suggestions',
    'directives',
    'statements',
    'unclassified',
    'directiveShare',
    'openQuestionShare',
    'answered',
    'answerRate',
    'medianHoursToAnswer',
    'changedMyView',
    'ideasAdopted',
    'ideasSetAside',
    'stepsPlanned',
    'stepsDone',
    'stepsDropped'
];

export interface ReportDocument {
    title: string;
    org: string;
    signedInAs: string;
    from: string;
    to: string;
    days: number;
    generatedAt: string;
    /** The picklist value of each kind, for labels. */
    kindLabels: Record<string, string>;
    notes: string[];
    team: ReportRow;
    managers: ReportRow[];
}

function round(value: number, digits: number): number {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

function toRow(
    tally: Tally,
    days: number,
    scope: ReportRow['scope'],
    manager: string,
    managerId: string | null
): ReportRow {
    const metrics = metricsOf(tally, days);
    return {
        scope,
        manager,
        managerId,
        reviewsHeld: metrics.reviewsHeld,
        dealsReviewed: metrics.dealsReviewed,
        reviewsPerDealPer30Days: round(metrics.reviewsPerDealPer30Days, 2),
        questions: metrics.questions,
        openQuestions: metrics.byKind['open-question'],
        closedQuestions: metrics.byKind['closed-question'],
        suggestions: metrics.byKind.suggestion,
        directives: metrics.byKind.directive,
        statements: metrics.byKind.statement,
        unclassified: metrics.unclassified,
        directiveShare: round(metrics.directiveShare, 4),
        openQuestionShare: round(metrics.openQuestionShare, 4),
        answered: metrics.answered,
        answerRate: round(metrics.answerRate, 4),
        medianHoursToAnswer:
            metrics.medianHoursToAnswer === null ? null : round(metrics.medianHoursToAnswer, 2),
        changedMyView: metrics.changedMyView,
        ideasAdopted: metrics.ideasAdopted,
        ideasSetAside: metrics.ideasSetAside,
        stepsPlanned: metrics.steps.planned,
        stepsDone: metrics.steps.done,
        stepsDropped: metrics.steps.dropped
    };
}

/**
 * Builds the report document from what was collected.
 * @param collected the tallies
 * @param context the period, the org, who ran it, manager names and the moment
 * @returns the document
 */
export function buildReportDocument(
    collected: CollectedReport,
    context: {
        range: ReportRange;
        days: number;
        org: string;
        signedInAs: string;
        names: Map<string, string>;
        now: Date;
    }
): ReportDocument {
    const { range, days, names } = context;
    const managers = [...collected.tallies.managers.entries()]
        .map(([id, tally]) =>
            id === NO_MANAGER
                ? toRow(tally, days, 'manager', '(no manager)', null)
                : toRow(tally, days, 'manager', names.get(id) ?? id, id)
        )
        .sort(
            (a, b) =>
                Number(a.managerId === null) - Number(b.managerId === null) ||
                a.manager.localeCompare(b.manager)
        );
    const kindLabels: Record<string, string> = {};
    for (const [kind, column] of Object.entries(KIND_COLUMNS)) {
        kindLabels[column] = kindToPicklistValue(kind as CoachingKind);
    }
    const source = (kind: 'rest' | 'bulk') => (kind === 'bulk' ? 'Bulk API 2.0' : 'REST API');
    return {
        title: `Coaching report, ${range.from} to ${range.to}`,
        org: context.org,
        signedInAs: context.signedInAs,
        from: range.from,
        to: range.to,
        days,
        generatedAt: context.now.toISOString(),
        kindLabels,
        notes: [
            'Reviews and their questions count in the period of the review date; next steps in the period they were created (UTC days).',
            'Managers: the reviewer for reviews and questions; the seller’s manager for next steps.',
            'Kinds come from Kind__c; questions without one are classified from their text with the panel’s coaching-language rules.',
            `Median time to answer: ${MEDIAN_PRECISION}.`,
            `Read ${collected.questionsRead} questions (${source(collected.sources.questions)}) and ${collected.stepsRead} next steps (${source(collected.sources.steps)}).`
        ],
        team: toRow(collected.tallies.team, days, 'team', 'Whole team', null),
        managers
    };
}
