import type { Connection } from 'jsforce';
import { API_VERSION } from './connection';

/**
 * A record as the tools read it: each selected field by its path in the query
 * (`Coaching_Review__r.Reviewer__c`), as text, or null when empty. REST returns nested JSON and
 * Bulk API 2.0 returns CSV; both become this one shape.
 */
export type FlatRecord = Readonly<Record<string, string | null>>;

/** Where records come from: an async iterator, so nothing downstream holds more than a page. */
export interface RecordSource {
    /** `rest` pages through `nextRecordsUrl`; `bulk` streams a Bulk API 2.0 query job. */
    readonly kind: 'rest' | 'bulk';
    records(soql: string): AsyncIterable<FlatRecord>;
}

/** A page of `GET /query`, as the REST API returns it. */
export interface QueryPage {
    totalSize: number;
    done: boolean;
    nextRecordsUrl?: string;
    records: Record<string, unknown>[];
}

/** Above this many records (by a COUNT() first) a real org is read with Bulk API 2.0. */
export const DEFAULT_BULK_THRESHOLD = 50_000;

// Bulk query jobs over millions of rows take minutes to run before the first result.
const BULK_POLL_INTERVAL_MS = 2_000;
const BULK_POLL_TIMEOUT_MS = 60 * 60 * 1000;

function flattenInto(target: Record<string, string | null>, prefix: string, value: unknown): void {
    if (value === null || value === undefined) {
        // A parent the user cannot see, or no parent: its fields read as empty.
        if (prefix) {
            target[prefix] = null;
        }
        return;
    }
    if (typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
            if (key !== 'attributes') {
                flattenInto(target, prefix ? `${prefix}.${key}` : key, inner);
            }
        }
        return;
    }
    target[prefix] = String(value);
}

/**
 * Flattens a REST record to field paths and text values.
 * @param record a record of a query page
 * @returns the flat record
 */
export function flattenRecord(record: Record<string, unknown>): FlatRecord {
    const flat: Record<string, string | null> = {};
    flattenInto(flat, '', record);
    return flat;
}

/**
 * Reads one field of a flat record.
 * @param record the record
 * @param path the field path as selected
 * @returns the text, or null when empty or absent (a parent that is null)
 */
export function field(record: FlatRecord, path: string): string | null {
    const value = record[path];
    return value === undefined || value === '' ? null : value;
}

function queryUrl(soql: string): string {
    return `/services/data/v${API_VERSION}/query?q=${encodeURIComponent(soql)}`;
}

/**
 * Runs a query whose answer fits one page: a COUNT() or an aggregate with few groups.
 * @param conn the connection
 * @param soql the query
 * @returns the first (only) page
 */
export function queryPage(conn: Connection, soql: string): Promise<QueryPage> {
    return conn.request<QueryPage>(queryUrl(soql));
}

/**
 * Counts the records a `SELECT COUNT() FROM ...` query matches.
 * @param conn the connection
 * @param countSoql the COUNT() query
 * @returns the count
 */
export async function countRecords(conn: Connection, countSoql: string): Promise<number> {
    return (await queryPage(conn, countSoql)).totalSize;
}

/**
 * Streams a query through the REST API, page by page: the next page is fetched while the current
 * one is consumed, so at most two pages are held.
 * @param conn the connection
 * @param soql the query
 * @param pageSize records per page (200 to 2,000; the server may send fewer)
 * @yields each record, flattened
 */
export async function* restRecords(
    conn: Connection,
    soql: string,
    pageSize?: number
): AsyncGenerator<FlatRecord> {
    const headers: Record<string, string> = pageSize
        ? { 'Sforce-Query-Options': `batchSize=${pageSize}` }
        : {};
    const fetchPage = (url: string) => {
        const request = conn.request<QueryPage>({ method: 'GET', url, headers });
        // Handled when awaited; this keeps a failure during the current page from being "unhandled".
        request.catch(() => undefined);
        return request;
    };
    let next: Promise<QueryPage> | undefined = fetchPage(queryUrl(soql));
    while (next) {
        const page: QueryPage = await next;
        next = page.nextRecordsUrl ? fetchPage(page.nextRecordsUrl) : undefined;
        for (const record of page.records) {
            yield flattenRecord(record);
        }
    }
}

/**
 * Streams a query through a Bulk API 2.0 query job (`conn.bulk2.query`). Its CSV rows already
 * name fields by path; empty cells become null.
 * @param conn the connection
 * @param soql the query: no ORDER BY, GROUP BY, aggregates or child subqueries
 * @yields each record
 */
export async function* bulkRecords(conn: Connection, soql: string): AsyncGenerator<FlatRecord> {
    const stream = await conn.bulk2.query(soql, {
        pollInterval: BULK_POLL_INTERVAL_MS,
        pollTimeout: BULK_POLL_TIMEOUT_MS
    });
    for await (const row of stream as AsyncIterable<Record<string, unknown>>) {
        const flat: Record<string, string | null> = {};
        for (const [key, value] of Object.entries(row)) {
            flat[key] =
                value === null || value === undefined || value === '' ? null : String(value);
        }
        yield flat;
    }
}

/**
 * A REST record source.
 * @param conn the connection
 * @param pageSize records per page
 * @returns the source
 */
export function restSource(conn: Connection, pageSize?: number): RecordSource {
    return { kind: 'rest', records: (soql) => restRecords(conn, soql, pageSize) };
}

/**
 * A Bulk API 2.0 record source.
 * @param conn the connection
 * @returns the source
 */
export function bulkSource(conn: Connection): RecordSource {
    return { kind: 'bulk', records: (soql) => bulkRecords(conn, soql) };
}

/**
 * Chooses how to read a query's records: REST for small volumes and for the local org (which has
 * no Bulk API), Bulk API 2.0 on a real org above the threshold.
 * @param conn the connection
 * @param options whether the org is the local one, the expected record count and the threshold
 * @returns the source
 */
export function chooseSource(
    conn: Connection,
    options: { isLocal: boolean; count: number; bulkThreshold: number; pageSize?: number }
): RecordSource {
    return !options.isLocal && options.count > options.bulkThreshold
        ? bulkSource(conn)
        : restSource(conn, options.pageSize);
}
