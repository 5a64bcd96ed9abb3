import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PermissionSetDefinition } from '../../../metadata/projectMetadata';
import { accessOf, sessionUser } from '../data/logins';
import type { Store } from '../data/store';
import { apiError, ApiError } from '../errors';
import {
    ErrorAnswer,
    readBody,
    sessionToken,
    type ApiRequest,
    type ApiResponse,
    type Route
} from './http';
import { checkCookieWrite, SECURITY_HEADERS } from './requestGuards';
import { RollBack } from './routes/compositeRoutes';
import { API_VERSION } from './routes/versionRoutes';

function send(response: ServerResponse, answer: ApiResponse): void {
    const headers = { ...SECURITY_HEADERS, ...answer.headers };
    if (answer.text !== undefined || answer.data !== undefined) {
        response.writeHead(answer.status, {
            ...headers,
            'Content-Type': answer.contentType ?? 'text/plain'
        });
        response.end(answer.data ?? answer.text);
        return;
    }
    if (answer.body === undefined) {
        response.writeHead(answer.status, headers);
        response.end();
        return;
    }
    response.writeHead(answer.status, {
        ...headers,
        'Content-Type': 'application/json;charset=UTF-8'
    });
    response.end(JSON.stringify(answer.body));
}

function errorAnswer(error: unknown): ApiResponse {
    if (error instanceof ApiError) {
        return { status: error.status, body: error.errors };
    }
    if (error instanceof ErrorAnswer) {
        return error.answer;
    }
    if (error instanceof RollBack) {
        return { status: 200, body: error.results };
    }
    return {
        status: 500,
        body: [
            {
                message: `The local org failed: ${(error as Error).message}. See the server log, and report it if it repeats.`,
                errorCode: 'UNKNOWN_EXCEPTION',
                fields: []
            }
        ]
    };
}

/**
 * Answers one HTTP request: finds its route, signs the user in from the session, refuses a
 * cross-site write carried by the page's cookie, runs the route in one store transaction (the
 * sign-in routes outside one, as they wait for password hashing) and writes the answer or the
 * error in Salesforce's shape, with the security headers.
 * @param routes every route the org serves, tried in order
 * @param store the database
 * @param permissionSets every permission set of the project
 * @param host the host the server listens on, for URLs without a Host header
 * @returns the request listener
 */
export function requestHandler(
    routes: Route[],
    store: Store,
    permissionSets: Map<string, PermissionSetDefinition>,
    host: string
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
    return async (request, response) => {
        const baseUrl = `http://${request.headers.host ?? host}`;
        try {
            // A malformed Host header makes no URL; thrown outside this try it would stop the server.
            const url = URL.canParse(request.url ?? '/', baseUrl)
                ? new URL(request.url ?? '/', baseUrl)
                : undefined;
            if (!url) {
                request.resume();
                throw apiError(
                    400,
                    'INVALID_HEADER_TYPE',
                    `The request URL ${request.url ?? '/'} with the Host ${String(request.headers.host)} is not a valid URL. Send a Host such as 127.0.0.1:3000.`
                );
            }
            const method = (request.method ?? 'GET').toUpperCase();
            let params: string[] | undefined;
            const route = routes.find((candidate) => {
                const match = candidate.method === method && candidate.pattern.exec(url.pathname);
                params = match ? match.slice(1) : undefined;
                return Boolean(match);
            });
            if (!route || !params) {
                request.resume();
                throw apiError(
                    404,
                    'NOT_FOUND',
                    `The requested resource does not exist: ${method} ${url.pathname}. Check the URL and method against the REST API.`
                );
            }
            const rawBody = await readBody(request);
            const apiRequest: ApiRequest = {
                method,
                url,
                params,
                headers: request.headers,
                rawBody,
                baseUrl,
                remoteAddress: request.socket.remoteAddress ?? 'unknown'
            };
            if (route.handleAsync) {
                send(response, await route.handleAsync(apiRequest));
                return;
            }
            const answer = store.transaction(() => {
                const token = sessionToken(request.headers);
                const userId = token ? sessionUser(store, token) : undefined;
                const byCookie = !/^(?:Bearer|OAuth)\s+\S/i.test(
                    String(request.headers.authorization ?? '')
                );
                if (route.signedIn && userId && byCookie) {
                    checkCookieWrite(method, request.headers, baseUrl);
                }
                if (route.signedIn && !userId) {
                    throw apiError(
                        401,
                        'INVALID_SESSION_ID',
                        'Session expired or invalid: sign in again (POST /services/oauth2/token) and send the access token as Authorization: Bearer, or sign in on the page.'
                    );
                }
                if (userId) {
                    apiRequest.context = {
                        store,
                        access: accessOf(store, permissionSets, userId),
                        now: new Date(),
                        apiVersion:
                            /^\/services\/data\/(v\d+\.\d+)/.exec(url.pathname)?.[1] ??
                            `v${API_VERSION}`
                    };
                }
                return (route.handle as NonNullable<Route['handle']>)(apiRequest);
            });
            send(response, answer);
        } catch (error) {
            const answer = errorAnswer(error);
            if (answer.status === 500) {
                console.error(error);
            }
            if (answer.status === 413) {
                response.setHeader('Connection', 'close');
            }
            send(response, answer);
        }
    };
}
