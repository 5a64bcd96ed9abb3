import { describeBasic, describeObject } from '../sobjectDescribe';
import { contextOf, ifUnmodifiedSince, jsonBody, type Route } from '../http';
import { createRecord, deleteRecord, updateRecord } from '../../data/recordWrites';
import { requireObject, retrieveRecord } from '../../data/recordReads';

// Every data route starts with the API version; any vNN.N is accepted.
const DATA = '^/services/data/(v\\d+\\.\\d+)';

/**
 * The sobject routes: describeGlobal, basic info and describe, create, and one record's read,
 * update and delete.
 * @returns the routes
 */
export function sobjectRoutes(): Route[] {
    return [
        {
            method: 'GET',
            pattern: new RegExp(`${DATA}/sobjects/?$`),
            signedIn: true,
            handle(request) {
                const context = contextOf(request);
                const objects = [...context.store.schema.objects.values()].filter(
                    (object) => context.access.object(object.name).read
                );
                return {
                    status: 200,
                    body: {
                        encoding: 'UTF-8',
                        maxBatchSize: 200,
                        sobjects: objects.map((object) =>
                            describeBasic(object, context.access, request.params[0])
                        )
                    }
                };
            }
        },
        {
            method: 'GET',
            pattern: new RegExp(`${DATA}/sobjects/(\\w+)/?$`),
            signedIn: true,
            handle(request) {
                const context = contextOf(request);
                const object = requireObject(context, request.params[1]);
                return {
                    status: 200,
                    body: {
                        objectDescribe: describeBasic(object, context.access, request.params[0]),
                        recentItems: []
                    }
                };
            }
        },
        {
            method: 'POST',
            pattern: new RegExp(`${DATA}/sobjects/(\\w+)/?$`),
            signedIn: true,
            handle(request) {
                const id = createRecord(contextOf(request), request.params[1], jsonBody(request));
                return { status: 201, body: { id, success: true, errors: [] } };
            }
        },
        {
            method: 'GET',
            pattern: new RegExp(`${DATA}/sobjects/(\\w+)/describe/?$`),
            signedIn: true,
            handle(request) {
                const context = contextOf(request);
                const object = requireObject(context, request.params[1]);
                return {
                    status: 200,
                    body: describeObject(object, context.access, request.params[0])
                };
            }
        },
        {
            method: 'GET',
            pattern: new RegExp(`${DATA}/sobjects/(\\w+)/(\\w+)/?$`),
            signedIn: true,
            handle(request) {
                const fields = request.url.searchParams.get('fields');
                return {
                    status: 200,
                    body: retrieveRecord(
                        contextOf(request),
                        request.params[1],
                        request.params[2],
                        fields ? fields.split(',').filter((name) => name.trim() !== '') : undefined
                    )
                };
            }
        },
        {
            method: 'PATCH',
            pattern: new RegExp(`${DATA}/sobjects/(\\w+)/(\\w+)/?$`),
            signedIn: true,
            handle(request) {
                updateRecord(
                    contextOf(request),
                    request.params[1],
                    request.params[2],
                    jsonBody(request),
                    ifUnmodifiedSince(request)
                );
                return { status: 204 };
            }
        },
        {
            method: 'DELETE',
            pattern: new RegExp(`${DATA}/sobjects/(\\w+)/(\\w+)/?$`),
            signedIn: true,
            handle(request) {
                deleteRecord(contextOf(request), request.params[1], request.params[2]);
                return { status: 204 };
            }
        }
    ];
}
