import { randomBytes } from 'node:crypto';
import {
    parseQuery,
    type FieldType,
    type OrderByClause,
    type Query,
    type QueryBase,
    type WhereClause
} from '@jetstreamapp/soql-parser-js';
import { apiError } from './errors';
import { recordUrl, toApiValue, type RequestContext } from './records';
import {
    findField,
    findObject,
    findRelationship,
    normalizeId,
    type FieldSchema,
    type ObjectSchema
} from '../../metadata/schema';
import { quote } from './store';
import { visibilityFilter } from './visibility';

/** A query response page, as `/query` returns it. */
export interface QueryResult {
    totalSize: number;
    done: boolean;
    records: Record<string, unknown>[];
    nextRecordsUrl?: string;
}

/** The default and largest page of a query, as on Salesforce. */
export const DEFAULT_BATCH_SIZE = 2000;

const AGGREGATES = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);
const NUMERIC = new Set(['double', 'currency', 'percent']);
const TEXT = new Set(['string', 'textarea', 'picklist', 'email']);

function malformed(message: string): Error {
    return apiError(
        400,
        'MALFORMED_QUERY',
        `${message} The local org supports fields, parent fields, WHERE with AND/OR/NOT/IN/LIKE/comparisons and date literals, ORDER BY, LIMIT/OFFSET, COUNT(), GROUP BY with aggregates and child subqueries.`
    );
}

function noSuchColumn(object: ObjectSchema, name: string): Error {
    return apiError(
        400,
        'INVALID_FIELD',
        `No such column '${name}' on entity '${object.name}'. Check the field's API name, and that your permission sets let you see it.`
    );
}

interface Join {
    alias: string;
    object: ObjectSchema;
    /** The relationship names from the root, canonical case. */
    path: string[];
}

interface Column {
    sql: string;
    alias: string;
    field: FieldSchema;
    /** The joins the value sits under (empty for a field of the queried object). */
    joins: Join[];
    outputName: string;
    aggregate?: string;
}

/** Builds one SELECT for one object: its joins, parameters and columns. */
class SelectBuilder {
    // Fields are declared, not initialised in place: the jest transformer registers class
    // fields with the LWC engine, which plain Node code must not load.
    declare readonly joins: Map<string, Join>;
    declare readonly joinSql: string[];
    declare readonly joinParams: unknown[];
    declare readonly context: RequestContext;
    declare readonly object: ObjectSchema;
    declare readonly alias: string;
    declare private counter: number;

    constructor(context: RequestContext, object: ObjectSchema, alias: string) {
        this.context = context;
        this.object = object;
        this.alias = alias;
        this.joins = new Map();
        this.joinSql = [];
        this.joinParams = [];
        this.counter = 0;
    }

    nextAlias(prefix: string): string {
        this.counter += 1;
        return `${this.alias}_${prefix}${this.counter}`;
    }

    /** Resolves `Field` or `Rel__r.Rel.Field` to a SQL expression, joining parents as needed. */
    resolve(path: string): { sql: string; field: FieldSchema; joins: Join[] } {
        const segments = path.split('.');
        // A field may be prefixed with the object's own name or alias; Salesforce allows it.
        if (segments.length > 1 && segments[0].toLowerCase() === this.object.name.toLowerCase()) {
            segments.shift();
        }
        let object = this.object;
        let tableAlias = this.alias;
        const joins: Join[] = [];
        for (const segment of segments.slice(0, -1)) {
            const lookup = findRelationship(object, segment);
            const parent = lookup?.referenceTo
                ? this.context.store.schema.objects.get(lookup.referenceTo)
                : undefined;
            if (
                !lookup ||
                !parent ||
                !this.context.access.field(object.name, lookup.name).readable
            ) {
                throw apiError(
                    400,
                    'INVALID_FIELD',
                    `Didn't understand relationship '${segment}' in field path '${path}' on entity '${object.name}'. Use a parent relationship name such as Owner or Opportunity__r.`
                );
            }
            const joinPath = [
                ...joins.map((join) => join.path.at(-1) as string),
                lookup.relationshipName as string
            ];
            const key = joinPath.join('.');
            let join = this.joins.get(key);
            if (!join) {
                join = { alias: this.nextAlias('p'), object: parent, path: joinPath };
                const visible = visibilityFilter(
                    this.context.store,
                    this.context.access,
                    parent,
                    join.alias
                );
                // A parent the user cannot see reads as null, as on Salesforce.
                this.joinSql.push(
                    `LEFT JOIN ${quote(parent.name)} ${join.alias} ON ${join.alias}.Id = ${tableAlias}.${quote(lookup.name)} AND ${join.alias}.IsDeleted = 0${visible ? ` AND ${visible.sql}` : ''}`
                );
                this.joinParams.push(...(visible?.params ?? []));
                this.joins.set(key, join);
            }
            joins.push(join);
            object = parent;
            tableAlias = join.alias;
        }
        const name = segments.at(-1) as string;
        const field = findField(object, name);
        if (!field || !this.context.access.field(object.name, field.name).readable) {
            throw noSuchColumn(object, name);
        }
        return { sql: `${tableAlias}.${quote(field.name)}`, field, joins };
    }
}

function unquote(value: string): string {
    if (!value.startsWith("'")) {
        return value;
    }
    return value
        .slice(1, -1)
        .replace(
            /\\(.)/g,
            (_match, character: string) =>
                ({ n: '\n', r: '\r', t: '\t' })[character as 'n' | 'r' | 't'] ?? character
        );
}

function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
    return new Date(date.getTime() + days * 86_400_000);
}

/** The [start, end) day range a date literal stands for, in UTC. */
function dateRange(literal: string, now: Date): [string, string] {
    const today = new Date(`${isoDate(now)}T00:00:00.000Z`);
    const [name, nText] = literal.toUpperCase().split(':');
    const n = Number(nText);
    const weekStart = addDays(today, -today.getUTCDay());
    const month = (offset: number) =>
        new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
    const year = (offset: number) => new Date(Date.UTC(today.getUTCFullYear() + offset, 0, 1));
    const ranges: Record<string, () => [Date, Date]> = {
        TODAY: () => [today, addDays(today, 1)],
        YESTERDAY: () => [addDays(today, -1), today],
        TOMORROW: () => [addDays(today, 1), addDays(today, 2)],
        THIS_WEEK: () => [weekStart, addDays(weekStart, 7)],
        LAST_WEEK: () => [addDays(weekStart, -7), weekStart],
        NEXT_WEEK: () => [addDays(weekStart, 7), addDays(weekStart, 14)],
        THIS_MONTH: () => [month(0), month(1)],
        LAST_MONTH: () => [month(-1), month(0)],
        NEXT_MONTH: () => [month(1), month(2)],
        THIS_YEAR: () => [year(0), year(1)],
        LAST_YEAR: () => [year(-1), year(0)],
        NEXT_YEAR: () => [year(1), year(2)],
        LAST_N_DAYS: () => [addDays(today, -n), addDays(today, 1)],
        NEXT_N_DAYS: () => [addDays(today, 1), addDays(today, 1 + n)],
        N_DAYS_AGO: () => [addDays(today, -n), addDays(today, -n + 1)]
    };
    const range = ranges[name];
    if (!range || (nText !== undefined && !Number.isInteger(n))) {
        throw malformed(`The date literal ${literal} is not supported by the local org.`);
    }
    const [start, end] = range();
    return [isoDate(start), isoDate(end)];
}

function literalValue(field: FieldSchema, literalType: string, raw: string): unknown {
    const mismatch = () =>
        malformed(
            `The value ${raw} does not suit ${field.name}, a ${field.type} field: compare it with a value of its type.`
        );
    switch (literalType) {
        case 'STRING': {
            if (!TEXT.has(field.type) && field.type !== 'id' && field.type !== 'reference') {
                throw mismatch();
            }
            const value = unquote(raw);
            return field.type === 'id' || field.type === 'reference'
                ? (normalizeId(value) ?? value)
                : value;
        }
        case 'INTEGER':
        case 'DECIMAL':
            if (!NUMERIC.has(field.type)) {
                throw mismatch();
            }
            return Number(raw);
        case 'BOOLEAN':
            if (field.type !== 'boolean') {
                throw mismatch();
            }
            return raw.toUpperCase() === 'TRUE' ? 1 : 0;
        case 'DATE':
            if (field.type !== 'date') {
                throw mismatch();
            }
            // The grammar takes any digits (2025-13-45); comparing those as text gives wrong answers.
            if (
                Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ||
                isoDate(new Date(`${raw}T00:00:00Z`)) !== raw
            ) {
                throw malformed(`${raw} is not a calendar date.`);
            }
            return raw;
        case 'DATETIME': {
            if (field.type !== 'datetime') {
                throw mismatch();
            }
            const time = new Date(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
            if (Number.isNaN(time.getTime())) {
                throw mismatch();
            }
            return time.toISOString();
        }
        default:
            throw malformed(`Values of type ${literalType} are not supported by the local org.`);
    }
}

/** Compiles one WHERE condition to SQL with its parameters. */
function condition(
    builder: SelectBuilder,
    node: Record<string, unknown>
): { sql: string; params: unknown[] } {
    if ('fn' in node || 'valueQuery' in node) {
        throw malformed('Functions and semi-joins in WHERE are not supported by the local org.');
    }
    const { sql: column, field } = builder.resolve(String(node.field));
    const operator = String(node.operator).toUpperCase();
    const literalTypes = node.literalType;
    const rawValues = node.value;
    const now = builder.context.now;
    const nocase = TEXT.has(field.type) ? ' COLLATE NOCASE' : '';
    if (literalTypes === 'DATE_LITERAL' || literalTypes === 'DATE_N_LITERAL') {
        if (field.type !== 'date' && field.type !== 'datetime') {
            throw malformed(
                `${field.name} is not a date field, so it cannot be compared with ${String(rawValues)}.`
            );
        }
        if (Array.isArray(rawValues)) {
            throw malformed('Date literals in IN lists are not supported by the local org.');
        }
        const [startDay, endDay] = dateRange(String(rawValues), now);
        const [start, end] =
            field.type === 'date'
                ? [startDay, endDay]
                : [`${startDay}T00:00:00.000Z`, `${endDay}T00:00:00.000Z`];
        const comparisons: Record<string, { sql: string; params: unknown[] }> = {
            '=': { sql: `(${column} >= ? AND ${column} < ?)`, params: [start, end] },
            '!=': {
                sql: `(${column} IS NULL OR ${column} < ? OR ${column} >= ?)`,
                params: [start, end]
            },
            '<': { sql: `${column} < ?`, params: [start] },
            '<=': { sql: `${column} < ?`, params: [end] },
            '>': { sql: `${column} >= ?`, params: [end] },
            '>=': { sql: `${column} >= ?`, params: [start] }
        };
        const compiled = comparisons[operator === '<>' ? '!=' : operator];
        if (!compiled) {
            throw malformed(`The operator ${operator} cannot compare dates.`);
        }
        return compiled;
    }
    if (operator === 'IN' || operator === 'NOT IN') {
        const values = (Array.isArray(rawValues) ? rawValues : [rawValues]).map((value, index) =>
            literalValue(
                field,
                String(Array.isArray(literalTypes) ? literalTypes[index] : literalTypes),
                String(value)
            )
        );
        const list = `(${values.map(() => '?').join(', ')})`;
        return operator === 'IN'
            ? { sql: `${column}${nocase} IN ${list}`, params: values }
            : { sql: `(${column} IS NULL OR ${column}${nocase} NOT IN ${list})`, params: values };
    }
    if (Array.isArray(rawValues) || Array.isArray(literalTypes)) {
        throw malformed(`The operator ${operator} takes one value.`);
    }
    if (literalTypes === 'NULL') {
        if (operator === '=') {
            return { sql: `${column} IS NULL`, params: [] };
        }
        if (operator === '!=' || operator === '<>') {
            return { sql: `${column} IS NOT NULL`, params: [] };
        }
        throw malformed(`null can only be compared with = or !=.`);
    }
    const value = literalValue(field, String(literalTypes), String(rawValues));
    switch (operator) {
        case '=':
            return { sql: `${column}${nocase} = ?`, params: [value] };
        case '!=':
        case '<>':
            // SOQL's != keeps records where the field is null.
            return { sql: `(${column} IS NULL OR ${column}${nocase} <> ?)`, params: [value] };
        case '<':
        case '<=':
        case '>':
        case '>=':
            return { sql: `${column}${nocase} ${operator} ?`, params: [value] };
        case 'LIKE':
            if (!TEXT.has(field.type)) {
                throw malformed(`LIKE only compares text, and ${field.name} is not text.`);
            }
            return { sql: `${column} LIKE ? ESCAPE '\\'`, params: [value] };
        default:
            throw malformed(`The operator ${operator} is not supported by the local org.`);
    }
}

/** Writes the parser's flat WHERE chain as SQL, keeping its parentheses. */
function where(
    builder: SelectBuilder,
    clause: WhereClause | undefined
): { sql: string; params: unknown[] } {
    const parts: string[] = [];
    const params: unknown[] = [];
    let node: WhereClause | undefined = clause;
    while (node) {
        const left = node.left as Record<string, unknown> | null;
        if (left && 'operator' in left) {
            const compiled = condition(builder, left);
            parts.push(
                `${'('.repeat(Number(left.openParen ?? 0))}(${compiled.sql})${')'.repeat(Number(left.closeParen ?? 0))}`
            );
            params.push(...compiled.params);
        } else if (left && 'openParen' in left) {
            parts.push('('.repeat(Number(left.openParen)));
        }
        const operator = 'operator' in node ? node.operator : undefined;
        if (operator) {
            parts.push(operator);
        }
        node = 'right' in node ? node.right : undefined;
    }
    return { sql: parts.join(' '), params };
}

function asArray<T>(value: T | T[] | undefined): T[] {
    if (value === undefined) {
        return [];
    }
    return Array.isArray(value) ? value : [value];
}

/** One ORDER BY key as SQL: its column, collation, direction and where nulls go. */
interface SortKey {
    sql: string;
    collate: string;
    descending: boolean;
    nullsFirst: boolean;
}

/** The sort values of one row, one per sort key: where a keyset page starts after. */
export type SortValues = (string | number | null)[];

function sortKeys(builder: SelectBuilder, clauses: OrderByClause[]): SortKey[] {
    return clauses.map((clause) => {
        if (!('field' in clause)) {
            throw malformed('ORDER BY a function is not supported by the local org.');
        }
        const { sql, field } = builder.resolve(clause.field);
        const descending = clause.order === 'DESC';
        return {
            sql,
            collate: TEXT.has(field.type) ? ' COLLATE NOCASE' : '',
            descending,
            nullsFirst: (clause.nulls ?? (descending ? 'LAST' : 'FIRST')) === 'FIRST'
        };
    });
}

function orderBySql(keys: SortKey[]): string {
    return keys
        .map(
            (key) =>
                `${key.sql}${key.collate} ${key.descending ? 'DESC' : 'ASC'} NULLS ${key.nullsFirst ? 'FIRST' : 'LAST'}`
        )
        .join(', ');
}

/**
 * The condition that keeps the rows sorting after a row with the given sort values: for each key,
 * the rows that tie on every earlier key and come after on this one, nulls placed as the key says.
 */
function keysetAfter(keys: SortKey[], values: SortValues): { sql: string; params: unknown[] } {
    const alternatives: string[] = [];
    const params: unknown[] = [];
    keys.forEach((key, index) => {
        const value = values[index];
        // A null sorts last under NULLS LAST: only rows that tie on it can follow.
        if (value === null && !key.nullsFirst) {
            return;
        }
        const ties = keys
            .slice(0, index)
            .map((prior, priorIndex) =>
                values[priorIndex] === null
                    ? `${prior.sql} IS NULL`
                    : `${prior.sql}${prior.collate} = ?`
            );
        params.push(...values.slice(0, index).filter((prior) => prior !== null));
        let beyond = `${key.sql} IS NOT NULL`;
        if (value !== null) {
            beyond = `${key.sql}${key.collate} ${key.descending ? '<' : '>'} ?`;
            params.push(value);
            if (!key.nullsFirst) {
                beyond = `(${beyond} OR ${key.sql} IS NULL)`;
            }
        }
        alternatives.push(`(${[...ties, beyond].join(' AND ')})`);
    });
    return { sql: alternatives.length > 0 ? `(${alternatives.join(' OR ')})` : '0', params };
}

function checkClauses(query: QueryBase): void {
    if (query.having) {
        throw malformed('HAVING is not supported by the local org.');
    }
    if (query.for || query.update || query.usingScope || query.withDataCategory) {
        throw malformed(
            'FOR, UPDATE, USING SCOPE and WITH DATA CATEGORY are not supported by the local org.'
        );
    }
}

interface Compiled {
    sql: string;
    params: unknown[];
    columns: Column[];
    subqueries: {
        relationshipName: string;
        child: ObjectSchema;
        field: string;
        query: QueryBase;
    }[];
    aggregate: 'count' | 'grouped' | undefined;
    /** The sort keys of a record query, Id last, each selected as `_k<n>`; none for aggregates. */
    keys: SortKey[];
}

/** Which rows of a query one page reads, in place of the query's own LIMIT and OFFSET. */
interface Paging {
    /** The sort values of the row before the page: the page starts after it (keyset). */
    after?: SortValues;
    offset: number;
    limit: number;
}

function compile(
    context: RequestContext,
    object: ObjectSchema,
    query: QueryBase,
    extraWhere?: { sql: string; params: unknown[] },
    paging?: Paging
): Compiled {
    checkClauses(query);
    const builder = new SelectBuilder(context, object, 't');
    const columns: Column[] = [];
    const subqueries: Compiled['subqueries'] = [];
    const fields: FieldType[] = query.fields ?? [];
    const groupBy = asArray(query.groupBy);
    const hasAggregate = fields.some(
        (field) => field.type === 'FieldFunctionExpression' && field.isAggregateFn
    );
    const isCount =
        fields.length === 1 &&
        fields[0].type === 'FieldFunctionExpression' &&
        fields[0].functionName.toUpperCase() === 'COUNT' &&
        fields[0].parameters.length === 0;
    let expressionIndex = 0;
    for (const field of fields) {
        if (field.type === 'Field' || field.type === 'FieldRelationship') {
            const path =
                field.type === 'Field'
                    ? field.field
                    : [...field.relationships, field.field].join('.');
            const resolved = builder.resolve(path);
            columns.push({
                ...resolved,
                alias: `c${columns.length}`,
                outputName: resolved.field.name
            });
        } else if (
            field.type === 'FieldFunctionExpression' &&
            AGGREGATES.has(field.functionName.toUpperCase())
        ) {
            const name = field.functionName.toUpperCase();
            if (isCount) {
                continue;
            }
            const parameter = field.parameters[0];
            if (typeof parameter !== 'string' || field.parameters.length !== 1) {
                throw malformed(`${name}() takes one field in the local org.`);
            }
            const resolved = builder.resolve(parameter);
            const sqlFunction = name === 'COUNT_DISTINCT' ? 'COUNT(DISTINCT' : `${name}(`;
            columns.push({
                ...resolved,
                sql: `${sqlFunction}${name === 'COUNT_DISTINCT' ? ' ' : ''}${resolved.sql})`,
                alias: `c${columns.length}`,
                outputName: field.alias ?? `expr${expressionIndex++}`,
                aggregate: name
            });
        } else if (field.type === 'FieldSubquery') {
            const relationship = object.childRelationships.find(
                (entry) =>
                    entry.relationshipName.toLowerCase() ===
                    field.subquery.relationshipName.toLowerCase()
            );
            const child =
                relationship && context.store.schema.objects.get(relationship.childSObject);
            if (!relationship || !child || !context.access.object(child.name).read) {
                throw apiError(
                    400,
                    'INVALID_TYPE',
                    `Didn't understand relationship '${field.subquery.relationshipName}' in FROM part of query call. Use a child relationship of ${object.name}, such as ${object.childRelationships.map((entry) => entry.relationshipName).join(', ') || '(it has none)'}.`
                );
            }
            subqueries.push({
                relationshipName: relationship.relationshipName,
                child,
                field: relationship.field,
                query: field.subquery
            });
        } else {
            throw malformed(
                `The select item ${'rawValue' in field && field.rawValue ? field.rawValue : field.type} is not supported by the local org.`
            );
        }
    }
    if ((hasAggregate || groupBy.length > 0) && subqueries.length > 0) {
        throw malformed('Aggregate queries cannot have child subqueries.');
    }
    const groupColumns = groupBy.map((clause) => {
        if (!('field' in clause)) {
            throw malformed('GROUP BY a function is not supported by the local org.');
        }
        return builder.resolve(clause.field).sql;
    });
    if (groupBy.length > 0 || (hasAggregate && !isCount)) {
        const loose = columns.find(
            (column) => !column.aggregate && !groupColumns.includes(column.sql)
        );
        if (loose) {
            throw malformed(`Field must be grouped or aggregated: ${loose.field.name}.`);
        }
    }
    const filters: { sql: string; params: unknown[] }[] = [{ sql: 't.IsDeleted = 0', params: [] }];
    const visible = visibilityFilter(context.store, context.access, object, 't');
    if (visible) {
        filters.push(visible);
    }
    if (extraWhere) {
        filters.push(extraWhere);
    }
    if (query.where) {
        const compiled = where(builder, query.where);
        filters.push({ sql: `(${compiled.sql})`, params: compiled.params });
    }
    const aggregate = isCount
        ? 'count'
        : hasAggregate || groupBy.length > 0
          ? 'grouped'
          : undefined;
    const orderKeys = sortKeys(builder, asArray(query.orderBy));
    const idKey: SortKey = {
        sql: `t.${quote('Id')}`,
        collate: '',
        descending: false,
        nullsFirst: true
    };
    // Id among the keys gives every record one place in the order, so pages never skip or repeat.
    const keys = aggregate
        ? []
        : orderKeys.some((key) => key.sql === idKey.sql)
          ? orderKeys
          : [...orderKeys, idKey];
    if (paging?.after && keys.length > 0) {
        if (paging.after.length !== keys.length) {
            throw apiError(
                400,
                'INVALID_INPUT',
                'The page position does not belong to this query: pass the cursor of the previous page of the same query.'
            );
        }
        filters.push(keysetAfter(keys, paging.after));
    }
    const joinAliases = [...builder.joins.values()];
    const selectList = isCount
        ? ['COUNT(*) AS c0']
        : [
              ...(aggregate ? [] : ['t.Id AS _id']),
              ...(aggregate
                  ? []
                  : joinAliases.map((join) => `${join.alias}.Id AS ${join.alias}_id`)),
              ...columns.map((column) => `${column.sql} AS ${column.alias}`),
              ...keys.map((key, index) => `${key.sql} AS _k${index}`)
          ];
    let sql = `SELECT ${selectList.join(', ')} FROM ${quote(object.name)} t ${builder.joinSql.join(' ')} WHERE ${filters.map((filter) => filter.sql).join(' AND ')}`;
    if (groupColumns.length > 0) {
        sql += ` GROUP BY ${groupColumns.join(', ')}`;
    }
    const order = aggregate ? orderKeys : keys;
    if (order.length > 0) {
        sql += ` ORDER BY ${orderBySql(order)}`;
    }
    const limits = paging && !isCount ? paging : { limit: query.limit, offset: query.offset };
    if (limits.limit !== undefined || limits.offset !== undefined) {
        sql += ` LIMIT ${limits.limit ?? -1} OFFSET ${limits.offset ?? 0}`;
    }
    return {
        sql,
        params: [...builder.joinParams, ...filters.flatMap((filter) => filter.params)],
        columns,
        subqueries,
        aggregate,
        keys
    };
}

function shapeRecord(
    context: RequestContext,
    object: ObjectSchema,
    compiled: Compiled,
    row: Record<string, unknown>
): Record<string, unknown> {
    if (compiled.aggregate) {
        const record: Record<string, unknown> = { attributes: { type: 'AggregateResult' } };
        for (const column of compiled.columns) {
            const value = row[column.alias];
            record[column.outputName] =
                column.aggregate === 'COUNT' || column.aggregate === 'COUNT_DISTINCT'
                    ? value
                    : toApiValue(column.field, value);
        }
        return record;
    }
    const id = String(row._id);
    const record: Record<string, unknown> = {
        attributes: { type: object.name, url: recordUrl(context.apiVersion, object.name, id) }
    };
    for (const column of compiled.columns) {
        let target: Record<string, unknown> | null = record;
        for (const join of column.joins) {
            const key = join.path.at(-1) as string;
            const parentId = row[`${join.alias}_id`];
            if (parentId === null || parentId === undefined) {
                target[key] = null;
                target = null;
                break;
            }
            target[key] ??= {
                attributes: {
                    type: join.object.name,
                    url: recordUrl(context.apiVersion, join.object.name, String(parentId))
                }
            };
            target = target[key] as Record<string, unknown>;
        }
        if (target) {
            target[column.outputName] = toApiValue(column.field, row[column.alias]);
        }
    }
    for (const subquery of compiled.subqueries) {
        const child = compile(context, subquery.child, subquery.query, {
            sql: `t.${quote(subquery.field)} = ?`,
            params: [id]
        });
        const rows = context.store.db.prepare(child.sql).all(...child.params) as Record<
            string,
            unknown
        >[];
        record[subquery.relationshipName] =
            rows.length === 0
                ? null
                : {
                      totalSize: rows.length,
                      done: true,
                      records: rows.map((childRow) =>
                          shapeRecord(context, subquery.child, child, childRow)
                      )
                  };
    }
    return record;
}

function parse(soql: string): Query {
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
    return query;
}

/** Parses a query and checks that the user may read its object. */
function parseFor(context: RequestContext, soql: string): { query: Query; object: ObjectSchema } {
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

function rowsOf(context: RequestContext, compiled: Compiled): Record<string, unknown>[] {
    return context.store.db.prepare(compiled.sql).all(...compiled.params) as Record<
        string,
        unknown
    >[];
}

// Counted once, when a query's first page leaves more to read; the locator keeps the figure.
function countRows(context: RequestContext, object: ObjectSchema, query: Query): number {
    const all = compile(context, object, query);
    const row = context.store.db
        .prepare(`SELECT COUNT(*) AS total FROM (${all.sql})`)
        .get(...all.params) as { total: number };
    return row.total;
}

function sortValuesOf(compiled: Compiled, row: Record<string, unknown>): SortValues {
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
