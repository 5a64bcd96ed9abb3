import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One field of an object, as its metadata file (or the built-in standard list) defines it. */
export interface FieldDefinition {
    objectName: string;
    name: string;
    type: string;
    required: boolean;
    description?: string;
    inlineHelpText?: string;
    referenceTo?: string;
    relationshipName?: string;
    picklistValues: string[];
    file?: string;
}

export interface ValidationRuleDefinition {
    objectName: string;
    name: string;
    active: boolean;
    formula: string;
    errorMessage: string;
    errorDisplayField?: string;
    file: string;
}

export interface ObjectDefinition {
    name: string;
    custom: boolean;
    fields: Map<string, FieldDefinition>;
    validationRules: ValidationRuleDefinition[];
    file?: string;
}

export interface ProjectMetadata {
    sourceDir: string;
    objects: Map<string, ObjectDefinition>;
    customPermissions: Set<string>;
}

type XmlNode = Record<string, unknown>;

// Elements that may repeat in the metadata this project uses; the parser must always give arrays.
const REPEATED_ELEMENTS = new Set([
    'fields',
    'value',
    'objectPermissions',
    'fieldPermissions',
    'customPermissions',
    'columns',
    'filters',
    'itemInstances',
    'flexiPageRegions',
    'componentInstanceProperties',
    'labels',
    'targets',
    'targetConfig',
    'objects',
    'referenceTo'
]);

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => REPEATED_ELEMENTS.has(name)
});

// Standard fields every record has, and the standard objects the coaching model points at.
const SYSTEM_FIELDS = [
    'Id',
    'Name',
    'CreatedById',
    'CreatedDate',
    'LastModifiedById',
    'LastModifiedDate',
    'SystemModstamp'
];
const STANDARD_OBJECTS: Record<string, string[]> = {
    Opportunity: [
        'OwnerId',
        'AccountId',
        'StageName',
        'Amount',
        'CloseDate',
        'IsClosed',
        'IsWon',
        'Probability',
        'NextStep'
    ],
    Account: ['OwnerId'],
    User: ['ManagerId', 'Username', 'Email', 'IsActive', 'FirstName', 'LastName']
};
const STANDARD_REFERENCES: Record<string, string> = {
    OwnerId: 'User',
    CreatedById: 'User',
    LastModifiedById: 'User',
    ManagerId: 'User',
    AccountId: 'Account'
};

/**
 * Parses one XML file, throwing an error that names the file when it is not well formed.
 * @param file path of the XML file
 * @returns the parsed document
 */
export function readXml(file: string): XmlNode {
    const text = readFileSync(file, 'utf8');
    const verdict = XMLValidator.validate(text);
    if (verdict !== true) {
        throw new Error(
            `${file}: not well-formed XML (line ${verdict.err.line}): ${verdict.err.msg}`
        );
    }
    return parser.parse(text) as XmlNode;
}

/**
 * Lists every file under a folder whose name ends with the suffix.
 * @param dir folder to walk
 * @param suffix file name ending, such as `.field-meta.xml`
 * @returns absolute paths, sorted
 */
export function listFiles(dir: string, suffix: string): string[] {
    if (!existsSync(dir)) {
        return [];
    }
    const found: string[] = [];
    for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
            found.push(...listFiles(path, suffix));
        } else if (entry.endsWith(suffix)) {
            found.push(path);
        }
    }
    return found.sort();
}

function text(node: unknown): string | undefined {
    if (node === undefined || node === null || node === '') {
        return undefined;
    }
    return String(node);
}

function asArray<T>(node: T | T[] | undefined): T[] {
    if (node === undefined) {
        return [];
    }
    return Array.isArray(node) ? node : [node];
}

function readField(objectName: string, file: string): FieldDefinition {
    const field = readXml(file).CustomField as XmlNode;
    const valueSet = field.valueSet as XmlNode | undefined;
    const definition = valueSet?.valueSetDefinition as XmlNode | undefined;
    const values = asArray(definition?.value as XmlNode[] | undefined);
    return {
        objectName,
        name: String(field.fullName ?? basename(file, '.field-meta.xml')),
        type: String(field.type),
        required: text(field.required) === 'true',
        description: text(field.description),
        inlineHelpText: text(field.inlineHelpText),
        referenceTo: asArray(field.referenceTo as string[] | undefined)[0],
        relationshipName: text(field.relationshipName),
        picklistValues: values.map((value) => String(value.fullName)),
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

function standardObject(name: string, extraFields: string[]): ObjectDefinition {
    const fields = new Map<string, FieldDefinition>();
    for (const fieldName of [...SYSTEM_FIELDS, ...extraFields]) {
        fields.set(fieldName, {
            objectName: name,
            name: fieldName,
            type: STANDARD_REFERENCES[fieldName] ? 'Lookup' : 'Standard',
            required: false,
            referenceTo: STANDARD_REFERENCES[fieldName],
            picklistValues: []
        });
    }
    return { name, custom: false, fields, validationRules: [] };
}

/**
 * Reads the objects, fields, validation rules and custom permissions of a source folder.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the project's schema, with the standard objects it refers to
 */
export function loadProjectMetadata(sourceDir: string): ProjectMetadata {
    const objects = new Map<string, ObjectDefinition>();
    for (const [name, extraFields] of Object.entries(STANDARD_OBJECTS)) {
        objects.set(name, standardObject(name, extraFields));
    }
    const objectsDir = join(sourceDir, 'objects');
    for (const objectFile of listFiles(objectsDir, '.object-meta.xml')) {
        const name = basename(objectFile, '.object-meta.xml');
        const object = objects.get(name) ?? standardObject(name, []);
        object.custom = name.endsWith('__c');
        object.file = objectFile;
        readXml(objectFile);
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

/**
 * Names a file relative to the project root, for messages a developer can act on.
 * @param root the project root
 * @param file an absolute path
 * @returns the relative path
 */
export function projectPath(root: string, file: string): string {
    return relative(root, file);
}
