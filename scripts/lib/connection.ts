import { Connection } from 'jsforce';
import { CliError, registerErrorExplainer, withOptionalValue } from './commandLine';
import { runSf, sfOrgDisplay, type SfRunner } from './sfCli';
import { soqlString } from './soqlLiterals';

/** The REST API version the tools speak; every org since Winter '25 serves it. */
export const API_VERSION = '62.0';
export const DEFAULT_LOCAL_URL = 'http://127.0.0.1:3000';
export const DEFAULT_LOCAL_USER = 'manager@coaching.local';
export const DEFAULT_LOCAL_PASSWORD = 'local-demo';

/** The connection options every tool takes, for parseArgs. */
export const CONNECTION_OPTIONS = {
    'target-org': { type: 'string' },
    local: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' }
} as const;

/** The help text of the connection options. */
export const CONNECTION_HELP = `Where to connect (one of):
  --target-org ALIAS   an org you logged in to with \`sf org login web --alias ALIAS\`
  SF_INSTANCE_URL + SF_ACCESS_TOKEN   environment variables with a session
  --local [URL]        the local org (default ${DEFAULT_LOCAL_URL}), signed in as --user
  --user USERNAME      local org user (default ${DEFAULT_LOCAL_USER})
  --password TEXT      local org password (default ${DEFAULT_LOCAL_PASSWORD})`;

/**
 * Fills in the local org URL when `--local` is given without one.
 * @param argv the tool's arguments
 * @returns the arguments parseArgs can read
 */
export function normalizeConnectionArgs(argv: string[]): string[] {
    return withOptionalValue(argv, '--local', DEFAULT_LOCAL_URL);
}

export interface ConnectionValues {
    'target-org'?: string;
    local?: string;
    user?: string;
    password?: string;
}

/** A signed-in connection and who it is. */
export interface OrgSession {
    conn: Connection;
    /** Names the org in messages: an alias, an instance URL, or "the local org at ...". */
    label: string;
    isLocal: boolean;
    userId: string;
    username: string;
    userName: string;
}

export interface ConnectDependencies {
    env: NodeJS.ProcessEnv;
    runSf?: SfRunner;
}

interface Target {
    conn: Connection;
    label: string;
    isLocal: boolean;
    relogin: string;
    username?: string;
    userId?: string;
}

function isInvalidSession(error: unknown): boolean {
    const coded = error as { errorCode?: string; name?: string } | null;
    return coded?.errorCode === 'INVALID_SESSION_ID' || coded?.name === 'INVALID_SESSION_ID';
}

function networkCode(error: unknown): string | undefined {
    const code = (error as { code?: string; errno?: string } | null)?.code;
    return code && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/**
 * Reads the user id out of an identity URL (`https://login.salesforce.com/id/{orgId}/{userId}`),
 * which `GET /services/data/vNN.N/` returns as `identity`.
 * @param identity the identity URL, when the org gave one
 * @returns the user id, or undefined when there is no URL or it names no user
 */
export function userIdOfIdentity(identity: string | undefined): string | undefined {
    const match = /\/id\/\w+\/(\w+)\/?(?:[?#].*)?$/.exec(identity ?? '');
    const id = match?.[1];
    return id && /^005[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/.test(id) ? id : undefined;
}

/**
 * Checks that a URL the user gave is one jsforce can call, before jsforce fails on it with a
 * stack trace.
 * @param source where it came from, for the message: `--local` or `SF_INSTANCE_URL`
 * @param value the text given
 * @param example a good value, for the message
 * @returns the URL without trailing slashes
 */
function httpUrl(source: string, value: string, example: string): string {
    if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
        throw new CliError(
            `${source} ${value || '(empty)'} is not a web address: give one such as ${example}.`
        );
    }
    return value.replace(/\/+$/, '');
}

async function localTarget(values: ConnectionValues): Promise<Target> {
    const url = httpUrl('--local', values.local as string, DEFAULT_LOCAL_URL);
    const username = values.user ?? DEFAULT_LOCAL_USER;
    const conn = new Connection({ loginUrl: url, version: API_VERSION });
    try {
        const info = await conn.login(username, values.password ?? DEFAULT_LOCAL_PASSWORD);
        return {
            conn,
            label: `the local org at ${url}`,
            isLocal: true,
            relogin: 'sign in again with --local',
            username,
            userId: info.id
        };
    } catch (error) {
        if (networkCode(error)) {
            throw new CliError(
                `Cannot reach the local org at ${url}: start it with \`npx tsx local-org/src/cli.ts\`, or pass its URL to --local.`
            );
        }
        if (/INVALID_LOGIN/.test(String((error as Error).message))) {
            throw new CliError(
                `The local org at ${url} has no user ${username} with that password: check --user and --password (the local org prints its users when it starts).`
            );
        }
        // Anything else means the address answers, but not as the local org's sign-in does.
        throw new CliError(
            `${url} did not sign you in as the local org does: check the URL given to --local.`
        );
    }
}

async function chooseTarget(
    values: ConnectionValues,
    dependencies: ConnectDependencies
): Promise<Target> {
    const alias = values['target-org'];
    if (values.local !== undefined && alias !== undefined) {
        throw new CliError('Give either --target-org or --local, not both.');
    }
    if (values.local !== undefined) {
        return localTarget(values);
    }
    if (values.user !== undefined || values.password !== undefined) {
        throw new CliError(
            '--user and --password sign in to the local org only: add --local, or use --target-org for a real org.'
        );
    }
    if (alias !== undefined) {
        const login = await sfOrgDisplay(alias, dependencies.env, dependencies.runSf ?? runSf);
        return {
            conn: new Connection({
                instanceUrl: login.instanceUrl,
                accessToken: login.accessToken,
                version: API_VERSION
            }),
            label: alias,
            isLocal: false,
            relogin: `run \`sf org login web --alias ${alias}\` again`,
            username: login.username
        };
    }
    const instanceUrl = dependencies.env.SF_INSTANCE_URL;
    const accessToken = dependencies.env.SF_ACCESS_TOKEN;
    if (instanceUrl && accessToken) {
        return {
            conn: new Connection({
                instanceUrl: httpUrl(
                    'SF_INSTANCE_URL',
                    instanceUrl,
                    'https://example.my.salesforce.com'
                ),
                accessToken,
                version: API_VERSION
            }),
            label: instanceUrl,
            isLocal: false,
            relogin:
                'run `sf org login web --alias ALIAS` again and pass --target-org ALIAS (or set a fresh SF_ACCESS_TOKEN)'
        };
    }
    if (instanceUrl || accessToken) {
        throw new CliError(
            `SF_INSTANCE_URL and SF_ACCESS_TOKEN go together: ${instanceUrl ? 'SF_ACCESS_TOKEN' : 'SF_INSTANCE_URL'} is not set.`
        );
    }
    throw new CliError(
        'No org to work with: pass --target-org ALIAS, set SF_INSTANCE_URL and SF_ACCESS_TOKEN, or use --local for the local org.'
    );
}

/**
 * Connects to the org the options name and checks the session: `--local [URL]` signs in to the
 * local org as `--user`; `--target-org ALIAS` reads the Salesforce CLI's login; otherwise
 * SF_INSTANCE_URL and SF_ACCESS_TOKEN. An expired or invalid session, now or later in the run,
 * becomes one line that says how to log in again.
 * @param values the parsed connection options
 * @param dependencies the environment and the `sf` runner
 * @returns the connection and the signed-in user
 */
export async function connect(
    values: ConnectionValues,
    dependencies: ConnectDependencies
): Promise<OrgSession> {
    const target = await chooseTarget(values, dependencies);
    const expired = `Your session for ${target.label} has expired or is invalid: ${target.relogin}.`;
    registerErrorExplainer((error) => (isInvalidSession(error) ? expired : undefined));
    let resources: { identity?: string };
    try {
        // Any signed-in call proves the session; this one also names the user, for a bare token.
        resources = await target.conn.request<{ identity?: string }>(
            `/services/data/v${API_VERSION}/`
        );
    } catch (error) {
        if (networkCode(error)) {
            throw new CliError(
                `Cannot reach ${target.conn.instanceUrl}: check the instance URL and your network.`
            );
        }
        throw error;
    }
    const userId = target.userId ?? userIdOfIdentity(resources.identity);
    const where = userId
        ? `Id = ${soqlString(userId)}`
        : target.username
          ? `Username = ${soqlString(target.username)}`
          : undefined;
    if (!where) {
        throw new CliError(
            `${target.label} does not say who is signed in: use --target-org, whose login names the user.`
        );
    }
    const result = await target.conn.query<{ Id: string; Username: string; Name: string }>(
        `SELECT Id, Username, Name FROM User WHERE ${where} LIMIT 1`
    );
    const user = result.records[0];
    if (!user) {
        throw new CliError(
            `The signed-in user of ${target.label} cannot read their own User record.`
        );
    }
    return {
        conn: target.conn,
        label: target.label,
        isLocal: target.isLocal,
        userId: user.Id,
        username: user.Username,
        userName: user.Name
    };
}
