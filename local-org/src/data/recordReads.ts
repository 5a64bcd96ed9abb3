import { apiError } from '../errors';
import { readableFields } from './userAccess';
import {
    findField,
    findObject,
    normalizeId,
    objectOfId,
    type FieldSchema,
    type ObjectSchema
} from '../../../metadata/schema';
import type { StoredRow } from './store';
import { canSee } from './visibility';
import type { RequestContext } from '../requestContext';
import { toApiRecord, type ApiRecord } from './recordValues';

/**
 * Finds an object named in a URL or query, refusing unknown ones the way Salesforce does.
 * @param context the request
 * @param name the object API name, any case
 * @returns the object
 */
export function requireObject(context: RequestContext, name: string): ObjectSchema {
    const object = findObject(context.store.schema, name);
    if (!object || !context.access.object(object.name).read) {
        throw apiError(
            404,
            'NOT_FOUND',
            `The requested resource does not exist: there is no object ${name} you can read. Check the object's API name.`
        );
    }
    return object;
}

/** Loads a record the user can see, refusing unknown, deleted and hidden ones. */
export function requireRecord(
    context: RequestContext,
    object: ObjectSchema,
    rawId: string
): StoredRow & { Id: string } {
    const id = normalizeId(rawId);
    const row =
        id && objectOfId(context.store.schema, id) === object
            ? context.store.get(object, id)
            : undefined;
    if (!id || !row || !canSee(context.store, context.access, object, id)) {
        throw apiError(
            404,
            'NOT_FOUND',
            `The requested resource does not exist: no ${object.label} with id ${rawId} that you can see. Check the id, or ask the record's owner to share it.`
        );
    }
    if (row.IsDeleted === 1) {
        throw apiError(
            404,
            'ENTITY_IS_DELETED',
            `entity is deleted: the ${object.label} ${id} was deleted. Work with a record that still exists.`
        );
    }
    return { ...row, Id: id };
}

/**
 * Reads one record with the fields the user may read (or the ones asked for).
 * @param context the request
 * @param objectName the object API name
 * @param id the record id
 * @param fieldNames the fields to return; every readable field when absent
 * @returns the API record
 */
export function retrieveRecord(
    context: RequestContext,
    objectName: string,
    id: string,
    fieldNames?: string[]
): ApiRecord {
    const object = requireObject(context, objectName);
    const row = requireRecord(context, object, id);
    const readable = (field: FieldSchema) => context.access.field(object.name, field.name).readable;
    let fields = readableFields(context.access, object);
    if (fieldNames && fieldNames.length > 0) {
        fields = fieldNames.map((name) => {
            const field = findField(object, name.trim());
            if (!field || !readable(field)) {
                throw apiError(
                    400,
                    'INVALID_FIELD',
                    `No such column '${name.trim()}' on entity '${object.name}'. Check the field's API name, and that your permission sets let you see it.`,
                    [name.trim()]
                );
            }
            return field;
        });
    }
    return toApiRecord(context, object, row, fields);
}
