import type { ProjectMetadata } from './definitions';
import { NO_ACCESS, type ObjectAccess, type PermissionSetDefinition } from './permissionSets';
import { projectPath } from './xml';

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
