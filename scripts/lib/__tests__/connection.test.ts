/** @jest-environment node */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn, startTestOrg, type TestOrg } from '../../__tests__/support/localOrg';
import { describeError } from '../commandLine';
import {
    connect,
    userIdOfIdentity,
    type ConnectionValues,
    type ConnectDependencies
} from '../connection';
import type { SfRunner } from '../sfCli';

jest.setTimeout(30_000);

async function failure(
    values: ConnectionValues,
    dependencies: ConnectDependencies
): Promise<string> {
    try {
        await connect(values, dependencies);
    } catch (error) {
        return describeError(error).message;
    }
    throw new Error('expected connect to fail');
}

describe('connect', () => {
    let org: TestOrg;
    let folder: string;

    beforeAll(async () => {
        org = await startTestOrg();
        folder = mkdtempSync(join(tmpdir(), 'fake-sf-'));
    });

    afterAll(async () => {
        await org.close();
        rmSync(folder, { recursive: true, force: true });
    });

    describe('--local', () => {
        it('signs in as the manager by default', async () => {
            const session = await connect({ local: org.url }, { env: {} });
            expect(session).toMatchObject({
                isLocal: true,
                username: 'manager@coaching.local',
                userName: 'Morgan Lee',
                label: `the local org at ${org.url}`
            });
        });

        it('signs in as --user', async () => {
            const session = await connect(
                { local: `${org.url}/`, user: 'seller@coaching.local' },
                { env: {} }
            );
            expect(session.username).toBe('seller@coaching.local');
        });

        it('says when the user or password is wrong', async () => {
            expect(
                await failure(
                    { local: org.url, user: 'manager@coaching.local', password: 'nope' },
                    { env: {} }
                )
            ).toBe(
                `The local org at ${org.url} has no user manager@coaching.local with that password: check --user and --password (the local org prints its users when it starts).`
            );
        });

        it('says when the local org is not running', async () => {
            expect(await failure({ local: 'http://127.0.0.1:9' }, { env: {} })).toBe(
                'Cannot reach the local org at http://127.0.0.1:9: start it with `npx tsx local-org/src/cli.ts`, or pass its URL to --local.'
            );
        });

        it('says when --local names another address on the server', async () => {
            expect(await failure({ local: `${org.url}/services` }, { env: {} })).toBe(
                `${org.url}/services did not sign you in as the local org does: check the URL given to --local.`
            );
        });

        it.each(['localhost:3000', 'ftp://127.0.0.1', ''])(
            'says when --local %p is not a web address',
            async (url) => {
                expect(await failure({ local: url }, { env: {} })).toBe(
                    `--local ${url || '(empty)'} is not a web address: give one such as http://127.0.0.1:3000.`
                );
            }
        );
    });

    describe('--target-org', () => {
        it('uses the login `sf org display --json` reports', async () => {
            const conn = await signIn(org.url, 'seller@coaching.local');
            const calls: string[][] = [];
            const runSf: SfRunner = async (args) => {
                calls.push(args);
                return {
                    code: 0,
                    stdout: JSON.stringify({
                        status: 0,
                        result: {
                            instanceUrl: org.url,
                            accessToken: conn.accessToken,
                            username: 'seller@coaching.local'
                        }
                    }),
                    stderr: ''
                };
            };
            const session = await connect({ 'target-org': 'demo' }, { env: {}, runSf });
            expect(calls).toEqual([['org', 'display', '--target-org', 'demo', '--json']]);
            expect(session).toMatchObject({
                label: 'demo',
                isLocal: false,
                username: 'seller@coaching.local'
            });
        });

        it('says when sf knows no such alias', async () => {
            const runSf: SfRunner = async () => ({
                code: 1,
                stdout: JSON.stringify({
                    status: 1,
                    name: 'NamedOrgNotFoundError',
                    message: 'No authorization information found for nope.'
                }),
                stderr: ''
            });
            expect(await failure({ 'target-org': 'nope' }, { env: {}, runSf })).toBe(
                'No org login for "nope" (sf says: No authorization information found for nope): log in with `sf org login web --alias nope`, or see `sf org list`.'
            );
        });

        it('says when sf is not installed', async () => {
            const empty = mkdtempSync(join(folder, 'empty-'));
            expect(await failure({ 'target-org': 'demo' }, { env: { PATH: empty } })).toBe(
                'The Salesforce CLI (sf) is not installed or not on the PATH: install @salesforce/cli, or set SF_INSTANCE_URL and SF_ACCESS_TOKEN, or use --local.'
            );
        });

        it('reads the answer of the sf found on the PATH', async () => {
            const bin = mkdtempSync(join(folder, 'bin-'));
            const script = join(bin, 'sf');
            writeFileSync(
                script,
                `#!/bin/sh\necho '{"status": 1, "name": "NoAuthInfoFound", "message": "No authorization information found for '"$4"'."}'\nexit 1\n`
            );
            chmodSync(script, 0o755);
            expect(await failure({ 'target-org': 'lost' }, { env: { PATH: bin } })).toBe(
                'No org login for "lost" (sf says: No authorization information found for lost): log in with `sf org login web --alias lost`, or see `sf org list`.'
            );
        });

        it('says how to log in again when the session has expired', async () => {
            const runSf: SfRunner = async () => ({
                code: 0,
                stdout: JSON.stringify({
                    result: { instanceUrl: org.url, accessToken: 'expired', username: 'x' }
                }),
                stderr: ''
            });
            expect(await failure({ 'target-org': 'demo' }, { env: {}, runSf })).toBe(
                'Your session for demo has expired or is invalid: run `sf org login web --alias demo` again.'
            );
        });
    });

    describe('SF_INSTANCE_URL and SF_ACCESS_TOKEN', () => {
        it("name the token's user from the identity URL the org gives", async () => {
            const conn = await signIn(org.url, 'seller2@coaching.local');
            const session = await connect(
                {},
                { env: { SF_INSTANCE_URL: org.url, SF_ACCESS_TOKEN: conn.accessToken as string } }
            );
            expect(session).toMatchObject({
                label: org.url,
                isLocal: false,
                username: 'seller2@coaching.local',
                userName: 'Alex Chen'
            });
        });

        it('turn an invalid token into one line that says how to log in again', async () => {
            expect(
                await failure(
                    {},
                    { env: { SF_INSTANCE_URL: org.url, SF_ACCESS_TOKEN: '00D!bogus' } }
                )
            ).toBe(
                `Your session for ${org.url} has expired or is invalid: run \`sf org login web --alias ALIAS\` again and pass --target-org ALIAS (or set a fresh SF_ACCESS_TOKEN).`
            );
        });

        it('say when the instance URL is not a web address', async () => {
            expect(
                await failure(
                    {},
                    { env: { SF_INSTANCE_URL: 'my.salesforce.com', SF_ACCESS_TOKEN: 'x' } }
                )
            ).toBe(
                'SF_INSTANCE_URL my.salesforce.com is not a web address: give one such as https://example.my.salesforce.com.'
            );
        });

        it('must come together', async () => {
            expect(await failure({}, { env: { SF_INSTANCE_URL: org.url } })).toBe(
                'SF_INSTANCE_URL and SF_ACCESS_TOKEN go together: SF_ACCESS_TOKEN is not set.'
            );
        });
    });

    it.each([
        [
            'https://login.salesforce.com/id/00D5g000004abcDEAQ/0055g00000ABCdeAAH',
            '0055g00000ABCdeAAH'
        ],
        ['http://127.0.0.1:3000/id/00D0L0000000001EAA/0050L0000000001AAA/', '0050L0000000001AAA'],
        ['https://login.salesforce.com/id/00D5g000004abcDEAQ/0055g00000ABCde', '0055g00000ABCde'],
        ['https://login.salesforce.com/id/00D5g000004abcDEAQ/001000000000001AAA', undefined],
        ['https://example.com/services/data/v62.0/', undefined],
        [undefined, undefined]
    ])('reads the user id of identity URL %s', (identity, userId) => {
        expect(userIdOfIdentity(identity)).toBe(userId);
    });

    it('asks for an org when none is given', async () => {
        expect(await failure({}, { env: {} })).toBe(
            'No org to work with: pass --target-org ALIAS, set SF_INSTANCE_URL and SF_ACCESS_TOKEN, or use --local for the local org.'
        );
    });

    it('takes one kind of org at a time', async () => {
        expect(await failure({ local: org.url, 'target-org': 'demo' }, { env: {} })).toBe(
            'Give either --target-org or --local, not both.'
        );
        expect(await failure({ user: 'x@y.z' }, { env: {} })).toBe(
            '--user and --password sign in to the local org only: add --local, or use --target-org for a real org.'
        );
    });
});
