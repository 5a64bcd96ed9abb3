/** @jest-environment node */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadSchema } from '../../../../metadata/schema';
import { Store } from '../store';
import { PROJECT_ROOT, tempDataDir } from '../../../../test-support/localOrgFixture';

const schema = loadSchema(join(PROJECT_ROOT, 'force-app', 'main', 'default'));

describe('store', () => {
    let dir: string;
    beforeEach(() => {
        dir = tempDataDir();
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('makes one table per object with a column per field', () => {
        const store = new Store(dir, schema);
        const columns = (
            store.db.pragma('table_info("Coaching_Question__c")') as { name: string }[]
        ).map((column) => column.name);
        expect(columns).toEqual(
            expect.arrayContaining(['Id', 'IsDeleted', 'Question__c', 'Answered_At__c'])
        );
        store.close();
    });

    it('keeps data and counters across reopening, and rolls back failed transactions', () => {
        const account = schema.objects.get('Account')!;
        let store = new Store(dir, schema);
        const first = store.newId(account);
        store.insert(account, { Id: first, Name: 'Kept' });
        expect(() =>
            store.transaction(() => {
                store.insert(account, { Id: store.newId(account), Name: 'Rolled back' });
                throw new Error('refused');
            })
        ).toThrow('refused');
        store.close();
        store = new Store(dir, schema);
        expect(store.get(account, first)).toMatchObject({ Name: 'Kept', IsDeleted: 0 });
        expect(store.db.prepare('SELECT COUNT(*) AS n FROM "Account"').get()).toEqual({ n: 1 });
        expect(store.newId(account)).not.toBe(first);
        store.close();
    });

    it('adds columns a field gained since the folder was made', () => {
        const store = new Store(dir, schema);
        store.db.exec('ALTER TABLE "Account" DROP COLUMN "Industry"');
        store.close();
        const reopened = new Store(dir, schema);
        const columns = (reopened.db.pragma('table_info("Account")') as { name: string }[]).map(
            (column) => column.name
        );
        expect(columns).toContain('Industry');
        reopened.close();
    });

    it('gives query locators of older folders the columns keyset paging keeps', () => {
        const store = new Store(dir, schema);
        store.db.exec(
            'ALTER TABLE local_query_locator DROP COLUMN position; ALTER TABLE local_query_locator DROP COLUMN lastKeys; ALTER TABLE local_query_locator DROP COLUMN totalSize'
        );
        store.close();
        const reopened = new Store(dir, schema);
        const columns = (
            reopened.db.pragma('table_info(local_query_locator)') as { name: string }[]
        ).map((column) => column.name);
        expect(columns).toEqual(expect.arrayContaining(['totalSize', 'position', 'lastKeys']));
        reopened.close();
    });
});
