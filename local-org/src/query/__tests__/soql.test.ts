/** @jest-environment node */
import { userAccess } from '../../data/userAccess';
import { createRecord } from '../../data/recordWrites';
import {
    errorCodes,
    openSeededOrg,
    type SeededOrg
} from '../../../../test-support/localOrgFixture';
import { queryMore, runQuery } from '../queryLocators';

let org: SeededOrg;

beforeAll(() => {
    org = openSeededOrg();
});
afterAll(() => org.close());

const query = (as: string, soql: string) => runQuery(org.contextAs(as), soql);
const names = (result: { records: Record<string, unknown>[] }) =>
    result.records.map((record) => record.Name);

describe('soql', () => {
    it('selects fields and parent fields, ordered', () => {
        const result = query(
            'seller',
            'SELECT Name, Owner.Name, Account.Name, Amount, IsClosed FROM Opportunity ORDER BY Amount DESC LIMIT 2'
        );
        expect(result.totalSize).toBe(2);
        expect(result.records[0]).toMatchObject({
            attributes: { type: 'Opportunity' },
            Name: 'Northwind Health - Patient Portal Renewal',
            Owner: { attributes: { type: 'User' }, Name: 'Sam Rivera' },
            Account: { Name: 'Northwind Health' },
            Amount: 180000,
            IsClosed: false
        });
    });

    it('filters with AND/OR/NOT, IN, LIKE, comparisons, null and dates', () => {
        expect(
            names(
                query(
                    'seller',
                    "SELECT Name FROM Opportunity WHERE (StageName IN ('Prospecting', 'Closed Won') OR Amount > 150000) AND NOT Name LIKE '%migration%' ORDER BY Name"
                )
            )
        ).toEqual([
            'Northwind Health - Patient Portal Renewal',
            'Summit Foods - Warehouse Analytics Pilot'
        ]);
        expect(
            query('seller', 'SELECT Id FROM Opportunity WHERE CloseDate < TODAY').totalSize
        ).toBe(1);
        expect(
            query('seller', 'SELECT Id FROM Opportunity WHERE CloseDate = NEXT_N_DAYS:30').totalSize
        ).toBe(1);
        expect(
            query('seller', 'SELECT Id FROM Opportunity WHERE CreatedDate = LAST_N_DAYS:1')
                .totalSize
        ).toBe(4);
        expect(
            query('seller', 'SELECT Id FROM Opportunity WHERE CloseDate > 2000-01-01').totalSize
        ).toBe(4);
        expect(query('seller', 'SELECT Id FROM Opportunity WHERE NextStep = null').totalSize).toBe(
            3
        );
        expect(query('seller', "SELECT Id FROM Opportunity WHERE NextStep != 'x'").totalSize).toBe(
            4
        );
        expect(
            query('manager', "SELECT Id FROM Coaching_Question__c WHERE Kind__c = 'suggestion'")
                .totalSize
        ).toBe(1);
    });

    it('counts, groups and aggregates', () => {
        expect(query('seller', 'SELECT COUNT() FROM Coaching_Question__c')).toEqual({
            totalSize: 10,
            done: true,
            records: []
        });
        const grouped = query(
            'manager',
            'SELECT Kind__c, COUNT(Id) total, MAX(CreatedDate) FROM Coaching_Question__c GROUP BY Kind__c ORDER BY Kind__c'
        );
        expect(grouped.records[0]).toMatchObject({
            attributes: { type: 'AggregateResult' },
            Kind__c: 'Closed question',
            total: 2,
            expr0: expect.stringMatching(/\+0000$/)
        });
        expect(
            errorCodes(() =>
                query('seller', 'SELECT Name, COUNT(Id) FROM Opportunity GROUP BY StageName')
            )
        ).toEqual(['MALFORMED_QUERY']);
    });

    it('returns child subqueries, null when empty', () => {
        const result = query(
            'manager',
            "SELECT Name, (SELECT Question__c, Kind__c FROM Coaching_Questions__r ORDER BY CreatedDate LIMIT 2) FROM Coaching_Review__c WHERE Opportunity__r.Name LIKE 'Blue Harbor%'"
        );
        const review = result.records[0] as {
            Coaching_Questions__r: { totalSize: number; records: unknown[] };
        };
        expect(review.Coaching_Questions__r.totalSize).toBe(2);
        const pilot = query(
            'seller',
            "SELECT Name, (SELECT Id FROM Coaching_Reviews__r) FROM Opportunity WHERE Name LIKE 'Summit%'"
        );
        expect(pilot.records[0].Coaching_Reviews__r).toBeNull();
    });

    it('applies visibility: the second seller sees only their own deal and its children', () => {
        expect(names(query('seller2', 'SELECT Name FROM Opportunity'))).toEqual([
            'Cedar Grove Schools - Learning Platform'
        ]);
        expect(query('seller2', 'SELECT Id FROM Coaching_Review__c').totalSize).toBe(0);
        expect(query('manager', 'SELECT Id FROM Opportunity').totalSize).toBe(4);
        expect(query('admin', 'SELECT Id FROM Opportunity').totalSize).toBe(5);
    });

    it('pages through nextRecordsUrl', () => {
        const seller = org.contextAs('seller');
        for (let index = 0; index < 205; index++) {
            createRecord(seller, 'Seller_Next_Step__c', {
                Opportunity__c: org.refs.get('pilotDeal'),
                Action__c: `Step ${index}`
            });
        }
        const first = runQuery(seller, 'SELECT Id FROM Seller_Next_Step__c ORDER BY Name', {
            batchSize: 200
        });
        expect(first).toMatchObject({ totalSize: 208, done: false });
        expect(first.records).toHaveLength(200);
        const next = queryMore(seller, String(first.nextRecordsUrl).split('/').at(-1) as string);
        expect(next).toMatchObject({ done: true });
        expect(next.records).toHaveLength(8);
        expect(
            errorCodes(() =>
                queryMore(
                    org.contextAs('seller2'),
                    String(first.nextRecordsUrl).split('/').at(-1) as string
                )
            )
        ).toEqual(['INVALID_QUERY_LOCATOR']);
    });

    it.each([
        ['a syntax error', 'SELEC Id FROM Opportunity', 'MALFORMED_QUERY'],
        ['an unknown object', 'SELECT Id FROM Nothing__c', 'INVALID_TYPE'],
        ['an unknown field', 'SELECT Colour__c FROM Opportunity', 'INVALID_FIELD'],
        ['an unknown relationship', 'SELECT Nothing__r.Name FROM Opportunity', 'INVALID_FIELD'],
        [
            'an unknown child relationship',
            'SELECT (SELECT Id FROM Nothing__r) FROM Opportunity',
            'INVALID_TYPE'
        ],
        [
            'a semi-join',
            'SELECT Id FROM Opportunity WHERE Id IN (SELECT Opportunity__c FROM Coaching_Review__c)',
            'MALFORMED_QUERY'
        ],
        ['a function select', 'SELECT toLabel(StageName) FROM Opportunity', 'MALFORMED_QUERY'],
        [
            'HAVING',
            'SELECT StageName, COUNT(Id) FROM Opportunity GROUP BY StageName HAVING COUNT(Id) > 1',
            'MALFORMED_QUERY'
        ],
        [
            'an unsupported date literal',
            'SELECT Id FROM Opportunity WHERE CloseDate = THIS_FISCAL_QUARTER',
            'MALFORMED_QUERY'
        ],
        ['a mistyped value', "SELECT Id FROM Opportunity WHERE Amount = 'lots'", 'MALFORMED_QUERY']
    ])('refuses %s', (_name, soql, code) => {
        expect(errorCodes(() => query('seller', soql))).toEqual([code]);
    });

    it('refuses objects the user may not read', () => {
        const seller = org.contextAs('seller');
        const unassigned = userAccess(
            org.store.schema,
            org.permissionSets,
            seller.access.userId,
            [],
            false
        );
        expect(
            errorCodes(() =>
                runQuery({ ...seller, access: unassigned }, 'SELECT Id FROM Coaching_Review__c')
            )
        ).toEqual(['INVALID_TYPE']);
    });
});
