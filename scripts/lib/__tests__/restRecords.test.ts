/** @jest-environment node */
import { Readable } from 'node:stream';
import type { Connection } from 'jsforce';
import {
    bulkRecords,
    chooseSource,
    field,
    flattenRecord,
    restRecords,
    type FlatRecord,
    type QueryPage
} from '../restRecords';

async function all(records: AsyncIterable<FlatRecord>): Promise<FlatRecord[]> {
    const found: FlatRecord[] = [];
    for await (const record of records) {
        found.push(record);
    }
    return found;
}

function pagedConnection(pages: Record<string, QueryPage>, requested: string[]): Connection {
    const request = jest.fn(async (options: { url: string; headers?: Record<string, string> }) => {
        requested.push(options.url);
        const key = options.url.startsWith('/services/data/v62.0/query?q=') ? 'first' : options.url;
        const page = pages[key];
        if (!page) {
            throw Object.assign(new Error('invalid query locator'), {
                errorCode: 'INVALID_QUERY_LOCATOR'
            });
        }
        return page;
    });
    return { request } as unknown as Connection;
}

describe('flattenRecord', () => {
    it('names parent fields by path and writes every value as text', () => {
        const flat = flattenRecord({
            attributes: { type: 'Coaching_Question__c' },
            Id: 'a07',
            Changed_My_View__c: true,
            Amount: 95000,
            Answer__c: null,
            Coaching_Review__r: {
                attributes: { type: 'Coaching_Review__c' },
                Reviewer__c: '005A',
                Opportunity__r: { attributes: {}, Owner: { ManagerId: '005B' } }
            },
            Adopted_From_Question__r: null
        });
        expect(flat).toEqual({
            Id: 'a07',
            Changed_My_View__c: 'true',
            Amount: '95000',
            Answer__c: null,
            'Coaching_Review__r.Reviewer__c': '005A',
            'Coaching_Review__r.Opportunity__r.Owner.ManagerId': '005B',
            Adopted_From_Question__r: null
        });
        expect(field(flat, 'Adopted_From_Question__r.Idea_Response__c')).toBeNull();
    });
});

describe('restRecords', () => {
    it('follows nextRecordsUrl page by page, asking for the page size given', async () => {
        const requested: string[] = [];
        const conn = pagedConnection(
            {
                first: {
                    totalSize: 3,
                    done: false,
                    nextRecordsUrl: '/services/data/v62.0/query/01gX-2',
                    records: [{ Id: '1' }, { Id: '2' }]
                },
                '/services/data/v62.0/query/01gX-2': {
                    totalSize: 3,
                    done: true,
                    records: [{ Id: '3' }]
                }
            },
            requested
        );
        const records = await all(restRecords(conn, 'SELECT Id FROM Account', 200));
        expect(records.map((record) => record.Id)).toEqual(['1', '2', '3']);
        expect(requested).toEqual([
            `/services/data/v62.0/query?q=${encodeURIComponent('SELECT Id FROM Account')}`,
            '/services/data/v62.0/query/01gX-2'
        ]);
        expect((conn.request as jest.Mock).mock.calls[0][0].headers).toEqual({
            'Sforce-Query-Options': 'batchSize=200'
        });
    });

    it('reports a failing next page where it is read, not as an unhandled rejection', async () => {
        const conn = pagedConnection(
            {
                first: {
                    totalSize: 4,
                    done: false,
                    nextRecordsUrl: '/services/data/v62.0/query/01gGone-2',
                    records: [{ Id: '1' }, { Id: '2' }]
                }
            },
            []
        );
        const seen: string[] = [];
        await expect(
            (async () => {
                for await (const record of restRecords(conn, 'SELECT Id FROM Account')) {
                    seen.push(String(record.Id));
                    await new Promise((resolve) => setTimeout(resolve, 5));
                }
            })()
        ).rejects.toMatchObject({ errorCode: 'INVALID_QUERY_LOCATOR' });
        expect(seen).toEqual(['1', '2']);
    });
});

describe('bulkRecords', () => {
    it('streams the rows of a Bulk API 2.0 query job, empty cells as null', async () => {
        const query = jest.fn(async () =>
            Readable.from([
                { Id: 'a1', Kind__c: 'Directive', 'Coaching_Review__r.Reviewer__c': '005A' },
                { Id: 'a2', Kind__c: '', 'Coaching_Review__r.Reviewer__c': '' }
            ])
        );
        const conn = { bulk2: { query } } as unknown as Connection;
        const records = await all(bulkRecords(conn, 'SELECT Id FROM Coaching_Question__c'));
        expect(records).toEqual([
            { Id: 'a1', Kind__c: 'Directive', 'Coaching_Review__r.Reviewer__c': '005A' },
            { Id: 'a2', Kind__c: null, 'Coaching_Review__r.Reviewer__c': null }
        ]);
        expect(query).toHaveBeenCalledWith('SELECT Id FROM Coaching_Question__c', {
            pollInterval: 2000,
            pollTimeout: 3_600_000
        });
    });
});

describe('chooseSource', () => {
    const conn = {} as Connection;

    it('uses Bulk API 2.0 on a real org above the threshold only', () => {
        expect(
            chooseSource(conn, { isLocal: false, count: 50_001, bulkThreshold: 50_000 }).kind
        ).toBe('bulk');
        expect(
            chooseSource(conn, { isLocal: false, count: 50_000, bulkThreshold: 50_000 }).kind
        ).toBe('rest');
        expect(chooseSource(conn, { isLocal: true, count: 9e6, bulkThreshold: 50_000 }).kind).toBe(
            'rest'
        );
    });
});
