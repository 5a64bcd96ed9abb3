import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessOf } from '../auth';
import type { PermissionSetDefinition } from '../permissions';
import type { RequestContext } from '../records';
import { loadDemoData, seedDemoData } from '../seed';
import { openOrg, startLocalOrg, type LocalOrg } from '../server';
import type { Store } from '../store';

/** The project root, from this file's place in local-org/src/__tests__. */
export const PROJECT_ROOT = join(__dirname, '..', '..', '..');

/** The panel's bundle, whose GraphQL query the local org must answer. */
export const PANEL_DIR = join(
    PROJECT_ROOT,
    'force-app',
    'main',
    'default',
    'lwc',
    'coachingReviewPanel'
);

/**
 * The query the panel sends, read from its source so the two cannot drift apart.
 * @returns the GraphQL text
 */
export function panelQuery(): string {
    const source = readFileSync(join(PANEL_DIR, 'coachingReviewPanel.ts'), 'utf8');
    const match = /gql`([\s\S]*?)`/.exec(source);
    if (!match) {
        throw new Error('coachingReviewPanel.ts has no gql`...` query');
    }
    return match[1];
}

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
 * @returns the seeded org; call close() to remove it
 */
export function openSeededOrg(): SeededOrg {
    const dir = tempDataDir();
    const { store, permissionSets } = openOrg(PROJECT_ROOT, dir);
    const refs = seedDemoData(store, permissionSets, loadDemoData(PROJECT_ROOT));
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

/** A response of the test client: status, headers and the parsed JSON body (or the text). */
export interface TestResponse {
    status: number;
    headers: Headers;
    body: unknown;
}

/** A local org serving on a free port from a temporary data folder, with a small HTTP client. */
export interface ServedOrg {
    org: LocalOrg;
    /** Signs a demo user (`seller`, `manager`, ...) in through OAuth and returns the token. */
    token(user: string): Promise<string>;
    call(
        path: string,
        options?: {
            token?: string;
            cookie?: string;
            method?: string;
            body?: unknown;
            raw?: string;
            headers?: Record<string, string>;
        }
    ): Promise<TestResponse>;
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
        async token(user) {
            const response = await fetch(`${org.url}/services/oauth2/token`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({
                    grant_type: 'password',
                    username: `${user}@coaching.local`,
                    password: 'local-demo'
                }).toString()
            });
            return ((await response.json()) as { access_token: string }).access_token;
        },
        async call(path, options = {}) {
            const headers: Record<string, string> = {
                'Content-Type': 'application/json',
                Accept: 'application/json',
                ...options.headers
            };
            if (options.token) {
                headers.Authorization = `Bearer ${options.token}`;
            }
            if (options.cookie) {
                headers.Cookie = options.cookie;
            }
            const response = await fetch(`${org.url}${path}`, {
                method: options.method ?? 'GET',
                headers,
                redirect: 'manual',
                body:
                    options.raw ??
                    (options.body === undefined ? undefined : JSON.stringify(options.body))
            });
            const text = await response.text();
            let body: unknown = text;
            try {
                body = text ? JSON.parse(text) : undefined;
            } catch {
                // Not JSON (a page or an asset): the text is the body.
            }
            return { status: response.status, headers: response.headers, body };
        },
        async close() {
            await org.close();
            rmSync(dir, { recursive: true, force: true });
        }
    };
}
