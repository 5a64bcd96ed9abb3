import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import {
    SESSION_ELEMENT_ID,
    type PageSession,
    type PageUser
} from '../../app/platform/pageSession';
import { endSession, login, refusalText } from '../data/logins';
import { bundlePath } from './bundle';
import { apiError } from '../errors';
import {
    SESSION_COOKIE,
    sessionToken,
    type ApiRequest,
    type ApiResponse,
    type Route
} from '../api/http';
import { OPPORTUNITY_STAGES } from '../../../metadata/projectMetadata';
import type { Store } from '../data/store';
import { API_VERSION } from '../api/routes/versionRoutes';
import type { SignInThrottle } from '../data/signInGuard';

const CONTENT_TYPES: Record<string, string> = {
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.json': 'application/json'
};

const TITLE_SUFFIX = 'Coaching Review local org';

function escapeHtml(text: string): string {
    return text.replace(
        /[&<>"']/g,
        (character) =>
            ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
            character
    );
}

function pageHtml(session: PageSession, title: string): string {
    // `<` escaped so no text in the data can close the script element.
    const data = JSON.stringify(session).replace(/</g, '\\u003c');
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | ${TITLE_SUFFIX}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/slds/styles/salesforce-lightning-design-system.min.css">
<style>body { background: #b0c4df linear-gradient(#b0c4df, #f3f3f3 24rem); min-height: 100vh; }</style>
<script type="application/json" id="${SESSION_ELEMENT_ID}">${data}</script>
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<div id="app"></div>
<noscript>The coaching review pages need JavaScript.</noscript>
</body>
</html>
`;
}

/** The user list of the switcher: every active user, with the permission sets assigned. */
function pageUsers(store: Store): PageUser[] {
    const rows = store.db
        .prepare(
            `SELECT u.Id AS id, u.Name AS name, u.Username AS username, COALESCE(u.Title, '') AS title,
                    COALESCE(group_concat(a.permissionSet), '') AS sets
             FROM "User" u LEFT JOIN local_permission_set_assignment a ON a.userId = u.Id
             WHERE u.IsActive = 1 AND u.IsDeleted = 0
             GROUP BY u.Id ORDER BY u.Name`
        )
        .all() as (Omit<PageUser, 'permissionSets'> & { sets: string })[];
    return rows.map(({ sets, ...user }) => ({
        ...user,
        permissionSets: sets ? sets.split(',').sort() : []
    }));
}

const LOCAL_ORIGIN = 'http://local-org.invalid';

/**
 * Accepts only a path on this server as the place to go after signing in. The URL parser
 * decides, as the browser will: it drops tabs and newlines and reads `\` as `/`, so
 * `/\t/evil.example` and `/\evil.example` are other hosts and fall back to `/`.
 * @param next the `next` parameter
 * @returns a same-origin path with its query and fragment
 */
export function safeNext(next: string | null | undefined): string {
    if (!next || !next.startsWith('/')) {
        return '/';
    }
    try {
        const url = new URL(next, LOCAL_ORIGIN);
        return url.origin === LOCAL_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/';
    } catch {
        return '/';
    }
}

function sessionCookie(token: string, maxAge?: number): string {
    return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}`;
}

function wantsJson(request: ApiRequest): boolean {
    return String(request.headers.accept ?? '').includes('application/json');
}

function redirect(
    location: string,
    status = 302,
    headers: Record<string, string> = {}
): ApiResponse {
    return { status, headers: { ...headers, Location: location } };
}

function file(path: string, cacheControl: string): ApiResponse {
    return {
        status: 200,
        data: readFileSync(path),
        contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
        headers: { 'Cache-Control': cacheControl }
    };
}

function notFound(what: string): ApiResponse {
    return { status: 404, text: `Not found: ${what}`, contentType: 'text/plain; charset=utf-8' };
}

/** What the page routes need from the server. */
export interface PageOptions {
    projectRoot: string;
    store: Store;
    throttle: SignInThrottle;
}

/**
 * The browser side of the local org: the sign-in page and sign-in/out, the home page, the
 * Opportunity record page, the page bundle and the SLDS assets. Pages answer with one HTML shell
 * that carries the session data; the bundle renders the page it names.
 * @param options the project root and the database
 * @returns the routes
 */
export function pageRoutes(options: PageOptions): Route[] {
    const { projectRoot, store, throttle } = options;
    const sldsAssets = join(
        dirname(
            require.resolve('@salesforce-ux/design-system/package.json', { paths: [projectRoot] })
        ),
        'assets'
    );
    const stages = OPPORTUNITY_STAGES.map(({ value, isClosed }) => ({ value, isClosed }));

    const page = (
        request: ApiRequest,
        view: Pick<PageSession, 'page' | 'recordId' | 'next'>,
        title: string
    ): ApiResponse => {
        const session: PageSession = {
            ...view,
            apiVersion: `v${API_VERSION}`,
            userId: request.context?.access.userId,
            customPermissions: [...(request.context?.access.customPermissions ?? [])].sort(),
            users: pageUsers(store),
            stages
        };
        return {
            status: 200,
            text: pageHtml(session, title),
            contentType: 'text/html; charset=utf-8',
            headers: { 'Cache-Control': 'no-store' }
        };
    };
    // Pages need a session; without one the browser goes to the sign-in page and comes back.
    const signedInPage = (
        request: ApiRequest,
        view: Pick<PageSession, 'page' | 'recordId'>,
        title: string
    ): ApiResponse =>
        request.context
            ? page(request, view, title)
            : redirect(`/login?next=${encodeURIComponent(request.url.pathname)}`);

    return [
        {
            method: 'GET',
            pattern: /^\/$/,
            signedIn: false,
            handle: (request) => signedInPage(request, { page: 'home' }, 'Opportunities')
        },
        {
            method: 'GET',
            pattern: /^\/lightning\/r\/Opportunity\/(\w+)\/view\/?$/,
            signedIn: false,
            handle: (request) =>
                signedInPage(
                    request,
                    { page: 'record', recordId: request.params[0] },
                    'Opportunity'
                )
        },
        {
            method: 'GET',
            pattern: /^\/login\/?$/,
            signedIn: false,
            handle: (request) =>
                page(
                    request,
                    { page: 'login', next: safeNext(request.url.searchParams.get('next')) },
                    'Sign in'
                )
        },
        {
            method: 'POST',
            pattern: /^\/login\/?$/,
            signedIn: false,
            async handleAsync(request) {
                const json = String(request.headers['content-type'] ?? '').includes('json');
                let form: { username?: unknown; password?: unknown; next?: unknown } = {};
                try {
                    form = json
                        ? (JSON.parse(request.rawBody) as typeof form)
                        : Object.fromEntries(new URLSearchParams(request.rawBody));
                } catch {
                    throw apiError(
                        400,
                        'JSON_PARSER_ERROR',
                        'Send {"username": "...", "password": "..."}.'
                    );
                }
                const next = safeNext(typeof form.next === 'string' ? form.next : undefined);
                const session = await login(
                    store,
                    throttle,
                    String(form.username ?? ''),
                    String(form.password ?? ''),
                    request.remoteAddress
                );
                if ('refused' in session) {
                    const message = refusalText(session);
                    return wantsJson(request)
                        ? {
                              status: 401,
                              body: {
                                  error: 'invalid_grant',
                                  message: message[0].toUpperCase() + message.slice(1)
                              }
                          }
                        : redirect(`/login?error=1&next=${encodeURIComponent(next)}`, 303);
                }
                const cookie = { 'Set-Cookie': sessionCookie(session.token) };
                return wantsJson(request)
                    ? { status: 200, body: { userId: session.userId, next }, headers: cookie }
                    : redirect(next, 303, cookie);
            }
        },
        {
            method: 'POST',
            pattern: /^\/logout\/?$/,
            signedIn: false,
            handle(request) {
                const token = sessionToken(request.headers);
                if (token) {
                    endSession(store, token);
                }
                const cookie = { 'Set-Cookie': sessionCookie('', 0) };
                return wantsJson(request)
                    ? { status: 200, body: { signedOut: true }, headers: cookie }
                    : redirect('/login', 303, cookie);
            }
        },
        {
            method: 'GET',
            pattern: /^\/assets\/app\.js$/,
            signedIn: false,
            handle() {
                const bundle = bundlePath(projectRoot);
                if (!existsSync(bundle)) {
                    return {
                        status: 503,
                        text: 'The page bundle is not built yet: start the local org with npm start, which builds it.',
                        contentType: 'text/plain; charset=utf-8'
                    };
                }
                return file(bundle, 'no-cache');
            }
        },
        {
            method: 'GET',
            pattern: /^\/assets\/slds\/(.+)$/,
            signedIn: false,
            handle(request) {
                let name: string;
                try {
                    name = decodeURIComponent(request.params[0]);
                } catch {
                    throw apiError(
                        400,
                        'MALFORMED_URL',
                        `The path ${request.url.pathname} has a % that does not start an escape such as %20. Fix the URL.`
                    );
                }
                const path = resolve(sldsAssets, name);
                if (
                    !path.startsWith(sldsAssets + sep) ||
                    !existsSync(path) ||
                    !statSync(path).isFile()
                ) {
                    return notFound(request.url.pathname);
                }
                return file(path, 'public, max-age=86400');
            }
        }
    ];
}
