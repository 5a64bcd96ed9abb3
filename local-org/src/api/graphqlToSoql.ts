// The GraphQL `where` and `orderBy` arguments written as SOQL, so a GraphQL query runs through
// the same SOQL engine as the REST API: one place decides visibility, field access and comparisons.
import { apiError } from '../errors';
import {
    findRelationship,
    type FieldSchema,
    type ObjectSchema,
    type Schema
} from '../../../metadata/schema';
import type { SortValues } from '../query/keyset';

/** A `where` argument after GraphQL has checked it against the input types. */
export type GraphQLFilter = { [key: string]: unknown };

const OPERATORS: Record<string, string> = {
    eq: '=',
    ne: '!=',
    lt: '<',
    gt: '>',
    lte: '<=',
    gte: '>=',
    like: 'LIKE',
    in: 'IN',
    nin: 'NOT IN'
};

/** The relative-date ranges a `range` input names, as SOQL's N-day literals. */
const DATE_RANGES: Record<string, string> = {
    last_n_days: 'LAST_N_DAYS',
    next_n_days: 'NEXT_N_DAYS',
    n_days_ago: 'N_DAYS_AGO'
};

/** The largest page the UI API GraphQL hands out, and the page it hands out when not asked. */
export const MAX_PAGE_SIZE = 2000;
export const DEFAULT_PAGE_SIZE = 10;

function invalid(message: string): Error {
    return apiError(400, 'INVALID_INPUT', message);
}

/**
 * Quotes a text value as a SOQL string literal.
 * @param value any text
 * @returns the literal, with quotes, backslashes and line breaks escaped
 */
export function soqlString(value: string): string {
    const escaped = value.replace(
        /[\\'\n\r\t]/g,
        (character) =>
            ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' })[character] ??
            character
    );
    return `'${escaped}'`;
}

function dateLiteral(field: FieldSchema, operand: Record<string, unknown>): string {
    const given = Object.entries(operand).filter(([, value]) => value !== null);
    if (given.length !== 1) {
        throw invalid(
            `${field.name} takes one of value, literal or range in each comparison, such as { value: "2026-01-31" } or { literal: TODAY }.`
        );
    }
    const [kind, value] = given[0];
    if (kind === 'literal') {
        return String(value);
    }
    if (kind === 'range') {
        const ranges = Object.entries(value as Record<string, unknown>).filter(
            ([, days]) => days !== null
        );
        if (ranges.length !== 1) {
            throw invalid(
                `${field.name}: a range names one of ${Object.keys(DATE_RANGES).join(', ')}.`
            );
        }
        return `${DATE_RANGES[ranges[0][0]]}:${Number(ranges[0][1])}`;
    }
    return field.type === 'date' ? String(value) : new Date(String(value)).toISOString();
}

function literal(field: FieldSchema, operand: unknown): string {
    if (operand === null) {
        return 'null';
    }
    switch (field.type) {
        case 'date':
        case 'datetime':
            return dateLiteral(field, operand as Record<string, unknown>);
        case 'boolean':
            return operand ? 'true' : 'false';
        case 'double':
        case 'currency':
        case 'percent':
            return String(Number(operand));
        default:
            return soqlString(String(operand));
    }
}

function comparisons(field: FieldSchema, path: string, operators: GraphQLFilter): string[] {
    return Object.entries(operators).map(([operator, operand]) => {
        const soqlOperator = OPERATORS[operator];
        if (operator === 'in' || operator === 'nin') {
            const values = (operand ?? []) as unknown[];
            if (values.length === 0) {
                // An empty list matches nothing (in) or everything (nin); SOQL has no empty list.
                return operator === 'in' ? 'Id = null' : 'Id != null';
            }
            return `${path} ${soqlOperator} (${values.map((value) => literal(field, value)).join(', ')})`;
        }
        return `${path} ${soqlOperator} ${literal(field, operand)}`;
    });
}

/**
 * Writes a `where` argument as a SOQL condition: fields compare with their operators, parent
 * relationships nest (`Coaching_Review__r: { Opportunity__c: { eq: ... } }`), and `and`, `or`
 * and `not` combine filters; several keys in one filter all have to hold.
 * @param schema the runtime schema
 * @param object the object the filter is on
 * @param filter the checked `where` argument
 * @param prefix the relationship path so far (`Coaching_Review__r.`)
 * @returns the condition, or an empty string when the filter has none
 */
export function whereSoql(
    schema: Schema,
    object: ObjectSchema,
    filter: GraphQLFilter,
    prefix = ''
): string {
    const parts: string[] = [];
    const nested = (value: unknown) => whereSoql(schema, object, value as GraphQLFilter, prefix);
    for (const [key, value] of Object.entries(filter)) {
        if (value === null || value === undefined) {
            continue;
        }
        if (key === 'and' || key === 'or') {
            const inner = (value as GraphQLFilter[]).map(nested).filter(Boolean);
            if (inner.length > 0) {
                parts.push(`(${inner.map((part) => `(${part})`).join(` ${key.toUpperCase()} `)})`);
            }
            continue;
        }
        if (key === 'not') {
            const inner = nested(value);
            if (inner) {
                parts.push(`(NOT (${inner}))`);
            }
            continue;
        }
        const field = object.fields.get(key);
        if (field) {
            parts.push(...comparisons(field, `${prefix}${field.name}`, value as GraphQLFilter));
            continue;
        }
        const lookup = findRelationship(object, key);
        const parent = lookup?.referenceTo ? schema.objects.get(lookup.referenceTo) : undefined;
        if (!lookup || !parent) {
            throw invalid(`${object.name} has no field or relationship ${key} to filter on.`);
        }
        const inner = whereSoql(schema, parent, value as GraphQLFilter, `${prefix}${key}.`);
        if (inner) {
            parts.push(`(${inner})`);
        }
    }
    return parts.join(' AND ');
}

/**
 * Writes an `orderBy` argument as SOQL sort items, keeping the order the query gives its keys.
 * @param schema the runtime schema
 * @param object the object sorted
 * @param orderBy the argument as written (not coerced: coercion would reorder its keys)
 * @param prefix the relationship path so far
 * @returns the sort items, such as `Review_Date__c DESC NULLS LAST`
 */
export function orderBySoql(
    schema: Schema,
    object: ObjectSchema,
    orderBy: GraphQLFilter,
    prefix = ''
): string[] {
    return Object.entries(orderBy).flatMap(([key, value]) => {
        if (value === null || value === undefined) {
            return [];
        }
        const clause = value as GraphQLFilter;
        const field = object.fields.get(key);
        if (field) {
            const order = clause.order === 'DESC' ? 'DESC' : 'ASC';
            const nulls = clause.nulls ? ` NULLS ${String(clause.nulls)}` : '';
            return [`${prefix}${field.name} ${order}${nulls}`];
        }
        const lookup = findRelationship(object, key);
        const parent = lookup?.referenceTo ? schema.objects.get(lookup.referenceTo) : undefined;
        if (!parent) {
            throw invalid(`${object.name} has no field or relationship ${key} to sort by.`);
        }
        return orderBySoql(schema, parent, clause, `${prefix}${key}.`);
    });
}

/** Where a cursor stands: the record's 0-based position and its sort values. */
export interface CursorPosition {
    position: number;
    sortValues: SortValues;
}

/**
 * Makes the opaque cursor of a record of a result (`v2:[position, sort values]`, base64): the
 * next page starts after the record's sort values, so it costs what the first page does.
 * @param position the record's 0-based position
 * @param sortValues the record's values of the query's sort keys
 * @returns the cursor
 */
export function encodeCursor(position: number, sortValues: SortValues): string {
    return Buffer.from(`v2:${JSON.stringify([position, sortValues])}`).toString('base64');
}

function isSortValue(value: unknown): boolean {
    return value === null || typeof value === 'string' || typeof value === 'number';
}

/**
 * Reads a cursor an earlier page handed out.
 * @param cursor an `endCursor` or edge cursor from an earlier page, or nothing
 * @returns where it stands, or undefined for no cursor (the first page)
 */
export function readCursor(cursor: string | null | undefined): CursorPosition | undefined {
    if (cursor === null || cursor === undefined) {
        return undefined;
    }
    const text = Buffer.from(cursor, 'base64').toString('utf8');
    let parsed: unknown;
    try {
        parsed = text.startsWith('v2:') ? JSON.parse(text.slice(3)) : undefined;
    } catch {
        parsed = undefined;
    }
    const [position, sortValues] = Array.isArray(parsed) ? parsed : [];
    if (
        !Number.isInteger(position) ||
        (position as number) < 0 ||
        !Array.isArray(sortValues) ||
        !sortValues.every(isSortValue)
    ) {
        throw invalid(
            `The cursor ${JSON.stringify(cursor)} is not one this API handed out. Pass the endCursor of the previous page.`
        );
    }
    return { position: position as number, sortValues: sortValues as SortValues };
}

/**
 * Checks the `first` argument of a connection.
 * @param first the argument, when given
 * @returns the page size
 */
export function pageSize(first: number | null | undefined): number {
    if (first === null || first === undefined) {
        return DEFAULT_PAGE_SIZE;
    }
    if (first < 1 || first > MAX_PAGE_SIZE) {
        throw invalid(`first must be from 1 to ${MAX_PAGE_SIZE}; it was ${first}.`);
    }
    return first;
}
