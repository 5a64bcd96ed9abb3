import { apiError } from '../errors';
import {
    findField,
    normalizeId,
    objectOfId,
    type FieldSchema,
    type ObjectSchema
} from '../../../metadata/schema';
import type { StoredRow } from './store';
import { canSee } from './visibility';
import type { RequestContext } from '../requestContext';
import { fieldLabel, toStoredValue } from './recordValues';

// Standard number fields whose valid range is narrower than their digits allow.
const NUMBER_RANGES: Record<string, [number, number]> = {
    'Opportunity.Probability': [0, 100]
};

function checkNumber(object: ObjectSchema, field: FieldSchema, value: number): void {
    const range = NUMBER_RANGES[`${object.name}.${field.name}`];
    // A number field without a stated precision gets the platform's largest, 18 digits.
    const integerDigits = Math.max((field.precision || 18) - field.scale, 1);
    const fits = range
        ? value >= range[0] && value <= range[1]
        : Math.abs(value) < 10 ** integerDigits;
    if (!fits) {
        throw apiError(
            400,
            'NUMBER_OUTSIDE_VALID_RANGE',
            `${fieldLabel(field)}: value outside of valid range on numeric field: ${value}. ${range ? `Enter a number from ${range[0]} to ${range[1]}.` : `Use at most ${integerDigits} digits before the decimal point.`}`,
            [field.name]
        );
    }
}

// The audit dates a create may set with setAuditFields; the writer stays the creator and modifier.
const SETTABLE_AUDIT_FIELDS = new Set(['CreatedDate', 'LastModifiedDate']);

export interface ParsedBody {
    values: StoredRow;
    fields: FieldSchema[];
}

/** Reads a request body into stored values, refusing unknown, read-only or mistyped fields. */
export function parseBody(
    context: RequestContext,
    object: ObjectSchema,
    body: unknown,
    creating: boolean
): ParsedBody {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw apiError(
            400,
            'JSON_PARSER_ERROR',
            'The request body must be a JSON object of field names and values, such as {"Name": "Acme"}.'
        );
    }
    const values: StoredRow = {};
    const fields: FieldSchema[] = [];
    const readOnly: string[] = [];
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        if (key === 'attributes' || (key === 'Id' && !creating)) {
            continue;
        }
        const field = findField(object, key);
        const access = field ? context.access.field(object.name, field.name) : undefined;
        const settableAudit =
            creating &&
            context.setAuditFields === true &&
            SETTABLE_AUDIT_FIELDS.has(String(field?.name));
        if (!field || !access?.readable) {
            throw apiError(
                400,
                'INVALID_FIELD',
                `No such column '${key}' on sobject of type ${object.name}. Check the field's API name, and that your permission sets let you see it.`,
                [key]
            );
        }
        const writable = creating ? field.createable : field.updateable;
        if (!settableAudit && (!writable || !access.editable)) {
            readOnly.push(field.name);
            continue;
        }
        values[field.name] = toStoredValue(field, value);
        if (typeof values[field.name] === 'number') {
            checkNumber(object, field, values[field.name] as number);
        }
        fields.push(field);
    }
    if (readOnly.length > 0) {
        throw apiError(
            400,
            'INVALID_FIELD_FOR_INSERT_UPDATE',
            `Unable to ${creating ? 'create' : 'update'} fields: ${readOnly.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set; leave it out of the request otherwise.`,
            readOnly
        );
    }
    return { values, fields };
}

/** Checks required fields, lengths, restricted picklists and references of the saved record. */
export function checkValues(
    context: RequestContext,
    object: ObjectSchema,
    record: StoredRow,
    written: FieldSchema[]
): void {
    const missing = [...object.fields.values()].filter(
        (field) =>
            field.required &&
            field.createable &&
            field.type !== 'boolean' &&
            (record[field.name] === null || record[field.name] === undefined)
    );
    if (missing.length > 0) {
        throw apiError(
            400,
            'REQUIRED_FIELD_MISSING',
            `Required fields are missing: [${missing.map((field) => field.name).join(', ')}]. Give each of them a value.`,
            missing.map((field) => field.name)
        );
    }
    for (const field of written) {
        const value = record[field.name];
        if (value === null || value === undefined) {
            continue;
        }
        if (
            typeof value === 'string' &&
            field.length > 0 &&
            value.length > field.length &&
            field.type !== 'reference'
        ) {
            throw apiError(
                400,
                'STRING_TOO_LONG',
                `${fieldLabel(field)}: data value too large: ${value.slice(0, 40)}... (max length=${field.length}). Shorten it to ${field.length} characters or fewer.`,
                [field.name]
            );
        }
        if (
            field.type === 'picklist' &&
            field.restricted &&
            !field.picklistValues.includes(String(value))
        ) {
            throw apiError(
                400,
                'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                `${fieldLabel(field)}: bad value for restricted picklist field: ${value}. Use one of: ${field.picklistValues.join(', ')}.`,
                [field.name]
            );
        }
        if (field.type === 'reference') {
            checkReference(context, field, String(value), record);
        }
    }
}

function checkReference(
    context: RequestContext,
    field: FieldSchema,
    value: string,
    record: StoredRow
): void {
    const id = normalizeId(value);
    if (!id) {
        throw apiError(
            400,
            'MALFORMED_ID',
            `${fieldLabel(field)}: id value of incorrect type: ${value}. Send a 15- or 18-character record id.`,
            [field.name]
        );
    }
    const target = objectOfId(context.store.schema, id);
    if (!target || target.name !== field.referenceTo) {
        throw apiError(
            400,
            'FIELD_INTEGRITY_EXCEPTION',
            `${fieldLabel(field)}: id value of incorrect type: ${value}. It must be the id of a ${field.referenceTo} record.`,
            [field.name]
        );
    }
    const row = context.store.get(target, id);
    if (!row || row.IsDeleted === 1 || !canSee(context.store, context.access, target, id)) {
        throw apiError(
            400,
            'INVALID_CROSS_REFERENCE_KEY',
            `${fieldLabel(field)}: invalid cross reference id ${value}. Choose a ${target.label} record that exists and that you can see.`,
            [field.name]
        );
    }
    record[field.name] = id;
}
