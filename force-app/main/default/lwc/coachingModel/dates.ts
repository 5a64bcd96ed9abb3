// Date-only values (Salesforce Date fields) are compared as YYYY-MM-DD strings, which sort like the
// dates they name and carry no time zone to drift across.

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

function pad(value: number): string {
    return String(value).padStart(2, '0');
}

/**
 * The calendar date of a moment where the viewer is, as YYYY-MM-DD.
 * @param moment the moment, usually now
 * @returns the local calendar date
 */
export function toDateOnly(moment: Date): string {
    return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * Moves a YYYY-MM-DD date by whole days.
 * @param date the date, YYYY-MM-DD
 * @param days how many days to add (negative to go back)
 * @returns the moved date, YYYY-MM-DD
 */
export function addDays(date: string, days: number): string {
    const [year, month, day] = date.split('-').map(Number);
    const moved = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
    return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/**
 * Hours from one ISO date-time to a later one.
 * @param from the start, an ISO date-time
 * @param to the end, an ISO date-time
 * @returns the hours between them (0 when the end comes first), or undefined when either is unreadable
 */
export function hoursBetween(from: string, to: string): number | undefined {
    const start = Date.parse(from);
    const end = Date.parse(to);
    if (Number.isNaN(start) || Number.isNaN(end)) {
        return undefined;
    }
    // Clock skew between a client-set Answered_At__c and the server's CreatedDate must not go negative.
    return Math.max(0, (end - start) / HOUR_MS);
}

/**
 * Whole days from one YYYY-MM-DD date to another.
 * @param from the first date, YYYY-MM-DD
 * @param to the second date, YYYY-MM-DD
 * @returns the days between them, negative when `to` comes first
 */
export function daysBetween(from: string, to: string): number {
    return Math.round(
        (Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS
    );
}

/**
 * Whole days that passed since a moment.
 * @param since an ISO date-time, as the APIs return it (`+0000` or `Z`)
 * @param now the current moment
 * @returns completed days, 0 for anything under a day, in the future or unreadable
 */
export function daysSince(since: string, now: Date): number {
    const start = Date.parse(since);
    if (Number.isNaN(start)) {
        return 0;
    }
    return Math.max(0, Math.floor((now.getTime() - start) / DAY_MS));
}

// The range a Salesforce Date field stores.
const FIRST_YEAR = 1700;
const LAST_YEAR = 4000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a date box holds: nothing, a date, or text that is not a date. */
export type DateInput = { kind: 'empty' } | { kind: 'date'; date: string } | { kind: 'invalid' };

/**
 * Reads a `lightning-input type="date"` box. The box parses what the user types in their locale's
 * formats and reports the date as YYYY-MM-DD, whatever the locale; text it cannot parse leaves the
 * value null while the box still shows it, which the box reports as bad input.
 * @param value the box's value: YYYY-MM-DD, or empty / null / undefined
 * @param hasBadInput whether the box holds text it could not read as a date
 * @returns empty, the date (YYYY-MM-DD), or invalid: text that is not a date, an impossible
 * calendar day, or a year a Date field cannot store
 */
export function readDateInput(value: string | null | undefined, hasBadInput: boolean): DateInput {
    const text = (value ?? '').trim();
    if (!text) {
        return hasBadInput ? { kind: 'invalid' } : { kind: 'empty' };
    }
    const match = ISO_DATE.exec(text);
    if (!match) {
        return { kind: 'invalid' };
    }
    const [year, month, day] = match.slice(1).map(Number);
    const moment = new Date(Date.UTC(year, month - 1, day));
    const isCalendarDay =
        moment.getUTCFullYear() === year &&
        moment.getUTCMonth() === month - 1 &&
        moment.getUTCDate() === day;
    if (!isCalendarDay || year < FIRST_YEAR || year > LAST_YEAR) {
        return { kind: 'invalid' };
    }
    return { kind: 'date', date: text };
}
