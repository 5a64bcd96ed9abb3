/** @jest-environment node */
import { createRecord, deleteRecord, updateRecord } from '../recordWrites';
import {
    errorCodes,
    openSeededOrg,
    refusal,
    type SeededOrg
} from '../../../../test-support/localOrgFixture';
import type { RequestContext } from '../../requestContext';
import { retrieveRecord } from '../recordReads';

let org: SeededOrg;
let seller: RequestContext;
let manager: RequestContext;
let admin: RequestContext;

beforeAll(() => {
    org = openSeededOrg();
    seller = org.contextAs('seller');
    manager = org.contextAs('manager');
    admin = org.contextAs('admin');
});
afterAll(() => org.close());

const ref = (name: string) => org.refs.get(name) as string;

describe('records', () => {
    describe('create', () => {
        it('applies defaults, the auto-number name and the audit fields', () => {
            const id = createRecord(seller, 'Seller_Next_Step__c', {
                Opportunity__c: ref('fleetDeal'),
                Action__c: 'Share the pilot plan'
            });
            const record = retrieveRecord(seller, 'Seller_Next_Step__c', id);
            expect(record).toMatchObject({
                Status__c: 'Planned',
                CreatedById: ref('seller'),
                LastModifiedById: ref('seller')
            });
            expect(record.Name).toMatch(/^NS-\d{5}$/);
            expect(String(record.CreatedDate)).toMatch(/\+0000$/);
        });

        it('defaults Review_Date__c to today from its TODAY() formula', () => {
            const id = createRecord(manager, 'Coaching_Review__c', {
                Opportunity__c: ref('pilotDeal'),
                Reviewer__c: ref('manager'),
                Seller__c: ref('seller'),
                Intent__c: 'Decide together whether the pilot is worth pursuing.'
            });
            const record = retrieveRecord(manager, 'Coaching_Review__c', id, [
                'Review_Date__c',
                'Status__c'
            ]);
            expect(record.Review_Date__c).toBe(manager.now.toISOString().slice(0, 10));
            expect(record.Status__c).toBe('Open');
        });

        it.each([
            ['a missing required field', { Opportunity__c: 'fleetDeal' }, 'REQUIRED_FIELD_MISSING'],
            ['a missing master-detail parent', { Action__c: 'x' }, 'REQUIRED_FIELD_MISSING'],
            [
                'text over its length',
                { Opportunity__c: 'fleetDeal', Action__c: 'x'.repeat(256) },
                'STRING_TOO_LONG'
            ],
            [
                'a value outside a restricted picklist',
                { Opportunity__c: 'fleetDeal', Action__c: 'x', Status__c: 'Someday' },
                'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'
            ],
            [
                'an unknown field',
                { Opportunity__c: 'fleetDeal', Action__c: 'x', Colour__c: 'red' },
                'INVALID_FIELD'
            ],
            [
                'a wrongly typed date',
                { Opportunity__c: 'fleetDeal', Action__c: 'x', Due_Date__c: 'soon' },
                'INVALID_TYPE_ON_FIELD_IN_RECORD'
            ],
            [
                'an object where text belongs',
                { Opportunity__c: 'fleetDeal', Action__c: { a: 1 } },
                'JSON_PARSER_ERROR'
            ],
            [
                'a read-only field',
                { Opportunity__c: 'fleetDeal', Action__c: 'x', Name: 'NS-1' },
                'INVALID_FIELD_FOR_INSERT_UPDATE'
            ],
            [
                'a parent that does not exist',
                { Opportunity__c: '0060L0000000zzz', Action__c: 'x' },
                'INVALID_CROSS_REFERENCE_KEY'
            ],
            [
                'a parent of the wrong type',
                { Opportunity__c: 'northwind', Action__c: 'x' },
                'FIELD_INTEGRITY_EXCEPTION'
            ]
        ])('refuses %s', (_name, body, code) => {
            const resolved = Object.fromEntries(
                Object.entries(body).map(([key, value]) => [
                    key,
                    typeof value === 'string' && org.refs.has(value) ? ref(value) : value
                ])
            );
            expect(errorCodes(() => createRecord(seller, 'Seller_Next_Step__c', resolved))).toEqual(
                [code]
            );
        });

        it('refuses a field the user may not edit', () => {
            expect(
                errorCodes(() =>
                    updateRecord(seller, 'Coaching_Review__c', ref('fleetReview'), {
                        Intent__c: 'Mine.'
                    })
                )
            ).toEqual(['INVALID_FIELD_FOR_INSERT_UPDATE']);
        });

        it('refuses an object the user may not create, and runs validation rules', () => {
            expect(
                errorCodes(() =>
                    createRecord(org.contextAs('director'), 'Coaching_Review__c', {
                        Opportunity__c: ref('fleetDeal')
                    })
                )
            ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
            expect(
                errorCodes(() =>
                    createRecord(manager, 'Seller_Next_Step__c', {
                        Opportunity__c: ref('fleetDeal'),
                        Action__c: 'x'
                    })
                )
            ).toEqual(['FIELD_CUSTOM_VALIDATION_EXCEPTION']);
            expect(
                errorCodes(() =>
                    createRecord(manager, 'Coaching_Review__c', {
                        Opportunity__c: ref('fleetDeal'),
                        Reviewer__c: ref('manager'),
                        Seller__c: ref('manager')
                    })
                )
            ).toEqual([
                // Intent_Is_Required, Seller_Is_Opportunity_Owner, Reviewer_Is_Not_Seller
                'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                'FIELD_CUSTOM_VALIDATION_EXCEPTION'
            ]);
        });

        it('derives the opportunity flags from the stage', () => {
            const id = createRecord(admin, 'Opportunity', {
                Name: 'New deal',
                StageName: 'Closed Won',
                CloseDate: '2030-01-31',
                OwnerId: ref('seller')
            });
            expect(retrieveRecord(seller, 'Opportunity', id)).toMatchObject({
                IsClosed: true,
                IsWon: true,
                Probability: 100,
                ForecastCategoryName: 'Closed',
                OwnerId: ref('seller')
            });
        });

        it('moves the forecast category with the stage, unless the change sets one', () => {
            const id = createRecord(admin, 'Opportunity', {
                Name: 'Forecast deal',
                StageName: 'Qualification',
                CloseDate: '2030-01-31',
                OwnerId: ref('seller')
            });
            expect(retrieveRecord(admin, 'Opportunity', id)).toMatchObject({
                ForecastCategoryName: 'Pipeline'
            });
            updateRecord(admin, 'Opportunity', id, { ForecastCategoryName: 'Commit' });
            expect(retrieveRecord(admin, 'Opportunity', id)).toMatchObject({
                ForecastCategoryName: 'Commit'
            });
            updateRecord(admin, 'Opportunity', id, { StageName: 'Closed Lost' });
            expect(retrieveRecord(admin, 'Opportunity', id)).toMatchObject({
                ForecastCategoryName: 'Omitted'
            });
        });
    });

    describe('update', () => {
        it("refuses a manager editing the seller's next step with the rule message", () => {
            const error = refusal(() =>
                updateRecord(manager, 'Seller_Next_Step__c', ref('roiStep'), {
                    Status__c: 'Dropped'
                })
            );
            expect(error.errors).toEqual([
                {
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: expect.stringContaining('Only the seller who wrote this next step'),
                    fields: ['Action__c']
                }
            ]);
        });

        it('lets the seller and an admin answer', () => {
            updateRecord(seller, 'Coaching_Question__c', ref('cfoDirective'), {
                Answer__c: 'Booked for Thursday.',
                Status__c: 'Answered'
            });
            expect(
                errorCodes(() =>
                    updateRecord(admin, 'Coaching_Question__c', ref('cfoDirective'), {
                        Answer__c: 'Admin may.'
                    })
                )
            ).toEqual([]);
        });

        it('refuses a stale write with 412', () => {
            const before = new Date(Date.now() - 60_000);
            const error = refusal(() =>
                updateRecord(
                    seller,
                    'Seller_Next_Step__c',
                    ref('legalStep'),
                    { Status__c: 'Done' },
                    { at: before, precise: false }
                )
            );
            expect(error.status).toBe(412);
        });

        it('refuses editing an opportunity the user does not own', () => {
            expect(
                errorCodes(() =>
                    updateRecord(manager, 'Opportunity', ref('fleetDeal'), { Amount: 1 })
                )
            ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
        });

        it('hides records the user cannot see as NOT_FOUND', () => {
            const seller2 = org.contextAs('seller2');
            expect(
                errorCodes(() => retrieveRecord(seller2, 'Opportunity', ref('fleetDeal')))
            ).toEqual(['NOT_FOUND']);
            expect(
                errorCodes(() => updateRecord(seller2, 'Opportunity', ref('fleetDeal'), {}))
            ).toEqual(['NOT_FOUND']);
        });
    });

    describe('delete', () => {
        it('is for admins only, cascades to children and leaves ENTITY_IS_DELETED behind', () => {
            expect(
                errorCodes(() => deleteRecord(seller, 'Seller_Next_Step__c', ref('legalStep')))
            ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
            deleteRecord(admin, 'Coaching_Review__c', ref('renewalReview'));
            expect(
                errorCodes(() =>
                    retrieveRecord(admin, 'Coaching_Question__c', ref('renewalRiskQuestion'))
                )
            ).toEqual(['ENTITY_IS_DELETED']);
            expect(
                errorCodes(() => deleteRecord(admin, 'Coaching_Review__c', ref('renewalReview')))
            ).toEqual(['ENTITY_IS_DELETED']);
        });
    });
});
