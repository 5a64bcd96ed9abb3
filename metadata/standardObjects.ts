import type { FieldDefinition, ObjectDefinition } from './definitions';

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
 * The standard objects the project refers to, with the fields it uses: an org has them
 * without any metadata file.
 * @returns the objects by API name
 */
export function standardObjects(): Map<string, ObjectDefinition> {
    const objects = new Map<string, ObjectDefinition>();
    for (const [name, spec] of Object.entries(STANDARD_OBJECTS)) {
        objects.set(name, standardObject(name, spec.label, spec.pluralLabel, spec.fields));
    }
    return objects;
}

/**
 * An object with only the fields every record has.
 * @param name the object's API name
 * @returns its definition, labelled with its name until its metadata says more
 */
export function bareObject(name: string): ObjectDefinition {
    return standardObject(name, name, name, {});
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
