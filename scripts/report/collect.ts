/**
 * Reads what the coaching report counts, streaming: reviews are counted by the org (aggregate
 * queries), questions and next steps stream record by record into fixed-size tallies. Only the
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
    addStep,
    createReportTallies,
    managerTally,
    sellerTally,
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
    /** `rest` or `bulk`, per object streamed. */
    sources: { questions: 'rest' | 'bulk'; steps: 'rest' | 'bulk' };
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
    return {
        tallies,
        questionsRead,
        stepsRead,
        sources: { questions: questionSource.kind, steps: stepSource.kind }
    };
}
