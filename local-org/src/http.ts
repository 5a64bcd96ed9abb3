import type { IncomingMessage } from 'node:http';
import { apiError } from './errors';
import type { RequestContext } from './records';

/** The largest request body accepted, as Salesforce's REST limit for most resources. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request after routing: its URL parts and, for signed-in routes, who sends it. */
export interface ApiRequest {
    method: string;
    url: URL;
    /** The groups the route pattern captured. */
    params: string[];
    headers: IncomingMessage['headers'];
    rawBody: string;
    /** Set on routes that need a session. */
    context?: RequestContext;
    /** The host URL the client reached, for instance_url and identity URLs. */
    baseUrl: string;
}

/** What a route answers: JSON by default, or text (SOAP) with its content type. */
export interface ApiResponse {
    status: number;
    body?: unknown;
    text?: string;
    contentType?: string;
}

export interface Route {
    method: string;
    pattern: RegExp;
    /** Whether the route needs `Authorization: Bearer`. */
    signedIn: boolean;
    /** Runs inside one database transaction, so it must be synchronous. */
    handle(request: ApiRequest): ApiResponse;
}

/**
 * Reads a request body, refusing bodies over the limit before reading them whole.
 * @param request the incoming request
 * @returns the body as text
 */
export async function readBody(request: IncomingMessage): Promise<string> {
    const declared = Number(request.headers['content-length'] ?? 0);
    const tooLarge = () =>
        apiError(
            413,
            'REQUEST_ENTITY_TOO_LARGE',
            `The request body is larger than ${MAX_BODY_BYTES} bytes. Send fewer records per request (composite/sobjects takes up to 200).`
        );
    if (declared > MAX_BODY_BYTES) {
        request.resume();
        throw tooLarge();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY_BYTES) {
            request.resume();
            throw tooLarge();
        }
        chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}

/**
 * Parses a JSON request body.
 * @param request the routed request
 * @returns the parsed value
 */
export function jsonBody(request: ApiRequest): unknown {
    try {
        return JSON.parse(request.rawBody);
    } catch (error) {
        throw apiError(
            400,
            'JSON_PARSER_ERROR',
            `The request body is not valid JSON (${(error as Error).message}). Send a JSON object with the Content-Type application/json.`
        );
    }
}

/**
 * The context of a signed-in route; the server sets it before calling the route.
 * @param request the routed request
 * @returns the request context
 */
export function contextOf(request: ApiRequest): RequestContext {
    if (!request.context) {
        throw new Error('a signed-in route ran without a session');
    }
    return request.context;
}
