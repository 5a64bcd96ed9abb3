/**
 * The report's running counts: one tally per manager, one per seller and one for the whole team,
 * each of fixed size, fed one record at a time.
 */
import { COACHING_KINDS, type CoachingKind } from 'c/coachingLanguage';
import { addAnswerTime, createAnswerTimes, type AnswerTimes } from './answerTimes';
import type { QuestionContribution, StepBucket } from './contributions';

export interface Tally {
    reviewsHeld: number;
    dealsReviewed: number;
    questions: number;
    byKind: Record<CoachingKind, number>;
    /** Questions with neither a kind nor text to classify. */
    unclassified: number;
    /** Questions that need an answer (no statements, none released): the answer rate's base. */
    needingAnswer: number;
    answered: number;
    answerTimes: AnswerTimes;
    changedMyView: number;
    ideasAdopted: number;
    ideasSetAside: number;
    directivesSetAside: number;
    sellerQuestions: number;
    repliesFromManager: number;
    repliesFromSeller: number;
    /** Reviews the seller rated, by rating, and how many sellers rated (for privacy). */
    ratings: Record<Helpfulness, number>;
    ratingSellers: number;
    steps: Record<StepBucket, number>;
}

/** The seller's rating of a closed review. */
export type Helpfulness = 'Helpful' | 'Somewhat helpful' | 'Not helpful';

/** The ratings, in the order the report shows them. */
export const HELPFULNESS: readonly Helpfulness[] = ['Helpful', 'Somewhat helpful', 'Not helpful'];

/** The key of the group for records with no manager (no reviewer, or a seller with no manager). */
export const NO_MANAGER = '';

export interface ReportTallies {
    team: Tally;
    /** By manager user id; NO_MANAGER for records that have none. */
    managers: Map<string, Tally>;
    /** By seller (the opportunity owner's) user id. */
    sellers: Map<string, Tally>;
}

/**
 * An empty tally.
 * @returns the tally
 */
export function createTally(): Tally {
    const byKind = {} as Record<CoachingKind, number>;
    for (const kind of COACHING_KINDS) {
        byKind[kind] = 0;
    }
    return {
        reviewsHeld: 0,
        dealsReviewed: 0,
        questions: 0,
        byKind,
        unclassified: 0,
        needingAnswer: 0,
        answered: 0,
        answerTimes: createAnswerTimes(),
        changedMyView: 0,
        ideasAdopted: 0,
        ideasSetAside: 0,
        directivesSetAside: 0,
        sellerQuestions: 0,
        repliesFromManager: 0,
        repliesFromSeller: 0,
        ratings: { Helpful: 0, 'Somewhat helpful': 0, 'Not helpful': 0 },
        ratingSellers: 0,
        steps: { planned: 0, done: 0, dropped: 0 }
    };
}

/**
 * Empty tallies for a report.
 * @returns the team's tally and no managers yet
 */
export function createReportTallies(): ReportTallies {
    return { team: createTally(), managers: new Map(), sellers: new Map() };
}

function tallyOf(tallies: Map<string, Tally>, key: string): Tally {
    let tally = tallies.get(key);
    if (!tally) {
        tally = createTally();
        tallies.set(key, tally);
    }
    return tally;
}

/**
 * A manager's tally, created on first use.
 * @param tallies the report's tallies
 * @param managerId the manager's user id, or NO_MANAGER
 * @returns the tally
 */
export function managerTally(tallies: ReportTallies, managerId: string | null): Tally {
    return tallyOf(tallies.managers, managerId ?? NO_MANAGER);
}

/**
 * A seller's tally, created on first use.
 * @param tallies the report's tallies
 * @param sellerId the opportunity owner's user id (every opportunity has one)
 * @returns the tally
 */
export function sellerTally(tallies: ReportTallies, sellerId: string | null): Tally {
    return tallyOf(tallies.sellers, sellerId ?? '');
}

/**
 * Counts one question: a changed view and a seller's question whoever asked, the rest only for
 * the reviewer's standing questions.
 * @param tally the tally
 * @param question how the panel counts it
 */
export function addQuestion(tally: Tally, question: QuestionContribution): void {
    if (question.changedMyView) {
        tally.changedMyView += 1;
    }
    if (question.sellerQuestion) {
        tally.sellerQuestions += 1;
    }
    if (!question.counted) {
        return;
    }
    tally.questions += 1;
    if (question.kind) {
        tally.byKind[question.kind] += 1;
    } else {
        tally.unclassified += 1;
    }
    if (question.needsAnswer) {
        tally.needingAnswer += 1;
    }
    if (question.answered) {
        tally.answered += 1;
    }
    if (question.hoursToAnswer !== undefined) {
        addAnswerTime(tally.answerTimes, question.hoursToAnswer);
    }
    if (question.ideaAdopted) {
        tally.ideasAdopted += 1;
    }
    if (question.ideaSetAside) {
        tally.ideasSetAside += 1;
    }
    if (question.directiveSetAside) {
        tally.directivesSetAside += 1;
    }
}

/**
 * Counts one posted reply.
 * @param tally the tally
 * @param fromManager whether the review's reviewer wrote it (else the seller did)
 */
export function addReply(tally: Tally, fromManager: boolean): void {
    if (fromManager) {
        tally.repliesFromManager += 1;
    } else {
        tally.repliesFromSeller += 1;
    }
}

/**
 * Counts one next step.
 * @param tally the tally
 * @param bucket planned, done or dropped
 */
export function addStep(tally: Tally, bucket: StepBucket): void {
    tally.steps[bucket] += 1;
}
