import type { IncomingMessage } from 'node:http';
import { apiError } from '../errors';
import type { RequestContext } from '../requestContext';
import type { UnmodifiedSince } from '../data/recordWrites';

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
    /** The client's address, for throttling sign-ins. */
    remoteAddress: string;
}

/** What a route answers: JSON by default, or text (SOAP, HTML) or bytes with their content type. */
export interface ApiResponse {
    status: number;
    body?: unknown;
    text?: string;
    data?: Buffer;
    contentType?: string;
    /** Further response headers, such as Set-Cookie, Location or Cache-Control. */
    headers?: Record<string, string>;
}

/**
 * A refusal that already has its answer, for routes whose errors are not in the REST API's shape
 * (the UI API's record errors). Thrown, so the request's transaction still rolls back.
 */
export class ErrorAnswer extends Error {
    declare readonly answer: ApiResponse;

    constructor(answer: ApiResponse) {
        super(`request refused with status ${answer.status}`);
        this.answer = answer;
    }
}

/** The cookie that carries the page's session; HttpOnly, so scripts on the page never see it. */
export const SESSION_COOKIE = 'sid';

/**
 * Finds the session token of a request: `Authorization: Bearer` (or `OAuth`) first, then the
 * page's session cookie.
 * @param headers the request headers
 * @returns the token, or undefined
 */
export function sessionToken(headers: IncomingMessage['headers']): string | undefined {
    const bearer = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
    if (bearer) {
        return bearer;
    }
    for (const part of String(headers.cookie ?? '').split(';')) {
        const [name, ...value] = part.trim().split('=');
        if (name === SESSION_COOKIE && value.length > 0) {
            // A cookie that does not decode is no session: the user can still sign in afresh.
            try {
                return decodeURIComponent(value.join('='));
            } catch {
                return undefined;
            }
        }
    }
    return undefined;
}

/**
 * Reads the If-Unmodified-Since header of a conditional update.
 * @param request the routed request
 * @returns the moment, or undefined when the header is absent
 */
export function ifUnmodifiedSince(request: ApiRequest): UnmodifiedSince | undefined {
    const header = request.headers['if-unmodified-since'];
    if (!header) {
        return undefined;
    }
    const text = String(header);
    // Salesforce writes +0000; Date wants +00:00.
    const date = new Date(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (Number.isNaN(date.getTime())) {
        throw apiError(
            400,
            'INVALID_HEADER_TYPE',
            'If-Unmodified-Since is not a date. Send the record\'s LastModifiedDate, or an HTTP date such as "Tue, 01 Apr 2025 10:00:00 GMT".'
        );
    }
    return { at: date, precise: /T\d{2}:\d{2}:\d{2}\.\d+/.test(text) };
}

export interface Route {
    method: string;
    pattern: RegExp;
    /**
     * Whether the route needs a session (a bearer token or the page's cookie). Routes that do not
     * still get the context when the request has a valid session.
     */
    signedIn: boolean;
    /** Runs inside one database transaction, so it must be synchronous. */
    handle?(request: ApiRequest): ApiResponse;
    /**
     * For the sign-in routes, which wait for password hashing: runs outside a transaction, so it
     * must make at most one database write.
     */
    handleAsync?(request: ApiRequest): Promise<ApiResponse>;
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
