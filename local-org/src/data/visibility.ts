import type { UserAccess } from './userAccess';
import type { ObjectSchema } from '../../../metadata/schema';
import { quote, type Store } from './store';

/** A SQL condition with its parameters, to AND into a query. */
export interface SqlFilter {
    sql: string;
    params: unknown[];
}

// The objects under the private sharing model; the others are readable by everyone who may read
// the object (Account and User are public read in a default org).
const OWNED_OBJECTS = new Set(['Opportunity']);

/**
 * Whether the user sees and changes every record: the System Administrator profile (View All Data,
 * Modify All Data). The Coaching_Admin custom permission bypasses ownership rules, not sharing.
 * @param access the user's access
 * @returns true for admins
 */
export function isAdmin(access: UserAccess): boolean {
    return access.systemAdministrator;
}

/**
 * Lists the user and everyone below them in the ManagerId chain: whose records they see.
 * @param store the database
 * @param userId the signed-in user
 * @returns user ids, the user first
 */
export function teamOf(store: Store, userId: string): string[] {
    const rows = store.db
        .prepare(
            `WITH RECURSIVE team(Id) AS (
                SELECT ? UNION SELECT u.Id FROM "User" u JOIN team ON u.ManagerId = team.Id
            ) SELECT Id FROM team`
        )
        .all(userId) as { Id: string }[];
    return rows.map((row) => row.Id);
}

/**
 * Builds the condition that keeps only the records of an object the user may see: an
 * Opportunity they or their team own; a child through its master-detail parent.
 * @param store the database (for the schema and the manager chain)
 * @param access the user's access
 * @param object the object queried
 * @param alias the table alias the condition refers to
 * @returns the condition, or undefined when the user sees every record of the object
 */
export function visibilityFilter(
    store: Store,
    access: UserAccess,
    object: ObjectSchema,
    alias: string
): SqlFilter | undefined {
    if (isAdmin(access) || access.object(object.name).viewAll) {
        return undefined;
    }
    if (OWNED_OBJECTS.has(object.name)) {
        const team = teamOf(store, access.userId);
        return {
            sql: `${alias}.OwnerId IN (${team.map(() => '?').join(', ')})`,
            params: team
        };
    }
    if (!object.masterField) {
        return undefined;
    }
    const master = store.schema.objects.get(
        object.fields.get(object.masterField)?.referenceTo ?? ''
    );
    if (!master) {
        return undefined;
    }
    const parentAlias = `${alias}_m`;
    const parent = visibilityFilter(store, access, master, parentAlias);
    if (!parent) {
        return undefined;
    }
    return {
        sql: `${alias}.${quote(object.masterField)} IN (SELECT ${parentAlias}.Id FROM ${quote(master.name)} ${parentAlias} WHERE ${parent.sql})`,
        params: parent.params
    };
}

/**
 * Whether the user can see one record.
 * @param store the database
 * @param access the user's access
 * @param object the record's object
 * @param id the record's 18-character id
 * @returns true when it exists (deleted or not) and the user may see it
 */
export function canSee(
    store: Store,
    access: UserAccess,
    object: ObjectSchema,
    id: string
): boolean {
    const filter = visibilityFilter(store, access, object, 't');
    const row = store.db
        .prepare(
            `SELECT 1 FROM ${quote(object.name)} t WHERE t.Id = ?${filter ? ` AND ${filter.sql}` : ''}`
        )
        .get(id, ...(filter?.params ?? []));
    return row !== undefined;
}

/**
 * Whether the user may change a record they can see, or create it. An Opportunity is changed by its
 * owner and admins. A master-detail child is changed by whoever may change its master, or, when the
 * relationship sets `writeRequiresMasterRead`, by whoever may see its master.
 * @param store the database (for the schema and the master records)
 * @param access the user's access
 * @param object the record's object
 * @param row the stored record, or the one about to be created
 * @returns true when record access allows the change
 */
export function canEdit(
    store: Store,
    access: UserAccess,
    object: ObjectSchema,
    row: Record<string, unknown>
): boolean {
    if (isAdmin(access) || access.object(object.name).modifyAll) {
        return true;
    }
    if (OWNED_OBJECTS.has(object.name)) {
        return row.OwnerId === access.userId;
    }
    const masterField = object.masterField ? object.fields.get(object.masterField) : undefined;
    const master = store.schema.objects.get(masterField?.referenceTo ?? '');
    const masterId = masterField ? row[masterField.name] : undefined;
    if (!masterField || !master || typeof masterId !== 'string') {
        return true;
    }
    if (!canSee(store, access, master, masterId)) {
        return false;
    }
    if (masterField.writeRequiresMasterRead) {
        return true;
    }
    const masterRow = store.get(master, masterId);
    return masterRow !== undefined && canEdit(store, access, master, masterRow);
}
