import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { apiError } from '../errors';
import type { RequestContext } from '../requestContext';
import { findObject, type ObjectSchema } from '../../../metadata/schema';
import { compile, shapeRecord, type Compiled } from './soqlCompile';
import type { SortValues } from './keyset';

// Salesforce's largest OFFSET, and the largest integer a SOQL literal holds.
const MAX_OFFSET = 2000;
const MAX_INTEGER = 2_147_483_647;

export function parse(soql: string): Query {
    let query: Query;
    try {
        query = parseQuery(soql);
    } catch (error) {
        throw apiError(
            400,
            'MALFORMED_QUERY',
            `The query does not parse: ${(error as Error).message}. Check the SOQL syntax.`
        );
    }
    if (
        query.offset !== undefined &&
        (!Number.isInteger(query.offset) || query.offset > MAX_OFFSET)
    ) {
        throw apiError(
            400,
            'NUMBER_OUTSIDE_VALID_RANGE',
            `Maximum SOQL offset allowed is ${MAX_OFFSET}; the query asks for ${query.offset}. Page with nextRecordsUrl, or filter on a field, to reach later rows.`
        );
    }
    if (
        query.limit !== undefined &&
        (!Number.isInteger(query.limit) || query.limit > MAX_INTEGER)
    ) {
        throw apiError(
            400,
            'NUMBER_OUTSIDE_VALID_RANGE',
            `The LIMIT ${query.limit} is not a whole number up to ${MAX_INTEGER}. Ask for fewer rows.`
        );
    }
    return query;
}

/** Parses a query and checks that the user may read its object. */
export function parseFor(
    context: RequestContext,
    soql: string
): { query: Query; object: ObjectSchema } {
    const query = parse(soql);
    const object = query.sObject ? findObject(context.store.schema, query.sObject) : undefined;
    if (!object || !context.access.object(object.name).read) {
        throw apiError(
            400,
            'INVALID_TYPE',
            `sObject type '${query.sObject ?? ''}' is not supported. Check the object's API name, and that your permission sets let you read it.`
        );
    }
    return { query, object };
}

export function rowsOf(context: RequestContext, compiled: Compiled): Record<string, unknown>[] {
    return context.store.db.prepare(compiled.sql).all(...compiled.params) as Record<
        string,
        unknown
    >[];
}

// Counted once, when a query's first page leaves more to read; the locator keeps the figure.
export function countRows(context: RequestContext, object: ObjectSchema, query: Query): number {
    const all = compile(context, object, query);
    const row = context.store.db
        .prepare(`SELECT COUNT(*) AS total FROM (${all.sql})`)
        .get(...all.params) as { total: number };
    return row.total;
}

export function sortValuesOf(compiled: Compiled, row: Record<string, unknown>): SortValues {
    return compiled.keys.map((_key, index) => row[`_k${index}`] as string | number | null);
}

/**
 * Runs a SOQL query as the signed-in user and returns every record it selects, unpaged: for
 * callers that read a few records, such as the GraphQL API's parents.
 * @param context the request
 * @param soql the query text
 * @returns the records in the REST API shape, or the count of a `COUNT()` query
 */
export function queryRecords(
    context: RequestContext,
    soql: string
): { totalSize: number; records: Record<string, unknown>[] } {
    const { query, object } = parseFor(context, soql);
    const compiled = compile(context, object, query);
    const rows = rowsOf(context, compiled);
    if (compiled.aggregate === 'count') {
        return { totalSize: Number(rows[0]?.c0 ?? 0), records: [] };
    }
    return {
        totalSize: rows.length,
        records: rows.map((row) => shapeRecord(context, object, compiled, row))
    };
}

/**
 * Reads one page of a record query (no LIMIT or OFFSET of its own) that starts after a row, by
 * the row's sort values (keyset paging): the database finds the page's first row through the
 * sort instead of reading every row before it, so deep pages cost what the first one does.
 * @param context the request
 * @param soql the query text
 * @param page the sort values of the row before the page (none for the first page), and how
 * many records to read
 * @returns the records in the REST API shape, and the sort values of each
 */
export function queryAfter(
    context: RequestContext,
    soql: string,
    page: { after?: SortValues; limit: number }
): { records: Record<string, unknown>[]; sortValues: SortValues[] } {
    const { query, object } = parseFor(context, soql);
    const compiled = compile(context, object, query, undefined, {
        after: page.after,
        offset: 0,
        limit: page.limit
    });
    const rows = rowsOf(context, compiled);
    return {
        records: rows.map((row) => shapeRecord(context, object, compiled, row)),
        sortValues: rows.map((row) => sortValuesOf(compiled, row))
    };
}
