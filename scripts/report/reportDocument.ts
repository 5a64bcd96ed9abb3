/**
 * The coaching report as data: one row for the whole team, one per manager and one per seller,
 * with the same fields in JSON, CSV and the HTML page.
 */
import { kindToPicklistValue, type CoachingKind } from 'c/coachingLanguage';
import { MEDIAN_PRECISION, medianHours } from './answerTimes';
import type { CollectedReport, ReportRange } from './collect';
import { NO_MANAGER, type Tally } from './tally';

/**
 * Ratings show on a row only when at least this many sellers rated, so no count reads as one
 * seller's rating; seller rows never show ratings.
 */
export const MIN_RATING_SELLERS = 3;

/** The row field of each kind's question count. */
export const KIND_COLUMNS: Readonly<Record<CoachingKind, string>> = Object.freeze({
    'open-question': 'openQuestions',
    'closed-question': 'closedQuestions',
    suggestion: 'suggestions',
    directive: 'directives',
    statement: 'statements'
});

export interface ReportRow {
    scope: 'team' | 'manager' | 'seller';
    /** The manager's name; empty on seller rows. */
    manager: string;
    managerId: string | null;
    /** The seller's (opportunity owner's) name; empty on team and manager rows. */
    seller: string;
    sellerId: string | null;
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
    /** Questions that need an answer: the reviewer's, not statements, not released. */
    needingAnswer: number;
    answered: number;
    /** answered / needingAnswer. */
    answerRate: number;
    medianHoursToAnswer: number | null;
    changedMyView: number;
    ideasAdopted: number;
    ideasSetAside: number;
    /** Directives the seller set aside with a reason. */
    directivesSetAside: number;
    /** Questions the seller asked the reviewer (not in questions or its shares). */
    sellerQuestions: number;
    repliesFromManager: number;
    repliesFromSeller: number;
    /** Reviews the seller rated, by rating; null where showing them could reveal one seller's. */
    ratedHelpful: number | null;
    ratedSomewhatHelpful: number | null;
    ratedNotHelpful: number | null;
    stepsPlanned: number;
    stepsDone: number;
    stepsDropped: number;
}

/** The fields of a row, in column order. */
export const ROW_FIELDS: readonly (keyof ReportRow)[] = [
    'scope',
    'manager',
    'managerId',
    'seller',
    'sellerId',
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
    'needingAnswer',
    'answered',
    'answerRate',
    'medianHoursToAnswer',
    'changedMyView',
    'ideasAdopted',
    'ideasSetAside',
    'directivesSetAside',
    'sellerQuestions',
    'repliesFromManager',
    'repliesFromSeller',
    'ratedHelpful',
    'ratedSomewhatHelpful',
    'ratedNotHelpful',
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
    sellers: ReportRow[];
}

function round(value: number, digits: number): number {
    const factor = 10 ** digits;
    return Math.round(value * factor) / factor;
}

function ratio(count: number, total: number): number {
    return total === 0 ? 0 : count / total;
}

interface RowName {
    scope: ReportRow['scope'];
    manager?: string;
    managerId?: string | null;
    seller?: string;
    sellerId?: string | null;
}

function toRow(tally: Tally, days: number, name: RowName, ratingsReadable: boolean): ReportRow {
    const median = medianHours(tally.answerTimes);
    const showRatings =
        ratingsReadable && name.scope !== 'seller' && tally.ratingSellers >= MIN_RATING_SELLERS;
    const rating = (count: number) => (showRatings ? count : null);
    return {
        scope: name.scope,
        manager: name.manager ?? '',
        managerId: name.managerId ?? null,
        seller: name.seller ?? '',
        sellerId: name.sellerId ?? null,
        reviewsHeld: tally.reviewsHeld,
        dealsReviewed: tally.dealsReviewed,
        reviewsPerDealPer30Days: round(
            ratio(tally.reviewsHeld, tally.dealsReviewed) * ratio(30, days),
            2
        ),
        questions: tally.questions,
        openQuestions: tally.byKind['open-question'],
        closedQuestions: tally.byKind['closed-question'],
        suggestions: tally.byKind.suggestion,
        directives: tally.byKind.directive,
        statements: tally.byKind.statement,
        unclassified: tally.unclassified,
        directiveShare: round(ratio(tally.byKind.directive, tally.questions), 4),
        openQuestionShare: round(ratio(tally.byKind['open-question'], tally.questions), 4),
        needingAnswer: tally.needingAnswer,
        answered: tally.answered,
        answerRate: round(ratio(tally.answered, tally.needingAnswer), 4),
        medianHoursToAnswer: median === undefined ? null : round(median, 2),
        changedMyView: tally.changedMyView,
        ideasAdopted: tally.ideasAdopted,
        ideasSetAside: tally.ideasSetAside,
        directivesSetAside: tally.directivesSetAside,
        sellerQuestions: tally.sellerQuestions,
        repliesFromManager: tally.repliesFromManager,
        repliesFromSeller: tally.repliesFromSeller,
        ratedHelpful: rating(tally.ratings.Helpful),
        ratedSomewhatHelpful: rating(tally.ratings['Somewhat helpful']),
        ratedNotHelpful: rating(tally.ratings['Not helpful']),
        stepsPlanned: tally.steps.planned,
        stepsDone: tally.steps.done,
        stepsDropped: tally.steps.dropped
    };
}

/**
 * Builds the report document from what was collected.
 * @param collected the tallies
 * @param context the period, the org, who ran it, manager and seller names and the moment
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
    const { ratingsReadable } = collected;
    const managers = [...collected.tallies.managers.entries()]
        .map(([id, tally]) =>
            id === NO_MANAGER
                ? toRow(tally, days, { scope: 'manager', manager: '(no manager)' }, ratingsReadable)
                : toRow(
                      tally,
                      days,
                      { scope: 'manager', manager: names.get(id) ?? id, managerId: id },
                      ratingsReadable
                  )
        )
        .sort(
            (a, b) =>
                Number(a.managerId === null) - Number(b.managerId === null) ||
                a.manager.localeCompare(b.manager)
        );
    const sellers = [...collected.tallies.sellers.entries()]
        .map(([id, tally]) =>
            toRow(
                tally,
                days,
                { scope: 'seller', seller: names.get(id) ?? id, sellerId: id },
                ratingsReadable
            )
        )
        .sort((a, b) => a.seller.localeCompare(b.seller));
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
            'Managers: the reviewer for reviews and questions; the seller’s manager for next steps. Sellers: the opportunity’s owner, for all three.',
            'Kinds come from Kind__c; questions without one are classified from their text with the panel’s coaching-language rules.',
            'Questions count the reviewer’s questions; withdrawn ones are left out, and the seller’s own questions are counted apart. The answer rate is over the questions that need an answer: not statements, not those released with No Answer Needed.',
            `Median time to answer: ${MEDIAN_PRECISION}.`,
            'A directive set aside always comes with the seller’s reason: it shows the seller weighing advice, not a failure of the review.',
            ratingsReadable
                ? `Ratings (did the review help?) are counts only, per reviewer and for the team, shown where at least ${MIN_RATING_SELLERS} sellers rated so no one seller’s rating can be read off; seller rows never show them, and rating notes are never read.`
                : 'Ratings are not shown: your permission sets do not let you read them.',
            `Read ${collected.questionsRead} questions (${source(collected.sources.questions)}), ${collected.stepsRead} next steps (${source(collected.sources.steps)}) and ${collected.repliesRead} replies (${source(collected.sources.replies)}).`
        ],
        team: toRow(
            collected.tallies.team,
            days,
            { scope: 'team', manager: 'Whole team' },
            ratingsReadable
        ),
        managers,
        sellers
    };
}
