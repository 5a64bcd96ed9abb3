import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeId, type FieldSchema, type ObjectSchema, type Schema } from '../../../metadata/schema';

/** A record as stored: text, numbers (checkboxes as 0/1) or null, keyed by field API name. */
export type StoredRow = Record<string, string | number | null>;

/** The local org's one organization; its id appears in sessions and identity URLs. */
export const ORGANIZATION_ID = '00D0L0000000001EAA';

/** The file the data folder holds; the folder is the unit users pass with `--data`. */
export const DATABASE_FILE = 'local-org.sqlite';

function columnType(field: FieldSchema): string {
    if (field.type === 'boolean') {
        return 'INTEGER';
    }
    return ['double', 'currency', 'percent'].includes(field.type) ? 'REAL' : 'TEXT';
}

/** Quotes a table or column name; names come from metadata, never from requests. */
export function quote(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The SQLite database of a data folder: one table per object, plus the local org's own tables
 * (sign-in, permission-set assignments, sessions, query locators, counters, notifications).
 */
export class Store {
    declare readonly db: Database.Database;
    declare readonly schema: Schema;

    /**
     * Opens (or creates) the database in a data folder and adds any table or column the metadata
     * gained since the folder was made, so old data folders keep working.
     * @param dataDir the data folder
     * @param schema the runtime schema
     */
    constructor(dataDir: string, schema: Schema) {
        mkdirSync(dataDir, { recursive: true });
        this.db = new Database(join(dataDir, DATABASE_FILE));
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('foreign_keys = OFF');
        this.schema = schema;
        this.migrate();
    }

    private migrate(): void {
        this.db.exec(`
            CREATE TABLE IF NOT EXISTS local_counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS local_user (
                userId TEXT PRIMARY KEY,
                passwordSalt TEXT NOT NULL,
                passwordHash TEXT NOT NULL,
                systemAdministrator INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE IF NOT EXISTS local_permission_set_assignment (
                userId TEXT NOT NULL,
                permissionSet TEXT NOT NULL,
                PRIMARY KEY (userId, permissionSet)
            );
            CREATE TABLE IF NOT EXISTS local_session (
                token TEXT PRIMARY KEY,
                userId TEXT NOT NULL,
                createdDate TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS local_query_locator (
                locator TEXT PRIMARY KEY,
                userId TEXT NOT NULL,
                soql TEXT NOT NULL,
                batchSize INTEGER NOT NULL,
                createdDate TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS local_notification (
                id TEXT PRIMARY KEY,
                recipientId TEXT NOT NULL,
                typeId TEXT NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                targetId TEXT NOT NULL,
                createdDate TEXT NOT NULL,
                lastModified TEXT NOT NULL,
                isRead INTEGER NOT NULL DEFAULT 0,
                isSeen INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX IF NOT EXISTS local_notification_recipient
                ON local_notification (recipientId, createdDate);
        `);
        // Where the next page starts: the query's size, the rows served, the last one's sort values.
        const locatorColumns = new Set(
            (this.db.pragma('table_info(local_query_locator)') as { name: string }[]).map(
                (column) => column.name
            )
        );
        for (const [name, type] of [
            ['totalSize', 'INTEGER'],
            ['position', 'INTEGER'],
            ['lastKeys', 'TEXT']
        ]) {
            if (!locatorColumns.has(name)) {
                this.db.exec(`ALTER TABLE local_query_locator ADD COLUMN ${name} ${type}`);
            }
        }
        for (const object of this.schema.objects.values()) {
            const table = quote(object.name);
            this.db.exec(
                `CREATE TABLE IF NOT EXISTS ${table} (Id TEXT PRIMARY KEY, IsDeleted INTEGER NOT NULL DEFAULT 0)`
            );
            const existing = new Set(
                (this.db.pragma(`table_info(${table})`) as { name: string }[]).map(
                    (column) => column.name
                )
            );
            for (const field of object.fields.values()) {
                if (!existing.has(field.name)) {
                    this.db.exec(
                        `ALTER TABLE ${table} ADD COLUMN ${quote(field.name)} ${columnType(field)}`
                    );
                }
                if (field.referenceTo && !existing.has(field.name)) {
                    this.db.exec(
                        `CREATE INDEX IF NOT EXISTS ${quote(`${object.name}_${field.name}`)} ON ${table} (${quote(field.name)})`
                    );
                }
            }
        }
    }

    /**
     * Runs a function in one transaction (a savepoint when already inside one).
     * @param work what to run; it must be synchronous
     * @returns what it returned; a throw rolls everything back
     */
    transaction<T>(work: () => T): T {
        return this.db.transaction(work)();
    }

    /**
     * Takes the next value of a named counter.
     * @param name the counter, such as a key prefix or an auto-number object
     * @returns 1 the first time, then 2, 3, ...
     */
    next(name: string): number {
        const row = this.db
            .prepare(
                `INSERT INTO local_counter (name, value) VALUES (?, 1)
                 ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`
            )
            .get(name) as { value: number };
        return row.value;
    }

    /**
     * Makes a new record id for an object.
     * @param object the object
     * @returns a fresh 18-character id
     */
    newId(object: ObjectSchema): string {
        return makeId(object.keyPrefix, this.next(`id:${object.keyPrefix}`));
    }

    insert(object: ObjectSchema, row: StoredRow): void {
        const names = Object.keys(row);
        this.db
            .prepare(
                `INSERT INTO ${quote(object.name)} (${names.map(quote).join(', ')}) VALUES (${names
                    .map(() => '?')
                    .join(', ')})`
            )
            .run(...names.map((name) => row[name]));
    }

    update(object: ObjectSchema, id: string, changes: StoredRow): void {
        const names = Object.keys(changes);
        if (names.length === 0) {
            return;
        }
        this.db
            .prepare(
                `UPDATE ${quote(object.name)} SET ${names.map((name) => `${quote(name)} = ?`).join(', ')} WHERE Id = ?`
            )
            .run(...names.map((name) => changes[name]), id);
    }

    /**
     * Reads one record, deleted or not.
     * @param object the object
     * @param id an 18-character id
     * @returns the stored row with its IsDeleted flag, or undefined
     */
    get(object: ObjectSchema, id: string): (StoredRow & { IsDeleted: number }) | undefined {
        return this.db.prepare(`SELECT * FROM ${quote(object.name)} WHERE Id = ?`).get(id) as
            (StoredRow & { IsDeleted: number }) | undefined;
    }

    /** Closes the database file; the store cannot be used afterwards. */
    close(): void {
        if (this.db.open) {
            this.db.close();
        }
    }
}
