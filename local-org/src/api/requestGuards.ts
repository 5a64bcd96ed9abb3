import type { IncomingHttpHeaders } from 'node:http';
import { apiError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a cross-site write carried by the page's session cookie. Browsers send the cookie with
 * requests from other pages of the same site, another port included, and a `text/plain` body
 * needs no CORS preflight; so a cookie-authenticated write must come from this origin and be
 * JSON. Bearer-token clients (the scripts, jsforce) are not affected.
 * @param method the request method
 * @param headers the request headers
 * @param origin this server's origin as the client reached it (`http://127.0.0.1:3000`)
 * @throws ApiError 403 for a write from elsewhere, 415 for a body that is not JSON
 */
export function checkCookieWrite(
    method: string,
    headers: IncomingHttpHeaders,
    origin: string
): void {
    if (SAFE_METHODS.has(method)) {
        return;
    }
    // Browsers name the origin of every cross-origin write; a client without Origin is no browser.
    const from = headers.origin;
    const site = headers['sec-fetch-site'];
    if ((from !== undefined && from !== origin) || site === 'cross-site' || site === 'same-site') {
        throw apiError(
            403,
            'INSUFFICIENT_ACCESS',
            `Cross-origin write refused: a request signed in with the page's cookie must come from ${origin} itself${from ? `, not ${from}` : ''}. Scripts and other clients sign in with OAuth and send Authorization: Bearer.`
        );
    }
    const type = String(headers['content-type'] ?? '');
    const hasBody = Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'];
    if (hasBody && !/^application\/json\s*(;|$)/i.test(type)) {
        throw apiError(
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            `The request body is ${type || 'untyped'}; send JSON with Content-Type: application/json.`
        );
    }
}

/**
 * The headers every answer carries: no framing by other sites (clickjacking), a content security
 * policy that loads scripts and styles from this server only, and no MIME sniffing. Inline
 * styles stay allowed: the LWC engine and SLDS set them at run time.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'"
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin'
});
