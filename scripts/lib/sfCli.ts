import { execFile } from 'node:child_process';
import { CliError } from './commandLine';

/** What a run of the Salesforce CLI printed, and how it exited. */
export interface SfResult {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs `sf` with some arguments; injected in tests. */
export type SfRunner = (args: string[], env: NodeJS.ProcessEnv) => Promise<SfResult>;

/** The login `sf org display --json` reports for an org. */
export interface SfOrgLogin {
    instanceUrl: string;
    accessToken: string;
    username?: string;
}

/**
 * Runs the `sf` found on the PATH.
 * @param args the arguments
 * @param env the environment (its PATH decides which `sf` runs)
 * @returns what it printed and its exit code; rejects with code ENOENT when there is no `sf`
 */
export const runSf: SfRunner = (args, env) =>
    new Promise((resolve, reject) => {
        execFile(
            'sf',
            args,
            {
                env: { ...env, SF_AUTOUPDATE_DISABLE: 'true', SF_DISABLE_TELEMETRY: 'true' },
                maxBuffer: 16 * 1024 * 1024,
                // sf is a .cmd script on Windows, which only a shell runs.
                shell: process.platform === 'win32'
            },
            (error, stdout, stderr) => {
                const code = (error as NodeJS.ErrnoException | null)?.code;
                if (code === 'ENOENT') {
                    reject(error);
                    return;
                }
                const exitCode = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
                resolve({ code: Number.isInteger(exitCode) ? exitCode : 1, stdout, stderr });
            }
        );
    });

function parseJson(text: string): Record<string, unknown> | undefined {
    const start = text.indexOf('{');
    if (start < 0) {
        return undefined;
    }
    try {
        return JSON.parse(text.slice(start)) as Record<string, unknown>;
    } catch {
        return undefined;
    }
}

/**
 * Reads an org's login from the Salesforce CLI: `sf org display --target-org ALIAS --json`.
 * @param alias the alias or username the admin logged in with
 * @param env the environment
 * @param run the runner
 * @returns the instance URL, access token and username
 */
export async function sfOrgDisplay(
    alias: string,
    env: NodeJS.ProcessEnv,
    run: SfRunner = runSf
): Promise<SfOrgLogin> {
    let result: SfResult;
    try {
        result = await run(['org', 'display', '--target-org', alias, '--json'], env);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            throw new CliError(
                'The Salesforce CLI (sf) is not installed or not on the PATH: install @salesforce/cli, or set SF_INSTANCE_URL and SF_ACCESS_TOKEN, or use --local.'
            );
        }
        throw error;
    }
    // sf prints its JSON, errors included, on stdout; some versions put errors on stderr.
    const json = parseJson(result.stdout) ?? parseJson(result.stderr);
    const login = json?.result as Partial<SfOrgLogin> | undefined;
    if (result.code === 0 && login?.instanceUrl && login.accessToken) {
        return {
            instanceUrl: login.instanceUrl,
            accessToken: login.accessToken,
            username: login.username
        };
    }
    const reason = String(json?.message ?? (result.stderr.trim() || 'no login found'))
        .split('\n')[0]
        .replace(/\.$/, '');
    throw new CliError(
        `No org login for "${alias}" (sf says: ${reason}): log in with \`sf org login web --alias ${alias}\`, or see \`sf org list\`.`
    );
}
