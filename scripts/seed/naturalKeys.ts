/**
 * How a demo record is recognised in an org that already has it, so seeding twice changes rather
 * than duplicates: the fields that together identify it, and the one the query filters on (long
 * text cannot be filtered in SOQL, so it is compared after reading).
 */
export interface NaturalKey {
    fields: string[];
    filter: string;
}

export const NATURAL_KEYS: Readonly<Record<string, NaturalKey>> = Object.freeze({
    Account: { fields: ['Name'], filter: 'Name' },
    Opportunity: { fields: ['AccountId', 'Name'], filter: 'Name' },
    Coaching_Review__c: { fields: ['Opportunity__c', 'Intent__c'], filter: 'Opportunity__c' },
    Coaching_Question__c: {
        fields: ['Coaching_Review__c', 'Question__c'],
        filter: 'Coaching_Review__c'
    },
    Seller_Next_Step__c: { fields: ['Opportunity__c', 'Action__c'], filter: 'Opportunity__c' },
    Coaching_Reply__c: {
        fields: ['Coaching_Question__c', 'Reply__c'],
        filter: 'Coaching_Question__c'
    }
});

/**
 * The natural key of an object.
 * @param type the object API name
 * @returns its key
 */
export function naturalKeyOf(type: string): NaturalKey {
    const key = NATURAL_KEYS[type];
    if (!key) {
        throw new Error(
            `The demo data has ${type} records, and the seed script does not know how to recognise one: add its natural key to scripts/seed/naturalKeys.ts.`
        );
    }
    return key;
}

/**
 * The text that identifies a record by its natural key.
 * @param key the object's natural key
 * @param value reads a field of the record as text (null when empty)
 * @returns the key text
 */
export function keyText(key: NaturalKey, value: (field: string) => string | null): string {
    return key.fields.map((field) => value(field) ?? '').join('\u0000');
}
