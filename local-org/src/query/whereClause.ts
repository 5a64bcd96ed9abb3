import type { WhereClause } from '@jetstreamapp/soql-parser-js';
import { normalizeId, type FieldSchema } from '../../../metadata/schema';
import { NUMERIC, TEXT, malformed, SelectBuilder } from './selectBuilder';

export function unquote(value: string): string {
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

export function isoDate(date: Date): string {
    return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
    return new Date(date.getTime() + days * 86_400_000);
}

/** The [start, end) day range a date literal stands for, in UTC. */
export function dateRange(literal: string, now: Date): [string, string] {
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
    // A huge N (LAST_N_DAYS:99999999999) reaches past the dates an org stores, or past any date.
    const inRange = (date: Date) =>
        !Number.isNaN(date.getTime()) &&
        date.getUTCFullYear() >= 1700 &&
        date.getUTCFullYear() <= 4001;
    if (!inRange(start) || !inRange(end)) {
        throw malformed(
            `The date literal ${literal} reaches outside the dates Salesforce stores (years 1700 to 4000). Use a smaller number of days.`
        );
    }
    return [isoDate(start), isoDate(end)];
}

export function literalValue(field: FieldSchema, literalType: string, raw: string): unknown {
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
export function condition(
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
export function where(
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
