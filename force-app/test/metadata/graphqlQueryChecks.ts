import { readFileSync } from 'node:fs';
import {
    Kind,
    parse as parseGraphQL,
    type FieldNode,
    type ObjectValueNode,
    type SelectionSetNode,
    type ValueNode
} from 'graphql';
import {
    relationshipToField,
    resolveFieldPath,
    type FieldDefinition,
    type ProjectMetadata
} from '../../../metadata/projectMetadata';
import { buildSchema, type Schema } from '../../../metadata/schema';

import { lwcSources, type MetadataProblem } from './metadataChecks';

const GQL_TEMPLATE = /gql`([^`]*)`/g;
const FIELD_VALUE_KEYS = new Set(['value', 'displayValue', 'format']);
const FILTER_OPERATORS = new Set(['and', 'or', 'not']);

// Child relationship names (`Coaching_Questions__r`) come from the runtime schema, the one place
// that derives them from the lookup fields.
function childRelationships(schema: Schema, objectName: string): Map<string, string> {
    const relationships = schema.objects.get(objectName)?.childRelationships ?? [];
    return new Map(relationships.map((child) => [child.relationshipName, child.childSObject]));
}

// A GraphQL selection or filter key is a field (`Status__c`) or a parent relationship (`Reviewer__r`).
function resolveGraphQLName(
    metadata: ProjectMetadata,
    objectName: string,
    name: string
): { field: FieldDefinition; isRelationship: boolean } | { problem: string } {
    const asField = resolveFieldPath(metadata, objectName, name);
    if ('field' in asField) {
        return { field: asField.field, isRelationship: false };
    }
    const asLookup = resolveFieldPath(metadata, objectName, relationshipToField(name));
    if ('field' in asLookup && asLookup.field.referenceTo) {
        return { field: asLookup.field, isRelationship: true };
    }
    return asField;
}

function fieldSelections(selectionSet: SelectionSetNode | undefined): FieldNode[] {
    return (selectionSet?.selections ?? []).filter(
        (selection): selection is FieldNode => selection.kind === Kind.FIELD
    );
}

// Checks the field names used in `where` and `orderBy` arguments, following relationship filters.
function checkArgumentFields(
    metadata: ProjectMetadata,
    objectName: string,
    value: ValueNode,
    report: (message: string) => void
): void {
    if (value.kind !== Kind.OBJECT) {
        return;
    }
    for (const entry of (value as ObjectValueNode).fields) {
        const name = entry.name.value;
        if (FILTER_OPERATORS.has(name)) {
            const nested = entry.value.kind === Kind.LIST ? entry.value.values : [entry.value];
            nested.forEach((item) => checkArgumentFields(metadata, objectName, item, report));
            continue;
        }
        const resolved = resolveGraphQLName(metadata, objectName, name);
        if ('problem' in resolved) {
            report(`${objectName} filter or order names ${name}: ${resolved.problem}`);
        } else if (resolved.isRelationship && resolved.field.referenceTo) {
            checkArgumentFields(metadata, resolved.field.referenceTo, entry.value, report);
        }
    }
}

function checkRecordSelection(
    metadata: ProjectMetadata,
    schema: Schema,
    objectName: string,
    connection: FieldNode,
    report: (message: string) => void
): void {
    for (const argument of connection.arguments ?? []) {
        if (argument.name.value === 'where' || argument.name.value === 'orderBy') {
            checkArgumentFields(metadata, objectName, argument.value, report);
        }
    }
    const node = fieldSelections(connection.selectionSet)
        .filter((selection) => selection.name.value === 'edges')
        .flatMap((edges) => fieldSelections(edges.selectionSet))
        .find((selection) => selection.name.value === 'node');
    const children = childRelationships(schema, objectName);
    for (const selection of fieldSelections(node?.selectionSet)) {
        const name = selection.name.value;
        const childObject = children.get(name);
        if (childObject) {
            checkRecordSelection(metadata, schema, childObject, selection, report);
            continue;
        }
        const resolved = resolveGraphQLName(metadata, objectName, name);
        if ('problem' in resolved) {
            report(`query selects ${objectName}.${name}: ${resolved.problem}`);
        } else if (resolved.isRelationship) {
            checkParentSelection(metadata, resolved.field.referenceTo, selection, report);
        }
    }
}

// A parent relationship (`Reviewer__r { Name { value } }`) selects fields of the referenced object.
function checkParentSelection(
    metadata: ProjectMetadata,
    parentObject: string | undefined,
    selection: FieldNode,
    report: (message: string) => void
): void {
    for (const child of fieldSelections(selection.selectionSet)) {
        const name = child.name.value;
        if (FIELD_VALUE_KEYS.has(name) || !parentObject) {
            continue;
        }
        const resolved = resolveGraphQLName(metadata, parentObject, name);
        if ('problem' in resolved) {
            report(`query selects ${parentObject}.${name}: ${resolved.problem}`);
        }
    }
}

/**
 * Checks every gql query of the components against the schema: objects, fields, relationships and
 * the fields their arguments name.
 * @param metadata the project's metadata
 * @returns the problems, each with the component file to fix
 */
export function checkGraphQLQueries(metadata: ProjectMetadata): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    const schema = buildSchema(metadata);
    for (const file of lwcSources(metadata.sourceDir)) {
        for (const match of readFileSync(file, 'utf8').matchAll(GQL_TEMPLATE)) {
            const report = (message: string) => problems.push({ file, message });
            let document;
            try {
                document = parseGraphQL(match[1]);
            } catch (error) {
                report(`GraphQL query does not parse: ${(error as Error).message}`);
                continue;
            }
            const connections = document.definitions
                .flatMap((definition) =>
                    definition.kind === Kind.OPERATION_DEFINITION
                        ? fieldSelections(definition.selectionSet)
                        : []
                )
                .filter((field) => field.name.value === 'uiapi')
                .flatMap((uiapi) => fieldSelections(uiapi.selectionSet))
                .filter((field) => field.name.value === 'query')
                .flatMap((query) => fieldSelections(query.selectionSet));
            for (const connection of connections) {
                const objectName = connection.name.value;
                if (!metadata.objects.has(objectName)) {
                    report(`query reads object ${objectName}, which does not exist`);
                    continue;
                }
                checkRecordSelection(metadata, schema, objectName, connection, report);
            }
        }
    }
    return problems;
}
