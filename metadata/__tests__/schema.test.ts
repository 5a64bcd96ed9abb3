/** @jest-environment node */
import { join } from 'node:path';
import { customKeyPrefix, idSuffix, loadSchema, makeId, normalizeId, objectOfId } from '../schema';
import { PROJECT_ROOT } from '../../test-support/localOrgFixture';

const schema = loadSchema(join(PROJECT_ROOT, 'force-app', 'main', 'default'));

describe('schema', () => {
    it('computes the case-safe suffix Salesforce documents', () => {
        expect(idSuffix('001D000000IqhSL')).toBe('IAZ');
        expect(normalizeId('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
        expect(normalizeId('001D000000IqhSLiaz')).toBe('001D000000IqhSLIAZ');
        expect(normalizeId('001D000000IqhSLXXX')).toBeUndefined();
        expect(normalizeId('not an id')).toBeUndefined();
    });

    it('makes 18-character ids with the object key prefix', () => {
        const id = makeId('006', 63);
        expect(id).toHaveLength(18);
        expect(id.startsWith('006')).toBe(true);
        expect(normalizeId(id.slice(0, 15))).toBe(id);
        expect(objectOfId(schema, id)?.name).toBe('Opportunity');
    });

    it('gives standard and custom objects stable, distinct key prefixes', () => {
        const prefixes = [...schema.objects.values()].map((object) => object.keyPrefix);
        expect(new Set(prefixes).size).toBe(prefixes.length);
        expect(schema.objects.get('User')?.keyPrefix).toBe('005');
        expect(schema.objects.get('Account')?.keyPrefix).toBe('001');
        expect(schema.objects.get('Opportunity')?.keyPrefix).toBe('006');
        const review = schema.objects.get('Coaching_Review__c');
        expect(review?.keyPrefix).toMatch(/^a0[0-9A-Za-z]$/);
        expect(customKeyPrefix('Coaching_Review__c', new Set())).toBe(review?.keyPrefix);
    });

    it('reads custom fields from the metadata with their types and rules', () => {
        const step = schema.objects.get('Seller_Next_Step__c');
        const action = step?.fields.get('Action__c');
        expect(action).toMatchObject({ type: 'string', length: 255, required: true });
        expect(step?.fields.get('Status__c')).toMatchObject({
            type: 'picklist',
            restricted: true,
            defaultPicklistValue: 'Planned',
            picklistValues: ['Planned', 'Done', 'Dropped']
        });
        expect(step?.fields.get('Opportunity__c')).toMatchObject({
            type: 'reference',
            referenceTo: 'Opportunity',
            relationshipName: 'Opportunity__r',
            required: true,
            updateable: false
        });
        expect(step?.fields.get('Name')).toMatchObject({
            metadataType: 'AutoNumber',
            createable: false
        });
        expect(
            schema.objects.get('Coaching_Review__c')?.fields.get('Review_Date__c')?.defaultValue
        ).toBe('TODAY()');
        expect(step?.validationRules.map((rule) => rule.name).sort()).toEqual([
            'Adopted_Idea_Is_From_Its_Review',
            'Next_Step_Review_Is_On_Its_Deal',
            'Only_Creator_Edits_Next_Step',
            'Only_Owner_Creates_Next_Steps'
        ]);
    });

    it('builds the standard objects and the child relationships', () => {
        const opportunity = schema.objects.get('Opportunity');
        expect(opportunity?.fields.get('StageName')?.picklistValues).toContain('Closed Won');
        expect(opportunity?.fields.get('OwnerId')?.relationshipName).toBe('Owner');
        expect(
            opportunity?.childRelationships.map((entry) => entry.relationshipName).sort()
        ).toEqual(['Coaching_Reviews__r', 'Seller_Next_Steps__r']);
        expect(
            schema.objects
                .get('Coaching_Review__c')
                ?.childRelationships.find((entry) => entry.childSObject === 'Coaching_Question__c')
        ).toMatchObject({ relationshipName: 'Coaching_Questions__r', cascadeDelete: true });
    });
});
