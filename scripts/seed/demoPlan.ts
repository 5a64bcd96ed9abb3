/**
 * Turns the demo data set (the one the local org loads) into the records to write to an org: each
 * record's final fields (its creation merged with the later changes other users make to it),
 * with references to other demo records and users kept symbolic until their ids are known, and
 * a level so that a record is written after everything it points to. Demo CreatedDates are left
 * out: the org dates each record when it is written. Pure.
 */
import { readDemoValue } from '../../data/demoValues';
import type { DemoData } from '../../data/demoData';

/** A field value that names another demo record or user, resolved to an id when written. */
export interface DemoRef {
    ref: string;
}

export type PlanValue = string | number | boolean | null | DemoRef;

export interface PlannedRecord {
    ref: string;
    type: string;
    /** The demo user the record is written as in the local org. */
    as: string;
    fields: Record<string, PlanValue>;
    /** 0 for records that point only at users; otherwise one more than what they point at. */
    level: number;
}

export interface DemoPlan {
    /** Demo users by ref, with their username and demo ManagerId ref. */
    users: { ref: string; username: string; managerRef?: string }[];
    /** In the demo's order. */
    records: PlannedRecord[];
}

// Objects whose records have an owner: the demo's writer owns them unless it names an owner.
const OWNED_TYPES = new Set(['Account', 'Opportunity']);

/**
 * Whether a plan value names another record or user.
 * @param value the value
 * @returns true for a reference
 */
export function isRef(value: PlanValue): value is DemoRef {
    return typeof value === 'object' && value !== null;
}

/**
 * Reads one demo value by the demo data's rule (data/demoValues.ts), keeping `@ref`
 * symbolic until the record it names is written.
 * @param value the value as written in the demo data
 * @param now the moment relative dates count from
 * @returns the plan value
 */
export function demoValue(value: unknown, now: Date): PlanValue {
    return readDemoValue(value, now, (ref): DemoRef => ({ ref })) as PlanValue;
}

// The local org dates demo records as a data load with "Set Audit Fields upon Record Creation"
// may; real orgs date them when seed writes them, and refuse these fields without that permission.
const AUDIT_DATE_FIELDS = new Set(['CreatedDate', 'LastModifiedDate']);

function values(fields: Record<string, unknown>, now: Date): Record<string, PlanValue> {
    return Object.fromEntries(
        Object.entries(fields)
            .filter(([name]) => !AUDIT_DATE_FIELDS.has(name))
            .map(([name, value]) => [name, demoValue(value, now)])
    );
}

/**
 * Plans the demo data's records.
 * @param data the demo data set
 * @param now the moment relative dates count from
 * @returns the users it names and the records in their final state, each with its level
 */
export function planDemoData(data: DemoData, now: Date): DemoPlan {
    const users = data.users.map((user) => ({
        ref: user.ref,
        username: String(user.Username),
        managerRef:
            typeof user.ManagerId === 'string' && user.ManagerId.startsWith('@')
                ? user.ManagerId.slice(1)
                : undefined
    }));
    const userRefs = new Set(users.map((user) => user.ref));
    const byRef = new Map<string, PlannedRecord>();
    const records: PlannedRecord[] = [];
    data.records.forEach((entry, index) => {
        if (entry.update) {
            const target = byRef.get(entry.update.replace(/^@/, ''));
            if (!target) {
                throw new Error(
                    `Demo entry ${index + 1} updates ${entry.update}, which no earlier entry creates.`
                );
            }
            Object.assign(target.fields, values(entry.fields, now));
            return;
        }
        const type = String(entry.type);
        const fields = values(entry.fields, now);
        if (OWNED_TYPES.has(type) && fields.OwnerId === undefined) {
            fields.OwnerId = { ref: entry.as };
        }
        for (const change of entry.then ?? []) {
            Object.assign(fields, values(change.fields, now));
        }
        const record: PlannedRecord = {
            ref: entry.ref ?? `entry-${index + 1}`,
            type,
            as: entry.as,
            fields,
            level: 0
        };
        byRef.set(record.ref, record);
        records.push(record);
    });
    for (const record of records) {
        for (const value of Object.values(record.fields)) {
            if (isRef(value) && !userRefs.has(value.ref)) {
                const parent = byRef.get(value.ref);
                if (!parent || records.indexOf(parent) >= records.indexOf(record)) {
                    throw new Error(
                        `Demo record ${record.ref} names @${value.ref} before it is defined.`
                    );
                }
                // Parents come earlier in the demo's order, so their levels are already final.
                record.level = Math.max(record.level, parent.level + 1);
            }
        }
    }
    return { users, records };
}
