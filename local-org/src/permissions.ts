import { basename, join } from 'node:path';
import { listFiles, projectPath, readXml, type ProjectMetadata } from './projectMetadata';
import type { FieldSchema, ObjectSchema, Schema } from './schema';

type XmlNode = Record<string, unknown>;

export interface ObjectAccess {
    read: boolean;
    create: boolean;
    edit: boolean;
    delete: boolean;
    viewAll: boolean;
    modifyAll: boolean;
}

export interface FieldAccess {
    readable: boolean;
    editable: boolean;
}

/** One permission set as its XML grants it. */
export interface PermissionSetDefinition {
    name: string;
    label: string;
    /** The file it was read from, to name in errors. */
    file: string;
    objects: Map<string, ObjectAccess>;
    /** Keyed `Object.Field`. */
    fields: Map<string, FieldAccess>;
    customPermissions: Set<string>;
}

/** What one signed-in user may do, merged from their permission sets. */
export interface UserAccess {
    userId: string;
    /** The built-in System Administrator profile: every object, field and record. */
    systemAdministrator: boolean;
    permissionSets: string[];
    customPermissions: Set<string>;
    object(objectName: string): ObjectAccess;
    field(objectName: string, fieldName: string): FieldAccess;
}

const NO_ACCESS: ObjectAccess = {
    read: false,
    create: false,
    edit: false,
    delete: false,
    viewAll: false,
    modifyAll: false
};
const ALL_ACCESS: ObjectAccess = {
    read: true,
    create: true,
    edit: true,
    delete: true,
    viewAll: true,
    modifyAll: true
};
// What the demo users' profile grants on standard objects, like a Standard User's read on accounts
// and opportunities and nothing more: every other object access comes from permission sets.
const STANDARD_ACCESS: Record<string, ObjectAccess> = {
    Opportunity: { ...NO_ACCESS, read: true },
    Account: { ...NO_ACCESS, read: true },
    User: { ...NO_ACCESS, read: true }
};

function asArray<T>(node: T | T[] | undefined): T[] {
    if (node === undefined) {
        return [];
    }
    return Array.isArray(node) ? node : [node];
}

const flag = (node: unknown) => String(node) === 'true';

/**
 * Reads every permission set of a source folder with the project's one XML reader.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the permission sets by API name
 */
export function loadPermissionSets(sourceDir: string): Map<string, PermissionSetDefinition> {
    const sets = new Map<string, PermissionSetDefinition>();
    const files = listFiles(join(sourceDir, 'permissionsets'), '.permissionset-meta.xml');
    for (const file of files) {
        const xml = readXml(file).PermissionSet as XmlNode;
        const name = basename(file, '.permissionset-meta.xml');
        const objects = new Map<string, ObjectAccess>();
        for (const entry of asArray(xml.objectPermissions as XmlNode[] | undefined)) {
            objects.set(String(entry.object), {
                read: flag(entry.allowRead),
                create: flag(entry.allowCreate),
                edit: flag(entry.allowEdit),
                delete: flag(entry.allowDelete),
                viewAll: flag(entry.viewAllRecords),
                modifyAll: flag(entry.modifyAllRecords)
            });
        }
        const fields = new Map<string, FieldAccess>();
        for (const entry of asArray(xml.fieldPermissions as XmlNode[] | undefined)) {
            fields.set(String(entry.field), {
                readable: flag(entry.readable),
                editable: flag(entry.editable)
            });
        }
        const customPermissions = new Set(
            asArray(xml.customPermissions as XmlNode[] | undefined)
                .filter((entry) => flag(entry.enabled))
                .map((entry) => String(entry.name))
        );
        sets.set(name, {
            name,
            label: String(xml.label ?? name),
            file,
            objects,
            fields,
            customPermissions
        });
    }
    return sets;
}

type Permission = keyof ObjectAccess;

/** One object whose permissions another object's permissions need. */
export interface PermissionDependency {
    object: string;
    /** `master`: a master-detail parent; `read`: any access needs read on it. */
    kind: 'master' | 'read';
}

// The names Salesforce gives the object permissions in its dependency errors.
const PERMISSION_LABELS: Record<Permission, string> = {
    read: 'Read',
    create: 'Create',
    edit: 'Edit',
    delete: 'Delete',
    viewAll: 'View All',
    modifyAll: 'Modify All'
};
const PERMISSIONS = Object.keys(PERMISSION_LABELS) as Permission[];

// What each permission needs on the same object (ObjectPermissions, Object Reference).
const SAME_OBJECT_NEEDS: Record<Permission, Permission[]> = {
    read: [],
    create: ['read'],
    edit: ['read'],
    delete: ['read', 'edit'],
    viewAll: ['read'],
    modifyAll: ['read', 'edit', 'delete', 'viewAll']
};

// What each permission on a master-detail child needs on its master: the child is reached through
// the parent, and seeing or changing every child means seeing or changing every parent.
const MASTER_NEEDS: Record<Permission, Permission[]> = {
    read: ['read'],
    create: ['read'],
    edit: ['read'],
    delete: ['read'],
    viewAll: ['viewAll'],
    modifyAll: ['modifyAll']
};

// Standard objects that cannot be read without another in any org: an opportunity needs its account.
const STANDARD_DEPENDENCIES: Record<string, PermissionDependency[]> = {
    Opportunity: [{ object: 'Account', kind: 'read' }]
};

/**
 * Lists, for every object, the objects its permissions depend on: its master-detail parents and
 * the standard dependencies of the platform.
 * @param metadata the project's metadata
 * @returns the dependencies by object API name
 */
export function permissionDependencies(
    metadata: ProjectMetadata
): Map<string, PermissionDependency[]> {
    const dependencies = new Map<string, PermissionDependency[]>();
    for (const object of metadata.objects.values()) {
        const masters = [...object.fields.values()]
            .filter((field) => field.type === 'MasterDetail' && field.referenceTo)
            .map((field): PermissionDependency => ({
                object: String(field.referenceTo),
                kind: 'master'
            }));
        dependencies.set(object.name, [...(STANDARD_DEPENDENCIES[object.name] ?? []), ...masters]);
    }
    return dependencies;
}

/**
 * Lists what a permission set grants without a permission it depends on: a deploy refuses such a
 * set whole ("Permission Read X depends on permission(s): Read Opportunity").
 * @param set the permission set
 * @param dependencies what each object's permissions depend on, from `permissionDependencies`
 * @returns one sentence per missing permission; empty when the set deploys
 */
export function permissionDependencyProblems(
    set: PermissionSetDefinition,
    dependencies: Map<string, PermissionDependency[]>
): string[] {
    const problems: string[] = [];
    const granted = (object: string) => set.objects.get(object) ?? NO_ACCESS;
    for (const [object, access] of set.objects) {
        for (const permission of PERMISSIONS.filter((name) => access[name])) {
            const needs = SAME_OBJECT_NEEDS[permission].map((need) => ({ object, need }));
            for (const dependency of dependencies.get(object) ?? []) {
                const onParent =
                    dependency.kind === 'master' ? MASTER_NEEDS[permission] : ['read' as const];
                needs.push(...onParent.map((need) => ({ object: dependency.object, need })));
            }
            const missing = needs.filter(({ object: other, need }) => !granted(other)[need]);
            if (missing.length > 0) {
                const names = missing.map(
                    ({ object: other, need }) => `${PERMISSION_LABELS[need]} ${other}`
                );
                problems.push(
                    `${PERMISSION_LABELS[permission]} ${object} depends on ${names.join(', ')}, which the set does not grant`
                );
            }
        }
    }
    return problems;
}

/**
 * Refuses permission sets a deploy would refuse, as the local org loads them.
 * @param sets the permission sets, from `loadPermissionSets`
 * @param metadata the project's metadata, for the master-detail parents
 * @param projectRoot the project root, to name files from
 * @throws an error naming each file and what it lacks
 */
export function checkPermissionDependencies(
    sets: Map<string, PermissionSetDefinition>,
    metadata: ProjectMetadata,
    projectRoot: string
): void {
    const dependencies = permissionDependencies(metadata);
    const problems = [...sets.values()].flatMap((set) =>
        permissionDependencyProblems(set, dependencies).map(
            (problem) => `${projectPath(projectRoot, set.file)}: ${problem}`
        )
    );
    if (problems.length > 0) {
        throw new Error(
            `Salesforce would refuse to deploy these permission sets, so the local org does too:\n${problems.join('\n')}`
        );
    }
}

function merge(into: ObjectAccess, from: ObjectAccess): ObjectAccess {
    return {
        read: into.read || from.read,
        create: into.create || from.create,
        edit: into.edit || from.edit,
        delete: into.delete || from.delete,
        viewAll: into.viewAll || from.viewAll,
        modifyAll: into.modifyAll || from.modifyAll
    };
}

/**
 * Merges a user's permission sets into what they may do, the way Salesforce adds grants up.
 * @param schema the runtime schema
 * @param permissionSets every permission set of the project
 * @param userId the user
 * @param assigned the API names of the sets assigned to the user
 * @param systemAdministrator whether the user has the built-in administrator profile
 * @returns the user's access
 */
export function userAccess(
    schema: Schema,
    permissionSets: Map<string, PermissionSetDefinition>,
    userId: string,
    assigned: string[],
    systemAdministrator: boolean
): UserAccess {
    const sets = assigned
        .map((name) => permissionSets.get(name))
        .filter((set): set is PermissionSetDefinition => set !== undefined);
    const customPermissions = new Set(sets.flatMap((set) => [...set.customPermissions]));
    if (systemAdministrator) {
        for (const name of schema.customPermissions) {
            customPermissions.add(name);
        }
    }
    const object = (objectName: string): ObjectAccess => {
        if (systemAdministrator) {
            return ALL_ACCESS;
        }
        let access = STANDARD_ACCESS[objectName] ?? NO_ACCESS;
        for (const set of sets) {
            access = merge(access, set.objects.get(objectName) ?? NO_ACCESS);
        }
        return access;
    };
    const field = (objectName: string, fieldName: string): FieldAccess => {
        const objectSchema: ObjectSchema | undefined = schema.objects.get(objectName);
        const fieldSchema = objectSchema?.fields.get(fieldName);
        const objectAccess = object(objectName);
        if (!fieldSchema || !objectAccess.read) {
            return { readable: false, editable: false };
        }
        // System, standard, required and master-detail fields follow the object's access.
        if (systemAdministrator || !fieldSchema.permissionable) {
            return {
                readable: true,
                editable: fieldSchema.createable && (objectAccess.create || objectAccess.edit)
            };
        }
        const grants = sets.map((set) => set.fields.get(`${objectName}.${fieldName}`));
        return {
            readable: grants.some((grant) => grant?.readable || grant?.editable),
            editable:
                (objectAccess.create || objectAccess.edit) &&
                grants.some((grant) => grant?.editable)
        };
    };
    return {
        userId,
        systemAdministrator,
        permissionSets: sets.map((set) => set.name),
        customPermissions,
        object,
        field
    };
}

/**
 * The fields of an object a user may read, in metadata order: what every read returns at most.
 * @param access the user's access
 * @param object the object
 * @returns the readable fields
 */
export function readableFields(access: UserAccess, object: ObjectSchema): FieldSchema[] {
    return [...object.fields.values()].filter(
        (field) => access.field(object.name, field.name).readable
    );
}
