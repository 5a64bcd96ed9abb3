import type { FieldSchema } from '../../../metadata/schema';

/** A field as the UI API shows it: the raw value and, where the type has one, its display form. */
export interface UiFieldValue {
    value: unknown;
    displayValue: string | null;
}

/** The one locale and time zone of the local org: every user reads en_US, in UTC. */
export const UI_LOCALE = 'en-US';
export const UI_TIME_ZONE = 'UTC';
export const UI_CURRENCY = 'USD';

const DATE_FORMAT = new Intl.DateTimeFormat(UI_LOCALE, {
    timeZone: UI_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric'
});
const DATE_TIME_FORMAT = new Intl.DateTimeFormat(UI_LOCALE, {
    timeZone: UI_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit'
});
const CURRENCY_FORMAT = new Intl.NumberFormat(UI_LOCALE, {
    style: 'currency',
    currency: UI_CURRENCY
});
const NUMBER_FORMAT = new Intl.NumberFormat(UI_LOCALE);

function displayValue(field: FieldSchema, value: unknown): string | null {
    switch (field.type) {
        case 'picklist':
            // Picklist labels equal their API values in this project's metadata.
            return String(value);
        case 'date':
            return DATE_FORMAT.format(new Date(`${String(value)}T00:00:00.000Z`));
        case 'datetime':
            return DATE_TIME_FORMAT.format(new Date(String(value)));
        case 'currency':
            return CURRENCY_FORMAT.format(Number(value));
        case 'percent':
            return `${NUMBER_FORMAT.format(Number(value))}%`;
        case 'double':
            return NUMBER_FORMAT.format(Number(value));
        default:
            // Text, ids, references and checkboxes have no display form of their own.
            return null;
    }
}

/**
 * Writes a date and time of a REST-shaped record (`...+0000`) as the UI API does (`...Z`).
 * @param value the REST value
 * @returns the ISO 8601 text in UTC, or null for no value
 */
export function isoDateTime(value: unknown): string | null {
    return typeof value === 'string'
        ? new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')).toISOString()
        : null;
}

/**
 * Turns a field value of a REST-shaped record into the UI API's `{ value, displayValue }`: date
 * and times as ISO 8601 in UTC (`2026-11-20T10:00:00.000Z`), display values formatted for en_US.
 * @param field the field
 * @param apiValue the value as the REST API returns it (see `toApiValue`)
 * @returns the UI API field value
 */
export function uiFieldValue(field: FieldSchema, apiValue: unknown): UiFieldValue {
    if (apiValue === null || apiValue === undefined) {
        return { value: field.type === 'boolean' ? false : null, displayValue: null };
    }
    const value = field.type === 'datetime' ? isoDateTime(apiValue) : apiValue;
    return { value, displayValue: displayValue(field, value) };
}
