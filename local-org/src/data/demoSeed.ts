import { accessOf, saveLogin } from './logins';
import { DEMO_DATA_PATH, type DemoData } from '../../../data/demoData';
import { readDemoValue } from '../../../data/demoValues';
import { createRecord, updateRecord } from './recordWrites';
import { objectOfId, type ObjectSchema } from '../../../metadata/schema';
import type { Store } from './store';
import type { PermissionSetDefinition } from '../../../metadata/projectMetadata';
import type { RequestContext } from '../requestContext';

/**
 * Whether a data folder has no users yet, so it needs seeding.
 * @param store the database
 * @returns true when empty
 */
export function isEmpty(store: Store): boolean {
    const row = store.db.prepare('SELECT COUNT(*) AS count FROM "User"').get() as {
        count: number;
    };
    return row.count === 0;
}

function resolveValue(value: unknown, refs: Map<string, string>, now: Date): unknown {
    return readDemoValue(value, now, (ref) => {
        const id = refs.get(ref);
        if (!id) {
            throw new Error(
                `Demo data names @${ref} before it is defined: define the user or record earlier in ${DEMO_DATA_PATH}.`
            );
        }
        return id;
    });
}

function resolveFields(
    fields: Record<string, unknown>,
    refs: Map<string, string>,
    now: Date
): Record<string, unknown> {
    return Object.fromEntries(
        Object.entries(fields).map(([name, value]) => [name, resolveValue(value, refs, now)])
    );
}

/**
 * Loads the demo data into an empty store. Users are created directly (an org has them before
 * anyone signs in); every other record is written through the record API as the user the entry
 * names, so the validation rules and permissions check the demo data too.
 * @param store the database
 * @param permissionSets every permission set of the project
 * @param data the demo data
 * @param now the moment relative dates count from
 * @returns the id of each user and record by its `ref`
 */
export function seedDemoData(
    store: Store,
    permissionSets: Map<string, PermissionSetDefinition>,
    data: DemoData,
    now: Date = new Date()
): Map<string, string> {
    const users = store.schema.objects.get('User') as ObjectSchema;
    const refs = new Map<string, string>();
    store.transaction(() => {
        for (const user of data.users) {
            refs.set(user.ref, store.newId(users));
        }
        const creator = refs.get(data.users[0].ref) as string;
        for (const user of data.users) {
            const id = refs.get(user.ref) as string;
            const fields = resolveFields(
                Object.fromEntries(Object.entries(user).filter(([name]) => users.fields.has(name))),
                refs,
                now
            );
            store.insert(users, {
                ...(fields as Record<string, string>),
                Id: id,
                Name: [user.FirstName, user.LastName].filter(Boolean).join(' '),
                IsActive: 1,
                CreatedById: creator,
                CreatedDate: now.toISOString(),
                LastModifiedById: creator,
                LastModifiedDate: now.toISOString(),
                SystemModstamp: now.toISOString()
            });
            saveLogin(
                store,
                id,
                data.demoPassword,
                user.permissionSets,
                user.systemAdministrator === true
            );
        }
        const contextAs = (ref: string): RequestContext => {
            const userId = refs.get(ref);
            if (!userId) {
                throw new Error(`Demo data writes as unknown user ${ref}: name one of its users.`);
            }
            // Demo entries may date their records (CreatedDate), as a data load with Salesforce's
            // "Set Audit Fields upon Record Creation" permission may.
            return {
                store,
                access: accessOf(store, permissionSets, userId),
                now,
                apiVersion: 'v65.0',
                setAuditFields: true
            };
        };
        const update = (id: string, as: string, fields: Record<string, unknown>) => {
            const object = objectOfId(store.schema, id) as ObjectSchema;
            updateRecord(contextAs(as), object.name, id, resolveFields(fields, refs, now));
        };
        for (const entry of data.records) {
            try {
                if (entry.update) {
                    update(String(resolveValue(entry.update, refs, now)), entry.as, entry.fields);
                    continue;
                }
                const id = createRecord(
                    contextAs(entry.as),
                    String(entry.type),
                    resolveFields(entry.fields, refs, now)
                );
                if (entry.ref) {
                    refs.set(entry.ref, id);
                }
                for (const change of entry.then ?? []) {
                    update(id, change.as, change.fields);
                }
            } catch (error) {
                throw new Error(
                    `Demo data entry ${entry.ref ?? entry.update} (as ${entry.as}) was refused: ${(error as Error).message}. Fix ${DEMO_DATA_PATH}.`,
                    { cause: error }
                );
            }
        }
    });
    return refs;
}
