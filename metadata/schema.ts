import { createHash } from 'node:crypto';
import { flowsByObject } from './flowSchema';
import {
    readRecordTriggeredFlows,
    type AfterSaveFlowDefinition,
    type BeforeSaveFlowDefinition
} from './flows';
import { readNotificationTypes, type NotificationTypeDefinition } from './notificationTypes';
import {
    loadProjectMetadata,
    type FieldDefinition,
    type ObjectDefinition,
    type ProjectMetadata,
    type ValidationRuleDefinition
} from './projectMetadata';

/** How a field is stored and exchanged: the describe `type` of the REST API. */
export type SoapType =
    | 'id'
    | 'string'
    | 'textarea'
    | 'picklist'
    | 'reference'
    | 'boolean'
    | 'double'
    | 'currency'
    | 'percent'
    | 'date'
    | 'datetime'
    | 'email';

/** One field as the local org runs it. */
export interface FieldSchema {
    name: string;
    label: string;
    type: SoapType;
    /** The metadata type it came from (`MasterDetail`, `LongTextArea`, `AutoNumber`, ...). */
    metadataType: string;
    length: number;
    precision: number;
    scale: number;
    required: boolean;
    createable: boolean;
    updateable: boolean;
    referenceTo?: string;
    relationshipName?: string;
    picklistValues: string[];
    defaultPicklistValue?: string;
    restricted: boolean;
    defaultValue?: string;
    displayFormat?: string;
    inlineHelpText?: string;
    /** A field the permission sets may grant; system and required fields follow the object. */
    permissionable: boolean;
    /** Master-detail: read access to the master suffices to write the child (else edit access). */
    writeRequiresMasterRead?: boolean;
}

export interface ChildRelationship {
    childSObject: string;
    field: string;
    relationshipName: string;
    cascadeDelete: boolean;
}

export interface ObjectSchema {
    name: string;
    label: string;
    labelPlural: string;
    custom: boolean;
    keyPrefix: string;
    fields: Map<string, FieldSchema>;
    childRelationships: ChildRelationship[];
    validationRules: ValidationRuleDefinition[];
    /** The active before-save flows triggered by this object, in file order. */
    beforeSaveFlows: BeforeSaveFlowDefinition[];
    /** The active after-save flows triggered by this object, in file order. */
    afterSaveFlows: AfterSaveFlowDefinition[];
    /** The master-detail field that makes this object a child, if any. */
    masterField?: string;
}

export interface Schema {
    objects: Map<string, ObjectSchema>;
    byPrefix: Map<string, ObjectSchema>;
    customPermissions: Set<string>;
    /** The custom notification types flows find with Get Records. */
    notificationTypes: NotificationTypeDefinition[];
    sourceDir: string;
}

const STANDARD_PREFIXES: Record<string, string> = {
    User: '005',
    Account: '001',
    Opportunity: '006'
};
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

function soapType(field: FieldDefinition): SoapType {
    switch (field.type) {
        case 'Id':
            return 'id';
        case 'Lookup':
        case 'MasterDetail':
            return 'reference';
        case 'Picklist':
            return 'picklist';
        case 'Checkbox':
            return 'boolean';
        case 'Number':
            return 'double';
        case 'Currency':
            return 'currency';
        case 'Percent':
            return 'percent';
        case 'Date':
            return 'date';
        case 'DateTime':
            return 'datetime';
        case 'Email':
            return 'email';
        case 'LongTextArea':
        case 'TextArea':
            return 'textarea';
        case 'Text':
        case 'AutoNumber':
            return 'string';
        default:
            throw new Error(
                `${field.objectName}.${field.name} has type ${field.type}, which the local org does not support yet: add it to metadata/schema.ts`
            );
    }
}

function defaultLength(type: SoapType, field: FieldDefinition): number {
    if (field.length !== undefined) {
        return field.length;
    }
    if (type === 'id' || type === 'reference') {
        return 18;
    }
    return type === 'picklist' ? 255 : 0;
}

function fieldSchema(object: ObjectDefinition, field: FieldDefinition): FieldSchema {
    const type = soapType(field);
    const readOnly = field.readOnly === true;
    // A master-detail parent is set once: this project's objects are not reparentable.
    const masterDetail = field.type === 'MasterDetail';
    return {
        name: field.name,
        label: field.label ?? field.name,
        type,
        metadataType: field.type,
        length: defaultLength(type, field),
        precision: field.precision ?? 0,
        scale: field.scale ?? 0,
        required: field.required,
        createable: !readOnly,
        updateable: !readOnly && !masterDetail,
        referenceTo: field.referenceTo,
        // On a custom lookup the XML names the child relationship; the parent one is always X__r.
        relationshipName:
            field.referenceTo && field.name.endsWith('__c')
                ? `${field.name.slice(0, -3)}__r`
                : field.relationshipName,
        picklistValues: field.picklistValues,
        defaultPicklistValue: field.defaultPicklistValue,
        restricted: field.restricted === true,
        defaultValue: field.defaultValue,
        displayFormat: field.displayFormat,
        inlineHelpText: field.inlineHelpText,
        permissionable:
            object.custom &&
            field.name.endsWith('__c') &&
            !field.required &&
            !masterDetail &&
            !readOnly,
        writeRequiresMasterRead: field.writeRequiresMasterRead
    };
}

/**
 * Derives a stable key prefix for a custom object, `a0` and a base-62 character chosen by a hash
 * of its name (moving on when taken), so ids keep their prefix from run to run.
 * @param name the object's API name
 * @param taken prefixes already in use
 * @returns a 3-character prefix
 */
export function customKeyPrefix(name: string, taken: Set<string>): string {
    const digest = createHash('sha256').update(name).digest();
    const first = digest.readUInt32BE(0) % BASE62.length;
    for (let step = 0; step < BASE62.length; step++) {
        const prefix = `a0${BASE62[(first + step) % BASE62.length]}`;
        if (!taken.has(prefix)) {
            return prefix;
        }
    }
    throw new Error('More than 62 custom objects: extend customKeyPrefix in metadata/schema.ts.');
}

/**
 * Builds the runtime schema from project metadata: describe types, key prefixes, child relationships.
 * @param metadata what projectMetadata read from the source folder
 * @returns the schema the store, records and queries run on
 */
export function buildSchema(metadata: ProjectMetadata): Schema {
    const objects = new Map<string, ObjectSchema>();
    const taken = new Set(Object.values(STANDARD_PREFIXES));
    const names = [...metadata.objects.keys()].sort();
    for (const name of names) {
        const definition = metadata.objects.get(name) as ObjectDefinition;
        const keyPrefix = STANDARD_PREFIXES[name] ?? customKeyPrefix(name, taken);
        taken.add(keyPrefix);
        const fields = new Map<string, FieldSchema>();
        for (const field of definition.fields.values()) {
            fields.set(field.name, fieldSchema(definition, field));
        }
        const masterField = [...definition.fields.values()].find(
            (field) => field.type === 'MasterDetail'
        )?.name;
        objects.set(name, {
            name,
            label: definition.label,
            labelPlural: definition.pluralLabel,
            custom: definition.custom,
            keyPrefix,
            fields,
            childRelationships: [],
            validationRules: definition.validationRules.filter((rule) => rule.active),
            beforeSaveFlows: [],
            afterSaveFlows: [],
            masterField
        });
    }
    for (const object of objects.values()) {
        for (const field of object.fields.values()) {
            const parent = field.referenceTo ? objects.get(field.referenceTo) : undefined;
            const definition = metadata.objects.get(object.name)?.fields.get(field.name);
            if (parent && object.custom && definition?.relationshipName) {
                parent.childRelationships.push({
                    childSObject: object.name,
                    field: field.name,
                    relationshipName: `${definition.relationshipName}__r`,
                    cascadeDelete: field.metadataType === 'MasterDetail'
                });
            }
        }
    }
    const notificationTypes = readNotificationTypes(metadata.sourceDir);
    const flows = readRecordTriggeredFlows(metadata.sourceDir);
    for (const [name, objectFlows] of flowsByObject(objects, flows, notificationTypes)) {
        const object = objects.get(name) as ObjectSchema;
        for (const flow of objectFlows) {
            if (flow.triggerType === 'RecordBeforeSave') {
                object.beforeSaveFlows.push(flow);
            } else {
                object.afterSaveFlows.push(flow);
            }
        }
    }
    return {
        objects,
        byPrefix: new Map([...objects.values()].map((object) => [object.keyPrefix, object])),
        customPermissions: metadata.customPermissions,
        notificationTypes,
        sourceDir: metadata.sourceDir
    };
}

/**
 * Loads the schema of a project's source folder.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the runtime schema
 */
export function loadSchema(sourceDir: string): Schema {
    return buildSchema(loadProjectMetadata(sourceDir));
}

/**
 * Computes the 3-character case-safe suffix that turns a 15-character id into 18.
 * @param id15 a 15-character, case-sensitive id
 * @returns the suffix
 */
export function idSuffix(id15: string): string {
    let suffix = '';
    for (let block = 0; block < 3; block++) {
        let bits = 0;
        for (let position = 0; position < 5; position++) {
            const character = id15[block * 5 + position];
            if (character >= 'A' && character <= 'Z') {
                bits |= 1 << position;
            }
        }
        suffix += SUFFIX_ALPHABET[bits];
    }
    return suffix;
}

/**
 * Makes the 18-character id of the n-th record with a key prefix.
 * @param keyPrefix the object's 3-character prefix
 * @param counter a positive sequence number, unique per prefix
 * @returns an 18-character id
 */
export function makeId(keyPrefix: string, counter: number): string {
    let digits = '';
    let rest = counter;
    for (let position = 0; position < 9; position++) {
        digits = BASE62[rest % 62] + digits;
        rest = Math.floor(rest / 62);
    }
    // Characters 4-6 stand for the pod and a reserved digit on Salesforce; the local org is pod 0L.
    const id15 = `${keyPrefix}0L0${digits}`;
    return id15 + idSuffix(id15);
}

/**
 * Reads a 15- or 18-character id into its 18-character form.
 * @param value anything a request sent as an id
 * @returns the 18-character id, or undefined when it is not shaped like an id
 */
export function normalizeId(value: unknown): string | undefined {
    if (typeof value !== 'string' || !/^[0-9A-Za-z]{15}([0-9A-Za-z]{3})?$/.test(value)) {
        return undefined;
    }
    const id15 = value.slice(0, 15);
    const suffix = idSuffix(id15);
    if (value.length === 18 && value.slice(15).toUpperCase() !== suffix) {
        return undefined;
    }
    return id15 + suffix;
}

/**
 * Finds the object an id belongs to by its key prefix.
 * @param schema the runtime schema
 * @param id an 18-character id
 * @returns the object, or undefined for an unknown prefix
 */
export function objectOfId(schema: Schema, id: string): ObjectSchema | undefined {
    return schema.byPrefix.get(id.slice(0, 3));
}

/**
 * Finds an object by API name, ignoring case as Salesforce does.
 * @param schema the runtime schema
 * @param name an object API name in any case
 * @returns the object, or undefined
 */
export function findObject(schema: Schema, name: string): ObjectSchema | undefined {
    const lower = name.toLowerCase();
    for (const object of schema.objects.values()) {
        if (object.name.toLowerCase() === lower) {
            return object;
        }
    }
    return undefined;
}

/**
 * Finds a field by API name, ignoring case as Salesforce does.
 * @param object the object
 * @param name a field API name in any case
 * @returns the field, or undefined
 */
export function findField(object: ObjectSchema, name: string): FieldSchema | undefined {
    const exact = object.fields.get(name);
    if (exact) {
        return exact;
    }
    const lower = name.toLowerCase();
    for (const field of object.fields.values()) {
        if (field.name.toLowerCase() === lower) {
            return field;
        }
    }
    return undefined;
}

/**
 * Finds the lookup field behind a relationship name (`Owner`, `Opportunity__r`).
 * @param object the object the relationship starts from
 * @param relationshipName the relationship, in any case
 * @returns the lookup field, or undefined
 */
export function findRelationship(
    object: ObjectSchema,
    relationshipName: string
): FieldSchema | undefined {
    const lower = relationshipName.toLowerCase();
    for (const field of object.fields.values()) {
        if (field.referenceTo && field.relationshipName?.toLowerCase() === lower) {
            return field;
        }
    }
    return undefined;
}
