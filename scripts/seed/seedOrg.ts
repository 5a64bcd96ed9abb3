/**
 * Writes the demo plan into an org through sObject Collections, 200 records a request: a record
 * that exists (by its natural key) is updated when the demo's values differ and skipped when
 * they match; the others are created. Records are written level by level, so every reference
 * points at a record already written.
 */
import { CliError } from '../lib/commandLine';
import { API_VERSION, type OrgSession } from '../lib/connection';
import type { Progress } from '../lib/progress';
import { field, restRecords, type FlatRecord } from '../lib/restRecords';
import { chunk, soqlList } from '../lib/soqlLiterals';
import { isRef, type DemoPlan, type PlannedRecord } from './demoPlan';
import { keyText, naturalKeyOf } from './naturalKeys';
import type { MappedUser } from './userMap';

/** sObject Collections take up to 200 records a request. */
export const BATCH_SIZE = 200;

export interface SeedCounts {
    created: number;
    updated: number;
    skipped: number;
    failed: number;
}

export interface SeedResult {
    /** By object, in the order the demo first names it. */
    counts: Map<string, SeedCounts>;
    /** One line per refused record. */
    failures: string[];
}

type Scalar = string | number | boolean | null;

interface CollectionResult {
    id?: string;
    success: boolean;
    errors: { statusCode?: string; message: string }[];
}

interface Write {
    record: PlannedRecord;
    fields: Record<string, Scalar>;
    id?: string;
}

/**
 * Whether a demo value equals what the org holds. Relative date-times (NOW-n) are compared by
 * day, so seeding again the same day changes nothing and a later run moves them along.
 * @param planned the demo's value
 * @param existing the org's value as text, or null
 * @returns true when they match
 */
export function sameValue(planned: Scalar, existing: string | null): boolean {
    if (planned === null || planned === '') {
        return existing === null;
    }
    if (typeof planned === 'number') {
        return existing !== null && Number(existing) === planned;
    }
    if (typeof planned === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(planned)) {
        return existing?.slice(0, 10) === planned.slice(0, 10);
    }
    return existing === String(planned);
}

function describeFailure(record: PlannedRecord, reason: string): string {
    return `${record.type} ${record.ref}: ${reason}`;
}

async function existingRecords(
    session: OrgSession,
    type: string,
    writes: Write[]
): Promise<Map<string, FlatRecord>> {
    const key = naturalKeyOf(type);
    const filterValues = [
        ...new Set(
            writes
                .map((write) => write.fields[key.filter])
                .filter((value): value is string => typeof value === 'string')
        )
    ];
    const fields = new Set<string>(['Id', ...key.fields]);
    for (const write of writes) {
        Object.keys(write.fields).forEach((name) => fields.add(name));
    }
    const found = new Map<string, FlatRecord>();
    for (const values of chunk(filterValues, BATCH_SIZE)) {
        const soql = `SELECT ${[...fields].join(', ')} FROM ${type} WHERE ${key.filter} IN ${soqlList(values)}`;
        for await (const record of restRecords(session.conn, soql)) {
            const text = keyText(key, (name) => field(record, name));
            // With duplicates from earlier manual loads, the first one stands for the demo record.
            if (!found.has(text)) {
                found.set(text, record);
            }
        }
    }
    return found;
}

async function send(
    session: OrgSession,
    method: 'POST' | 'PATCH',
    type: string,
    writes: Write[]
): Promise<CollectionResult[]> {
    const url = `/services/data/v${API_VERSION}/composite/sobjects`;
    const body = {
        allOrNone: false,
        records: writes.map((write) => ({
            attributes: { type },
            ...(write.id ? { Id: write.id } : {}),
            ...write.fields
        }))
    };
    return method === 'POST'
        ? session.conn.requestPost<CollectionResult[]>(url, body)
        : session.conn.requestPatch<CollectionResult[]>(url, body);
}

/**
 * Refuses to seed as a user who is not a coaching admin: such a user cannot see every demo
 * record (so would create duplicates of the ones hidden from them) nor write for every role.
 * Deleting coaching records is the one right only Coaching_Admin grants, so it tells them apart.
 * @param session the signed-in session
 */
export async function checkCoachingAdmin(session: OrgSession): Promise<void> {
    const info = await session.conn.request<{ objectDescribe: { deletable: boolean } }>(
        `/services/data/v${API_VERSION}/sobjects/Coaching_Question__c`
    );
    if (!info.objectDescribe.deletable) {
        throw new CliError(
            `${session.username} is not a coaching admin: seed writes every demo record as you and must see them all. Assign the Coaching_Admin permission set (\`sf org assign permset --name Coaching_Admin\`), or on the local org use --user admin@coaching.local.`
        );
    }
}

interface TypeBatch {
    type: string;
    records: PlannedRecord[];
    count: SeedCounts;
}

interface SeedState {
    session: OrgSession;
    users: Map<string, MappedUser>;
    /** The id of each demo record written or found so far. */
    ids: Map<string, string>;
    failures: string[];
    progress: Progress;
}

// Replaces references with ids; a record whose parent was refused cannot be written.
function resolveWrites(state: SeedState, batch: TypeBatch): Write[] {
    const writes: Write[] = [];
    for (const record of batch.records) {
        const fields: Record<string, Scalar> = {};
        let missing: string | undefined;
        for (const [name, value] of Object.entries(record.fields)) {
            const id = isRef(value)
                ? (state.users.get(value.ref)?.Id ?? state.ids.get(value.ref))
                : undefined;
            if (isRef(value) && !id) {
                missing = value.ref;
                break;
            }
            fields[name] = isRef(value) ? (id as string) : value;
        }
        if (missing === undefined) {
            writes.push({ record, fields });
            continue;
        }
        batch.count.failed += 1;
        state.failures.push(describeFailure(record, `not written because ${missing} was refused`));
        state.progress.tick();
    }
    return writes;
}

// Splits writes into creates and updates; a record that already matches is skipped.
async function planWrites(
    state: SeedState,
    batch: TypeBatch,
    writes: Write[]
): Promise<{ creates: Write[]; updates: Write[] }> {
    const existing = await existingRecords(state.session, batch.type, writes);
    const key = naturalKeyOf(batch.type);
    const creates: Write[] = [];
    const updates: Write[] = [];
    for (const write of writes) {
        const match = existing.get(
            keyText(key, (name) => {
                const value = write.fields[name];
                return value === null || value === undefined ? null : String(value);
            })
        );
        if (!match) {
            creates.push(write);
            continue;
        }
        const id = field(match, 'Id') as string;
        state.ids.set(write.record.ref, id);
        const changed = Object.fromEntries(
            Object.entries(write.fields).filter(
                ([name, value]) => !sameValue(value, field(match, name))
            )
        );
        if (Object.keys(changed).length === 0) {
            batch.count.skipped += 1;
            state.progress.tick();
        } else {
            updates.push({ record: write.record, fields: changed, id });
        }
    }
    return { creates, updates };
}

async function writeAll(
    state: SeedState,
    batch: TypeBatch,
    method: 'POST' | 'PATCH',
    writes: Write[]
): Promise<void> {
    for (const piece of chunk(writes, BATCH_SIZE)) {
        const results = await send(state.session, method, batch.type, piece);
        piece.forEach((write, index) => {
            const result = results[index];
            if (result?.success && method === 'POST') {
                state.ids.set(write.record.ref, result.id as string);
                batch.count.created += 1;
            } else if (result?.success) {
                batch.count.updated += 1;
            } else {
                batch.count.failed += 1;
                const reason = (result?.errors ?? [])
                    .map((error) => `${error.statusCode ?? 'ERROR'}: ${error.message}`)
                    .join('; ');
                state.failures.push(describeFailure(write.record, reason || 'refused'));
            }
            state.progress.tick();
        });
    }
}

/**
 * Seeds the demo plan into an org.
 * @param session the signed-in session (an admin: Coaching_Admin lets one user write every role)
 * @param plan the demo plan
 * @param users the real user of each demo user ref
 * @param progress progress reporting
 * @returns what was created, updated, skipped or refused, per object
 */
export async function seedOrg(
    session: OrgSession,
    plan: DemoPlan,
    users: Map<string, MappedUser>,
    progress: Progress
): Promise<SeedResult> {
    const counts = new Map<string, SeedCounts>();
    for (const record of plan.records) {
        if (!counts.has(record.type)) {
            counts.set(record.type, { created: 0, updated: 0, skipped: 0, failed: 0 });
        }
    }
    const state: SeedState = { session, users, ids: new Map(), failures: [], progress };
    const levels = [...new Set(plan.records.map((record) => record.level))].sort((a, b) => a - b);
    progress.start('Demo records', plan.records.length);
    for (const level of levels) {
        for (const [type, count] of counts) {
            const records = plan.records.filter(
                (record) => record.level === level && record.type === type
            );
            if (records.length === 0) {
                continue;
            }
            const batch = { type, records, count };
            const { creates, updates } = await planWrites(
                state,
                batch,
                resolveWrites(state, batch)
            );
            await writeAll(state, batch, 'POST', creates);
            await writeAll(state, batch, 'PATCH', updates);
        }
    }
    progress.stop();
    return { counts, failures: state.failures };
}
