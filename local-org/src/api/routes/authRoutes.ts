import { login, refusalText } from '../../data/logins';
import { apiError } from '../../errors';
import type { ApiRequest, ApiResponse, Route } from '../http';
import { ORGANIZATION_ID, type Store } from '../../data/store';
import type { SignInThrottle } from '../../data/signInGuard';

const DEFAULT_VERSION = '65.0';

/**
 * The identity URL of a signed-in user (`/id/{orgId}/{userId}`), as sign-in returns it.
 * @param request the request, for the host the client reached
 * @param userId the user
 * @returns the URL
 */
export function identityUrl(request: ApiRequest, userId: string): string {
    return `${request.baseUrl}/id/${ORGANIZATION_ID}/${userId}`;
}

function xmlText(xml: string, tag: string): string | undefined {
    const match = new RegExp(`<(?:\\w+:)?${tag}>([^<]*)</(?:\\w+:)?${tag}>`).exec(xml);
    return match?.[1]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}

function soapFault(message: string): ApiResponse {
    return {
        status: 500,
        contentType: 'text/xml; charset=utf-8',
        text: `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><soapenv:Fault><faultcode>INVALID_LOGIN</faultcode><faultstring>${message}</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`
    };
}

/**
 * The sign-in routes: the OAuth username-password token, the SOAP login jsforce uses when no
 * client id is configured, and the identity URL both return.
 * @param store the database
 * @param throttle the server's sign-in throttle
 * @returns the routes
 */
export function authRoutes(store: Store, throttle: SignInThrottle): Route[] {
    return [
        {
            method: 'POST',
            pattern: /^\/services\/oauth2\/token$/,
            signedIn: false,
            async handleAsync(request) {
                const form = new URLSearchParams(request.rawBody);
                if (form.get('grant_type') !== 'password') {
                    return {
                        status: 400,
                        body: {
                            error: 'unsupported_grant_type',
                            error_description:
                                'The local org signs in with grant_type=password only: send username and password.'
                        }
                    };
                }
                const session = await login(
                    store,
                    throttle,
                    form.get('username') ?? '',
                    form.get('password') ?? '',
                    request.remoteAddress
                );
                if ('refused' in session) {
                    return {
                        status: 400,
                        body: {
                            error: 'invalid_grant',
                            error_description: `authentication failure: ${refusalText(session)}`
                        }
                    };
                }
                return {
                    status: 200,
                    body: {
                        access_token: session.token,
                        instance_url: request.baseUrl,
                        id: identityUrl(request, session.userId),
                        token_type: 'Bearer',
                        issued_at: String(Date.now()),
                        // Salesforce signs id + issued_at for the client; no client secret exists here.
                        signature: Buffer.from(session.userId).toString('base64')
                    }
                };
            }
        },
        {
            method: 'POST',
            pattern: /^\/services\/Soap\/u\/(\d+\.\d+)$/,
            signedIn: false,
            async handleAsync(request) {
                const username = xmlText(request.rawBody, 'username') ?? '';
                const password = xmlText(request.rawBody, 'password') ?? '';
                const session = await login(
                    store,
                    throttle,
                    username,
                    password,
                    request.remoteAddress
                );
                if ('refused' in session) {
                    return soapFault(
                        `INVALID_LOGIN: Invalid username, password, security token; or user locked out. ${refusalText(session)}`
                    );
                }
                const version = request.params[0] ?? DEFAULT_VERSION;
                return {
                    status: 200,
                    contentType: 'text/xml; charset=utf-8',
                    text: `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:partner.soap.sforce.com"><soapenv:Body><loginResponse><result><metadataServerUrl>${request.baseUrl}/services/Soap/m/${version}/${ORGANIZATION_ID}</metadataServerUrl><passwordExpired>false</passwordExpired><sandbox>true</sandbox><serverUrl>${request.baseUrl}/services/Soap/u/${version}/${ORGANIZATION_ID}</serverUrl><sessionId>${session.token}</sessionId><userId>${session.userId}</userId><userInfo><organizationId>${ORGANIZATION_ID}</organizationId><userId>${session.userId}</userId></userInfo></result></loginResponse></soapenv:Body></soapenv:Envelope>`
                };
            }
        },
        {
            method: 'GET',
            pattern: /^\/id\/(\w+)\/(\w+)$/,
            signedIn: true,
            handle(request) {
                const [organizationId, userId] = request.params;
                if (
                    organizationId !== ORGANIZATION_ID ||
                    userId !== request.context?.access.userId
                ) {
                    throw apiError(
                        403,
                        'INSUFFICIENT_ACCESS',
                        'This identity URL belongs to another user. Use the id URL your sign-in returned.'
                    );
                }
                const user = store.db
                    .prepare('SELECT Username, Email, Name FROM "User" WHERE Id = ?')
                    .get(userId) as { Username: string; Email: string; Name: string };
                return {
                    status: 200,
                    body: {
                        id: identityUrl(request, userId),
                        user_id: userId,
                        organization_id: organizationId,
                        username: user.Username,
                        email: user.Email,
                        display_name: user.Name,
                        urls: {
                            rest: `${request.baseUrl}/services/data/v{version}/`,
                            sobjects: `${request.baseUrl}/services/data/v{version}/sobjects/`,
                            query: `${request.baseUrl}/services/data/v{version}/query/`
                        }
                    }
                };
            }
        }
    ];
}
