/**
 * Reads a team's open deals with their reviews, questions and next steps, a slice of deals at a
 * time, and turns each deal into an agenda item through the panel's own model.
 */
import { buildPanelModel, type PanelPayload } from 'c/coachingModel';
import type { OrgSession } from '../lib/connection';
import {
    opportunityNode,
    QUESTION_FIELDS,
    questionNode,
    REVIEW_FIELDS,
    reviewNode,
    STEP_FIELDS,
    stepNode
} from '../lib/panelNodes';
import type { Progress } from '../lib/progress';
import { field, restRecords, type FlatRecord } from '../lib/restRecords';
import { chunk, IN_LIST_SIZE, soqlList } from '../lib/soqlLiterals';
import { agendaDeal, type AgendaDeal } from './agenda';

/** Deals whose records are read together; their reviews, questions and steps fit in memory. */
const DEALS_PER_SLICE = 100;

const OPPORTUNITY_FIELDS = [
    'Id',
    'Name',
    'OwnerId',
    'Owner.Name',
    'Account.Name',
    'StageName',
    'Amount',
    'CloseDate'
];

async function collect(session: OrgSession, soql: string): Promise<FlatRecord[]> {
    const records: FlatRecord[] = [];
    for await (const record of restRecords(session.conn, soql)) {
        records.push(record);
    }
    return records;
}

function groupBy(records: FlatRecord[], path: string): Map<string, FlatRecord[]> {
    const groups = new Map<string, FlatRecord[]>();
    for (const record of records) {
        const key = field(record, path) ?? '';
        const group = groups.get(key);
        if (group) {
            group.push(record);
        } else {
            groups.set(key, [record]);
        }
    }
    return groups;
}

function edges<N>(nodes: N[]): { edges: { node: N }[] } {
    return { edges: nodes.map((node) => ({ node })) };
}

/**
 * The open opportunities of some owners, by close date (then name).
 * @param session the signed-in session
 * @param ownerIds the owners
 * @returns the opportunities
 */
export async function openOpportunities(
    session: OrgSession,
    ownerIds: string[]
): Promise<FlatRecord[]> {
    const opportunities: FlatRecord[] = [];
    for (const owners of chunk(ownerIds, IN_LIST_SIZE)) {
        opportunities.push(
            ...(await collect(
                session,
                `SELECT ${OPPORTUNITY_FIELDS.join(', ')} FROM Opportunity WHERE IsClosed = false AND OwnerId IN ${soqlList(owners)}`
            ))
        );
    }
    const key = (record: FlatRecord) =>
        `${field(record, 'CloseDate') ?? '9999'}\u0000${field(record, 'Name') ?? ''}`;
    return opportunities.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The agenda items of some deals.
 * @param session the signed-in session
 * @param opportunities the deals, in agenda order
 * @param now the current moment
 * @param progress progress reporting
 * @returns one item per deal, in the same order
 */
export async function loadAgendaDeals(
    session: OrgSession,
    opportunities: FlatRecord[],
    now: Date,
    progress: Progress
): Promise<AgendaDeal[]> {
    const viewer = { userId: session.userId, isManager: true, isAdmin: false };
    const deals: AgendaDeal[] = [];
    progress.start('Deals', opportunities.length);
    for (const slice of chunk(opportunities, DEALS_PER_SLICE)) {
        const ids = soqlList(slice.map((record) => field(record, 'Id') ?? ''));
        const [reviews, questions, steps] = await Promise.all([
            collect(
                session,
                `SELECT ${REVIEW_FIELDS.join(', ')} FROM Coaching_Review__c WHERE Opportunity__c IN ${ids}`
            ),
            collect(
                session,
                `SELECT ${QUESTION_FIELDS.join(', ')}, Coaching_Review__r.Opportunity__c FROM Coaching_Question__c WHERE Coaching_Review__r.Opportunity__c IN ${ids}`
            ),
            collect(
                session,
                `SELECT ${STEP_FIELDS.join(', ')} FROM Seller_Next_Step__c WHERE Opportunity__c IN ${ids}`
            )
        ]);
        const reviewsByDeal = groupBy(reviews, 'Opportunity__c');
        const questionsByDeal = groupBy(questions, 'Coaching_Review__r.Opportunity__c');
        const stepsByDeal = groupBy(steps, 'Opportunity__c');
        for (const opportunity of slice) {
            const id = field(opportunity, 'Id') ?? '';
            const payload: PanelPayload = {
                Opportunity: edges([opportunityNode(opportunity)]),
                Coaching_Review__c: edges((reviewsByDeal.get(id) ?? []).map(reviewNode)),
                Coaching_Question__c: edges((questionsByDeal.get(id) ?? []).map(questionNode)),
                Seller_Next_Step__c: edges((stepsByDeal.get(id) ?? []).map(stepNode))
            };
            deals.push(agendaDeal(opportunity, buildPanelModel(payload, viewer, { now }), now));
            progress.tick();
        }
    }
    progress.stop();
    return deals;
}
