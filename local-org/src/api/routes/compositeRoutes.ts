import { apiError, ApiError } from '../../errors';
import { contextOf, jsonBody, type ApiRequest, type Route } from '../http';
import { createRecord, deleteRecord, updateRecord } from '../../data/recordWrites';
import type { RequestContext } from '../../requestContext';

const DATA = '^/services/data/(v\\d+\\.\\d+)';
const MAX_RECORDS = 200;

interface CollectionResult {
    id?: string;
    success: boolean;
    errors: { statusCode: string; message: string; fields: string[] }[];
}

type Operation = (context: RequestContext, item: unknown) => string | undefined;

function toResult(error: unknown): CollectionResult {
    if (!(error instanceof ApiError)) {
        throw error;
    }
    // Collections name the code statusCode, unlike single-record responses.
    return {
        success: false,
        errors: error.errors.map((entry) => ({
            statusCode: entry.errorCode,
            message: entry.message,
            fields: entry.fields
        }))
    };
}

/**
 * Runs each item in its own savepoint. With allOrNone, one failure rolls every item back and the
 * others report ALL_OR_NONE_OPERATION_ROLLED_BACK, as Salesforce does.
 */
function runCollection(
    context: RequestContext,
    items: unknown[],
    allOrNone: boolean,
    operation: Operation
): CollectionResult[] {
    const results = items.map((item): CollectionResult => {
        try {
            const id = context.store.transaction(() => operation(context, item));
            return { id, success: true, errors: [] };
        } catch (error) {
            return toResult(error);
        }
    });
    if (allOrNone && results.some((result) => !result.success)) {
        // The outer request transaction rolls back what the successful items wrote.
        throw new RollBack(
            results.map((result) =>
                result.success
                    ? {
                          success: false,
                          errors: [
                              {
                                  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                                  message:
                                      'Record rolled back because not all records were valid and the request was using AllOrNone header. Fix the failing records and send them all again.',
                                  fields: []
                              }
                          ]
                      }
                    : result
            )
        );
    }
    return results;
}

/** Thrown to roll the request's transaction back while still answering 200 with results. */
export class RollBack extends Error {
    declare readonly results: CollectionResult[];

    constructor(results: CollectionResult[]) {
        super('all-or-none collection rolled back');
        this.results = results;
    }
}

function collectionBody(request: ApiRequest): { allOrNone: boolean; records: unknown[] } {
    const body = jsonBody(request) as { allOrNone?: unknown; records?: unknown };
    if (typeof body !== 'object' || body === null || !Array.isArray(body.records)) {
        throw apiError(
            400,
            'JSON_PARSER_ERROR',
            'Send {"allOrNone": true|false, "records": [...]}, each record with attributes.type.'
        );
    }
    if (body.records.length > MAX_RECORDS) {
        throw apiError(
            400,
            'EXCEEDED_ID_LIMIT',
            `record limit reached. cannot submit more than ${MAX_RECORDS} records into this call: split the records into several requests.`
        );
    }
    return { allOrNone: body.allOrNone === true, records: body.records };
}

function recordType(item: unknown): string {
    const type = (item as { attributes?: { type?: unknown } } | null)?.attributes?.type;
    if (typeof type !== 'string') {
        throw apiError(
            400,
            'INVALID_TYPE',
            'Each record needs attributes.type, the object API name, such as {"attributes": {"type": "Account"}}.'
        );
    }
    return type;
}

const COLLECTION = new RegExp(`${DATA}/composite/sobjects/?$`);

/** A collection route that runs one write per record of the request body. */
function collectionWrite(method: string, write: Operation): Route {
    return {
        method,
        pattern: COLLECTION,
        signedIn: true,
        handle(request) {
            const { allOrNone, records } = collectionBody(request);
            return {
                status: 200,
                body: runCollection(contextOf(request), records, allOrNone, write)
            };
        }
    };
}

/**
 * The sObject Collections routes: create, update and delete up to 200 records in one request.
 * @returns the routes
 */
export function compositeRoutes(): Route[] {
    return [
        collectionWrite('POST', (context, item) => createRecord(context, recordType(item), item)),
        collectionWrite('PATCH', (context, item) => {
            const id = (item as { Id?: unknown } | null)?.Id;
            if (typeof id !== 'string') {
                throw apiError(
                    400,
                    'MISSING_ARGUMENT',
                    'Id not specified in an update call: give each record its Id.',
                    ['Id']
                );
            }
            updateRecord(context, recordType(item), id, item);
            return id;
        }),
        {
            method: 'DELETE',
            pattern: COLLECTION,
            signedIn: true,
            handle(request) {
                const context = contextOf(request);
                const ids = (request.url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
                if (ids.length === 0 || ids.length > MAX_RECORDS) {
                    throw apiError(
                        400,
                        'EXCEEDED_ID_LIMIT',
                        `Give between 1 and ${MAX_RECORDS} ids in the ids parameter, separated by commas.`
                    );
                }
                const allOrNone = request.url.searchParams.get('allOrNone') === 'true';
                const results = runCollection(context, ids, allOrNone, (inner, id) => {
                    const object = inner.store.schema.byPrefix.get(String(id).slice(0, 3));
                    if (!object) {
                        throw apiError(
                            404,
                            'NOT_FOUND',
                            `No record has the id ${String(id)}. Check the id.`
                        );
                    }
                    deleteRecord(inner, object.name, String(id));
                    return String(id);
                });
                return { status: 200, body: results };
            }
        }
    ];
}
