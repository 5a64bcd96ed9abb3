/**
 * analyze: Salesforce Code Analyzer on force-app, failing on violations of severity 1 to 3.
 */
import { writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { OutputFormat } from '@salesforce/code-analyzer-core';
import { CliError, parseCliArgs, runCli, type CliIo } from './lib/commandLine';
import {
    analyzeProject,
    CONFIG_FILE,
    ENGINES,
    failingFindings,
    formatAnalysisReport,
    RULE_SELECTORS,
    staleComponentScripts,
    TARGETS
} from './checks/codeAnalysis';

const PROJECT_ROOT = join(__dirname, '..');

const OUTPUT_FORMATS = ['html', 'sarif', 'json', 'csv', 'xml'] as const;

const HELP = `analyze: runs Salesforce Code Analyzer (engines ${ENGINES.join(', ')}) on ${TARGETS.join(', ')}
with the rules ${RULE_SELECTORS.join(', ')}, and prints every violation and the counts by
engine and severity.

Usage: npm run analyze -- [--out FILE]

  --out FILE   also write the full results as ${OUTPUT_FORMATS.join(', ')} (from the extension)
  --help       show this help

It fails on any violation of severity 1 (Critical), 2 (High) or 3 (Moderate), and when an
engine cannot run. ${CONFIG_FILE} lists what is left out and why (tests, fixtures, type
declarations). PMD needs Java 17 or later on the PATH. PMD and RetireJS read the JavaScript
that deploys, so run npm run build first.`;

const OPTIONS = {
    out: { type: 'string' },
    help: { type: 'boolean', default: false }
} as const;

function outputFormat(file: string): (typeof OUTPUT_FORMATS)[number] {
    const extension = extname(file).slice(1).toLowerCase();
    const format = OUTPUT_FORMATS.find((candidate) => candidate === extension);
    if (!format) {
        throw new CliError(
            `--out ${file}: name a file ending in .${OUTPUT_FORMATS.join(', .')} to choose the format.`
        );
    }
    return format;
}

async function main(argv: string[], io: CliIo): Promise<void> {
    const options = parseCliArgs(argv, OPTIONS);
    if (options.help) {
        io.stdout.write(`${HELP}\n`);
        return;
    }
    const format = options.out ? outputFormat(options.out) : undefined;
    const stale = staleComponentScripts(PROJECT_ROOT);
    if (stale.length > 0) {
        throw new CliError(
            `${stale[0]}${stale.length > 1 ? ` and ${stale.length - 1} more` : ''} missing or older than the .ts: run npm run build first.`
        );
    }
    const report = await analyzeProject(PROJECT_ROOT);
    io.stdout.write(formatAnalysisReport(report));
    if (options.out && format) {
        writeFileSync(
            options.out,
            report.results.toFormattedOutput(
                OutputFormat[format.toUpperCase() as Uppercase<typeof format>]
            )
        );
        io.stdout.write(`Full results written to ${options.out}\n`);
    }
    for (const error of report.errors) {
        io.stderr.write(`${error}\n`);
    }
    const failing = failingFindings(report);
    if (failing.length > 0 || report.errors.length > 0) {
        throw new CliError(
            `Code Analyzer found ${failing.length} violation(s) of severity 1-3${report.errors.length > 0 ? ` and ${report.errors.length} engine error(s)` : ''}: fix them or, for code that never deploys, add it to ${CONFIG_FILE} with the reason.`
        );
    }
}

runCli(main);
