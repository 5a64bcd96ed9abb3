import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessOf } from '../local-org/src/data/logins';
import { accessToken, callOrg, type CallOptions, type OrgResponse } from '../local-org/src/client';
import { loadDemoData, type DemoData } from '../data/demoData';
import { seedDemoData } from '../local-org/src/data/demoSeed';
import { openOrg, startLocalOrg, type LocalOrg } from '../local-org/src/server';
import type { Store } from '../local-org/src/data/store';
import type { PermissionSetDefinition } from '../metadata/projectMetadata';
import type { RequestContext } from '../local-org/src/requestContext';

/** The project root, from this file's place in test-support. */
export const PROJECT_ROOT = join(__dirname, '..');

/** The panel's bundle, whose GraphQL query the local org must answer. */
export const PANEL_DIR = join(
    PROJECT_ROOT,
    'force-app',
    'main',
    'default',
    'lwc',
    'coachingReviewPanel'
);

/** A seeded store in a temporary data folder, for tests below the HTTP layer. */
export interface SeededOrg {
    store: Store;
    permissionSets: Map<string, PermissionSetDefinition>;
    /** Ids of the demo users and records by their `ref` in the demo data. */
    refs: Map<string, string>;
    contextAs(ref: string): RequestContext;
    close(): void;
}

/**
 * Makes an empty temporary folder the caller removes.
 * @returns the folder
 */
export function tempDataDir(): string {
    return mkdtempSync(join(tmpdir(), 'local-org-test-'));
}

/**
 * Opens a store on a fresh temporary folder and loads the demo data.
 * @param data the data set to load; the project's demo data unless a test needs other users
 * @returns the seeded org; call close() to remove it
 */
export function openSeededOrg(data: DemoData = loadDemoData(PROJECT_ROOT)): SeededOrg {
    const dir = tempDataDir();
    const { store, permissionSets } = openOrg(PROJECT_ROOT, dir);
    const refs = seedDemoData(store, permissionSets, data);
    return {
        store,
        permissionSets,
        refs,
        contextAs(ref) {
            const userId = refs.get(ref);
            if (!userId) {
                throw new Error(`no demo user ${ref}`);
            }
            return {
                store,
                access: accessOf(store, permissionSets, userId),
                now: new Date(),
                apiVersion: 'v65.0'
            };
        },
        close() {
            store.close();
            rmSync(dir, { recursive: true, force: true });
        }
    };
}

/**
 * Runs a function and returns the error codes it threw, for asserting on refusals.
 * @param work what to run
 * @returns the error codes, or [] when it did not throw
 */
export function errorCodes(work: () => unknown): string[] {
    try {
        work();
        return [];
    } catch (error) {
        const errors = (error as { errors?: { errorCode: string }[] }).errors;
        if (!errors) {
            throw error;
        }
        return errors.map((entry) => entry.errorCode);
    }
}

/**
 * Runs a function that must refuse, and returns its error for assertions.
 * @param work what to run
 * @returns the API error it threw
 */
export function refusal(work: () => unknown): {
    status: number;
    errors: Record<string, unknown>[];
} {
    try {
        work();
    } catch (error) {
        return error as { status: number; errors: Record<string, unknown>[] };
    }
    throw new Error('expected the call to be refused, and it was not');
}

/** A local org serving on a free port from a temporary data folder, with a small HTTP client. */
export interface ServedOrg {
    org: LocalOrg;
    /** Signs a demo user (`seller`, `manager`, ...) in through OAuth and returns the token. */
    token(user: string): Promise<string>;
    /** Calls the org, asking for JSON unless the headers say otherwise. */
    call(path: string, options?: CallOptions): Promise<OrgResponse>;
    close(): Promise<void>;
}

/**
 * Starts a seeded local org on a free port.
 * @returns the served org; call close() to stop it and remove its data
 */
export async function serveOrg(): Promise<ServedOrg> {
    const dir = tempDataDir();
    const org = await startLocalOrg({ projectRoot: PROJECT_ROOT, dataDir: dir, port: 0 });
    return {
        org,
        token: (user) => accessToken(org.url, user),
        call: (path, options = {}) =>
            callOrg(org.url, path, {
                ...options,
                headers: { Accept: 'application/json', ...options.headers }
            }),
        async close() {
            await org.close();
            rmSync(dir, { recursive: true, force: true });
        }
    };
}
