/** @jest-environment node */
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, startTestOrg, type TestOrg } from './support/localOrg';

jest.setTimeout(60_000);

const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

interface Exit {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs a tool the way `npm run <tool> --` does: tsx in a child process. */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Exit> {
    return new Promise((resolve) => {
        execFile(
            TSX,
            [join('scripts', `${script}.ts`), ...args],
            {
                cwd: PROJECT_ROOT,
                env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }
            },
            (error, stdout, stderr) => {
                const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
                resolve({ code, stdout, stderr: stderr.replace(/^npm warn.*\n/gm, '') });
            }
        );
    });
}

/** A failure as the user should see it: exit code 1 and one `error:` line, no stack trace. */
function failure(message: string): Pick<Exit, 'code' | 'stderr'> {
    return { code: 1, stderr: `error: ${message}\n` };
}

function outcome(exit: Exit): Pick<Exit, 'code' | 'stderr'> {
    return { code: exit.code, stderr: exit.stderr };
}

describe('the tools as processes', () => {
    let org: TestOrg;
    let bin: string;

    beforeAll(async () => {
        org = await startTestOrg();
        bin = mkdtempSync(join(tmpdir(), 'fake-sf-bin-'));
        const sf = join(bin, 'sf');
        writeFileSync(
            sf,
            `#!/bin/sh\necho '{"status": 1, "name": "NamedOrgNotFoundError", "message": "No authorization information found for '"$4"'."}'\nexit 1\n`
        );
        chmodSync(sf, 0o755);
    });

    afterAll(async () => {
        await org.close();
        rmSync(bin, { recursive: true, force: true });
    });

    it('prints help and exits 0', async () => {
        const exit = await runScript('seed', ['--help']);
        expect(exit.code).toBe(0);
        expect(exit.stdout).toMatch(/^seed: loads the demo data/);
        expect(exit.stdout).toContain('--target-org ALIAS');
    });

    it('names an unknown org alias in one line', async () => {
        const exit = await runScript('pipeline-review', ['--target-org', 'nope'], {
            PATH: `${bin}:${process.env.PATH}`
        });
        expect(outcome(exit)).toEqual(
            failure(
                'No org login for "nope" (sf says: No authorization information found for nope): log in with `sf org login web --alias nope`, or see `sf org list`.'
            )
        );
    });

    it('says the session expired when the token is not valid', async () => {
        const exit = await runScript('coaching-report', ['--quiet'], {
            SF_INSTANCE_URL: org.url,
            SF_ACCESS_TOKEN: '00D000000000001!expired'
        });
        expect(outcome(exit)).toEqual(
            failure(
                `Your session for ${org.url} has expired or is invalid: run \`sf org login web --alias ALIAS\` again and pass --target-org ALIAS (or set a fresh SF_ACCESS_TOKEN).`
            )
        );
    });

    it('refuses a period that ends before it starts', async () => {
        const exit = await runScript('coaching-report', [
            '--local',
            org.url,
            '--from',
            '2025-02-01',
            '--to',
            '2025-01-31'
        ]);
        expect(outcome(exit)).toEqual(
            failure(
                '--to 2025-01-31 is before --from 2025-02-01: the period must end on or after the day it starts.'
            )
        );
    });

    it('refuses an output path it cannot write', async () => {
        const out = join(bin, 'missing-folder', 'agenda.md');
        const exit = await runScript('pipeline-review', ['--local', org.url, '--out', out]);
        expect(outcome(exit)).toEqual(
            failure(`Cannot write ${out}: its folder does not exist. Choose another --out path.`)
        );
    });

    it('writes a report and exits 0', async () => {
        const exit = await runScript('coaching-report', ['--local', org.url, '--format', 'csv']);
        expect(exit.code).toBe(0);
        expect(exit.stderr).toBe('');
        expect(exit.stdout.split('\r\n')[0]).toMatch(
            /^scope,manager,managerId,seller,sellerId,reviewsHeld,/
        );
    });
});
