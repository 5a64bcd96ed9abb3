/**
 * coaching-report: per manager, per seller and for the whole team over a period, how reviews went: questions
 * by kind, answers and time to answer, changed views, ideas adopted or set aside, the conversation
 * (directives set aside, sellers' questions, replies, ratings), seller-owned next steps, and how
 * often deals are reviewed. Streams the records, so it runs on orgs of any
 * size in the same memory.
 */
import { extname } from 'node:path';
import {
    CliError,
    formatOption,
    parseCliArgs,
    positiveInteger,
    runCli,
    type CliIo
} from './lib/commandLine';
import {
    connect,
    CONNECTION_HELP,
    CONNECTION_OPTIONS,
    normalizeConnectionArgs
} from './lib/connection';
import { addDays, dateOption, daysBetween, utcDate } from './lib/calendarDates';
import { checkWritable, writeOutput } from './lib/output';
import { createProgress } from './lib/progress';
import { DEFAULT_BULK_THRESHOLD } from './lib/restRecords';
import type { SfRunner } from './lib/sfCli';
import { userNames } from './lib/users';
import { collectReport } from './report/collect';
import { buildReportDocument } from './report/reportDocument';
import { reportCsv, reportJson } from './report/reportCsvJson';
import { reportHtml } from './report/reportHtml';

const FORMATS = ['html', 'csv', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];

/** The batch sizes the REST query API accepts. */
const PAGE_SIZE_RANGE = { min: 200, max: 2000 };

const HELP = `coaching-report: how a team's coaching went over a period, per manager, per seller and
for the team.

Usage: npm run coaching-report -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [options]

  --from DATE            first day (default: 29 days before --to)
  --to DATE              last day, included (default: today, UTC)
  --format html|csv|json output format (default: from the --out extension, else html)
  --out FILE             write to FILE instead of stdout
  --bulk-threshold N     on a real org, read with Bulk API 2.0 above N records (default ${DEFAULT_BULK_THRESHOLD.toLocaleString('en-US')})
  --page-size N          records per REST page, ${PAGE_SIZE_RANGE.min} to ${PAGE_SIZE_RANGE.max} (default ${PAGE_SIZE_RANGE.max})
  --quiet                no progress bars
  --help                 show this help

${CONNECTION_HELP}

Figures: reviews held and deals reviewed (by review date), the reviewer's questions by kind with
the directive and open-question shares, answer rate (of the questions that need an answer) and
median hours to answer, "changed my view", ideas adopted and set aside, directives set aside with
a reason, questions from sellers, replies from each side, the sellers' ratings (counts only, where
at least three sellers rated; never per seller, never the notes), seller-owned next steps
planned/done/dropped (created in the period), and reviews per deal per 30 days. Manager rows count
by reviewer (next steps by the seller's manager); seller rows by the opportunity's owner. The
report covers what the signed-in user can see.

Examples:
  npm run coaching-report -- --target-org my-org --from 2025-01-01 --to 2025-03-31 --out q1.html
  npm run coaching-report -- --local --user admin@coaching.local --format csv > report.csv`;

const OPTIONS = {
    ...CONNECTION_OPTIONS,
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'bulk-threshold': { type: 'string' },
    'page-size': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false }
} as const;

function chooseFormat(format: string | undefined, out: string | undefined): ReportFormat {
    if (format !== undefined) {
        return formatOption(format, FORMATS);
    }
    const fromExtension = FORMATS.find((candidate) => extname(out ?? '') === `.${candidate}`);
    return fromExtension ?? 'html';
}

/**
 * Runs coaching-report.
 * @param argv the arguments
 * @param io where it reads and writes
 * @param runSf the `sf` runner (tests inject one)
 */
export async function coachingReport(argv: string[], io: CliIo, runSf?: SfRunner): Promise<void> {
    const values = parseCliArgs(normalizeConnectionArgs(argv), OPTIONS);
    if (values.help) {
        io.stdout.write(`${HELP}\n`);
        return;
    }
    const to = values.to === undefined ? utcDate(io.now) : dateOption('to', values.to);
    const from = values.from === undefined ? addDays(to, -29) : dateOption('from', values.from);
    if (to < from) {
        throw new CliError(
            `--to ${to} is before --from ${from}: the period must end on or after the day it starts.`
        );
    }
    const format = chooseFormat(values.format, values.out);
    const bulkThreshold =
        values['bulk-threshold'] === undefined
            ? DEFAULT_BULK_THRESHOLD
            : positiveInteger('bulk-threshold', values['bulk-threshold']);
    const pageSize =
        values['page-size'] === undefined
            ? undefined
            : positiveInteger('page-size', values['page-size'], PAGE_SIZE_RANGE);
    if (values.out !== undefined) {
        checkWritable(values.out);
    }
    const session = await connect(values, { env: io.env, runSf });
    const range = { from, to };
    const collected = await collectReport(session, range, {
        bulkThreshold,
        pageSize,
        progress: createProgress(io, values.quiet)
    });
    const names = await userNames(
        session,
        [...collected.tallies.managers.keys(), ...collected.tallies.sellers.keys()].filter(
            (id) => id !== ''
        )
    );
    const document = buildReportDocument(collected, {
        range,
        days: daysBetween(from, to) + 1,
        org: session.label,
        signedInAs: session.username,
        names,
        now: io.now
    });
    const render = { html: reportHtml, csv: reportCsv, json: reportJson }[format];
    writeOutput(values.out, render(document), io);
    if (values.out !== undefined && !values.quiet) {
        io.stderr.write(
            `Wrote the coaching report (${collected.questionsRead} questions, ${collected.stepsRead} next steps, ${collected.repliesRead} replies) to ${values.out}\n`
        );
    }
}

if (require.main === module) {
    runCli((argv, io) => coachingReport(argv, io));
}
