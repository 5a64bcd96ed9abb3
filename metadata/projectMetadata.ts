import { basename, join } from 'node:path';
import type { FieldDefinition, ProjectMetadata, ValidationRuleDefinition } from './definitions';
import { bareObject, standardObjects } from './standardObjects';
import { asArray, listFiles, number, readXml, text, type XmlNode } from './xml';

// The reader's public entry: the metadata checks, the local org and the scripts import from here
// (or from schema.ts, the runtime schema built on it), never from the private files beside it.
export type {
    FieldDefinition,
    ObjectDefinition,
    ProjectMetadata,
    ValidationRuleDefinition
} from './definitions';
export { readLabels } from './customLabels';
export { flowsByObject, MERGE_FIELD, NOTIFICATION_TYPE_FIELDS } from './flowSchema';
export {
    readFlow,
    readRecordTriggeredFlows,
    UnsupportedFlowError,
    type AfterSaveFlowDefinition,
    type BeforeSaveFlowDefinition,
    type FlowAssignment,
    type FlowFilter,
    type FlowFormula,
    type FlowStep,
    type FlowTextTemplate,
    type FlowValue,
    type FlowVariable,
    type RecordTriggeredFlow
} from './flows';
export { readNotificationTypes, type NotificationTypeDefinition } from './notificationTypes';
export {
    checkPermissionDependencies,
    permissionDependencies,
    permissionDependencyProblems,
    type PermissionDependency
} from './permissionDependencies';
export {
    loadPermissionSets,
    NO_ACCESS,
    type FieldAccess,
    type ObjectAccess,
    type PermissionSetDefinition
} from './permissionSets';
export { OPPORTUNITY_STAGES, type OpportunityStage } from './standardObjects';
export { listFiles, projectPath, readXml, type XmlNode } from './xml';

function readField(objectName: string, file: string): FieldDefinition {
    const field = readXml(file).CustomField as XmlNode;
    const valueSet = field.valueSet as XmlNode | undefined;
    const definition = valueSet?.valueSetDefinition as XmlNode | undefined;
    const values = asArray(definition?.value as XmlNode[] | undefined);
    const defaultValue = values.find((value) => text(value.default) === 'true');
    return {
        objectName,
        name: String(field.fullName ?? basename(file, '.field-meta.xml')),
        type: String(field.type),
        // Master-detail fields are always required, though their XML does not say so.
        required: text(field.required) === 'true' || field.type === 'MasterDetail',
        label: text(field.label),
        description: text(field.description),
        inlineHelpText: text(field.inlineHelpText),
        referenceTo: asArray(field.referenceTo as string[] | undefined)[0],
        relationshipName: text(field.relationshipName),
        picklistValues: values.map((value) => String(value.fullName)),
        defaultPicklistValue: defaultValue ? String(defaultValue.fullName) : undefined,
        restricted: text(valueSet?.restricted) === 'true',
        length: number(field.length),
        precision: number(field.precision),
        scale: number(field.scale),
        defaultValue: text(field.defaultValue),
        unique: text(field.unique) === 'true',
        deleteConstraint: text(field.deleteConstraint),
        writeRequiresMasterRead:
            field.type === 'MasterDetail'
                ? text(field.writeRequiresMasterRead) === 'true'
                : undefined,
        file
    };
}

function readValidationRule(objectName: string, file: string): ValidationRuleDefinition {
    const rule = readXml(file).ValidationRule as XmlNode;
    return {
        objectName,
        name: String(rule.fullName ?? basename(file, '.validationRule-meta.xml')),
        active: text(rule.active) === 'true',
        formula: String(rule.errorConditionFormula ?? ''),
        errorMessage: String(rule.errorMessage ?? ''),
        errorDisplayField: text(rule.errorDisplayField),
        file
    };
}

// A custom object's Name is its nameField: an auto-number here, or text.
function customNameField(name: string, nameField: XmlNode | undefined): FieldDefinition {
    const autoNumber = nameField?.type === 'AutoNumber';
    return {
        objectName: name,
        name: 'Name',
        type: autoNumber ? 'AutoNumber' : 'Text',
        required: !autoNumber,
        label: text(nameField?.label) ?? 'Name',
        length: autoNumber ? 30 : 80,
        readOnly: autoNumber,
        displayFormat: text(nameField?.displayFormat),
        picklistValues: []
    };
}

/**
 * Reads the objects, fields, validation rules and custom permissions of a source folder.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the project's schema, with the standard objects it refers to
 */
export function loadProjectMetadata(sourceDir: string): ProjectMetadata {
    const objects = standardObjects();
    const objectsDir = join(sourceDir, 'objects');
    for (const objectFile of listFiles(objectsDir, '.object-meta.xml')) {
        const name = basename(objectFile, '.object-meta.xml');
        const xml = (readXml(objectFile).CustomObject ?? {}) as XmlNode;
        const object = objects.get(name) ?? bareObject(name);
        object.custom = name.endsWith('__c');
        object.file = objectFile;
        if (object.custom) {
            object.label = text(xml.label) ?? name;
            object.pluralLabel = text(xml.pluralLabel) ?? object.label;
            object.fields.set('Name', customNameField(name, xml.nameField as XmlNode | undefined));
        }
        for (const fieldFile of listFiles(join(objectsDir, name, 'fields'), '.field-meta.xml')) {
            const field = readField(name, fieldFile);
            object.fields.set(field.name, field);
        }
        object.validationRules = listFiles(
            join(objectsDir, name, 'validationRules'),
            '.validationRule-meta.xml'
        ).map((file) => readValidationRule(name, file));
        objects.set(name, object);
    }
    const customPermissions = new Set(
        listFiles(join(sourceDir, 'customPermissions'), '.customPermission-meta.xml').map((file) =>
            basename(file, '.customPermission-meta.xml')
        )
    );
    return { sourceDir, objects, customPermissions };
}

/**
 * Follows a dotted field path (`Opportunity__r.OwnerId`) from an object.
 * @param metadata the project's schema
 * @param objectName where the path starts
 * @param path field names joined by dots; relationship names end in `__r` or name a standard lookup
 * @returns the field the path ends on, or a reason it does not resolve
 */
export function resolveFieldPath(
    metadata: ProjectMetadata,
    objectName: string,
    path: string
): { field: FieldDefinition } | { problem: string } {
    const segments = path.split('.');
    let object = metadata.objects.get(objectName);
    for (let index = 0; index < segments.length; index++) {
        if (!object) {
            return { problem: `object ${objectName} does not exist` };
        }
        const segment = segments[index];
        const last = index === segments.length - 1;
        const fieldName = last ? segment : relationshipToField(segment);
        const field = object.fields.get(fieldName);
        if (!field) {
            return { problem: `${object.name}.${fieldName} does not exist` };
        }
        if (last) {
            return { field };
        }
        if (!field.referenceTo) {
            return {
                problem: `${object.name}.${fieldName} is not a lookup, so ${segment} has no fields`
            };
        }
        objectName = field.referenceTo;
        object = metadata.objects.get(field.referenceTo);
    }
    return { problem: `empty field path` };
}

/**
 * Names the lookup field behind a relationship name: `Opportunity__r` → `Opportunity__c`,
 * `Owner` → `OwnerId`.
 * @param segment a relationship name
 * @returns the field name
 */
export function relationshipToField(segment: string): string {
    if (segment.endsWith('__r')) {
        return `${segment.slice(0, -3)}__c`;
    }
    return `${segment}Id`;
}
