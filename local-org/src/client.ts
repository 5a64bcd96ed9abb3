/**
 * A small HTTP client for a running local org, shared by the server tests and the benchmark so
 * that both sign in and call the API the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The password every demo user signs in with, as seeded from the demo data. */
export const DEMO_PASSWORD = 'local-demo';

/** A response: status, headers and the parsed JSON body (or the text when it is not JSON). */
export interface OrgResponse {
    status: number;
    headers: Headers;
    body: unknown;
}

export interface CallOptions {
    /** An access token, sent as `Authorization: Bearer`. */
    token?: string;
    cookie?: string;
    method?: string;
    /** Sent as JSON. */
    body?: unknown;
    /** Sent as it is, for malformed or oversized bodies. */
    raw?: string;
    headers?: Record<string, string>;
}

/**
 * Calls a local org; redirects come back as they are, so callers see where they lead.
 * @param url the local org's URL
 * @param path the path, with its query
 * @param options the token or cookie, the method, the body and further headers
 * @returns the response
 */
export async function callOrg(
    url: string,
    path: string,
    options: CallOptions = {}
): Promise<OrgResponse> {
    const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        ...options.headers
    };
    if (options.token) {
        headers.Authorization = `Bearer ${options.token}`;
    }
    if (options.cookie) {
        headers.Cookie = options.cookie;
    }
    const response = await fetch(`${url}${path}`, {
        method: options.method ?? 'GET',
        headers,
        redirect: 'manual',
        body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
    });
    const text = await response.text();
    let body: unknown = text;
    try {
        body = text ? JSON.parse(text) : undefined;
    } catch {
        // Not JSON (a page or an asset): the text is the body.
    }
    return { status: response.status, headers: response.headers, body };
}

/**
 * Signs a demo user in through OAuth's username-password grant, as jsforce's `login` does.
 * @param url the local org's URL
 * @param user the demo user's name before `@coaching.local`, such as `seller`
 * @returns the token response
 */
export async function signIn(url: string, user: string): Promise<OrgResponse> {
    return callOrg(url, '/services/oauth2/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        raw: new URLSearchParams({
            grant_type: 'password',
            username: `${user}@coaching.local`,
            password: DEMO_PASSWORD
        }).toString()
    });
}

/**
 * Signs a demo user in and returns the access token.
 * @param url the local org's URL
 * @param user the demo user's name before `@coaching.local`
 * @returns the access token
 */
export async function accessToken(url: string, user: string): Promise<string> {
    const { status, body } = await signIn(url, user);
    const token = (body as { access_token?: string } | undefined)?.access_token;
    if (!token) {
        throw new Error(`${user} could not sign in (${status}): ${JSON.stringify(body)}`);
    }
    return token;
}

/**
 * The GraphQL query the panel sends, read from its source so tests and benchmarks cannot drift
 * from it.
 * @param projectRoot the project's root folder
 * @returns the GraphQL text
 */
export function panelQuery(projectRoot: string): string {
    const source = readFileSync(
        join(projectRoot, 'force-app', 'main', 'default', 'lwc', 'coachingReviewPanel', 'query.ts'),
        'utf8'
    );
    const match = /gql`([\s\S]*?)`/.exec(source);
    if (!match) {
        throw new Error('coachingReviewPanel/query.ts has no gql`...` query');
    }
    return match[1];
}
