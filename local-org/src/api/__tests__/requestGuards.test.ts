/** @jest-environment node */
import { checkCookieWrite, SECURITY_HEADERS } from '../requestGuards';

const ORIGIN = 'http://127.0.0.1:3000';

function refusal(work: () => void): { status: number; errorCode: unknown } | undefined {
    try {
        work();
        return undefined;
    } catch (error) {
        const { status, errors } = error as { status: number; errors: { errorCode: string }[] };
        return { status, errorCode: errors[0].errorCode };
    }
}

describe('requestGuards', () => {
    describe('checkCookieWrite', () => {
        const json = { 'content-type': 'application/json', 'content-length': '2' };

        it('accepts a same-origin JSON write, a client that is no browser, and any read', () => {
            expect(refusal(() => checkCookieWrite('DELETE', {}, ORIGIN))).toBeUndefined();
            expect(
                refusal(() => checkCookieWrite('PATCH', { ...json, origin: ORIGIN }, ORIGIN))
            ).toBeUndefined();
            expect(
                refusal(() =>
                    checkCookieWrite('POST', { ...json, 'sec-fetch-site': 'same-origin' }, ORIGIN)
                )
            ).toBeUndefined();
            expect(
                refusal(() => checkCookieWrite('GET', { origin: 'http://evil.example' }, ORIGIN))
            ).toBeUndefined();
        });

        it.each([
            ['another port', { ...json, origin: 'http://127.0.0.1:8080' }],
            ['another site', { ...json, origin: 'http://evil.example' }],
            [
                'the same site on another port, by Sec-Fetch-Site',
                { ...json, 'sec-fetch-site': 'same-site' }
            ],
            ['a sandboxed page', { ...json, origin: 'null' }]
        ])('refuses a write from %s', (_case, headers) => {
            expect(refusal(() => checkCookieWrite('POST', headers, ORIGIN))).toEqual({
                status: 403,
                errorCode: 'INSUFFICIENT_ACCESS'
            });
        });

        it('refuses a same-origin body that is not JSON', () => {
            expect(
                refusal(() =>
                    checkCookieWrite(
                        'POST',
                        { origin: ORIGIN, 'content-type': 'text/plain', 'content-length': '20' },
                        ORIGIN
                    )
                )
            ).toEqual({ status: 415, errorCode: 'UNSUPPORTED_MEDIA_TYPE' });
        });
    });

    it('forbids framing and scripts from elsewhere', () => {
        expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY');
        expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
        expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/script-src 'self'(;|$)/);
    });
});
