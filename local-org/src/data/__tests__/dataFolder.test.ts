/** @jest-environment node */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFolderError, ensureDataFolder, resetDataFolder } from '../dataFolder';
import { DATABASE_FILE } from '../store';
import { tempDataDir } from '../../../../test-support/localOrgFixture';

let root: string;
beforeEach(() => {
    root = tempDataDir();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('dataFolder', () => {
    describe('--reset', () => {
        it('refuses a folder that holds other things but no local-org database, deleting nothing', () => {
            const precious = join(root, 'thesis');
            mkdirSync(precious);
            writeFileSync(join(precious, 'chapter1.md'), 'years of work');
            expect(() => resetDataFolder(precious)).toThrow(DataFolderError);
            expect(() => resetDataFolder(precious)).toThrow(
                /holds no local-org database \(local-org\.sqlite\).*Nothing was deleted/
            );
            expect(readdirSync(precious)).toEqual(['chapter1.md']);
        });

        it("removes only the local org's database files", () => {
            for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`, 'notes.txt']) {
                writeFileSync(join(root, name), 'x');
            }
            expect(resetDataFolder(root)).toEqual([DATABASE_FILE, `${DATABASE_FILE}-wal`]);
            expect(readdirSync(root)).toEqual(['notes.txt']);
        });

        it('accepts a missing or empty folder, and refuses a file', () => {
            expect(resetDataFolder(join(root, 'new'))).toEqual([]);
            expect(resetDataFolder(root)).toEqual([]);
            writeFileSync(join(root, 'file'), 'x');
            expect(() => resetDataFolder(join(root, 'file'))).toThrow(/is a file/);
        });
    });

    describe('--data', () => {
        it('creates missing folders level by level', () => {
            ensureDataFolder(join(root, 'a', 'b', 'c'));
            expect(existsSync(join(root, 'a', 'b', 'c'))).toBe(true);
        });

        it('refuses a path through a file', () => {
            writeFileSync(join(root, 'file'), 'x');
            expect(() => ensureDataFolder(join(root, 'file', 'data'))).toThrow(
                /is a file, not a folder/
            );
        });

        it('refuses a folder that cannot be created at once, without hanging', () => {
            const started = Date.now();
            expect(() => ensureDataFolder('/proc/local-org-data')).toThrow(
                /cannot be created \(\w+ at \/proc/
            );
            expect(Date.now() - started).toBeLessThan(5000);
        });
    });
});
