/** @jest-environment node */
import { createRecord, updateRecord } from '../recordWrites';
import { openSeededOrg, refusal, type SeededOrg } from '../../../../test-support/localOrgFixture';
import type { RequestContext } from '../../requestContext';
import { retrieveRecord } from '../recordReads';

// The product rules that ship to orgs (validation rules, a before-save flow, field permissions),
// judged end to end through the local org's record API as the demo users.
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

function refusedFields(work: () => unknown): { errorCode: unknown; fields: unknown }[] {
    return refusal(work).errors.map((error) => ({
        errorCode: error.errorCode,
        fields: error.fields
    }));
}

describe('reviewer take-over', () => {
    it("refuses a manager taking over another reviewer's review and closing it", () => {
        const review = createRecord(admin, 'Coaching_Review__c', {
            Opportunity__c: ref('pilotDeal'),
            Reviewer__c: ref('admin'),
            Seller__c: ref('seller'),
            Intent__c: 'Decide together whether the pilot is worth pursuing.'
        });
        const takeOver = () =>
            updateRecord(manager, 'Coaching_Review__c', review, {
                Reviewer__c: ref('manager'),
                Intent__c: 'My intent now.',
                Status__c: 'Closed'
            });
        expect(refusedFields(takeOver)).toEqual([
            { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['Reviewer__c'] }
        ]);
        expect(
            retrieveRecord(admin, 'Coaching_Review__c', review, ['Reviewer__c', 'Status__c'])
        ).toMatchObject({ Reviewer__c: ref('admin'), Status__c: 'Open' });
    });

    it('lets an admin hand a review over', () => {
        updateRecord(admin, 'Coaching_Review__c', ref('renewalReview'), {
            Reviewer__c: ref('admin')
        });
        expect(
            retrieveRecord(admin, 'Coaching_Review__c', ref('renewalReview'), ['Reviewer__c'])
                .Reviewer__c
        ).toBe(ref('admin'));
    });
});

describe('answer time', () => {
    it("stamps Answered_At__c with the server's moment when the owner answers", () => {
        const answering = { ...seller, now: new Date('2026-11-24T09:30:00.000Z') };
        updateRecord(answering, 'Coaching_Question__c', ref('cfoDirective'), {
            Answer__c: 'Booked for Thursday.',
            Status__c: 'Answered'
        });
        expect(
            retrieveRecord(seller, 'Coaching_Question__c', ref('cfoDirective'), ['Answered_At__c'])
                .Answered_At__c
        ).toBe('2026-11-24T09:30:00.000+0000');
    });

    it('keeps the first answer time when the answer is edited later', () => {
        const first = { ...seller, now: new Date('2026-11-24T09:30:00.000Z') };
        const later = { ...seller, now: new Date('2026-11-25T16:00:00.000Z') };
        const id = ref('pricingStatement');
        updateRecord(first, 'Coaching_Question__c', id, {
            Answer__c: 'Soon.',
            Status__c: 'Answered'
        });
        updateRecord(later, 'Coaching_Question__c', id, { Answer__c: 'Booked for Thursday.' });
        expect(
            retrieveRecord(seller, 'Coaching_Question__c', id, ['Answered_At__c']).Answered_At__c
        ).toBe('2026-11-24T09:30:00.000+0000');
    });

    it.each([
        ['the seller answering with their own clock', 'seller', 'cfoDirective'],
        ["the manager rewriting the seller's answer time", 'manager', 'budgetQuestion']
    ])('refuses %s', (_case, user, question) => {
        const context = user === 'seller' ? seller : manager;
        expect(
            refusedFields(() =>
                updateRecord(context, 'Coaching_Question__c', ref(question), {
                    Answered_At__c: '2020-01-01T00:00:00.000Z'
                })
            )
        ).toEqual([{ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['Answered_At__c'] }]);
    });

    it('refuses a question created already answered', () => {
        expect(
            refusedFields(() =>
                createRecord(manager, 'Coaching_Question__c', {
                    Coaching_Review__c: ref('fleetReview'),
                    Question__c: 'Did the CFO sign?',
                    Status__c: 'Answered'
                })
            )
        ).toEqual([{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['Status__c'] }]);
    });

    it('lets an admin load a historic answer time', () => {
        updateRecord(admin, 'Coaching_Question__c', ref('successQuestion'), {
            Answered_At__c: '2026-01-05T08:00:00.000Z'
        });
        expect(
            retrieveRecord(admin, 'Coaching_Question__c', ref('successQuestion'), [
                'Answered_At__c'
            ]).Answered_At__c
        ).toBe('2026-01-05T08:00:00.000+0000');
    });
});

describe('links stay on one opportunity', () => {
    it("refuses a step linked to another deal's review", () => {
        expect(
            refusedFields(() =>
                createRecord(seller, 'Seller_Next_Step__c', {
                    Opportunity__c: ref('fleetDeal'),
                    Coaching_Review__c: ref('renewalReview'),
                    Action__c: 'Send the renewal quote'
                })
            )
        ).toEqual([
            { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', fields: ['Coaching_Review__c'] }
        ]);
    });

    it("refuses a step adopting another deal's idea", () => {
        expect(
            refusedFields(() =>
                createRecord(seller, 'Seller_Next_Step__c', {
                    Opportunity__c: ref('renewalDeal'),
                    Coaching_Review__c: ref('renewalReview'),
                    Adopted_From_Question__c: ref('pilotIdea'),
                    Action__c: 'Offer a pilot'
                })
            )
        ).toEqual([
            {
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                fields: ['Adopted_From_Question__c']
            }
        ]);
    });

    it("refuses moving a step's review link to another deal", () => {
        expect(
            refusedFields(() =>
                updateRecord(seller, 'Seller_Next_Step__c', ref('pilotStep'), {
                    Coaching_Review__c: ref('renewalReview')
                })
            )
        ).toContainEqual({
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            fields: ['Coaching_Review__c']
        });
    });

    it("refuses moving a question to another deal's review", () => {
        expect(
            refusedFields(() =>
                updateRecord(manager, 'Coaching_Question__c', ref('cfoDirective'), {
                    Coaching_Review__c: ref('renewalReview')
                })
            )
        ).toEqual([
            { errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: ['Coaching_Review__c'] }
        ]);
    });

    it('accepts an idea adopted in its own review', () => {
        const id = createRecord(seller, 'Seller_Next_Step__c', {
            Opportunity__c: ref('fleetDeal'),
            Coaching_Review__c: ref('fleetReview'),
            Adopted_From_Question__c: ref('pilotIdea'),
            Action__c: 'Plan the pilot kickoff'
        });
        expect(id).toMatch(/^[a-zA-Z0-9]{18}$/);
    });
});
