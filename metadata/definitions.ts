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
