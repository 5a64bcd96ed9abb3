import type { OrderByClause } from '@jetstreamapp/soql-parser-js';
import { TEXT, malformed, SelectBuilder } from './selectBuilder';

/** One ORDER BY key as SQL: its column, collation, direction and where nulls go. */
export interface SortKey {
    sql: string;
    collate: string;
    descending: boolean;
    nullsFirst: boolean;
}

/** The sort values of one row, one per sort key: where a keyset page starts after. */
export type SortValues = (string | number | null)[];

export function sortKeys(builder: SelectBuilder, clauses: OrderByClause[]): SortKey[] {
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

export function orderBySql(keys: SortKey[]): string {
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
export function keysetAfter(
    keys: SortKey[],
    values: SortValues
): { sql: string; params: unknown[] } {
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
