import { CliError } from './commandLine';

// The panel's own date arithmetic, so the tools count days as it does.
export { addDays, daysBetween, daysSince } from 'c/coachingModel';

// Calendar dates are YYYY-MM-DD strings in UTC, as Salesforce Date fields and SOQL date literals
// are: they sort like the dates they name and carry no time zone.

/**
 * The UTC calendar date of a moment.
 * @param moment the moment
 * @returns YYYY-MM-DD
 */
export function utcDate(moment: Date): string {
    return moment.toISOString().slice(0, 10);
}

/**
 * Whether a text is a real calendar date written YYYY-MM-DD.
 * @param value the text
 * @returns true for 2025-02-28, false for 2025-02-30 or 28/02/2025
 */
export function isCalendarDate(value: string): boolean {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return false;
    }
    const time = Date.parse(`${value}T00:00:00.000Z`);
    return !Number.isNaN(time) && utcDate(new Date(time)) === value;
}

/**
 * Reads a date option.
 * @param name the option name, for the message
 * @param value the text given
 * @returns the date, YYYY-MM-DD
 */
export function dateOption(name: string, value: string): string {
    if (!isCalendarDate(value)) {
        throw new CliError(`--${name} ${value} is not a date: write it as YYYY-MM-DD.`);
    }
    return value;
}
