import { apiError } from '../../errors';
import { contextOf, type ApiRequest, type Route } from '../http';
import { DEFAULT_BATCH_SIZE, queryMore, runQuery } from '../../query/queryLocators';

const DATA = '^/services/data/(v\\d+\\.\\d+)';

// Clients ask for smaller pages with `Sforce-Query-Options: batchSize=500`.
function batchSize(request: ApiRequest): number {
    const header = String(request.headers['sforce-query-options'] ?? '');
    const match = /batchSize=(\d+)/i.exec(header);
    return match ? Number(match[1]) : DEFAULT_BATCH_SIZE;
}

/**
 * The query routes: `query?q=` and the next page of an earlier query.
 * @returns the routes
 */
export function queryRoutes(): Route[] {
    return [
        {
            method: 'GET',
            pattern: new RegExp(`${DATA}/query(?:All)?/?$`),
            signedIn: true,
            handle(request) {
                const soql = request.url.searchParams.get('q');
                if (!soql) {
                    throw apiError(
                        400,
                        'MALFORMED_QUERY',
                        'The query is missing: send it in the q parameter, such as ?q=SELECT+Id+FROM+Opportunity.'
                    );
                }
                return {
                    status: 200,
                    body: runQuery(contextOf(request), soql, { batchSize: batchSize(request) })
                };
            }
        },
        {
            method: 'GET',
            pattern: new RegExp(`${DATA}/query/([\\w-]+)/?$`),
            signedIn: true,
            handle(request) {
                return { status: 200, body: queryMore(contextOf(request), request.params[1]) };
            }
        }
    ];
}
