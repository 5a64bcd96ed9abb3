/** @jest-environment node */
import { runGraphQL } from '../../api/graphqlRun';
import { encodeCursor } from '../../api/graphqlToSoql';
import { createRecord, deleteRecord } from '../../data/recordWrites';
import {
    errorCodes,
    openSeededOrg,
    type SeededOrg
} from '../../../../test-support/localOrgFixture';
import { queryMore, runQuery, type QueryResult } from '../queryLocators';

let org: SeededOrg;
const STEPS = 450;

beforeAll(() => {
    org = openSeededOrg();
    const seller = org.contextAs('seller');
    // Ties, nulls and text that differs only in case, so every kind of key decides some order.
    for (let index = 0; index < STEPS; index++) {
        createRecord(seller, 'Seller_Next_Step__c', {
            Opportunity__c: org.refs.get(index % 3 === 0 ? 'fleetDeal' : 'pilotDeal'),
            Action__c: `${['alpha', 'Alpha', 'beta', 'Gamma', 'gamma'][index % 5]} ${index % 7}`,
            Due_Date__c: index % 4 === 0 ? null : `2025-04-0${1 + (index % 6)}`
        });
    }
});
afterAll(() => org.close());

const ids = (result: QueryResult) => result.records.map((record) => String(record.Id));
const locatorOf = (result: QueryResult) =>
    String(result.nextRecordsUrl).split('/').at(-1) as string;

/** Every page of a query, following nextRecordsUrl as a client does. */
function walk(as: string, soql: string, batchSize: number): QueryResult[] {
    const pages = [runQuery(org.contextAs(as), soql, { batchSize })];
    while (pages[pages.length - 1].nextRecordsUrl) {
        pages.push(queryMore(org.contextAs(as), locatorOf(pages[pages.length - 1])));
    }
    return pages;
}

describe('query paging', () => {
    it.each([
        ['no ORDER BY', ''],
        ['a date, nulls first, then text', ' ORDER BY Due_Date__c DESC NULLS FIRST, Action__c'],
        [
            'a date, nulls last, then text descending',
            ' ORDER BY Due_Date__c NULLS LAST, Action__c DESC'
        ],
        ['text that ties without regard to case', ' ORDER BY Action__c'],
        ['a parent field', ' ORDER BY Opportunity__r.Name DESC, Due_Date__c'],
        ['Id', ' ORDER BY Id DESC']
    ])('reads every record once, in the order of one page, by %s', (_name, order) => {
        const soql = `SELECT Id, Action__c FROM Seller_Next_Step__c${order}`;
        const whole = runQuery(org.contextAs('seller'), soql);
        expect(whole.done).toBe(true);
        expect(whole.totalSize).toBeGreaterThan(STEPS);
        const pages = walk('seller', soql, 200);
        expect(pages.map((page) => page.records.length)).toEqual(
            pages.map((_page, index) => Math.min(200, whole.totalSize - index * 200))
        );
        expect(pages.every((page) => page.totalSize === whole.totalSize)).toBe(true);
        expect(pages.flatMap(ids)).toEqual(ids(whole));
    });

    it("keeps to the query's own LIMIT and OFFSET across pages", () => {
        const soql = 'SELECT Id FROM Seller_Next_Step__c ORDER BY Action__c LIMIT 300 OFFSET 7';
        const whole = runQuery(org.contextAs('seller'), soql);
        expect(whole.totalSize).toBe(300);
        const pages = walk('seller', soql, 200);
        expect(pages.map((page) => [page.records.length, page.totalSize])).toEqual([
            [200, 300],
            [100, 300]
        ]);
        expect(pages.flatMap(ids)).toEqual(ids(whole));
    });

    it('serves a page asked for again by its position', () => {
        const soql = 'SELECT Id FROM Seller_Next_Step__c ORDER BY Due_Date__c, Action__c';
        const first = runQuery(org.contextAs('seller'), soql, { batchSize: 200 });
        const second = queryMore(org.contextAs('seller'), locatorOf(first));
        const again = queryMore(org.contextAs('seller'), locatorOf(first));
        expect(ids(again)).toEqual(ids(second));
        expect(queryMore(org.contextAs('seller'), locatorOf(second)).done).toBe(true);
    });

    it('reads the records as they are when each page is read', () => {
        const soql = 'SELECT Id FROM Seller_Next_Step__c ORDER BY Action__c';
        const whole = ids(runQuery(org.contextAs('seller'), soql));
        const first = runQuery(org.contextAs('seller'), soql, { batchSize: 200 });
        const gone = whole[250];
        org.store.transaction(() =>
            deleteRecord(org.contextAs('admin'), 'Seller_Next_Step__c', gone)
        );
        const second = queryMore(org.contextAs('seller'), locatorOf(first));
        expect(ids(second)).toEqual(whole.slice(200, 401).filter((id) => id !== gone));
    });

    it('shows a user only what they may see on every page', () => {
        const pages = walk('seller2', 'SELECT Id, Opportunity__c FROM Seller_Next_Step__c', 200);
        expect(pages).toHaveLength(1);
        expect(pages[0].records.map((record) => record.Opportunity__c)).toEqual([
            org.refs.get('schoolsDeal')
        ]);
    });
});

describe('GraphQL paging', () => {
    const connection = (first: number, after: string | null, orderBy: string) => {
        const response = runGraphQL(org.contextAs('seller'), {
            query: `query steps($after: String) { uiapi { query {
                Seller_Next_Step__c(first: ${first}, after: $after, orderBy: ${orderBy}) {
                    edges { node { Id } cursor } pageInfo { hasNextPage hasPreviousPage endCursor }
                } } } }`,
            variables: { after }
        }).body;
        return response;
    };
    type Steps = {
        edges: { node: { Id: string }; cursor: string }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    };
    const steps = (first: number, after: string | null, orderBy: string): Steps => {
        const response = connection(first, after, orderBy);
        expect(response.errors).toBeUndefined();
        return (response.data as { uiapi: { query: { Seller_Next_Step__c: Steps } } }).uiapi.query
            .Seller_Next_Step__c;
    };

    it.each([
        '{ Due_Date__c: { order: DESC, nulls: FIRST }, Action__c: { order: ASC } }',
        '{ Action__c: { order: DESC, nulls: LAST } }',
        '{ Opportunity__r: { Name: { order: ASC } }, Due_Date__c: { order: ASC, nulls: LAST } }'
    ])('walks every record once, in order, with endCursor (%s)', (orderBy) => {
        const whole = steps(2000, null, orderBy);
        expect(whole.pageInfo.hasNextPage).toBe(false);
        const seen: string[] = [];
        let after: string | null = null;
        for (let pages = 0; ; pages++) {
            const page = steps(97, after, orderBy);
            expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
            seen.push(...page.edges.map((edge) => edge.node.Id));
            if (!page.pageInfo.hasNextPage) {
                break;
            }
            after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(whole.edges.map((edge) => edge.node.Id));
    });

    it('continues after any edge cursor', () => {
        const orderBy = '{ Due_Date__c: { order: ASC } }';
        const whole = steps(2000, null, orderBy).edges;
        const next = steps(5, whole[41].cursor, orderBy).edges;
        expect(next.map((edge) => edge.node.Id)).toEqual(
            whole.slice(42, 47).map((edge) => edge.node.Id)
        );
    });

    it('refuses a cursor whose sort values do not fit the query', () => {
        const response = connection(
            5,
            encodeCursor(3, ['2025-04-01']),
            '{ Due_Date__c: { order: ASC } }'
        );
        expect(response.errors?.[0]).toMatchObject({
            message: expect.stringContaining('does not belong to this query'),
            extensions: { errorCode: 'INVALID_INPUT' }
        });
    });
});

it('refuses the locator of another user', () => {
    const first = runQuery(org.contextAs('seller'), 'SELECT Id FROM Seller_Next_Step__c', {
        batchSize: 200
    });
    expect(errorCodes(() => queryMore(org.contextAs('manager'), locatorOf(first)))).toEqual([
        'INVALID_QUERY_LOCATOR'
    ]);
});
