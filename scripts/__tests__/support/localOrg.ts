import { Connection } from 'jsforce';
import { PROJECT_ROOT, serveOrg, type ServedOrg } from '../../../test-support/localOrgFixture';
import { describeError, type CliIo } from '../../lib/commandLine';
import { API_VERSION } from '../../lib/connection';

export { PROJECT_ROOT };

export const DEMO_PASSWORD = 'local-demo';

/** A seeded local org on a free port with a temporary data folder. */
export interface TestOrg {
    org: ServedOrg['org'];
    url: string;
    close(): Promise<void>;
}

/**
 * Starts a local org loaded with the demo data.
 * @returns the org; close() stops it and removes its data folder
 */
export async function startTestOrg(): Promise<TestOrg> {
    const served = await serveOrg();
    return { org: served.org, url: served.org.url, close: () => served.close() };
}

/**
 * Signs in to the local org as a demo user, for setting up data the way the panel would.
 * @param url the local org
 * @param username the demo user
 * @returns the connection
 */
export async function signIn(url: string, username: string): Promise<Connection> {
    const conn = new Connection({ loginUrl: url, version: API_VERSION });
    await conn.login(username, DEMO_PASSWORD);
    return conn;
}

/**
 * Creates records through sObject Collections and fails the test when any is refused.
 * @param conn a signed-in connection
 * @param type the object
 * @param records the field values
 * @returns the new ids
 */
export async function createAll(
    conn: Connection,
    type: string,
    records: Record<string, unknown>[]
): Promise<string[]> {
    const results = await conn.requestPost<
        { id?: string; success: boolean; errors: { message: string }[] }[]
    >(`/services/data/v${API_VERSION}/composite/sobjects`, {
        allOrNone: true,
        records: records.map((fields) => ({ attributes: { type }, ...fields }))
    });
    const refused = results.find((result) => !result.success);
    if (refused) {
        throw new Error(`creating ${type} was refused: ${JSON.stringify(refused.errors)}`);
    }
    return results.map((result) => result.id as string);
}

/** What a tool printed, and the one line it would have exited with. */
export interface ToolRun {
    stdout: string;
    stderr: string;
    /** `describeError`'s line when the tool failed. */
    error?: string;
}

/**
 * Runs a tool's main function in-process, as runCli would but capturing its output.
 * @param tool the tool's main function
 * @param argv its arguments
 * @param options the environment and the moment it runs at
 * @returns what it printed and its error line
 */
export async function runTool(
    tool: (argv: string[], io: CliIo) => Promise<void>,
    argv: string[],
    options: { env?: NodeJS.ProcessEnv; now?: Date } = {}
): Promise<ToolRun> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: options.env ?? {},
        now: options.now ?? new Date()
    };
    try {
        await tool(argv, io);
        return { stdout, stderr };
    } catch (error) {
        return { stdout, stderr, error: describeError(error).message };
    }
}
