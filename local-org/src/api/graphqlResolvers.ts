import { valueFromASTUntyped, type GraphQLResolveInfo } from 'graphql';
import { readableFields } from '../data/userAccess';
import type { ObjectSchema } from '../../../metadata/schema';
import {
    encodeCursor,
    orderBySoql,
    pageSize,
    readCursor,
    soqlString,
    whereSoql,
    type GraphQLFilter
} from './graphqlToSoql';
import type { RequestContext } from '../requestContext';
import { queryAfter, queryRecords } from '../query/soqlQuery';
import { countSubqueryRecords } from './graphqlLimits';

/** A record as the SOQL engine returns it (REST shape); the GraphQL types read their values from it. */
export type SourceRecord = Record<string, unknown>;

/** What every resolver of one request shares: who asks, and the parents read so far. */
export interface GraphQLContext {
    request: RequestContext;
    /** Parent records by id (null when the user cannot see them), so each is read once. */
    parents: Map<string, SourceRecord | null>;
    /** Records returned so far by each subquery, against the platform's per-subquery limit. */
    records: Map<string, number>;
}

export interface ConnectionArgs {
    first?: number | null;
    after?: string | null;
    where?: GraphQLFilter | null;
}

/** One page of records in the Relay connection shape the UI API uses. */
export interface Connection {
    edges: { node: SourceRecord; cursor: string }[];
    pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
    };
    /** Counted only when the query asks for it. */
    totalCount: () => number;
}

// Every field the user may read is selected, so nested value fields resolve from the same row
// whatever the query picks.
function selectList(context: RequestContext, object: ObjectSchema): string {
    return readableFields(context.access, object)
        .map((field) => field.name)
        .join(', ');
}

// The orderBy argument as written: coercion would sort its keys into the input type's order.
function orderByArgument(info: GraphQLResolveInfo): GraphQLFilter | undefined {
    const node = info.fieldNodes[0].arguments?.find(
        (argument) => argument.name.value === 'orderBy'
    );
    if (!node) {
        return undefined;
    }
    const value = valueFromASTUntyped(node.value, info.variableValues);
    return value === null || value === undefined ? undefined : (value as GraphQLFilter);
}

/**
 * Resolves a connection (a root object query or a child relationship) by running one SOQL query:
 * the filter, the sort (with Id last, so pages never overlap), starting after the `after`
 * cursor's sort values, one row past the page to learn whether another page follows.
 * @param object the object listed
 * @param args first, after and where
 * @param context the GraphQL context
 * @param info the resolve info, for the orderBy argument as written
 * @param scope the parent of a child relationship: only records whose field points at it
 * @returns the page
 */
export function resolveConnection(
    object: ObjectSchema,
    args: ConnectionArgs,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
    scope?: { field: string; parentId: string }
): Connection {
    const { request } = context;
    const schema = request.store.schema;
    const first = pageSize(args.first);
    const after = readCursor(args.after);
    const start = after ? after.position + 1 : 0;
    const conditions = [
        scope ? `${scope.field} = ${soqlString(scope.parentId)}` : '',
        args.where ? whereSoql(schema, object, args.where) : ''
    ].filter(Boolean);
    const where =
        conditions.length > 0 ? ` WHERE ${conditions.map((c) => `(${c})`).join(' AND ')}` : '';
    const orderBy = orderBySoql(schema, object, orderByArgument(info) ?? {});
    if (!orderBy.some((item) => /^Id (ASC|DESC)/.test(item))) {
        orderBy.push('Id ASC');
    }
    const soql = `SELECT ${selectList(request, object)} FROM ${object.name}${where} ORDER BY ${orderBy.join(', ')}`;
    const { records, sortValues } = queryAfter(request, soql, {
        after: after?.sortValues,
        limit: first + 1
    });
    const page = records.slice(0, first);
    countSubqueryRecords(context.records, info, page.length);
    const cursor = (index: number) => encodeCursor(start + index, sortValues[index]);
    return {
        edges: page.map((node, index) => ({ node, cursor: cursor(index) })),
        pageInfo: {
            hasNextPage: records.length > first,
            hasPreviousPage: start > 0,
            startCursor: page.length > 0 ? cursor(0) : null,
            endCursor: page.length > 0 ? cursor(page.length - 1) : null
        },
        totalCount: () =>
            queryRecords(request, `SELECT COUNT() FROM ${object.name}${where}`).totalSize
    };
}

/**
 * Resolves a parent relationship (`Reviewer__r`): the parent record if the user can see it, else
 * null, as on Salesforce.
 * @param parent the parent object
 * @param id the lookup field's value
 * @param context the GraphQL context
 * @returns the parent record or null
 */
export function resolveParent(
    parent: ObjectSchema,
    id: unknown,
    context: GraphQLContext
): SourceRecord | null {
    if (typeof id !== 'string') {
        return null;
    }
    if (!context.parents.has(id)) {
        const soql = `SELECT ${selectList(context.request, parent)} FROM ${parent.name} WHERE Id = ${soqlString(id)}`;
        context.parents.set(id, queryRecords(context.request, soql).records[0] ?? null);
    }
    return context.parents.get(id) ?? null;
}
