/** How many values one IN list carries, well under SOQL's 100,000-character statement limit. */
export const IN_LIST_SIZE = 200;

/**
 * Quotes a text value for SOQL.
 * @param value the text
 * @returns the quoted literal, with backslashes and quotes escaped
 */
export function soqlString(value: string): string {
    return `'${value
        .replace(/\\/g, '\\\\')
        .replace(/'/g, "\\'")
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')}'`;
}

/**
 * An IN list of text values.
 * @param values the values, at least one
 * @returns `('a', 'b')`
 */
export function soqlList(values: readonly string[]): string {
    return `(${values.map(soqlString).join(', ')})`;
}

/**
 * Splits a list into pieces of at most `size` items.
 * @param items the list
 * @param size the largest piece
 * @returns the pieces, in order
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
    const pieces: T[][] = [];
    for (let start = 0; start < items.length; start += size) {
        pieces.push(items.slice(start, start + size));
    }
    return pieces;
}
