import {
    NO_ACCESS,
    type FieldAccess,
    type ObjectAccess,
    type PermissionSetDefinition
} from '../../../metadata/projectMetadata';
import type { FieldSchema, ObjectSchema, Schema } from '../../../metadata/schema';

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
