import { parse as evaluateFormula } from 'formulon';
import { apiError, ApiError } from '../errors';
import type { FieldSchema, ObjectSchema } from '../../../metadata/schema';
import type { RequestContext } from '../requestContext';

/** A record as the REST API returns it. */
export type ApiRecord = { attributes: { type: string; url: string } } & Record<string, unknown>;

/**
 * Converts a stored value to its REST API form (checkboxes as booleans, datetimes as +0000).
 * @param field the field
 * @param value the stored value
 * @returns the JSON value
 */
export function toApiValue(field: FieldSchema, value: unknown): unknown {
    if (field.type === 'boolean') {
        return value === 1 || value === true;
    }
    if (value === null || value === undefined) {
        return null;
    }
    if (field.type === 'datetime' && typeof value === 'string') {
        return value.replace('Z', '+0000');
    }
    return value;
}

/**
 * The record URL the REST API puts in `attributes.url`.
 * @param apiVersion such as `v65.0`
 * @param objectName the object
 * @param id the record id
 * @returns the URL path
 */
export function recordUrl(apiVersion: string, objectName: string, id: string): string {
    return `/services/data/${apiVersion}/sobjects/${objectName}/${id}`;
}

export function fieldLabel(field: FieldSchema): string {
    return field.label;
}

// The range of dates Salesforce stores.
const FIRST_YEAR = 1700;
const LAST_YEAR = 4000;

function parseDate(value: string): string | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match || Number(match[1]) < FIRST_YEAR || Number(match[1]) > LAST_YEAR) {
        return undefined;
    }
    // Date rolls 2026-02-30 over to March 2; a date that does not round-trip does not exist.
    const date = new Date(`${match[0]}T00:00:00.000Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0]
        ? undefined
        : match[0];
}

function parseDateTime(value: string): string | undefined {
    const match =
        /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
            value
        );
    if (!match || !parseDate(match[1])) {
        return undefined;
    }
    const [hours, minutes, seconds] = [match[2], match[3], match[4]].map(Number);
    if (hours > 23 || minutes > 59 || seconds > 59) {
        return undefined;
    }
    // Salesforce writes offsets as +0000; Date wants +00:00.
    const normalized = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const time = new Date(normalized.length === 10 ? `${normalized}T00:00:00Z` : normalized);
    return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

function jsonTypeError(field: FieldSchema, value: unknown, javaType: string): ApiError {
    const token =
        typeof value === 'object'
            ? Array.isArray(value)
                ? 'START_ARRAY'
                : 'START_OBJECT'
            : 'VALUE_STRING';
    return apiError(
        400,
        'JSON_PARSER_ERROR',
        `Cannot deserialize instance of ${javaType} from ${token} value ${JSON.stringify(value)} for field ${field.name}: send a ${javaType === 'boolean' ? 'true or false' : javaType === 'double' ? 'number' : 'text'} value.`,
        [field.name]
    );
}

/**
 * Converts one JSON value of a request body into its stored form, checking its type.
 * @param field the field it is for
 * @param value the JSON value
 * @returns the stored value
 */
export function toStoredValue(field: FieldSchema, value: unknown): string | number | null {
    if (field.type === 'boolean') {
        if (value === true || value === 'true') {
            return 1;
        }
        if (value === false || value === 'false' || value === null) {
            return 0;
        }
        throw jsonTypeError(field, value, 'boolean');
    }
    if (value === null || value === '') {
        return null;
    }
    if (typeof value === 'object') {
        throw jsonTypeError(field, value, field.type === 'double' ? 'double' : 'String');
    }
    if (['double', 'currency', 'percent'].includes(field.type)) {
        const number = typeof value === 'number' ? value : Number(value);
        if (typeof value === 'boolean' || !Number.isFinite(number)) {
            throw jsonTypeError(field, value, 'double');
        }
        return number;
    }
    if (field.type === 'date' || field.type === 'datetime') {
        if (typeof value !== 'string') {
            throw jsonTypeError(field, value, 'String');
        }
        const parsed = field.type === 'date' ? parseDate(value) : parseDateTime(value);
        if (!parsed) {
            throw apiError(
                400,
                'INVALID_TYPE_ON_FIELD_IN_RECORD',
                `${fieldLabel(field)}: value not of required type: ${value}. Send a ${field.type === 'date' ? 'date as YYYY-MM-DD' : 'date and time as YYYY-MM-DDThh:mm:ss.sssZ'}.`,
                [field.name]
            );
        }
        return parsed;
    }
    return String(value);
}

export function evaluateDefault(field: FieldSchema, now: Date): string | number | null {
    const formula = field.defaultValue as string;
    // formulon's TODAY() reads the clock; the request's own moment keeps one request consistent.
    const result = evaluateFormula(
        formula.replace(/\bTODAY\(\)/gi, `DATEVALUE("${now.toISOString().slice(0, 10)}")`)
    );
    if (result.type === 'error') {
        throw new Error(
            `The default value of ${field.name} (${formula}) cannot be evaluated by the local org: ${result.message}. Use a simpler default or extend local-org/src/data/recordValues.ts.`
        );
    }
    if (result.value instanceof Date) {
        return field.type === 'date'
            ? result.value.toISOString().slice(0, 10)
            : result.value.toISOString();
    }
    if (typeof result.value === 'boolean') {
        return result.value ? 1 : 0;
    }
    return result.value === null || result.value === undefined
        ? null
        : (result.value as string | number);
}

/**
 * Shapes a stored row as the REST API returns it.
 * @param context the request
 * @param object the object
 * @param row the stored row
 * @param fields the fields to include, already checked
 * @returns the API record
 */
export function toApiRecord(
    context: RequestContext,
    object: ObjectSchema,
    row: Record<string, unknown>,
    fields: FieldSchema[]
): ApiRecord {
    const record: ApiRecord = {
        attributes: {
            type: object.name,
            url: recordUrl(context.apiVersion, object.name, String(row.Id))
        }
    };
    for (const field of fields) {
        record[field.name] = toApiValue(field, row[field.name]);
    }
    return record;
}
