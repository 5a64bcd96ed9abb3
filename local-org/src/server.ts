import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { accessOf, sessionUser } from './auth';
import { apiError, ApiError } from './errors';
import {
    ErrorAnswer,
    readBody,
    sessionToken,
    type ApiRequest,
    type ApiResponse,
    type Route
} from './http';
import {
    checkPermissionDependencies,
    loadPermissionSets,
    type PermissionSetDefinition
} from './permissions';
import { authRoutes } from './routes/auth';
import { compositeRoutes, RollBack } from './routes/composite';
import { graphqlRoutes } from './routes/graphql';
import { pageRoutes } from './routes/pages';
import { queryRoutes } from './routes/query';
import { sobjectRoutes } from './routes/sobjects';
import { uiApiRoutes } from './routes/uiApi';
import { API_VERSION, versionRoutes } from './routes/versions';
import { loadProjectMetadata } from './projectMetadata';
import { buildSchema } from './schema';
import { isEmpty, loadDemoData, seedDemoData } from './seed';
import { Store } from './store';

export interface LocalOrgOptions {
    /** The project root (the folder with sfdx-project.json); found from the working folder when absent. */
    projectRoot?: string;
    /** The data folder holding the SQLite file. */
    dataDir: string;
    /** 0 picks a free port. */
    port?: number;
    host?: string;
    /** Load the demo data into an empty data folder (the default). */
    seed?: boolean;
}

/** A running local org. */
export interface LocalOrg {
    url: string;
    port: number;
    store: Store;
    permissionSets: Map<string, PermissionSetDefinition>;
    close(): Promise<void>;
}

/**
 * Finds the project root by walking up to the folder that holds sfdx-project.json.
 * @param start where to start looking
 * @returns the project root
 */
export function findProjectRoot(start: string = process.cwd()): string {
    let folder = start;
    while (!existsSync(join(folder, 'sfdx-project.json'))) {
        const parent = dirname(folder);
        if (parent === folder) {
            throw new Error(
                'No sfdx-project.json found above the working folder: run the local org from inside the Coaching Review project.'
            );
        }
        folder = parent;
    }
    return folder;
}

/**
 * Opens the store of a data folder with the schema of the project's metadata.
 * @param projectRoot the project root
 * @param dataDir the data folder
 * @returns the store and the permission sets
 */
export function openOrg(
    projectRoot: string,
    dataDir: string
): { store: Store; permissionSets: Map<string, PermissionSetDefinition> } {
    const sourceDir = join(projectRoot, 'force-app', 'main', 'default');
    const metadata = loadProjectMetadata(sourceDir);
    const permissionSets = loadPermissionSets(sourceDir);
    checkPermissionDependencies(permissionSets, metadata, projectRoot);
    return { store: new Store(dataDir, buildSchema(metadata)), permissionSets };
}

function send(response: ServerResponse, answer: ApiResponse): void {
    const headers = { ...answer.headers };
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
 * Starts the local org's HTTP server.
 * @param options project root, data folder, port and host
 * @returns the running org
 */
export async function startLocalOrg(options: LocalOrgOptions): Promise<LocalOrg> {
    const projectRoot = options.projectRoot ?? findProjectRoot();
    const { store, permissionSets } = openOrg(projectRoot, options.dataDir);
    if (options.seed !== false && isEmpty(store)) {
        seedDemoData(store, permissionSets, loadDemoData(projectRoot));
    }
    const routes: Route[] = [
        ...versionRoutes(),
        ...authRoutes(store),
        ...sobjectRoutes(),
        ...queryRoutes(),
        ...compositeRoutes(),
        ...graphqlRoutes(),
        ...uiApiRoutes(),
        ...pageRoutes({ projectRoot, store })
    ];
    const host = options.host ?? '127.0.0.1';

    const handle = async (request: IncomingMessage, response: ServerResponse) => {
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
                baseUrl
            };
            const answer = store.transaction(() => {
                const token = sessionToken(request.headers);
                const userId = token ? sessionUser(store, token) : undefined;
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
                return route.handle(apiRequest);
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

    const server: Server = createServer((request, response) => {
        void handle(request, response);
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 3000, host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    return {
        url: `http://${host}:${port}`,
        port,
        store,
        permissionSets,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => {
                    store.close();
                    resolve();
                });
                server.closeAllConnections();
            })
    };
}
