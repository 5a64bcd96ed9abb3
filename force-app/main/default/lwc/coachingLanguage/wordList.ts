/** Word lists written as plain text, one or more words a line, so long lists stay easy to read. */

/**
 * The words of a text, split on whitespace.
 * @param text words separated by spaces or line breaks
 * @returns the words in order
 */
export function wordList(text: string): string[] {
    return text.split(/\s+/).filter((word) => word.length > 0);
}

/**
 * The words of a text as a set.
 * @param text words separated by spaces or line breaks
 * @returns the set of words
 */
export function wordSet(text: string): ReadonlySet<string> {
    return new Set(wordList(text));
}
