/**
 * Reads what the coaching report counts, streaming: reviews and ratings are counted by the org
 * (aggregate queries), questions, next steps and replies stream record by record into fixed-size
 * tallies. Only the
 * ids of the rare ideas adopted as a step without a saved response are held, so the model can
 * count them as the panel does.
 */
import type { OrgSession } from '../lib/connection';
import { addDays } from '../lib/calendarDates';
import type { Progress } from '../lib/progress';
import {
    chooseSource,
    countRecords,
    field,
    queryPage,
    restRecords,
    type FlatRecord
} from '../lib/restRecords';
import { questionContribution, stepContribution } from './contributions';
import {
    addQuestion,
    addReply,
    addStep,
    createReportTallies,
    HELPFULNESS,
    managerTally,
    sellerTally,
    type Helpfulness,
    type ReportTallies
} from './tally';

export interface ReportRange {
    /** First day, YYYY-MM-DD. */
    from: string;
    /** Last day, included, YYYY-MM-DD. */
    to: string;
}

export interface CollectOptions {
    bulkThreshold: number;
    progress: Progress;
    /** REST page size; the default is the org's (2,000). */
    pageSize?: number;
}

/** What was read, and how. */
export interface CollectedReport {
    tallies: ReportTallies;
    questionsRead: number;
    stepsRead: number;
    repliesRead: number;
    /** False when the signed-in user may not read the sellers' ratings (field security). */
    ratingsReadable: boolean;
    /** `rest` or `bulk`, per object streamed. */
    sources: { questions: 'rest' | 'bulk'; steps: 'rest' | 'bulk'; replies: 'rest' | 'bulk' };
}

// A question belongs to the period of the review it was asked in.
function questionsInRange(range: ReportRange): string {
    return `Coaching_Review__r.Review_Date__c >= ${range.from} AND Coaching_Review__r.Review_Date__c <= ${range.to}`;
}

// A next step belongs to the period it was created in (UTC days).
function stepsInRange(range: ReportRange): string {
    return `CreatedDate >= ${range.from}T00:00:00Z AND CreatedDate < ${addDays(range.to, 1)}T00:00:00Z`;
}

const QUESTION_COLUMNS = [
    'Id',
    'CreatedDate',
    'Kind__c',
    'Status__c',
    'Answered_At__c',
    'Changed_My_View__c',
    'Idea_Response__c',
    'Coaching_Review__r.Reviewer__c',
    'Coaching_Review__r.Opportunity__r.OwnerId'
];

async function countReviews(session: OrgSession, range: ReportRange, tallies: ReportTallies) {
    const where = `Review_Date__c >= ${range.from} AND Review_Date__c <= ${range.to}`;
    // The org counts reviews and distinct deals; the answer is one row per reviewer.
    const byReviewer = await queryPage(
        session.conn,
        `SELECT Reviewer__c, COUNT(Id) reviews, COUNT_DISTINCT(Opportunity__c) deals FROM Coaching_Review__c WHERE ${where} GROUP BY Reviewer__c`
    );
    for (const row of byReviewer.records) {
        const tally = managerTally(tallies, (row.Reviewer__c as string | null) ?? null);
        tally.reviewsHeld += Number(row.reviews);
        tally.dealsReviewed += Number(row.deals);
    }
    const bySeller = await queryPage(
        session.conn,
        `SELECT Opportunity__r.OwnerId, COUNT(Id) reviews, COUNT_DISTINCT(Opportunity__c) deals FROM Coaching_Review__c WHERE ${where} GROUP BY Opportunity__r.OwnerId`
    );
    // An unaliased grouped field comes back under its own name.
    for (const row of bySeller.records) {
        const tally = sellerTally(tallies, (row.OwnerId as string | null) ?? null);
        tally.reviewsHeld += Number(row.reviews);
        tally.dealsReviewed += Number(row.deals);
    }
    const team = await queryPage(
        session.conn,
        `SELECT COUNT(Id) reviews, COUNT_DISTINCT(Opportunity__c) deals FROM Coaching_Review__c WHERE ${where}`
    );
    tallies.team.reviewsHeld = Number(team.records[0]?.reviews ?? 0);
    tallies.team.dealsReviewed = Number(team.records[0]?.deals ?? 0);
}

/**
 * Counts the sellers' ratings of reviews in the period per reviewer and for the team, with how
 * many sellers rated, so the report can hold back counts that would show one seller's rating.
 * Rating notes are never read.
 * @returns false when field security hides the ratings from the signed-in user
 */
async function countRatings(
    session: OrgSession,
    range: ReportRange,
    tallies: ReportTallies
): Promise<boolean> {
    const describe = await session.conn.describe('Coaching_Review__c');
    if (!describe.fields.some((entry) => entry.name === 'Helpfulness__c')) {
        return false;
    }
    const where = `Review_Date__c >= ${range.from} AND Review_Date__c <= ${range.to} AND Helpfulness__c != null`;
    const isRating = (value: unknown): value is Helpfulness =>
        HELPFULNESS.includes(value as Helpfulness);
    const byReviewer = await queryPage(
        session.conn,
        `SELECT Reviewer__c, Helpfulness__c, COUNT(Id) reviews FROM Coaching_Review__c WHERE ${where} GROUP BY Reviewer__c, Helpfulness__c`
    );
    for (const row of byReviewer.records) {
        if (isRating(row.Helpfulness__c)) {
            const tally = managerTally(tallies, (row.Reviewer__c as string | null) ?? null);
            tally.ratings[row.Helpfulness__c] += Number(row.reviews);
        }
    }
    const ratersByReviewer = await queryPage(
        session.conn,
        `SELECT Reviewer__c, COUNT_DISTINCT(Seller__c) sellers FROM Coaching_Review__c WHERE ${where} GROUP BY Reviewer__c`
    );
    for (const row of ratersByReviewer.records) {
        managerTally(tallies, (row.Reviewer__c as string | null) ?? null).ratingSellers = Number(
            row.sellers
        );
    }
    const team = await queryPage(
        session.conn,
        `SELECT Helpfulness__c, COUNT(Id) reviews FROM Coaching_Review__c WHERE ${where} GROUP BY Helpfulness__c`
    );
    for (const row of team.records) {
        if (isRating(row.Helpfulness__c)) {
            tallies.team.ratings[row.Helpfulness__c] += Number(row.reviews);
        }
    }
    const teamRaters = await queryPage(
        session.conn,
        `SELECT COUNT_DISTINCT(Seller__c) sellers FROM Coaching_Review__c WHERE ${where}`
    );
    tallies.team.ratingSellers = Number(teamRaters.records[0]?.sellers ?? 0);
    return true;
}

async function ideasAdoptedWithoutResponse(
    session: OrgSession,
    range: ReportRange
): Promise<Set<string>> {
    // A step adopted from an idea whose response was never saved still counts as adopting it in
    // the panel's model; a saved response decides by itself, so only these few are looked up.
    const ids = new Set<string>();
    const soql = `SELECT Adopted_From_Question__c FROM Seller_Next_Step__c WHERE Adopted_From_Question__c != null AND Adopted_From_Question__r.Idea_Response__c = null AND Adopted_From_Question__r.${questionsInRange(range)}`;
    for await (const record of restRecords(session.conn, soql)) {
        const id = field(record, 'Adopted_From_Question__c');
        if (id) {
            ids.add(id);
        }
    }
    return ids;
}

async function consume(
    records: AsyncIterable<FlatRecord>,
    progress: Progress,
    visit: (record: FlatRecord) => void
): Promise<number> {
    let count = 0;
    for await (const record of records) {
        visit(record);
        count += 1;
        progress.tick();
    }
    return count;
}

/**
 * Reads and tallies the coaching report over a period, as the signed-in user sees the org.
 * @param session the signed-in session
 * @param range the period
 * @param options the Bulk API threshold, progress reporting and REST page size
 * @returns the tallies per manager, per seller and for the team
 */
export async function collectReport(
    session: OrgSession,
    range: ReportRange,
    options: CollectOptions
): Promise<CollectedReport> {
    const { conn, isLocal } = session;
    const { progress, bulkThreshold, pageSize } = options;
    const tallies = createReportTallies();
    await countReviews(session, range, tallies);
    const ratingsReadable = await countRatings(session, range, tallies);
    const adopted = await ideasAdoptedWithoutResponse(session, range);

    const questionWhere = questionsInRange(range);
    const questionCount = await countRecords(
        conn,
        `SELECT COUNT() FROM Coaching_Question__c WHERE ${questionWhere}`
    );
    const questionSource = chooseSource(conn, {
        isLocal,
        count: questionCount,
        bulkThreshold,
        pageSize
    });
    progress.start('Questions', questionCount);
    const tallyQuestion = (record: FlatRecord) => {
        const id = field(record, 'Id') ?? '';
        const contribution = questionContribution(record, adopted.has(id));
        addQuestion(tallies.team, contribution);
        addQuestion(
            managerTally(tallies, field(record, 'Coaching_Review__r.Reviewer__c')),
            contribution
        );
        addQuestion(
            sellerTally(tallies, field(record, 'Coaching_Review__r.Opportunity__r.OwnerId')),
            contribution
        );
    };
    // Question text (up to 2,000 characters) is read only where a kind must be classified from it.
    let questionsRead = await consume(
        questionSource.records(
            `SELECT ${QUESTION_COLUMNS.join(', ')} FROM Coaching_Question__c WHERE ${questionWhere} AND Kind__c != null`
        ),
        progress,
        tallyQuestion
    );
    questionsRead += await consume(
        questionSource.records(
            `SELECT ${[...QUESTION_COLUMNS, 'Question__c'].join(', ')} FROM Coaching_Question__c WHERE ${questionWhere} AND Kind__c = null`
        ),
        progress,
        tallyQuestion
    );
    progress.stop();

    const stepWhere = stepsInRange(range);
    const stepCount = await countRecords(
        conn,
        `SELECT COUNT() FROM Seller_Next_Step__c WHERE ${stepWhere}`
    );
    const stepSource = chooseSource(conn, { isLocal, count: stepCount, bulkThreshold, pageSize });
    progress.start('Next steps', stepCount);
    const stepsRead = await consume(
        stepSource.records(
            `SELECT Status__c, Opportunity__r.OwnerId, Opportunity__r.Owner.ManagerId FROM Seller_Next_Step__c WHERE ${stepWhere}`
        ),
        progress,
        (record) => {
            const bucket = stepContribution(record);
            addStep(tallies.team, bucket);
            // A seller's steps count for the seller's manager.
            addStep(managerTally(tallies, field(record, 'Opportunity__r.Owner.ManagerId')), bucket);
            addStep(sellerTally(tallies, field(record, 'Opportunity__r.OwnerId')), bucket);
        }
    );
    progress.stop();

    // Replies belong to the period of their question's review, like the question.
    const review = 'Coaching_Question__r.Coaching_Review__r';
    const replyWhere = `Status__c = 'Posted' AND ${review}.Review_Date__c >= ${range.from} AND ${review}.Review_Date__c <= ${range.to}`;
    const replyCount = await countRecords(
        conn,
        `SELECT COUNT() FROM Coaching_Reply__c WHERE ${replyWhere}`
    );
    const replySource = chooseSource(conn, {
        isLocal,
        count: replyCount,
        bulkThreshold,
        pageSize
    });
    progress.start('Replies', replyCount);
    const repliesRead = await consume(
        replySource.records(
            `SELECT CreatedById, ${review}.Reviewer__c, ${review}.Opportunity__r.OwnerId FROM Coaching_Reply__c WHERE ${replyWhere}`
        ),
        progress,
        (record) => {
            const author = field(record, 'CreatedById');
            const reviewer = field(record, `${review}.Reviewer__c`);
            const seller = field(record, `${review}.Opportunity__r.OwnerId`);
            // Only the two people in the review reply; an admin's reply counts for neither.
            if (author === null || (author !== reviewer && author !== seller)) {
                return;
            }
            const fromManager = author === reviewer;
            addReply(tallies.team, fromManager);
            addReply(managerTally(tallies, reviewer), fromManager);
            addReply(sellerTally(tallies, seller), fromManager);
        }
    );
    progress.stop();
    return {
        tallies,
        questionsRead,
        stepsRead,
        repliesRead,
        ratingsReadable,
        sources: {
            questions: questionSource.kind,
            steps: stepSource.kind,
            replies: replySource.kind
        }
    };
}
