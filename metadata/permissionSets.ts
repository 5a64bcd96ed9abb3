import { basename, join } from 'node:path';
import { asArray, listFiles, readXml, type XmlNode } from './xml';

/** What a permission set grants on one object. */
export interface ObjectAccess {
    read: boolean;
    create: boolean;
    edit: boolean;
    delete: boolean;
    viewAll: boolean;
    modifyAll: boolean;
}

/** What a permission set grants on one field. */
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

/** No access at all: what an object gets that no permission set names. */
export const NO_ACCESS: ObjectAccess = Object.freeze({
    read: false,
    create: false,
    edit: false,
    delete: false,
    viewAll: false,
    modifyAll: false
});

const flag = (node: unknown) => String(node) === 'true';

/**
 * Reads every permission set of a source folder.
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
