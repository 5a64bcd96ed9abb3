import {
    executeSync,
    GraphQLError,
    parse,
    validate,
    type DocumentNode,
    type GraphQLFormattedError
} from 'graphql';
import { ApiError } from '../errors';
import type { GraphQLContext } from './graphqlResolvers';
import { uiApiSchema } from './graphqlSchema';
import type { RequestContext } from '../requestContext';
import { checkLimits, checkNesting, GRAPHQL_LIMITS } from './graphqlLimits';

/** A GraphQL error as the UI API reports it, with the Salesforce error code when there is one. */
export interface UiApiGraphQLError extends GraphQLFormattedError {
    extensions: { classification: string; errorCode?: string };
}

/** The response body of the GraphQL endpoint. */
export interface GraphQLResponse {
    data?: unknown;
    errors?: UiApiGraphQLError[];
}

interface GraphQLRequest {
    query: string;
    variables?: Record<string, unknown>;
    operationName?: string;
}

function formatError(error: GraphQLError, classification: string): UiApiGraphQLError {
    const formatted = error.toJSON();
    const cause = error.originalError;
    if (cause instanceof ApiError) {
        return {
            ...formatted,
            message: cause.errors.map((entry) => entry.message).join(' '),
            extensions: { classification, errorCode: cause.errors[0]?.errorCode }
        };
    }
    if (cause && !(cause instanceof GraphQLError) && !(cause instanceof TypeError)) {
        // A fault of the local org itself, not of the query: keep it in the server log.
        console.error(cause);
    }
    const errorCode = error.extensions.errorCode;
    return {
        ...formatted,
        extensions:
            typeof errorCode === 'string' ? { classification, errorCode } : { classification }
    };
}

function requestOf(body: unknown): GraphQLRequest | undefined {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return undefined;
    }
    const { query, variables, operationName } = body as Record<string, unknown>;
    const validVariables =
        variables === undefined ||
        variables === null ||
        (typeof variables === 'object' && !Array.isArray(variables));
    if (typeof query !== 'string' || !validVariables) {
        return undefined;
    }
    return {
        query,
        variables: (variables ?? undefined) as Record<string, unknown> | undefined,
        operationName: typeof operationName === 'string' ? operationName : undefined
    };
}

/**
 * Runs a UI API GraphQL request as the signed-in user. Reads go through the SOQL engine, so
 * visibility and field access are the REST API's own; the schema itself lists only what the user
 * may read. Errors come back in the GraphQL shape with status 200, as Salesforce answers them;
 * only a body that is not a GraphQL request at all gets a 400.
 * @param context the request
 * @param body the parsed JSON body: `{ query, variables?, operationName? }`
 * @returns the HTTP status and the response body
 */
export function runGraphQL(
    context: RequestContext,
    body: unknown
): { status: number; body: GraphQLResponse } {
    const request = requestOf(body);
    if (!request) {
        return {
            status: 400,
            body: {
                errors: [
                    {
                        message:
                            'Send a JSON object {"query": "...", "variables": {...}, "operationName": "..."}; query is required and variables must be an object.',
                        extensions: { classification: 'InvalidSyntax', errorCode: 'INVALID_INPUT' }
                    }
                ]
            }
        };
    }
    const tooDeep = checkNesting(request.query);
    if (tooDeep) {
        return { status: 200, body: { errors: [formatError(tooDeep, 'ValidationError')] } };
    }
    let document: DocumentNode;
    try {
        document = parse(request.query, { maxTokens: GRAPHQL_LIMITS.tokens });
    } catch (error) {
        return {
            status: 200,
            body: { errors: [formatError(error as GraphQLError, 'InvalidSyntax')] }
        };
    }
    const schema = uiApiSchema(context.store.schema, context.access);
    const invalid = validate(schema, document);
    const refused = invalid.length > 0 ? invalid : checkLimits(schema, document);
    if (refused.length > 0) {
        return {
            status: 200,
            body: { errors: refused.map((error) => formatError(error, 'ValidationError')) }
        };
    }
    const contextValue: GraphQLContext = {
        request: context,
        parents: new Map(),
        records: new Map()
    };
    const result = executeSync({
        schema,
        document,
        variableValues: request.variables,
        operationName: request.operationName,
        contextValue
    });
    // A request refused before execution (such as a missing variable) has no data at all.
    const response: GraphQLResponse = 'data' in result ? { data: result.data } : {};
    if (result.errors && result.errors.length > 0) {
        response.errors = result.errors.map((error) =>
            formatError(error, error.path ? 'DataFetchingException' : 'ValidationError')
        );
    }
    return { status: 200, body: response };
}
