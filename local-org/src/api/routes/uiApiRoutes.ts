import { apiError, ApiError } from '../../errors';
import {
    contextOf,
    ErrorAnswer,
    ifUnmodifiedSince,
    jsonBody,
    type ApiRequest,
    type ApiResponse,
    type Route
} from '../http';
import { readableFields } from '../../data/userAccess';
import { createRecord, deleteRecord, updateRecord } from '../../data/recordWrites';
import { findField, normalizeId, objectOfId, type ObjectSchema } from '../../../../metadata/schema';
import { isoDateTime, uiFieldValue, type UiFieldValue } from '../../data/uiValues';
import type { RequestContext } from '../../requestContext';
import { requireObject, retrieveRecord } from '../../data/recordReads';

const DATA = '^/services/data/(v\\d+\\.\\d+)';

/** A record in the UI API representation, as `lightning/uiRecordApi` resolves it. */
export interface UiRecord {
    apiName: string;
    childRelationships: Record<string, never>;
    eTag: string;
    fields: Record<string, UiFieldValue>;
    id: string;
    lastModifiedById: string | null;
    lastModifiedDate: string | null;
    recordTypeId: null;
    recordTypeInfo: null;
    systemModstamp: string | null;
    weakEtag: number;
}

/** One error of a refused UI API record request. */
interface UiError {
    errorCode: string;
    message: string;
}

/**
 * Reads a record in the UI API representation, with the fields asked for or every readable one.
 * @param context the request
 * @param object the record's object
 * @param id the record id
 * @param fieldNames the fields to include; every readable field when absent
 * @returns the UI API record
 */
export function uiRecord(
    context: RequestContext,
    object: ObjectSchema,
    id: string,
    fieldNames?: string[]
): UiRecord {
    const record = retrieveRecord(context, object.name, id);
    const names =
        fieldNames ??
        readableFields(context.access, object)
            .map((field) => field.name)
            .filter((name) => name !== 'Id');
    const fields: Record<string, UiFieldValue> = {};
    for (const name of names) {
        const field = object.fields.get(name);
        if (field) {
            fields[name] = uiFieldValue(field, record[name]);
        }
    }
    const systemModstamp = isoDateTime(record.SystemModstamp);
    const weakEtag = systemModstamp ? Date.parse(systemModstamp) : 0;
    return {
        apiName: object.name,
        childRelationships: {},
        eTag: `${String(record.Id)}-${weakEtag}`,
        fields,
        id: String(record.Id),
        lastModifiedById: (record.LastModifiedById as string | null | undefined) ?? null,
        lastModifiedDate: isoDateTime(record.LastModifiedDate),
        recordTypeId: null,
        recordTypeInfo: null,
        systemModstamp,
        weakEtag
    };
}

/**
 * Writes a refusal in the UI API's record error shape: errors about fields under
 * `output.fieldErrors`, the others under `output.errors`, with the same HTTP status.
 * @param error the refusal
 * @returns the answer
 */
export function uiApiErrorAnswer(error: ApiError): ApiResponse {
    const errors: UiError[] = [];
    const fieldErrors: Record<string, (UiError & { field: string })[]> = {};
    for (const entry of error.errors) {
        if (entry.fields.length === 0) {
            errors.push({ errorCode: entry.errorCode, message: entry.message });
        }
        for (const field of entry.fields) {
            (fieldErrors[field] ??= []).push({
                errorCode: entry.errorCode,
                field,
                message: entry.message
            });
        }
    }
    return {
        status: error.status,
        body: {
            enhancedErrorType: 'RecordError',
            errorCode: error.errors[0]?.errorCode,
            message: error.errors.map((entry) => entry.message).join(' '),
            output: { errors, fieldErrors }
        }
    };
}

// Refusals leave as thrown answers, so the request's transaction still rolls back.
function inUiApiShape(handle: (request: ApiRequest) => ApiResponse) {
    return (request: ApiRequest): ApiResponse => {
        try {
            return handle(request);
        } catch (error) {
            throw error instanceof ApiError ? new ErrorAnswer(uiApiErrorAnswer(error)) : error;
        }
    };
}

function objectOfRecord(context: RequestContext, rawId: string): ObjectSchema {
    const id = normalizeId(rawId);
    const object = id ? objectOfId(context.store.schema, id) : undefined;
    if (!object) {
        throw apiError(
            404,
            'NOT_FOUND',
            `The requested resource does not exist: no record has the id ${rawId}. Check the id.`
        );
    }
    return requireObject(context, object.name);
}

function fieldsOf(body: unknown, needsApiName: boolean): { apiName?: string; fields: object } {
    const input = body as { apiName?: unknown; fields?: unknown } | null;
    const fields = input?.fields;
    if (
        typeof input !== 'object' ||
        input === null ||
        typeof fields !== 'object' ||
        fields === null ||
        Array.isArray(fields) ||
        (needsApiName && typeof input.apiName !== 'string')
    ) {
        throw apiError(
            400,
            'INVALID_INPUT',
            needsApiName
                ? 'Send {"apiName": "Object__c", "fields": {"Field__c": value}}.'
                : 'Send {"fields": {"Field__c": value}}.'
        );
    }
    return { apiName: input.apiName as string | undefined, fields };
}

// `fields=Object.Field,...`: the fields must exist and be readable; optional ones may not.
function requestedFields(
    context: RequestContext,
    object: ObjectSchema,
    request: ApiRequest
): string[] | undefined {
    const list = (name: string) =>
        (request.url.searchParams.get(name) ?? '')
            .split(',')
            .map((entry) => entry.trim())
            .filter(Boolean);
    const required = list('fields');
    const optional = list('optionalFields');
    if (required.length === 0 && optional.length === 0) {
        return undefined;
    }
    const resolve = (qualified: string, mustExist: boolean): string[] => {
        const [objectName, fieldName, ...rest] = qualified.split('.');
        const field =
            objectName === object.name && rest.length === 0 && fieldName
                ? findField(object, fieldName)
                : undefined;
        if (field && context.access.field(object.name, field.name).readable) {
            return [field.name];
        }
        if (mustExist) {
            throw apiError(
                400,
                'INVALID_FIELD',
                `${qualified} is not a field of ${object.name} you can read. Name fields as ${object.name}.Field__c.`,
                [qualified]
            );
        }
        return [];
    };
    return [
        ...required.flatMap((name) => resolve(name, true)),
        ...optional.flatMap((name) => resolve(name, false))
    ];
}

/**
 * The UI API record routes `lightning/uiRecordApi` calls: create, read, update (with
 * If-Unmodified-Since) and delete, answering in the UI API record representation.
 * @returns the routes
 */
export function uiApiRoutes(): Route[] {
    return [
        {
            method: 'POST',
            pattern: new RegExp(`${DATA}/ui-api/records/?$`),
            signedIn: true,
            handle: inUiApiShape((request) => {
                const context = contextOf(request);
                const { apiName, fields } = fieldsOf(jsonBody(request), true);
                const object = requireObject(context, apiName as string);
                const id = createRecord(context, object.name, fields);
                return { status: 201, body: uiRecord(context, object, id) };
            })
        },
        {
            method: 'GET',
            pattern: new RegExp(`${DATA}/ui-api/records/(\\w+)/?$`),
            signedIn: true,
            handle: inUiApiShape((request) => {
                const context = contextOf(request);
                const object = objectOfRecord(context, request.params[1]);
                const fields = requestedFields(context, object, request);
                return { status: 200, body: uiRecord(context, object, request.params[1], fields) };
            })
        },
        {
            method: 'PATCH',
            pattern: new RegExp(`${DATA}/ui-api/records/(\\w+)/?$`),
            signedIn: true,
            handle: inUiApiShape((request) => {
                const context = contextOf(request);
                const object = objectOfRecord(context, request.params[1]);
                const { fields } = fieldsOf(jsonBody(request), false);
                updateRecord(
                    context,
                    object.name,
                    request.params[1],
                    fields,
                    ifUnmodifiedSince(request)
                );
                return { status: 200, body: uiRecord(context, object, request.params[1]) };
            })
        },
        {
            method: 'DELETE',
            pattern: new RegExp(`${DATA}/ui-api/records/(\\w+)/?$`),
            signedIn: true,
            handle: inUiApiShape((request) => {
                const context = contextOf(request);
                const object = objectOfRecord(context, request.params[1]);
                deleteRecord(context, object.name, request.params[1]);
                return { status: 204 };
            })
        }
    ];
}
