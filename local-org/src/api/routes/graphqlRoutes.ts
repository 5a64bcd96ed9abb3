import { runGraphQL } from '../graphqlRun';
import { contextOf, jsonBody, type Route } from '../http';

const DATA = '^/services/data/(v\\d+\\.\\d+)';

/**
 * The UI API GraphQL route: `POST /services/data/vNN.N/graphql` with `{ query, variables }`.
 * @returns the routes
 */
export function graphqlRoutes(): Route[] {
    return [
        {
            method: 'POST',
            pattern: new RegExp(`${DATA}/graphql/?$`),
            signedIn: true,
            handle(request) {
                return runGraphQL(contextOf(request), jsonBody(request));
            }
        }
    ];
}
