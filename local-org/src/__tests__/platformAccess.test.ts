/** @jest-environment node */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runGraphQL } from '../api/graphqlRun';
import { userAccess } from '../data/userAccess';
import { createRecord, updateRecord } from '../data/recordWrites';
import { openOrg } from '../server';
import {
    errorCodes,
    openSeededOrg,
    PROJECT_ROOT,
    tempDataDir,
    type SeededOrg
} from '../../../test-support/localOrgFixture';
import type { RequestContext } from '../requestContext';
import { retrieveRecord } from '../data/recordReads';

const METADATA_FIXTURES = join(
    PROJECT_ROOT,
    'force-app',
    'test',
    'metadata',
    '__tests__',
    'fixtures'
);

let org: SeededOrg;
const ref = (name: string) => org.refs.get(name) as string;

beforeAll(() => {
    org = openSeededOrg();
});
afterAll(() => org.close());

const REVIEWS_OF_DEAL = `query reviews($id: ID) {
    uiapi { query { Coaching_Review__c(where: { Opportunity__c: { eq: $id } }) {
        edges { node { Intent__c { value } } }
    } } }
}`;

function reviewIntents(context: RequestContext, dealRef: string): unknown {
    return runGraphQL(context, { query: REVIEWS_OF_DEAL, variables: { id: ref(dealRef) } }).body;
}

describe('the local org refuses what an org refuses', () => {
    describe('permission sets that break a dependency', () => {
        let root: string;

        beforeEach(() => {
            root = tempDataDir();
            const sourceDir = join(root, 'force-app', 'main', 'default');
            mkdirSync(sourceDir, { recursive: true });
            cpSync(join(PROJECT_ROOT, 'force-app', 'main', 'default'), sourceDir, {
                recursive: true
            });
            cpSync(
                join(METADATA_FIXTURES, 'Coaching_Without_Opportunity.permissionset-meta.xml'),
                join(
                    sourceDir,
                    'permissionsets',
                    'Coaching_Without_Opportunity.permissionset-meta.xml'
                )
            );
        });

        afterEach(() => rmSync(root, { recursive: true, force: true }));

        it('refuses to start with a set that reads a child without reading its master, naming the file', () => {
            expect(() => openOrg(root, join(root, 'data'))).toThrow(
                'force-app/main/default/permissionsets/Coaching_Without_Opportunity.permissionset-meta.xml: Read Coaching_Review__c depends on Read Opportunity, which the set does not grant'
            );
        });
    });

    describe('object access comes only from permission sets', () => {
        function sellerWithout(): RequestContext {
            const seller = org.contextAs('seller');
            return {
                ...seller,
                access: userAccess(org.store.schema, org.permissionSets, ref('seller'), [], false)
            };
        }

        it('refuses a seller without Coaching_Seller their next steps, though they own the deal', () => {
            const seller = sellerWithout();
            expect(
                errorCodes(() =>
                    createRecord(seller, 'Seller_Next_Step__c', {
                        Opportunity__c: ref('fleetDeal'),
                        Action__c: 'Send the pilot plan'
                    })
                )
            ).toEqual(['NOT_FOUND']);
            expect(
                errorCodes(() => retrieveRecord(seller, 'Coaching_Review__c', ref('fleetReview')))
            ).toEqual(['NOT_FOUND']);
        });

        it("leaves the coaching objects out of that seller's GraphQL schema, as the UI API does", () => {
            const body = reviewIntents(sellerWithout(), 'fleetDeal') as {
                errors: { message: string }[];
            };
            expect(body.errors.map((error) => error.message)).toEqual([
                expect.stringContaining(
                    'Cannot query field "Coaching_Review__c" on type "RecordQuery"'
                )
            ]);
        });

        it('gives the demo profile read on opportunities and accounts, and no more', () => {
            const seller = sellerWithout();
            expect(
                errorCodes(() =>
                    createRecord(seller, 'Opportunity', {
                        Name: 'A deal of my own',
                        StageName: 'Prospecting',
                        CloseDate: '2030-01-31'
                    })
                )
            ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
            expect(retrieveRecord(seller, 'Opportunity', ref('fleetDeal')).Id).toBe(
                ref('fleetDeal')
            );
        });
    });

    describe('a viewer with Coaching_Viewer', () => {
        it("reads a deal's coaching history", () => {
            const director = org.contextAs('director');
            const body = reviewIntents(director, 'fleetDeal') as {
                data: { uiapi: { query: { Coaching_Review__c: { edges: unknown[] } } } };
                errors?: unknown;
            };
            expect(body.errors).toBeUndefined();
            expect(body.data.uiapi.query.Coaching_Review__c.edges.length).toBeGreaterThan(0);
        });

        it('changes nothing', () => {
            const director = org.contextAs('director');
            expect(
                errorCodes(() =>
                    createRecord(director, 'Coaching_Review__c', {
                        Opportunity__c: ref('fleetDeal'),
                        Reviewer__c: ref('director'),
                        Seller__c: ref('seller'),
                        Intent__c: 'See how the team coaches.'
                    })
                )
            ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
            expect(
                errorCodes(() =>
                    updateRecord(director, 'Coaching_Review__c', ref('fleetReview'), {
                        Shared_Learning__c: 'Noted.'
                    })
                )
            ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
        });
    });

    describe('master-detail write access', () => {
        const START = () => ({
            Opportunity__c: ref('fleetDeal'),
            Reviewer__c: ref('manager'),
            Seller__c: ref('seller'),
            Intent__c: 'Agree on the pilot scope together.'
        });

        it("lets a manager who only reads the seller's deal start a review on it", () => {
            const manager = org.contextAs('manager');
            expect(
                errorCodes(() =>
                    updateRecord(manager, 'Opportunity', ref('fleetDeal'), { NextStep: 'Mine now' })
                )
            ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
            const id = createRecord(manager, 'Coaching_Review__c', START());
            expect(retrieveRecord(manager, 'Coaching_Review__c', id).Opportunity__c).toBe(
                ref('fleetDeal')
            );
        });

        it('needs edit access to the deal when the relationship does not set writeRequiresMasterRead', () => {
            const field = org.store.schema.objects
                .get('Coaching_Review__c')
                ?.fields.get('Opportunity__c');
            if (!field) {
                throw new Error('Coaching_Review__c.Opportunity__c is missing');
            }
            field.writeRequiresMasterRead = false;
            try {
                expect(
                    errorCodes(() =>
                        createRecord(org.contextAs('manager'), 'Coaching_Review__c', START())
                    )
                ).toEqual(['INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY']);
            } finally {
                field.writeRequiresMasterRead = true;
            }
        });
    });
});
