/** @jest-environment node */
import type { RequestContext } from '../../requestContext';
import { retrieveRecord } from '../recordReads';
import { updateRecord } from '../recordWrites';
import {
    errorCodes,
    openSeededOrg,
    refusal,
    type SeededOrg
} from '../../../../test-support/localOrgFixture';

let org: SeededOrg;
let seller: RequestContext;
let admin: RequestContext;

beforeAll(() => {
    org = openSeededOrg();
    seller = org.contextAs('seller');
    admin = org.contextAs('admin');
});
afterAll(() => org.close());

const ref = (name: string) => org.refs.get(name) as string;

describe('values an org refuses', () => {
    it.each([
        ['a day February lacks', '2026-02-30'],
        ['trailing text', '2026-01-01garbage'],
        ['a time on a date', '2026-01-01T10:00:00Z'],
        ['a year before 1700', '1699-12-31']
    ])('refuses a date with %s', (_case, value) => {
        expect(
            errorCodes(() =>
                updateRecord(seller, 'Seller_Next_Step__c', ref('legalStep'), {
                    Due_Date__c: value
                })
            )
        ).toEqual(['INVALID_TYPE_ON_FIELD_IN_RECORD']);
    });

    it.each([
        ['a day February lacks', '2026-02-30T00:00:00Z'],
        ['hour 24', '2026-01-31T24:00:00Z'],
        ['minute 60', '2026-01-31T10:60:00Z'],
        ['trailing text', '2026-01-31T10:00:00Zjunk']
    ])('refuses a date-time with %s', (_case, value) => {
        expect(
            errorCodes(() =>
                updateRecord(admin, 'Coaching_Question__c', ref('cfoDirective'), {
                    Answered_At__c: value
                })
            )
        ).toEqual(['INVALID_TYPE_ON_FIELD_IN_RECORD']);
    });

    it('keeps valid dates and date-times as given', () => {
        updateRecord(seller, 'Seller_Next_Step__c', ref('legalStep'), {
            Due_Date__c: '2028-02-29'
        });
        updateRecord(admin, 'Coaching_Question__c', ref('cfoDirective'), {
            Answered_At__c: '2026-01-31T10:00:00.000+0100'
        });
        expect(
            retrieveRecord(seller, 'Seller_Next_Step__c', ref('legalStep'), ['Due_Date__c'])
                .Due_Date__c
        ).toBe('2028-02-29');
        expect(
            retrieveRecord(admin, 'Coaching_Question__c', ref('cfoDirective'), ['Answered_At__c'])
                .Answered_At__c
        ).toBe('2026-01-31T09:00:00.000+0000');
    });

    it.each([
        ['Probability', -5],
        ['Probability', 101],
        ['Probability', 1e20],
        ['Amount', 1e20]
    ])('refuses %s %d as outside its range', (field, value) => {
        const error = refusal(() =>
            updateRecord(admin, 'Opportunity', ref('fleetDeal'), { [field]: value })
        );
        expect(error.status).toBe(400);
        expect(error.errors).toEqual([
            expect.objectContaining({ errorCode: 'NUMBER_OUTSIDE_VALID_RANGE', fields: [field] })
        ]);
    });

    it('accepts numbers in range', () => {
        updateRecord(admin, 'Opportunity', ref('fleetDeal'), { Probability: 35, Amount: 125000.5 });
        expect(
            retrieveRecord(admin, 'Opportunity', ref('fleetDeal'), ['Probability', 'Amount'])
        ).toMatchObject({ Probability: 35, Amount: 125000.5 });
    });
});

describe('the version a stale-edit check compares', () => {
    const at = new Date('2026-11-24T09:30:00.250Z');

    it('gives two saves in the same millisecond different LastModifiedDates', () => {
        const same = { ...seller, now: at };
        const id = ref('legalStep');
        updateRecord(same, 'Seller_Next_Step__c', id, { Customer_Value__c: 'first' });
        const first = String(
            retrieveRecord(seller, 'Seller_Next_Step__c', id, ['LastModifiedDate']).LastModifiedDate
        );
        updateRecord(same, 'Seller_Next_Step__c', id, { Customer_Value__c: 'second' });
        const second = String(
            retrieveRecord(seller, 'Seller_Next_Step__c', id, ['LastModifiedDate']).LastModifiedDate
        );
        expect(Date.parse(second.replace('+0000', 'Z'))).toBeGreaterThan(
            Date.parse(first.replace('+0000', 'Z'))
        );

        // A writer that read the first version is refused, though both saves share a second.
        const stale = refusal(() =>
            updateRecord(
                same,
                'Seller_Next_Step__c',
                id,
                { Customer_Value__c: 'lost?' },
                { at: new Date(first.replace('+0000', 'Z')), precise: true }
            )
        );
        expect(stale.status).toBe(412);
    });

    it('compares an HTTP date to the second, as the platform does', () => {
        const id = ref('roiStep');
        const read = retrieveRecord(seller, 'Seller_Next_Step__c', id, ['LastModifiedDate']);
        const lastModified = new Date(String(read.LastModifiedDate).replace('+0000', 'Z'));
        const wholeSecond = new Date(Math.floor(lastModified.getTime() / 1000) * 1000);
        expect(
            errorCodes(() =>
                updateRecord(
                    seller,
                    'Seller_Next_Step__c',
                    id,
                    { Customer_Value__c: 'fresh' },
                    { at: wholeSecond, precise: false }
                )
            )
        ).toEqual([]);
    });
});
