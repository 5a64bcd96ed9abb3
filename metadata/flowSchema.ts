import { UnsupportedFlowError, type BeforeSaveFlowDefinition } from './flows';
import type { FieldSchema, ObjectSchema } from './schema';

function fieldOf(object: ObjectSchema, flow: BeforeSaveFlowDefinition, name: string): FieldSchema {
    const field = object.fields.get(name);
    if (!field) {
        throw new UnsupportedFlowError(
            `Flow ${flow.name} (${flow.file}) names ${object.name}.${name}, which does not exist. Fix the field name in the flow.`
        );
    }
    return field;
}

/**
 * Checks that every field a flow reads or assigns exists on its object and can be written, so a
 * broken flow stops the local org at start, as a deploy would refuse it.
 * @param objects the schema's objects by API name
 * @param flows the flows projectMetadata read
 * @returns the flows of each object, in file order
 */
export function flowsByObject(
    objects: Map<string, ObjectSchema>,
    flows: BeforeSaveFlowDefinition[]
): Map<string, BeforeSaveFlowDefinition[]> {
    const byObject = new Map<string, BeforeSaveFlowDefinition[]>();
    for (const flow of flows) {
        const object = objects.get(flow.objectName);
        if (!object) {
            throw new UnsupportedFlowError(
                `Flow ${flow.name} (${flow.file}) is triggered by ${flow.objectName}, which is not an object of this project.`
            );
        }
        const references = [...flow.filters, ...flow.assignments]
            .map((entry) => entry.value)
            .flatMap((value) => (value.kind === 'reference' ? [value.reference] : []))
            .filter((reference) => reference.startsWith('$Record'))
            .map((reference) => reference.split('.')[1]);
        for (const name of [...flow.filters.map((filter) => filter.field), ...references]) {
            fieldOf(object, flow, name);
        }
        for (const assignment of flow.assignments) {
            const field = fieldOf(object, flow, assignment.field);
            if (!field.createable && !field.updateable) {
                throw new UnsupportedFlowError(
                    `Flow ${flow.name} (${flow.file}) assigns ${object.name}.${field.name}, which only the platform sets. Assign a custom field instead.`
                );
            }
        }
        byObject.set(object.name, [...(byObject.get(object.name) ?? []), flow]);
    }
    return byObject;
}
