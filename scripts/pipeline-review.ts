/**
 * pipeline-review: the agenda for a manager's pipeline review. For each open deal of the team,
 * by close date: the current review's intent and the seller's focus, the questions still waiting
 * and for how long, and the seller's planned and overdue next steps.
 */
import { formatOption, parseCliArgs, runCli, shareOption, type CliIo } from './lib/commandLine';
import {
    connect,
    CONNECTION_HELP,
    CONNECTION_OPTIONS,
    normalizeConnectionArgs
} from './lib/connection';
import { checkWritable, writeOutput } from './lib/output';
import { createProgress } from './lib/progress';
import type { SfRunner } from './lib/sfCli';
import { findUser, teamOf } from './lib/users';
import { buildAgenda, DEFAULT_DIRECTIVE_THRESHOLD } from './pipeline/agenda';
import { agendaHtml } from './pipeline/agendaHtml';
import { agendaMarkdown } from './pipeline/agendaMarkdown';
import { loadAgendaDeals, openOpportunities, pipelineSchema } from './pipeline/loadPipeline';
import { orgCurrency } from './lib/orgCurrency';
import { utcDate } from './lib/calendarDates';

const FORMATS = ['md', 'html'] as const;

const HELP = `pipeline-review: the agenda for a manager's pipeline review.

Usage: npm run pipeline-review -- [--manager USERNAME] [options]

  --manager USERNAME          whose team (default: the signed-in user); the team is everyone
                              whose ManagerId leads to the manager
  --format md|html            Markdown to paste into meeting notes, or a self-contained page (default md)
  --out FILE                  write to FILE instead of stdout
  --directive-threshold SHARE note when directives pass this share of the questions (default ${DEFAULT_DIRECTIVE_THRESHOLD})
  --quiet                     no progress bar
  --help                      show this help

${CONNECTION_HELP}

By seller, with a summary line each (deals, amount, open questions, overdue steps, directive
share, last review), then each open opportunity of the seller by close date, linked to its record:
what changed since the last review (close date, stage, amount), risk signals with an open
question to ask, the current review's intent and the seller's focus, its open questions and how
many days they have waited, and the seller's planned and overdue next steps. Amounts are in the
org's currency. It says so in a sentence when directives lean above the threshold, or when a deal
is reviewed more often than the panel's over-review limit.

Examples:
  npm run pipeline-review -- --target-org my-org --out agenda.md
  npm run pipeline-review -- --local --format html --out agenda.html`;

const OPTIONS = {
    ...CONNECTION_OPTIONS,
    manager: { type: 'string' },
    format: { type: 'string', default: 'md' },
    out: { type: 'string' },
    'directive-threshold': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false }
} as const;

/**
 * Runs pipeline-review.
 * @param argv the arguments
 * @param io where it reads and writes
 * @param runSf the `sf` runner (tests inject one)
 */
export async function pipelineReview(argv: string[], io: CliIo, runSf?: SfRunner): Promise<void> {
    const values = parseCliArgs(normalizeConnectionArgs(argv), OPTIONS);
    if (values.help) {
        io.stdout.write(`${HELP}\n`);
        return;
    }
    const format = formatOption(values.format, FORMATS);
    const threshold =
        values['directive-threshold'] === undefined
            ? DEFAULT_DIRECTIVE_THRESHOLD
            : shareOption('directive-threshold', values['directive-threshold']);
    if (values.out !== undefined) {
        checkWritable(values.out);
    }
    const session = await connect(values, { env: io.env, runSf });
    const manager =
        values.manager === undefined
            ? { Id: session.userId, Name: session.userName, Username: session.username }
            : await findUser(session, values.manager);
    const team = await teamOf(session, manager.Id);
    const [schema, currency] = await Promise.all([pipelineSchema(session), orgCurrency(session)]);
    const opportunities = await openOpportunities(
        session,
        team.map((member) => member.Id),
        schema
    );
    const today = utcDate(io.now);
    const deals = await loadAgendaDeals(
        session,
        opportunities,
        schema,
        { now: io.now, today },
        createProgress(io, values.quiet)
    );
    const agenda = buildAgenda({
        managerName: manager.Name,
        teamNames: team.map((member) => member.Name),
        deals,
        today,
        directiveThreshold: threshold,
        currency,
        instanceUrl: session.conn.instanceUrl
    });
    writeOutput(values.out, format === 'html' ? agendaHtml(agenda) : agendaMarkdown(agenda), io);
    if (values.out !== undefined && !values.quiet) {
        io.stderr.write(`Wrote the agenda for ${deals.length} open deals to ${values.out}\n`);
    }
}

if (require.main === module) {
    runCli((argv, io) => pipelineReview(argv, io));
}
