import { contextOf, type Route } from '../http';
import { identityUrl } from './authRoutes';

/** The newest API version the local org names; any vNN.N in a URL is served the same way. */
export const API_VERSION = '65.0';

/**
 * The discovery routes: the version list, the resources of a version, and a minimal limits.
 * @returns the routes
 */
export function versionRoutes(): Route[] {
    return [
        {
            method: 'GET',
            pattern: /^\/services\/data\/?$/,
            signedIn: false,
            handle() {
                return {
                    status: 200,
                    body: [
                        {
                            label: "Local org (Winter '26)",
                            url: `/services/data/v${API_VERSION}`,
                            version: API_VERSION
                        }
                    ]
                };
            }
        },
        {
            method: 'GET',
            pattern: /^\/services\/data\/(v\d+\.\d+)\/?$/,
            signedIn: true,
            handle(request) {
                const base = `/services/data/${request.params[0]}`;
                return {
                    status: 200,
                    body: {
                        // As on Salesforce: lets a client holding only a token find its user.
                        identity: identityUrl(request, contextOf(request).access.userId),
                        sobjects: `${base}/sobjects`,
                        query: `${base}/query`,
                        composite: `${base}/composite`,
                        limits: `${base}/limits`
                    }
                };
            }
        },
        {
            method: 'GET',
            pattern: /^\/services\/data\/(v\d+\.\d+)\/limits\/?$/,
            signedIn: true,
            handle() {
                // The local org enforces no daily limits; these numbers keep clients that read them happy.
                return {
                    status: 200,
                    body: {
                        DailyApiRequests: { Max: 15000, Remaining: 15000 },
                        DataStorageMB: { Max: 1024, Remaining: 1024 }
                    }
                };
            }
        }
    ];
}
