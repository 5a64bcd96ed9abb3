import { randomBytes } from 'node:crypto';
import { apiError } from '../errors';
import type { RequestContext } from '../requestContext';
import { compile, shapeRecord } from './soqlCompile';
import type { SortValues } from './keyset';
import { countRows, parseFor, rowsOf, sortValuesOf } from './soqlQuery';

/** A query response page, as `/query` returns it. */
export interface QueryResult {
    totalSize: number;
    done: boolean;
    records: Record<string, unknown>[];
    nextRecordsUrl?: string;
}

/** The default and largest page of a query, as on Salesforce. */
export const DEFAULT_BATCH_SIZE = 2000;

/** Where a page of `/query` starts: its position, and the row before it when the locator knows it. */
interface PageStart {
    start?: number;
    batchSize?: number;
    locator?: string;
    /** The sort values of the row before the page, for a keyset page. */
    after?: SortValues;
    /** The query's size, counted when its first page was served. */
    totalSize?: number;
}

function saveLocator(
    context: RequestContext,
    soql: string,
    batchSize: number,
    position: { locator?: string; next: number; totalSize: number; after: SortValues | null }
): string {
    const after = position.after ? JSON.stringify(position.after) : null;
    if (position.locator) {
        context.store.db
            .prepare(
                'UPDATE local_query_locator SET position = ?, lastKeys = ?, totalSize = ? WHERE locator = ?'
            )
            .run(position.next, after, position.totalSize, position.locator);
        return position.locator;
    }
    // Shaped like a Salesforce query locator (prefix 01g).
    const locator = `01g${randomBytes(8).toString('hex')}`;
    context.store.db
        .prepare(
            'INSERT INTO local_query_locator (locator, userId, soql, batchSize, createdDate, totalSize, position, lastKeys) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
        )
        .run(
            locator,
            context.access.userId,
            soql,
            batchSize,
            context.now.toISOString(),
            position.totalSize,
            position.next,
            after
        );
    return locator;
}

/**
 * Runs a SOQL query as the signed-in user (their visibility and field permissions) and returns
 * one page of it, with a `nextRecordsUrl` when more remain. The database reads only the page
 * (and one row more, to know whether another follows): the locator keeps the sort values of the
 * page's last row, and the next page starts after them.
 * @param context the request
 * @param soql the query text
 * @param options where the page starts, its size, and what the locator of an earlier page keeps
 * @returns the page
 */
export function runQuery(
    context: RequestContext,
    soql: string,
    options: PageStart = {}
): QueryResult {
    const { query, object } = parseFor(context, soql);
    const start = options.start ?? 0;
    const batchSize = Math.min(
        Math.max(options.batchSize ?? DEFAULT_BATCH_SIZE, 200),
        DEFAULT_BATCH_SIZE
    );
    // The query's own LIMIT caps every page; its OFFSET is behind the first one.
    const remaining = (query.limit ?? Infinity) - start;
    const compiled = compile(context, object, query, undefined, {
        after: options.after,
        offset: options.after ? 0 : (query.offset ?? 0) + start,
        limit: Math.max(0, Math.min(batchSize + 1, remaining))
    });
    const rows = rowsOf(context, compiled);
    if (compiled.aggregate === 'count') {
        return { totalSize: Number(rows[0]?.c0 ?? 0), done: true, records: [] };
    }
    const page = rows.slice(0, batchSize);
    const done = rows.length <= batchSize;
    let totalSize = options.totalSize;
    if (totalSize === undefined) {
        totalSize = done ? start + page.length : countRows(context, object, query);
    }
    const result: QueryResult = {
        totalSize,
        done,
        records: page.map((row) => shapeRecord(context, object, compiled, row))
    };
    if (!done) {
        const next = start + page.length;
        const last = page[page.length - 1];
        const locator = saveLocator(context, soql, batchSize, {
            locator: options.locator,
            next,
            totalSize,
            after: compiled.keys.length > 0 ? sortValuesOf(compiled, last) : null
        });
        result.nextRecordsUrl = `/services/data/${context.apiVersion}/query/${locator}-${next}`;
    }
    return result;
}

/**
 * Returns the next page of an earlier query from its locator (`01g...-2000`): after the last row
 * served when the position is where the previous page ended, else (a page asked for again) by
 * position.
 * @param context the request
 * @param locatorWithStart the last segment of `nextRecordsUrl`
 * @returns the page
 */
export function queryMore(context: RequestContext, locatorWithStart: string): QueryResult {
    const match = /^(01g[0-9a-f]+)-(\d+)$/.exec(locatorWithStart);
    const saved = match
        ? (context.store.db
              .prepare(
                  'SELECT soql, batchSize, totalSize, position, lastKeys FROM local_query_locator WHERE locator = ? AND userId = ?'
              )
              .get(match[1], context.access.userId) as
              | {
                    soql: string;
                    batchSize: number;
                    totalSize: number | null;
                    position: number | null;
                    lastKeys: string | null;
                }
              | undefined)
        : undefined;
    if (!match || !saved) {
        throw apiError(
            400,
            'INVALID_QUERY_LOCATOR',
            'invalid query locator: it is unknown or belongs to another user. Run the query again.'
        );
    }
    const start = Number(match[2]);
    return runQuery(context, saved.soql, {
        start,
        batchSize: saved.batchSize,
        locator: match[1],
        after:
            saved.position === start && saved.lastKeys
                ? (JSON.parse(saved.lastKeys) as SortValues)
                : undefined,
        totalSize: saved.totalSize ?? undefined
    });
}
