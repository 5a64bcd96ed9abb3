/**
 * What the tools should report for the demo data, worked out here straight from demoData.json
 * (not with the tools' code), so the tests compare two independent readings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './localOrg';

type Fields = Record<string, unknown>;

interface RawEntry {
    ref?: string;
    type?: string;
    update?: string;
    as: string;
    fields: Fields;
    then?: { as: string; fields: Fields }[];
}

interface RawUser {
    ref: string;
    Username: string;
    FirstName?: string;
    LastName: string;
    ManagerId?: string;
    systemAdministrator?: boolean;
}

export interface DemoRecord {
    ref: string;
    type: string;
    as: string;
    /** Final values, as written in the file ('@ref', 'TODAY+5'). */
    fields: Fields;
}

const data = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'demoData.json'), 'utf8')) as {
    users: RawUser[];
    records: RawEntry[];
};

/** Every demo record in its final state. */
export const DEMO_RECORDS: DemoRecord[] = (() => {
    const records: DemoRecord[] = [];
    for (const entry of data.records) {
        if (entry.update) {
            const target = records.find((record) => `@${record.ref}` === entry.update);
            Object.assign(target?.fields ?? {}, entry.fields);
            continue;
        }
        const fields = { ...entry.fields };
        for (const change of entry.then ?? []) {
            Object.assign(fields, change.fields);
        }
        records.push({ ref: entry.ref ?? '', type: entry.type ?? '', as: entry.as, fields });
    }
    return records;
})();

export const DEMO_USERS = data.users;

/** Records of one object. */
export function recordsOf(type: string): DemoRecord[] {
    return DEMO_RECORDS.filter((record) => record.type === type);
}

function ref(value: unknown): string {
    return String(value ?? '').replace(/^@/, '');
}

/** The record a '@ref' value names. */
export function byRef(value: unknown): DemoRecord {
    const found = DEMO_RECORDS.find((record) => record.ref === ref(value));
    if (!found) {
        throw new Error(`no demo record ${String(value)}`);
    }
    return found;
}

/** Days from today of a 'TODAY+n' value. */
export function dayOffset(value: unknown): number {
    const match = /^TODAY([+-]\d+)?$/.exec(String(value));
    if (!match) {
        throw new Error(`not a TODAY value: ${String(value)}`);
    }
    return Number(match[1] ?? 0);
}

/**
 * Hours from now of a 'NOW-n' (days) or 'NOW-nh' (hours) value; a record without a CreatedDate
 * was created when the org was seeded, so an absent value is 0.
 */
export function hourOffset(value: unknown): number {
    if (value === undefined) {
        return 0;
    }
    const match = /^NOW(?:([+-]\d+)(h)?)?$/.exec(String(value));
    if (!match) {
        throw new Error(`not a NOW value: ${String(value)}`);
    }
    return Number(match[1] ?? 0) * (match[2] ? 1 : 24);
}

/** The UTC date n days from now. */
export function dateFromToday(days: number, now = new Date()): string {
    return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function userName(userRef: string): string {
    const user = DEMO_USERS.find((candidate) => candidate.ref === userRef);
    return [user?.FirstName, user?.LastName].filter(Boolean).join(' ');
}

/** The viewer and everyone below them in the ManagerId chain. */
export function teamWith(userRef: string): string[] {
    const team = [userRef];
    for (let index = 0; index < team.length; index++) {
        for (const user of DEMO_USERS) {
            if (ref(user.ManagerId) === team[index] && !team.includes(user.ref)) {
                team.push(user.ref);
            }
        }
    }
    return team;
}

function isAdmin(userRef: string): boolean {
    return DEMO_USERS.some((user) => user.ref === userRef && user.systemAdministrator === true);
}

export function ownerOf(opportunity: DemoRecord): string {
    return ref(opportunity.fields.OwnerId ?? `@${opportunity.as}`);
}

/** The deal a review, question or step belongs to. */
export function dealOf(record: DemoRecord): DemoRecord {
    if (record.type === 'Coaching_Question__c') {
        return dealOf(byRef(record.fields.Coaching_Review__c));
    }
    return byRef(record.fields.Opportunity__c);
}

function visibleTo(viewer: string, record: DemoRecord): boolean {
    return isAdmin(viewer) || teamWith(viewer).includes(ownerOf(dealOf(record)));
}

export interface ExpectedRow {
    reviewsHeld: number;
    dealsReviewed: number;
    questions: number;
    openQuestions: number;
    closedQuestions: number;
    suggestions: number;
    directives: number;
    statements: number;
    needingAnswer: number;
    answered: number;
    changedMyView: number;
    ideasAdopted: number;
    ideasSetAside: number;
    directivesSetAside: number;
    sellerQuestions: number;
    repliesFromManager: number;
    repliesFromSeller: number;
    /** Null unless at least three sellers rated (the report holds back smaller counts). */
    ratedHelpful: number | null;
    ratedSomewhatHelpful: number | null;
    ratedNotHelpful: number | null;
    stepsPlanned: number;
    stepsDone: number;
    stepsDropped: number;
    /** From each answered question's CreatedDate to its Answered_At__c; null without answers. */
    medianHoursToAnswer: number | null;
}

type CountField = Exclude<
    keyof ExpectedRow,
    'medianHoursToAnswer' | 'ratedHelpful' | 'ratedSomewhatHelpful' | 'ratedNotHelpful'
>;

const KIND_FIELDS: Record<string, CountField> = {
    'Open question': 'openQuestions',
    'Closed question': 'closedQuestions',
    Suggestion: 'suggestions',
    Directive: 'directives',
    Statement: 'statements'
};

function emptyRow(): ExpectedRow {
    return {
        reviewsHeld: 0,
        dealsReviewed: 0,
        questions: 0,
        openQuestions: 0,
        closedQuestions: 0,
        suggestions: 0,
        directives: 0,
        statements: 0,
        needingAnswer: 0,
        answered: 0,
        changedMyView: 0,
        ideasAdopted: 0,
        ideasSetAside: 0,
        directivesSetAside: 0,
        sellerQuestions: 0,
        repliesFromManager: 0,
        repliesFromSeller: 0,
        ratedHelpful: null,
        ratedSomewhatHelpful: null,
        ratedNotHelpful: null,
        stepsPlanned: 0,
        stepsDone: 0,
        stepsDropped: 0,
        medianHoursToAnswer: null
    };
}

function median(values: number[]): number | null {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The coaching report of the demo data as a viewer sees it, over days from..to relative to today.
 * Next steps were all created when the org was seeded (today); a question's time to answer runs
 * from its CreatedDate to its Answered_At__c.
 * @returns the team's row, each manager's row by manager ref ('' for none), and each seller's
 * (opportunity owner's) row by user ref
 */
export function expectedReport(
    viewer: string,
    fromDays: number,
    toDays: number
): {
    team: ExpectedRow;
    managers: Map<string, ExpectedRow>;
    sellers: Map<string, ExpectedRow>;
} {
    const team = emptyRow();
    const managers = new Map<string, ExpectedRow>();
    const sellers = new Map<string, ExpectedRow>();
    const rowIn = (rows: Map<string, ExpectedRow>, key: string) => {
        if (!rows.has(key)) {
            rows.set(key, emptyRow());
        }
        return rows.get(key) as ExpectedRow;
    };
    const rowOf = (managerRef: string) => rowIn(managers, managerRef);
    const sellerRow = (record: DemoRecord) => rowIn(sellers, ownerOf(dealOf(record)));
    const inRange = (review: DemoRecord) => {
        const day = dayOffset(review.fields.Review_Date__c);
        return day >= fromDays && day <= toDays;
    };
    const reviews = recordsOf('Coaching_Review__c').filter(
        (review) => visibleTo(viewer, review) && inRange(review)
    );
    const deals = (list: DemoRecord[]) => new Set(list.map((review) => dealOf(review).ref)).size;
    team.reviewsHeld = reviews.length;
    team.dealsReviewed = deals(reviews);
    for (const reviewer of new Set(reviews.map((review) => ref(review.fields.Reviewer__c)))) {
        const own = reviews.filter((review) => ref(review.fields.Reviewer__c) === reviewer);
        rowOf(reviewer).reviewsHeld = own.length;
        rowOf(reviewer).dealsReviewed = deals(own);
    }
    for (const owner of new Set(reviews.map((review) => ownerOf(dealOf(review))))) {
        const own = reviews.filter((review) => ownerOf(dealOf(review)) === owner);
        rowIn(sellers, owner).reviewsHeld = own.length;
        rowIn(sellers, owner).dealsReviewed = deals(own);
    }
    const answerHours = new Map<ExpectedRow, number[]>();
    const adoptedFrom = new Set(
        recordsOf('Seller_Next_Step__c').map((step) => ref(step.fields.Adopted_From_Question__c))
    );
    for (const question of recordsOf('Coaching_Question__c')) {
        const review = byRef(question.fields.Coaching_Review__c);
        if (!reviews.includes(review)) {
            continue;
        }
        const status = String(question.fields.Status__c ?? 'Open');
        const response = question.fields.Idea_Response__c;
        const kind = String(question.fields.Kind__c);
        // Withdrawn questions count nowhere; the seller's own count apart from the kinds.
        if (status === 'Withdrawn') {
            continue;
        }
        for (const row of [team, rowOf(ref(review.fields.Reviewer__c)), sellerRow(review)]) {
            row.changedMyView += question.fields.Changed_My_View__c === true ? 1 : 0;
            if (question.fields.Asked_By__c === 'Seller') {
                row.sellerQuestions += 1;
                continue;
            }
            row.questions += 1;
            row[KIND_FIELDS[kind]] += 1;
            const needsAnswer = kind !== 'Statement' && status !== 'No Answer Needed';
            row.needingAnswer += needsAnswer ? 1 : 0;
            row.answered += needsAnswer && ['Answered', 'Resolved'].includes(status) ? 1 : 0;
            row.ideasAdopted +=
                response === 'Adopted' || (!response && adoptedFrom.has(question.ref)) ? 1 : 0;
            if (response === 'Set aside') {
                row[kind === 'Directive' ? 'directivesSetAside' : 'ideasSetAside'] += 1;
            }
            if (question.fields.Answered_At__c !== undefined) {
                const hours =
                    hourOffset(question.fields.Answered_At__c) -
                    hourOffset(question.fields.CreatedDate);
                answerHours.set(row, [...(answerHours.get(row) ?? []), hours]);
            }
        }
    }
    for (const reply of recordsOf('Coaching_Reply__c')) {
        const review = byRef(byRef(reply.fields.Coaching_Question__c).fields.Coaching_Review__c);
        if (!reviews.includes(review) || reply.fields.Status__c === 'Withdrawn') {
            continue;
        }
        const fromManager = reply.as === ref(review.fields.Reviewer__c);
        if (!fromManager && reply.as !== ownerOf(dealOf(review))) {
            continue;
        }
        for (const row of [team, rowOf(ref(review.fields.Reviewer__c)), sellerRow(review)]) {
            row[fromManager ? 'repliesFromManager' : 'repliesFromSeller'] += 1;
        }
    }
    const rated = reviews.filter((review) => review.fields.Helpfulness__c !== undefined);
    const rateRow = (row: ExpectedRow, list: DemoRecord[]) => {
        if (new Set(list.map((review) => ownerOf(dealOf(review)))).size >= 3) {
            const count = (value: string) =>
                list.filter((review) => review.fields.Helpfulness__c === value).length;
            row.ratedHelpful = count('Helpful');
            row.ratedSomewhatHelpful = count('Somewhat helpful');
            row.ratedNotHelpful = count('Not helpful');
        }
    };
    rateRow(team, rated);
    for (const reviewer of new Set(rated.map((review) => ref(review.fields.Reviewer__c)))) {
        rateRow(
            rowOf(reviewer),
            rated.filter((review) => ref(review.fields.Reviewer__c) === reviewer)
        );
    }
    for (const [row, hours] of answerHours) {
        row.medianHoursToAnswer = median(hours);
    }
    if (fromDays <= 0 && toDays >= 0) {
        for (const step of recordsOf('Seller_Next_Step__c').filter((item) =>
            visibleTo(viewer, item)
        )) {
            const seller = DEMO_USERS.find((user) => user.ref === ownerOf(dealOf(step)));
            const field = `steps${String(step.fields.Status__c ?? 'Planned')}` as CountField;
            team[field] += 1;
            rowOf(ref(seller?.ManagerId))[field] += 1;
            sellerRow(step)[field] += 1;
        }
    }
    return { team, managers, sellers };
}

export interface ExpectedDeal {
    name: string;
    accountName: string;
    ownerName: string;
    stage: string;
    amount: number;
    daysToClose: number;
    intent?: string;
    focus?: string;
    /** With the whole days each has waited since it was asked. */
    openQuestions: { text: string; kind: string; waitedDays: number }[];
    planned: string[];
    overdue: string[];
}

/** The pipeline agenda of a manager's team, by close date. */
export function expectedAgenda(managerRef: string): ExpectedDeal[] {
    const team = teamWith(managerRef).filter((member) => member !== managerRef);
    return recordsOf('Opportunity')
        .filter(
            (deal) =>
                team.includes(ownerOf(deal)) && !String(deal.fields.StageName).startsWith('Closed')
        )
        .sort(
            (a, b) =>
                dayOffset(a.fields.CloseDate) - dayOffset(b.fields.CloseDate) ||
                String(a.fields.Name).localeCompare(String(b.fields.Name))
        )
        .map((deal) => {
            const reviews = recordsOf('Coaching_Review__c')
                .filter((review) => dealOf(review) === deal)
                .sort(
                    (a, b) =>
                        dayOffset(b.fields.Review_Date__c) - dayOffset(a.fields.Review_Date__c)
                );
            const current =
                reviews.find((review) => (review.fields.Status__c ?? 'Open') === 'Open') ??
                reviews[0];
            const steps = recordsOf('Seller_Next_Step__c').filter(
                (step) =>
                    dealOf(step) === deal && (step.fields.Status__c ?? 'Planned') === 'Planned'
            );
            return {
                name: String(deal.fields.Name),
                accountName: String(byRef(deal.fields.AccountId).fields.Name),
                ownerName: userName(ownerOf(deal)),
                stage: String(deal.fields.StageName),
                amount: Number(deal.fields.Amount),
                daysToClose: dayOffset(deal.fields.CloseDate),
                intent: current ? String(current.fields.Intent__c) : undefined,
                focus: current?.fields.Seller_Focus__c as string | undefined,
                openQuestions: recordsOf('Coaching_Question__c')
                    .filter(
                        (question) =>
                            current !== undefined &&
                            byRef(question.fields.Coaching_Review__c) === current &&
                            (question.fields.Status__c ?? 'Open') === 'Open'
                    )
                    .map((question) => ({
                        text: String(question.fields.Question__c),
                        kind: String(question.fields.Kind__c),
                        waitedDays: Math.floor(-hourOffset(question.fields.CreatedDate) / 24)
                    })),
                planned: steps
                    .filter((step) => dayOffset(step.fields.Due_Date__c) >= 0)
                    .map((step) => String(step.fields.Action__c)),
                overdue: steps
                    .filter((step) => dayOffset(step.fields.Due_Date__c) < 0)
                    .map((step) => String(step.fields.Action__c))
            };
        });
}
