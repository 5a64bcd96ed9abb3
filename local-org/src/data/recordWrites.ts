import { FlowRunError, runAfterSaveFlows } from './afterSaveFlows';
import { runBeforeSaveFlows } from './beforeSaveFlows';
import { notificationTypeRecords } from './notifications';
import { apiError, ApiError, type SalesforceError } from '../errors';
import { OPPORTUNITY_STAGES } from '../../../metadata/projectMetadata';
import type { FieldSchema, ObjectSchema } from '../../../metadata/schema';
import { quote, type StoredRow } from './store';
import { failingRules } from './validationRules';
import { canEdit } from './visibility';
import type { RequestContext } from '../requestContext';
import { evaluateDefault } from './recordValues';
import { requireObject, requireRecord } from './recordReads';
import { checkValues, parseBody } from './recordInput';

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

/**
 * Runs the after-save flows of a record just written, in system context and in the request's
 * transaction; a failing flow refuses the save as an org does, naming the flow.
 */
function runFlowsAfterSave(
    context: RequestContext,
    object: ObjectSchema,
    record: StoredRow,
    prior: StoredRow | undefined
): void {
    if (object.afterSaveFlows.length === 0) {
        return;
    }
    try {
        runAfterSaveFlows(object.afterSaveFlows, {
            object,
            record,
            prior,
            now: context.now,
            userId: context.access.userId,
            store: context.store,
            notificationTypes: notificationTypeRecords(context.store.schema),
            lookup: (objectName, id) => {
                const target = context.store.schema.objects.get(objectName);
                return target ? context.store.get(target, id) : undefined;
            },
            objectSchema: (objectName) => context.store.schema.objects.get(objectName)
        });
    } catch (error) {
        if (!(error instanceof FlowRunError)) {
            throw error;
        }
        throw apiError(
            400,
            'CANNOT_EXECUTE_FLOW_TRIGGER',
            `We can't save this record because the "${error.flowLabel}" process failed. Give your Salesforce admin these details. ${error.message}`
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
    if ((creating || 'StageName' in changes) && !('ForecastCategoryName' in changes)) {
        record.ForecastCategoryName = stage.forecastCategory;
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
    runFlowsAfterSave(context, object, record, undefined);
    return id;
}

/** The moment of an If-Unmodified-Since header, and whether it names milliseconds. */
export interface UnmodifiedSince {
    at: Date;
    /** An ISO time with a fraction of a second; an HTTP date counts whole seconds. */
    precise: boolean;
}

/**
 * Whether a record changed after the moment a conditional update names: to the millisecond for
 * a precise time (what the record's own LastModifiedDate gives), else to the second, as an HTTP
 * date has it.
 */
function modifiedSince(prior: StoredRow, since: UnmodifiedSince): boolean {
    const modified = Date.parse(String(prior.LastModifiedDate));
    const at = since.at.getTime();
    return since.precise ? modified > at : Math.floor(modified / 1000) > Math.floor(at / 1000);
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
    ifUnmodifiedSince?: UnmodifiedSince
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
    if (ifUnmodifiedSince && modifiedSince(prior, ifUnmodifiedSince)) {
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
    // Each save of a record gets a later LastModifiedDate than the one before, even within the
    // same millisecond, so a precise If-Unmodified-Since never mistakes one version for another.
    const modified = new Date(
        Math.max(context.now.getTime(), Date.parse(String(prior.LastModifiedDate)) + 1)
    ).toISOString();
    changes.LastModifiedById = context.access.userId;
    changes.LastModifiedDate = modified;
    changes.SystemModstamp = modified;
    context.store.update(object, prior.Id, changes);
    runFlowsAfterSave(context, object, { ...record, ...changes }, prior);
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
