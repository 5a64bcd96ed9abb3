import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { loadDemoData } from '../../data/demoData';
import {
    checkPermissionDependencies,
    loadPermissionSets,
    loadProjectMetadata,
    type PermissionSetDefinition
} from '../../metadata/projectMetadata';
import { buildSchema } from '../../metadata/schema';
import type { Route } from './api/http';
import { requestHandler } from './api/requestHandler';
import { authRoutes } from './api/routes/authRoutes';
import { compositeRoutes } from './api/routes/compositeRoutes';
import { connectRoutes } from './api/routes/connectRoutes';
import { graphqlRoutes } from './api/routes/graphqlRoutes';
import { queryRoutes } from './api/routes/queryRoutes';
import { sobjectRoutes } from './api/routes/sobjectRoutes';
import { uiApiRoutes } from './api/routes/uiApiRoutes';
import { versionRoutes } from './api/routes/versionRoutes';
import { isEmpty, seedDemoData } from './data/demoSeed';
import { SignInThrottle } from './data/signInGuard';
import { Store } from './data/store';
import { pageRoutes } from './page/pageRoutes';

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
    const throttle = new SignInThrottle();
    const routes: Route[] = [
        ...versionRoutes(),
        ...authRoutes(store, throttle),
        ...sobjectRoutes(),
        ...queryRoutes(),
        ...compositeRoutes(),
        ...graphqlRoutes(),
        ...uiApiRoutes(),
        ...connectRoutes(),
        ...pageRoutes({ projectRoot, store, throttle })
    ];
    const host = options.host ?? '127.0.0.1';

    const handle = requestHandler(routes, store, permissionSets, host);

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
