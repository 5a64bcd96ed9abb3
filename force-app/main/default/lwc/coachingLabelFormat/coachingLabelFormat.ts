/**
 * Fills the numbered placeholders of a Custom Label, so translators can move the values around in
 * the sentence. Pure: imports nothing from the platform.
 */

const PLACEHOLDER = /\{(\d+)\}/g;

/**
 * Replaces `{0}`, `{1}`, … in a label with the values given.
 * @param template the label text, for example "Loaded {0} of {1}"
 * @param values the values, in placeholder order; numbers should already be formatted for the locale
 * @returns the label with every placeholder that has a value filled in; others are left as they are
 */
export function formatLabel(template: string, ...values: string[]): string {
    return template.replace(PLACEHOLDER, (placeholder, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? placeholder : value;
    });
}
