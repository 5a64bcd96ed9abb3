import type { FieldType, QueryBase } from '@jetstreamapp/soql-parser-js';
import { apiError } from '../errors';
import { recordUrl, toApiValue } from '../data/recordValues';
import type { RequestContext } from '../requestContext';
import type { ObjectSchema } from '../../../metadata/schema';
import { quote } from '../data/store';
import { visibilityFilter } from '../data/visibility';
import { malformed, SelectBuilder, type Column } from './selectBuilder';
import { where } from './whereClause';
import { keysetAfter, orderBySql, sortKeys, type SortKey, type SortValues } from './keyset';

export const AGGREGATES = new Set(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);

export function asArray<T>(value: T | T[] | undefined): T[] {
    if (value === undefined) {
        return [];
    }
    return Array.isArray(value) ? value : [value];
}

export function checkClauses(query: QueryBase): void {
    if (query.having) {
        throw malformed('HAVING is not supported by the local org.');
    }
    if (query.for || query.update || query.usingScope || query.withDataCategory) {
        throw malformed(
            'FOR, UPDATE, USING SCOPE and WITH DATA CATEGORY are not supported by the local org.'
        );
    }
}

export interface Compiled {
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
export interface Paging {
    /** The sort values of the row before the page: the page starts after it (keyset). */
    after?: SortValues;
    offset: number;
    limit: number;
}

export function compile(
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

export function shapeRecord(
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
