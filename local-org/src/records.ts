import { parse as evaluateFormula } from 'formulon';
import { runBeforeSaveFlows } from './beforeSaveFlows';
import { apiError, ApiError, type SalesforceError } from './errors';
import { readableFields, type UserAccess } from './permissions';
import { OPPORTUNITY_STAGES } from './projectMetadata';
import {
    findField,
    findObject,
    normalizeId,
    objectOfId,
    type FieldSchema,
    type ObjectSchema
} from './schema';
import { quote, type Store, type StoredRow } from './store';
import { failingRules } from './validationRules';
import { canEdit, canSee } from './visibility';

/** Who is asking, and the one moment their request happens at. */
export interface RequestContext {
    store: Store;
    access: UserAccess;
    now: Date;
    /** The API version of the request URL, for record URLs (`v65.0`). */
    apiVersion: string;
    /**
     * Salesforce's "Set Audit Fields upon Record Creation": creates may then set CreatedDate and
     * LastModifiedDate. Only the local org's seeding has it, to date the demo records.
     */
    setAuditFields?: boolean;
}

/** A record as the REST API returns it. */
export type ApiRecord = { attributes: { type: string; url: string } } & Record<string, unknown>;

// The audit dates a create may set with setAuditFields; the writer stays the creator and modifier.
const SETTABLE_AUDIT_FIELDS = new Set(['CreatedDate', 'LastModifiedDate']);

/**
 * Finds an object named in a URL or query, refusing unknown ones the way Salesforce does.
 * @param context the request
 * @param name the object API name, any case
 * @returns the object
 */
export function requireObject(context: RequestContext, name: string): ObjectSchema {
    const object = findObject(context.store.schema, name);
    if (!object || !context.access.object(object.name).read) {
        throw apiError(
            404,
            'NOT_FOUND',
            `The requested resource does not exist: there is no object ${name} you can read. Check the object's API name.`
        );
    }
    return object;
}

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

function fieldLabel(field: FieldSchema): string {
    return field.label;
}

function parseDate(value: string): string | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (!match) {
        return undefined;
    }
    const date = new Date(`${match[0]}T00:00:00.000Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match[0]
        ? undefined
        : match[0];
}

function parseDateTime(value: string): string | undefined {
    if (
        !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
    ) {
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

function evaluateDefault(field: FieldSchema, now: Date): string | number | null {
    const formula = field.defaultValue as string;
    // formulon's TODAY() reads the clock; the request's own moment keeps one request consistent.
    const result = evaluateFormula(
        formula.replace(/\bTODAY\(\)/gi, `DATEVALUE("${now.toISOString().slice(0, 10)}")`)
    );
    if (result.type === 'error') {
        throw new Error(
            `The default value of ${field.name} (${formula}) cannot be evaluated by the local org: ${result.message}. Use a simpler default or extend local-org/src/records.ts.`
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

interface ParsedBody {
    values: StoredRow;
    fields: FieldSchema[];
}

/** Reads a request body into stored values, refusing unknown, read-only or mistyped fields. */
function parseBody(
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
function checkValues(
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

function runValidationRules(
    context: RequestContext,
    object: ObjectSchema,
    record: StoredRow,
    prior: StoredRow | undefined
): void {
    const failures = failingRules({
        object,
        isNew: prior === undefined,
        record,
        prior,
        userId: context.access.userId,
        customPermissions: context.access.customPermissions,
        lookup: (objectName, id) => {
            const target = context.store.schema.objects.get(objectName);
            const row = target ? context.store.get(target, id) : undefined;
            return row && row.IsDeleted === 0 ? row : undefined;
        },
        objectSchema: (objectName) => context.store.schema.objects.get(objectName)
    });
    if (failures.length > 0) {
        throw new ApiError(
            400,
            failures.map((failure): SalesforceError => ({
                message: failure.message,
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                fields: failure.field ? [failure.field] : []
            }))
        );
    }
}

// Opportunity flags follow the stage, as the default sales process makes them.
function deriveOpportunity(record: StoredRow, changes: StoredRow, creating: boolean): void {
    const stage = OPPORTUNITY_STAGES.find((entry) => entry.value === record.StageName);
    if (!stage) {
        return;
    }
    record.IsClosed = stage.isClosed ? 1 : 0;
    record.IsWon = stage.isWon ? 1 : 0;
    if ((creating || 'StageName' in changes) && !('Probability' in changes)) {
        record.Probability = stage.probability;
    }
}

function autoName(context: RequestContext, object: ObjectSchema): string | undefined {
    const format = object.fields.get('Name')?.displayFormat;
    if (!format) {
        return undefined;
    }
    const number = context.store.next(`autonumber:${object.name}`);
    return format.replace(/\{(0+)\}/, (_match, zeros: string) =>
        String(number).padStart(zeros.length, '0')
    );
}

/**
 * Creates a record with Salesforce semantics: permissions, defaults, required fields, lengths,
 * restricted picklists, references and validation rules, then the audit fields.
 * @param context the request
 * @param objectName the object API name
 * @param body the JSON body
 * @returns the new record's 18-character id
 */
export function createRecord(context: RequestContext, objectName: string, body: unknown): string {
    const object = requireObject(context, objectName);
    if (!context.access.object(object.name).create) {
        throw apiError(
            400,
            'INSUFFICIENT_ACCESS_OR_READONLY',
            `You can't create ${object.labelPlural}: none of your permission sets allows it. Ask your admin for access.`
        );
    }
    const { values, fields } = parseBody(context, object, body, true);
    const now = context.now.toISOString();
    const record: StoredRow = {};
    for (const field of object.fields.values()) {
        if (field.name in values) {
            record[field.name] = values[field.name];
        } else if (field.type === 'picklist' && field.defaultPicklistValue) {
            record[field.name] = field.defaultPicklistValue;
        } else if (field.defaultValue !== undefined && field.createable) {
            record[field.name] = evaluateDefault(field, context.now);
        } else if (field.type === 'boolean') {
            record[field.name] = 0;
        } else {
            record[field.name] = null;
        }
    }
    if (object.fields.has('OwnerId') && record.OwnerId === null) {
        record.OwnerId = context.access.userId;
    }
    const name = autoName(context, object);
    if (name) {
        record.Name = name;
    }
    const written = [...fields];
    if (object.fields.has('OwnerId') && !('OwnerId' in values)) {
        written.push(object.fields.get('OwnerId') as FieldSchema);
    }
    checkValues(context, object, record, written);
    // A detail record is written through its master: creating one needs the access the
    // relationship's writeRequiresMasterRead asks for on the master record.
    if (object.masterField && !canEdit(context.store, context.access, object, record)) {
        throw apiError(
            400,
            'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
            `insufficient access rights on cross-reference id: adding ${object.labelPlural} here needs edit access to the record they belong to. Ask its owner or your admin.`
        );
    }
    if (object.name === 'Opportunity') {
        deriveOpportunity(record, values, true);
    }
    runBeforeSaveFlows(object.beforeSaveFlows, { object, record, now: context.now });
    runValidationRules(context, object, record, undefined);
    const id = context.store.newId(object);
    record.Id = id;
    // A record dated by setAuditFields counts as untouched since then.
    const created = (values.CreatedDate as string | undefined) ?? now;
    record.CreatedById = context.access.userId;
    record.CreatedDate = created;
    record.LastModifiedById = context.access.userId;
    record.LastModifiedDate = (values.LastModifiedDate as string | undefined) ?? created;
    record.SystemModstamp = now;
    context.store.insert(object, record);
    return id;
}

/** Loads a record the user can see, refusing unknown, deleted and hidden ones. */
function requireRecord(
    context: RequestContext,
    object: ObjectSchema,
    rawId: string
): StoredRow & { Id: string } {
    const id = normalizeId(rawId);
    const row =
        id && objectOfId(context.store.schema, id) === object
            ? context.store.get(object, id)
            : undefined;
    if (!id || !row || !canSee(context.store, context.access, object, id)) {
        throw apiError(
            404,
            'NOT_FOUND',
            `The requested resource does not exist: no ${object.label} with id ${rawId} that you can see. Check the id, or ask the record's owner to share it.`
        );
    }
    if (row.IsDeleted === 1) {
        throw apiError(
            404,
            'ENTITY_IS_DELETED',
            `entity is deleted: the ${object.label} ${id} was deleted. Work with a record that still exists.`
        );
    }
    return { ...row, Id: id };
}

/**
 * Updates a record with Salesforce semantics.
 * @param context the request
 * @param objectName the object API name
 * @param id the record id (15 or 18 characters)
 * @param body the JSON body of changed fields
 * @param ifUnmodifiedSince refuse with 412 when the record changed after this moment
 */
export function updateRecord(
    context: RequestContext,
    objectName: string,
    id: string,
    body: unknown,
    ifUnmodifiedSince?: Date
): void {
    const object = requireObject(context, objectName);
    const prior = requireRecord(context, object, id);
    if (
        !context.access.object(object.name).edit ||
        !canEdit(context.store, context.access, object, prior)
    ) {
        throw apiError(
            400,
            'INSUFFICIENT_ACCESS_OR_READONLY',
            `insufficient access rights on object id: you can't edit this ${object.label}. Ask its owner or your admin.`
        );
    }
    if (
        ifUnmodifiedSince &&
        Math.floor(Date.parse(String(prior.LastModifiedDate)) / 1000) >
            Math.floor(ifUnmodifiedSince.getTime() / 1000)
    ) {
        throw apiError(
            412,
            'PRECONDITION_FAILED',
            `Someone changed this ${object.label} after you loaded it. Reload the record and make your change again.`
        );
    }
    const { values, fields } = parseBody(context, object, body, false);
    const record: StoredRow = { ...prior, ...values };
    checkValues(context, object, record, fields);
    if (object.name === 'Opportunity') {
        deriveOpportunity(record, values, false);
    }
    runBeforeSaveFlows(object.beforeSaveFlows, { object, record, prior, now: context.now });
    runValidationRules(context, object, record, prior);
    const changes: StoredRow = {};
    for (const field of object.fields.values()) {
        if (record[field.name] !== prior[field.name]) {
            changes[field.name] = record[field.name];
        }
    }
    changes.LastModifiedById = context.access.userId;
    changes.LastModifiedDate = context.now.toISOString();
    changes.SystemModstamp = context.now.toISOString();
    context.store.update(object, prior.Id, changes);
}

function cascadeDelete(context: RequestContext, object: ObjectSchema, id: string): void {
    context.store.update(object, id, {
        IsDeleted: 1,
        LastModifiedById: context.access.userId,
        LastModifiedDate: context.now.toISOString(),
        SystemModstamp: context.now.toISOString()
    });
    for (const relationship of object.childRelationships) {
        const child = context.store.schema.objects.get(relationship.childSObject) as ObjectSchema;
        const rows = context.store.db
            .prepare(
                `SELECT Id FROM ${quote(child.name)} WHERE ${quote(relationship.field)} = ? AND IsDeleted = 0`
            )
            .all(id) as { Id: string }[];
        for (const row of rows) {
            if (relationship.cascadeDelete) {
                cascadeDelete(context, child, row.Id);
            } else {
                context.store.update(child, row.Id, { [relationship.field]: null });
            }
        }
    }
}

/**
 * Deletes a record (to the recycle bin: it stays readable as deleted) and its master-detail
 * children; lookups to it are cleared.
 * @param context the request
 * @param objectName the object API name
 * @param id the record id
 */
export function deleteRecord(context: RequestContext, objectName: string, id: string): void {
    const object = requireObject(context, objectName);
    const row = requireRecord(context, object, id);
    if (
        !context.access.object(object.name).delete ||
        !canEdit(context.store, context.access, object, row)
    ) {
        throw apiError(
            400,
            'INSUFFICIENT_ACCESS_OR_READONLY',
            `insufficient access rights on object id: you can't delete ${object.labelPlural}. Change the record's status instead, or ask your admin.`
        );
    }
    cascadeDelete(context, object, row.Id);
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

/**
 * Reads one record with the fields the user may read (or the ones asked for).
 * @param context the request
 * @param objectName the object API name
 * @param id the record id
 * @param fieldNames the fields to return; every readable field when absent
 * @returns the API record
 */
export function retrieveRecord(
    context: RequestContext,
    objectName: string,
    id: string,
    fieldNames?: string[]
): ApiRecord {
    const object = requireObject(context, objectName);
    const row = requireRecord(context, object, id);
    const readable = (field: FieldSchema) => context.access.field(object.name, field.name).readable;
    let fields = readableFields(context.access, object);
    if (fieldNames && fieldNames.length > 0) {
        fields = fieldNames.map((name) => {
            const field = findField(object, name.trim());
            if (!field || !readable(field)) {
                throw apiError(
                    400,
                    'INVALID_FIELD',
                    `No such column '${name.trim()}' on entity '${object.name}'. Check the field's API name, and that your permission sets let you see it.`,
                    [name.trim()]
                );
            }
            return field;
        });
    }
    return toApiRecord(context, object, row, fields);
}
