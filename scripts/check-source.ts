/**
 * check-source: converts force-app to the Metadata API format the way a deploy does, and fails on
 * anything the conversion refuses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CliError, parseCliArgs, runCli, type CliIo } from './lib/commandLine';
import { convertSource, formatConversionReport } from './checks/sourceConversion';

const PROJECT_ROOT = join(__dirname, '..');

const HELP = `check-source: converts the package directories of sfdx-project.json to the Metadata API
format with Salesforce's source-deploy-retrieve library (what sf project deploy runs first), and
prints the components converted per metadata type.

Usage: npm run check:source -- [--out DIR]

  --out DIR   keep the converted metadata (package.xml and one folder per type) in DIR, which
              must not exist yet; by default it goes to a temporary folder that is removed
  --help      show this help

It fails on any conversion error or warning (malformed XML, a file of no known type, a
sfdx-project.json that breaks its schema) and on a component bundle without the .js that
npm run build emits, or with TypeScript that .forceignore should keep out.`;

const OPTIONS = {
    out: { type: 'string' },
    help: { type: 'boolean', default: false }
} as const;

async function main(argv: string[], io: CliIo): Promise<void> {
    const options = parseCliArgs(argv, OPTIONS);
    if (options.help) {
        io.stdout.write(`${HELP}\n`);
        return;
    }
    const outputDir = options.out
        ? resolve(options.out)
        : mkdtempSync(join(tmpdir(), 'coaching-source-'));
    try {
        const report = await convertSource(PROJECT_ROOT, outputDir);
        io.stdout.write(formatConversionReport(report));
        if (report.problems.length > 0) {
            throw new CliError(
                `source conversion found ${report.problems.length} problem(s), listed above.`
            );
        }
        if (options.out) {
            io.stdout.write(`Metadata API format written to ${options.out}\n`);
        }
    } finally {
        if (!options.out) {
            rmSync(outputDir, { recursive: true, force: true });
        }
    }
}

runCli(main);
