/**
 * Reads a team's open deals with their reviews, questions and next steps, a slice of deals at a
 * time, and turns each deal into an agenda item through the panel's own model and the page's own
 * agenda module.
 */
import { agendaDeal, type AgendaDeal, type ReviewSnapshot } from 'c/coachingAgenda';
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

// Read when the user may see them: field-level security can hide them on an org.
const OPTIONAL_OPPORTUNITY_FIELDS = ['ForecastCategoryName', 'LastActivityDate'];

const SNAPSHOT_FIELDS = ['Close_Date_At_Start__c', 'Amount_At_Start__c', 'Stage_At_Start__c'];

/** What the signed-in user can read about opportunities, from describe. */
export interface PipelineSchema {
    /** The Opportunity fields to select. */
    opportunityFields: string[];
    /** Whether LastActivityDate was selected (else the quiet signal is never raised). */
    hasActivity: boolean;
    /** Whether OpportunityContactRole can be counted (else the contact signal is never raised). */
    hasContactRoles: boolean;
    /** The stage picklist in sales-process order. */
    stageOrder: string[];
}

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
 * Which optional fields and objects the user can read, and the stage order.
 * @param session the signed-in session
 * @returns the schema the agenda reads with
 */
export async function pipelineSchema(session: OrgSession): Promise<PipelineSchema> {
    const [opportunity, global] = await Promise.all([
        session.conn.sobject('Opportunity').describe(),
        session.conn.describeGlobal()
    ]);
    const names = new Set(opportunity.fields.map((described) => described.name));
    const optional = OPTIONAL_OPPORTUNITY_FIELDS.filter((name) => names.has(name));
    const stage = opportunity.fields.find((described) => described.name === 'StageName');
    return {
        opportunityFields: [...OPPORTUNITY_FIELDS, ...optional],
        hasActivity: optional.includes('LastActivityDate'),
        hasContactRoles: global.sobjects.some(
            (described) => described.name === 'OpportunityContactRole' && described.queryable
        ),
        stageOrder: (stage?.picklistValues ?? []).map((value) => value.value)
    };
}

/**
 * The open opportunities of some owners, by close date (then name).
 * @param session the signed-in session
 * @param ownerIds the owners
 * @param schema the fields to read
 * @returns the opportunities
 */
export async function openOpportunities(
    session: OrgSession,
    ownerIds: string[],
    schema: PipelineSchema
): Promise<FlatRecord[]> {
    const opportunities: FlatRecord[] = [];
    for (const owners of chunk(ownerIds, IN_LIST_SIZE)) {
        opportunities.push(
            ...(await collect(
                session,
                `SELECT ${schema.opportunityFields.join(', ')} FROM Opportunity WHERE IsClosed = false AND OwnerId IN ${soqlList(owners)}`
            ))
        );
    }
    const key = (record: FlatRecord) =>
        `${field(record, 'CloseDate') ?? '9999'}\u0000${field(record, 'Name') ?? ''}`;
    return opportunities.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function contactRoleCounts(session: OrgSession, ids: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const row of await collect(
        session,
        `SELECT OpportunityId, COUNT(Id) roles FROM OpportunityContactRole WHERE OpportunityId IN ${ids} GROUP BY OpportunityId`
    )) {
        counts.set(field(row, 'OpportunityId') ?? '', Number(field(row, 'roles') ?? 0));
    }
    return counts;
}

function snapshot(review: FlatRecord): ReviewSnapshot {
    const amount = field(review, 'Amount_At_Start__c');
    return {
        reviewId: field(review, 'Id') ?? '',
        takenOn:
            field(review, 'Review_Date__c') ?? (field(review, 'CreatedDate') ?? '').slice(0, 10),
        closeDate: field(review, 'Close_Date_At_Start__c') ?? undefined,
        amount: amount === null ? null : Number(amount),
        stage: field(review, 'Stage_At_Start__c') ?? undefined
    };
}

function hasSnapshot(review: FlatRecord): boolean {
    return SNAPSHOT_FIELDS.some((name) => field(review, name) !== null);
}

/**
 * The agenda items of some deals.
 * @param session the signed-in session
 * @param opportunities the deals, in agenda order
 * @param schema what was read and the stage order
 * @param clock now, and today as the agenda counts days (UTC)
 * @param progress progress reporting
 * @returns one item per deal, in the same order
 */
export async function loadAgendaDeals(
    session: OrgSession,
    opportunities: FlatRecord[],
    schema: PipelineSchema,
    clock: { now: Date; today: string },
    progress: Progress
): Promise<AgendaDeal[]> {
    const { now, today } = clock;
    const viewer = { userId: session.userId, isManager: true, isAdmin: false };
    const deals: AgendaDeal[] = [];
    progress.start('Deals', opportunities.length);
    for (const slice of chunk(opportunities, DEALS_PER_SLICE)) {
        const ids = soqlList(slice.map((record) => field(record, 'Id') ?? ''));
        const [reviews, questions, steps, roles] = await Promise.all([
            collect(
                session,
                `SELECT ${[...REVIEW_FIELDS, ...SNAPSHOT_FIELDS].join(', ')} FROM Coaching_Review__c WHERE Opportunity__c IN ${ids}`
            ),
            collect(
                session,
                `SELECT ${QUESTION_FIELDS.join(', ')}, Coaching_Review__r.Opportunity__c FROM Coaching_Question__c WHERE Coaching_Review__r.Opportunity__c IN ${ids}`
            ),
            collect(
                session,
                `SELECT ${STEP_FIELDS.join(', ')} FROM Seller_Next_Step__c WHERE Opportunity__c IN ${ids}`
            ),
            schema.hasContactRoles ? contactRoleCounts(session, ids) : undefined
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
            const amount = field(opportunity, 'Amount');
            deals.push(
                agendaDeal(
                    {
                        id,
                        name: field(opportunity, 'Name') ?? '',
                        accountName: field(opportunity, 'Account.Name') ?? '',
                        ownerId: field(opportunity, 'OwnerId') ?? '',
                        ownerName: field(opportunity, 'Owner.Name') ?? '',
                        stage: field(opportunity, 'StageName') ?? '',
                        forecastCategory: field(opportunity, 'ForecastCategoryName') ?? '',
                        amount: amount === null ? null : Number(amount),
                        closeDate: field(opportunity, 'CloseDate') ?? '',
                        lastActivityDate: schema.hasActivity
                            ? field(opportunity, 'LastActivityDate')
                            : undefined,
                        contactRoleCount: roles ? (roles.get(id) ?? 0) : undefined,
                        snapshots: (reviewsByDeal.get(id) ?? []).filter(hasSnapshot).map(snapshot),
                        model: buildPanelModel(payload, viewer, { now })
                    },
                    { now, today, stageOrder: schema.stageOrder }
                )
            );
            progress.tick();
        }
    }
    progress.stop();
    return deals;
}
