import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One field of an object, as its metadata file (or the built-in standard list) defines it. */
export interface FieldDefinition {
    objectName: string;
    name: string;
    /** The metadata type (`Text`, `LongTextArea`, `Picklist`, `MasterDetail`, `Id`, ...). */
    type: string;
    required: boolean;
    label?: string;
    description?: string;
    inlineHelpText?: string;
    referenceTo?: string;
    relationshipName?: string;
    picklistValues: string[];
    /** The picklist value marked `<default>true</default>`, if any. */
    defaultPicklistValue?: string;
    /** A restricted picklist refuses values outside its list. */
    restricted?: boolean;
    length?: number;
    precision?: number;
    scale?: number;
    /** The `<defaultValue>` formula, as written (`TODAY()`, `false`). */
    defaultValue?: string;
    unique?: boolean;
    deleteConstraint?: string;
    /**
     * Master-detail only: read access to the master record suffices to create, edit or delete the
     * child (true), or edit access is needed (false).
     */
    writeRequiresMasterRead?: boolean;
    /** Maintained by the platform (ids, audit fields, derived flags): never written by a request. */
    readOnly?: boolean;
    /** The auto-number pattern of a custom object's Name, such as `CR-{00000}`. */
    displayFormat?: string;
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
    label: string;
    pluralLabel: string;
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

/** A stage of the standard Opportunity picklist, with the flags Salesforce derives from it. */
export interface OpportunityStage {
    value: string;
    probability: number;
    isClosed: boolean;
    isWon: boolean;
}

// The default sales process of a new org, so IsClosed, IsWon and Probability follow StageName.
export const OPPORTUNITY_STAGES: OpportunityStage[] = [
    { value: 'Prospecting', probability: 10, isClosed: false, isWon: false },
    { value: 'Qualification', probability: 10, isClosed: false, isWon: false },
    { value: 'Needs Analysis', probability: 20, isClosed: false, isWon: false },
    { value: 'Value Proposition', probability: 50, isClosed: false, isWon: false },
    { value: 'Id. Decision Makers', probability: 60, isClosed: false, isWon: false },
    { value: 'Perception Analysis', probability: 70, isClosed: false, isWon: false },
    { value: 'Proposal/Price Quote', probability: 75, isClosed: false, isWon: false },
    { value: 'Negotiation/Review', probability: 90, isClosed: false, isWon: false },
    { value: 'Closed Won', probability: 100, isClosed: true, isWon: true },
    { value: 'Closed Lost', probability: 0, isClosed: true, isWon: false }
];

type StandardField = Omit<FieldDefinition, 'objectName' | 'name' | 'picklistValues'> & {
    picklistValues?: string[];
};

// Standard fields every record has; a custom object's Name comes from its nameField instead.
const SYSTEM_FIELDS: Record<string, StandardField> = {
    Id: { type: 'Id', required: false, label: 'Record ID', length: 18, readOnly: true },
    Name: { type: 'Text', required: true, label: 'Name', length: 120 },
    CreatedById: { type: 'Lookup', required: false, label: 'Created By ID', readOnly: true },
    CreatedDate: { type: 'DateTime', required: false, label: 'Created Date', readOnly: true },
    LastModifiedById: {
        type: 'Lookup',
        required: false,
        label: 'Last Modified By ID',
        readOnly: true
    },
    LastModifiedDate: {
        type: 'DateTime',
        required: false,
        label: 'Last Modified Date',
        readOnly: true
    },
    SystemModstamp: { type: 'DateTime', required: false, label: 'System Modstamp', readOnly: true }
};

// The standard objects the coaching model points at, with the fields the project and its demo use.
const STANDARD_OBJECTS: Record<
    string,
    { label: string; pluralLabel: string; fields: Record<string, StandardField> }
> = {
    Opportunity: {
        label: 'Opportunity',
        pluralLabel: 'Opportunities',
        fields: {
            OwnerId: { type: 'Lookup', required: true, label: 'Owner ID' },
            AccountId: { type: 'Lookup', required: false, label: 'Account ID' },
            StageName: {
                type: 'Picklist',
                required: true,
                label: 'Stage',
                restricted: true,
                picklistValues: OPPORTUNITY_STAGES.map((stage) => stage.value)
            },
            Amount: { type: 'Currency', required: false, label: 'Amount', precision: 18, scale: 2 },
            CloseDate: { type: 'Date', required: true, label: 'Close Date' },
            IsClosed: { type: 'Checkbox', required: false, label: 'Closed', readOnly: true },
            IsWon: { type: 'Checkbox', required: false, label: 'Won', readOnly: true },
            Probability: {
                type: 'Percent',
                required: false,
                label: 'Probability (%)',
                precision: 3,
                scale: 0
            },
            NextStep: { type: 'Text', required: false, label: 'Next Step', length: 255 }
        }
    },
    Account: {
        label: 'Account',
        pluralLabel: 'Accounts',
        fields: {
            OwnerId: { type: 'Lookup', required: true, label: 'Owner ID' },
            Industry: { type: 'Text', required: false, label: 'Industry', length: 40 }
        }
    },
    User: {
        label: 'User',
        pluralLabel: 'Users',
        fields: {
            ManagerId: { type: 'Lookup', required: false, label: 'Manager ID' },
            Username: { type: 'Text', required: true, label: 'Username', length: 80, unique: true },
            Email: { type: 'Email', required: true, label: 'Email', length: 80 },
            IsActive: { type: 'Checkbox', required: false, label: 'Active', defaultValue: 'true' },
            FirstName: { type: 'Text', required: false, label: 'First Name', length: 40 },
            LastName: { type: 'Text', required: true, label: 'Last Name', length: 80 },
            Title: { type: 'Text', required: false, label: 'Title', length: 80 }
        }
    }
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

function number(node: unknown): number | undefined {
    const value = text(node);
    return value === undefined ? undefined : Number(value);
}

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

function standardObject(
    name: string,
    label: string,
    pluralLabel: string,
    extraFields: Record<string, StandardField>
): ObjectDefinition {
    const fields = new Map<string, FieldDefinition>();
    for (const [fieldName, spec] of Object.entries({ ...SYSTEM_FIELDS, ...extraFields })) {
        fields.set(fieldName, {
            objectName: name,
            name: fieldName,
            referenceTo: STANDARD_REFERENCES[fieldName],
            relationshipName: STANDARD_REFERENCES[fieldName] ? fieldName.slice(0, -2) : undefined,
            ...spec,
            picklistValues: spec.picklistValues ?? []
        });
    }
    return { name, custom: false, label, pluralLabel, fields, validationRules: [] };
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
    const objects = new Map<string, ObjectDefinition>();
    for (const [name, spec] of Object.entries(STANDARD_OBJECTS)) {
        objects.set(name, standardObject(name, spec.label, spec.pluralLabel, spec.fields));
    }
    const objectsDir = join(sourceDir, 'objects');
    for (const objectFile of listFiles(objectsDir, '.object-meta.xml')) {
        const name = basename(objectFile, '.object-meta.xml');
        const xml = (readXml(objectFile).CustomObject ?? {}) as XmlNode;
        const object = objects.get(name) ?? standardObject(name, name, name, {});
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

/**
 * Names a file relative to the project root, for messages a developer can act on.
 * @param root the project root
 * @param file an absolute path
 * @returns the relative path
 */
export function projectPath(root: string, file: string): string {
    return relative(root, file);
}
