/**
 * Trains the learned reading of orders on every labelled coaching-language set and writes its
 * weights into the coachingLanguage bundle (deterministic: the same data gives the same file).
 *
 * Usage: npm run train:language
 */
import { writeFileSync } from 'node:fs';
import { CliError, runCli, type CliIo } from './lib/commandLine';
import { loadAllSets } from './language/labelledSets';
import { WEIGHTS_FILE, weightsModuleSource } from './language/shippedModel';

async function main(argv: string[], io: CliIo): Promise<void> {
    if (argv.length > 0) throw new CliError('train:language takes no options.');
    const source = weightsModuleSource(loadAllSets());
    writeFileSync(WEIGHTS_FILE, source);
    io.stdout.write(`weights written: ${Buffer.byteLength(source)} bytes\n`);
}

runCli(main);
