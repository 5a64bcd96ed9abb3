/**
 * seed: loads the demo data set (the same file the local org loads) into an org, idempotently.
 */
import { join } from 'node:path';
import { DEMO_DATA_PATH, loadDemoData } from '../data/demoData';
import { CliError, parseCliArgs, runCli, type CliIo } from './lib/commandLine';
import {
    connect,
    CONNECTION_HELP,
    CONNECTION_OPTIONS,
    normalizeConnectionArgs
} from './lib/connection';
import { createProgress } from './lib/progress';
import type { SfRunner } from './lib/sfCli';
import { planDemoData } from './seed/demoPlan';
import { BATCH_SIZE, checkCoachingAdmin, seedOrg, type SeedResult } from './seed/seedOrg';
import { parseUserMap, resolveDemoUsers } from './seed/userMap';

/** The project root, from this file's place in scripts/. */
const PROJECT_ROOT = join(__dirname, '..');

const HELP = `seed: loads the demo data (${DEMO_DATA_PATH}, the set the local org uses) into an org.

Usage: npm run seed -- --target-org ALIAS [--user-map demo=real,...] [options]

  --user-map LIST   which real user plays each demo user, such as
                    seller@coaching.local=sam@example.com,manager@coaching.local=morgan@example.com
                    Unmapped demo users are looked up by their own username, else played by you.
  --quiet           no progress bar
  --help            show this help

${CONNECTION_HELP}

Users are never created or changed: they must exist in the org. Every record is written as you,
so give yourself the Coaching_Admin permission set first (its custom permission lets one user
write for every role). Records are recognised by a natural key (an Account by name, an
Opportunity by name and account, a review by deal and intent, a question by review and text, a
step by deal and action): running seed again updates what differs (relative dates move to today)
and skips the rest, never duplicating. Writes go through sObject Collections, ${BATCH_SIZE} records
a request.

The demo's CreatedDate values are left out: the local org dates its demo records in the past (as
a data load with the "Set Audit Fields upon Record Creation" permission may), while a real org
dates each record when seed writes it, so there the demo's answers read as given at once.

Examples:
  npm run seed -- --target-org my-scratch-org
  npm run seed -- --target-org my-org --user-map seller@coaching.local=sam@example.com
  npm run seed -- --local --user admin@coaching.local`;

const OPTIONS = {
    ...CONNECTION_OPTIONS,
    'user-map': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false }
} as const;

function summary(label: string, result: SeedResult): string {
    const lines = [`Demo data in ${label}:`];
    for (const [type, count] of result.counts) {
        lines.push(
            `  ${type.padEnd(22)} ${String(count.created).padStart(4)} created ${String(count.updated).padStart(4)} updated ${String(count.skipped).padStart(4)} skipped${count.failed > 0 ? ` ${String(count.failed).padStart(4)} refused` : ''}`
        );
    }
    return `${lines.join('\n')}\n`;
}

/**
 * Runs seed.
 * @param argv the arguments
 * @param io where it reads and writes
 * @param runSf the `sf` runner (tests inject one)
 */
export async function seed(argv: string[], io: CliIo, runSf?: SfRunner): Promise<void> {
    const values = parseCliArgs(normalizeConnectionArgs(argv), OPTIONS);
    if (values.help) {
        io.stdout.write(`${HELP}\n`);
        return;
    }
    const data = loadDemoData(PROJECT_ROOT);
    const plan = planDemoData(data, io.now);
    const userMap = parseUserMap(
        values['user-map'],
        plan.users.map((user) => user.username)
    );
    const session = await connect(values, { env: io.env, runSf });
    await checkCoachingAdmin(session);
    const { users, notes } = await resolveDemoUsers(session, plan, userMap);
    for (const note of notes) {
        io.stderr.write(`note: ${note}\n`);
    }
    const result = await seedOrg(session, plan, users, createProgress(io, values.quiet));
    io.stdout.write(summary(session.label, result));
    if (result.failures.length > 0) {
        for (const failure of result.failures) {
            io.stderr.write(`refused: ${failure}\n`);
        }
        throw new CliError(
            `${result.failures.length} demo record${result.failures.length === 1 ? ' was' : 's were'} refused (listed above): seed as an admin with the Coaching_Admin permission set.`
        );
    }
}

if (require.main === module) {
    runCli((argv, io) => seed(argv, io));
}
