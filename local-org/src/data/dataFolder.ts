import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DATABASE_FILE } from './store';

// The SQLite file of a data folder, and the files SQLite keeps beside it.
const DATABASE_FILES = ['', '-wal', '-shm', '-journal'].map((suffix) => DATABASE_FILE + suffix);

/** A data folder the local org refuses to use or reset; its message says what to do. */
export class DataFolderError extends Error {}

function kindOf(path: string): 'missing' | 'folder' | 'other' {
    try {
        return statSync(path).isDirectory() ? 'folder' : 'other';
    } catch {
        return 'missing';
    }
}

/**
 * Creates a data folder and its missing parents one level at a time. Node's recursive mkdir
 * never returns on some pseudo file systems (`/proc/x`); one level at a time fails at once.
 * @param dataDir the data folder
 * @throws DataFolderError when it is not a folder or cannot be created
 */
export function ensureDataFolder(dataDir: string): void {
    const target = resolve(dataDir);
    const missing: string[] = [];
    let path = target;
    while (kindOf(path) === 'missing' && dirname(path) !== path) {
        missing.unshift(path);
        path = dirname(path);
    }
    if (kindOf(path) !== 'folder') {
        throw new DataFolderError(
            `The data folder ${dataDir} cannot be used: ${path} is a file, not a folder. Give --data a folder.`
        );
    }
    for (const folder of missing) {
        try {
            mkdirSync(folder);
        } catch (error) {
            throw new DataFolderError(
                `The data folder ${dataDir} cannot be created (${(error as NodeJS.ErrnoException).code ?? (error as Error).message} at ${folder}). Give --data a folder you can write to, such as .local-data.`,
                { cause: error }
            );
        }
    }
}

/**
 * Empties a data folder for `--reset`: removes the local org's database and nothing else, and
 * refuses a folder that holds other things but no local-org database, so a mistyped --data
 * cannot delete someone's files.
 * @param dataDir the data folder
 * @returns what was removed
 * @throws DataFolderError when the folder is not a local org's
 */
export function resetDataFolder(dataDir: string): string[] {
    const kind = kindOf(dataDir);
    if (kind === 'missing') {
        return [];
    }
    if (kind === 'other') {
        throw new DataFolderError(
            `--reset refused: ${dataDir} is a file, not a data folder. Nothing was deleted.`
        );
    }
    const entries = readdirSync(dataDir);
    if (entries.length > 0 && !entries.includes(DATABASE_FILE)) {
        throw new DataFolderError(
            `--reset refused: ${dataDir} holds no local-org database (${DATABASE_FILE}), so it is not a local org's data folder. Nothing was deleted. Give --data the local org's folder, or a new or empty one.`
        );
    }
    const removed = DATABASE_FILES.filter((name) => entries.includes(name));
    for (const name of removed) {
        rmSync(join(dataDir, name), { force: true });
    }
    return removed;
}
