import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, type CliIo } from './commandLine';

function reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'ENOENT':
            return 'its folder does not exist';
        case 'EACCES':
        case 'EPERM':
        case 'EROFS':
            return 'you may not write there';
        case 'EISDIR':
            return 'it is a folder';
        case 'ENOTDIR':
            return 'part of the path is a file, not a folder';
        default:
            return (error as Error).message;
    }
}

/**
 * Checks, before any work is done, that an output file can be written.
 * @param path the --out path
 */
export function checkWritable(path: string): void {
    const absolute = resolve(path);
    try {
        const stats = statSync(absolute, { throwIfNoEntry: false });
        if (stats?.isDirectory()) {
            throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
        }
        accessSync(stats ? absolute : dirname(absolute), constants.W_OK);
        if (!stats && !statSync(dirname(absolute)).isDirectory()) {
            throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        }
    } catch (error) {
        throw new CliError(`Cannot write ${path}: ${reason(error)}. Choose another --out path.`);
    }
}

/**
 * Writes a tool's output to a file, or to stdout when no file is given.
 * @param path the --out path, or undefined for stdout
 * @param text the output
 * @param io where stdout is
 */
export function writeOutput(path: string | undefined, text: string, io: CliIo): void {
    if (path === undefined) {
        io.stdout.write(text);
        return;
    }
    try {
        writeFileSync(path, text, 'utf8');
    } catch (error) {
        throw new CliError(`Cannot write ${path}: ${reason(error)}. Choose another --out path.`);
    }
}
