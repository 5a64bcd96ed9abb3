import { readableFields, type UserAccess } from '../data/userAccess';
import type { FieldSchema, ObjectSchema } from '../../../metadata/schema';

/**
 * The short description of an object that describeGlobal lists, for one user.
 * @param object the object
 * @param access the user's access
 * @param apiVersion such as `v65.0`
 * @returns the basic describe
 */
export function describeBasic(object: ObjectSchema, access: UserAccess, apiVersion: string) {
    const objectAccess = access.object(object.name);
    const base = `/services/data/${apiVersion}/sobjects/${object.name}`;
    return {
        name: object.name,
        label: object.label,
        labelPlural: object.labelPlural,
        keyPrefix: object.keyPrefix,
        custom: object.custom,
        createable: objectAccess.create,
        updateable: objectAccess.edit,
        deletable: objectAccess.delete,
        queryable: objectAccess.read,
        retrieveable: objectAccess.read,
        searchable: false,
        layoutable: true,
        urls: {
            sobject: base,
            describe: `${base}/describe`,
            rowTemplate: `${base}/{ID}`
        }
    };
}

function describeField(object: ObjectSchema, field: FieldSchema, access: UserAccess) {
    const fieldAccess = access.field(object.name, field.name);
    const isText = ['string', 'textarea', 'email', 'picklist', 'id', 'reference'].includes(
        field.type
    );
    return {
        name: field.name,
        label: field.label,
        type: field.type,
        soapType:
            field.type === 'boolean' ? 'xsd:boolean' : isText ? 'xsd:string' : `xsd:${field.type}`,
        length: isText ? field.length : 0,
        precision: field.precision,
        scale: field.scale,
        digits: 0,
        custom: field.name.endsWith('__c'),
        nillable: !field.required && field.type !== 'boolean',
        createable: field.createable && fieldAccess.editable,
        updateable: field.updateable && fieldAccess.editable,
        defaultedOnCreate:
            field.type === 'boolean' ||
            field.defaultPicklistValue !== undefined ||
            field.defaultValue !== undefined ||
            !field.createable,
        defaultValue: field.type === 'boolean' ? field.defaultValue === 'true' : null,
        defaultValueFormula:
            field.defaultValue !== undefined && field.type !== 'boolean'
                ? field.defaultValue
                : null,
        calculated: false,
        autoNumber: field.metadataType === 'AutoNumber',
        unique: false,
        idLookup: field.name === 'Id',
        nameField: field.name === 'Name',
        filterable: true,
        sortable: field.type !== 'textarea',
        groupable: field.type !== 'textarea',
        referenceTo: field.referenceTo ? [field.referenceTo] : [],
        relationshipName: field.referenceTo ? (field.relationshipName ?? null) : null,
        cascadeDelete: field.metadataType === 'MasterDetail',
        restrictedPicklist: field.restricted,
        picklistValues: field.picklistValues.map((value) => ({
            active: true,
            defaultValue: value === field.defaultPicklistValue,
            label: value,
            validFor: null,
            value
        })),
        inlineHelpText: field.inlineHelpText ?? null
    };
}

/**
 * The full describe of an object for one user: only the fields they may read, with create and
 * update flags that include their field permissions.
 * @param object the object
 * @param access the user's access
 * @param apiVersion such as `v65.0`
 * @returns the describe result
 */
export function describeObject(object: ObjectSchema, access: UserAccess, apiVersion: string) {
    return {
        ...describeBasic(object, access, apiVersion),
        fields: readableFields(access, object).map((field) => describeField(object, field, access)),
        childRelationships: object.childRelationships
            .filter((relationship) => access.object(relationship.childSObject).read)
            .map((relationship) => ({
                childSObject: relationship.childSObject,
                field: relationship.field,
                relationshipName: relationship.relationshipName,
                cascadeDelete: relationship.cascadeDelete,
                restrictedDelete: false
            })),
        recordTypeInfos: []
    };
}
