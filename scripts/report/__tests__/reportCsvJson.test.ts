import { reportCsv } from '../reportCsvJson';
import { ROW_FIELDS, type ReportDocument, type ReportRow } from '../reportDocument';

function row(manager: string, overrides: Partial<ReportRow> = {}): ReportRow {
    const zeros = Object.fromEntries(ROW_FIELDS.map((name) => [name, 0]));
    return {
        ...zeros,
        scope: 'manager',
        manager,
        managerId: '005000000000001AAA',
        seller: '',
        sellerId: null,
        medianHoursToAnswer: null,
        ...overrides
    } as ReportRow;
}

function document(managers: ReportRow[], sellers: ReportRow[] = []): ReportDocument {
    return {
        title: 'Coaching report',
        org: 'https://example.my.salesforce.com',
        signedInAs: 'admin@example.com',
        from: '2026-01-01',
        to: '2026-01-31',
        days: 31,
        generatedAt: '2026-02-01T00:00:00.000Z',
        kindLabels: {},
        notes: [],
        team: row('All managers', { scope: 'team', managerId: null }),
        managers,
        sellers
    };
}

function managerLine(csv: string): string {
    return csv.split('\r\n')[2];
}

describe('reportCsv', () => {
    it.each([
        [
            '=HYPERLINK("http://evil.example","Open")',
            `"'=HYPERLINK(""http://evil.example"",""Open"")"`
        ],
        ['+1 555 0100', "'+1 555 0100"],
        ['-2+3', "'-2+3"],
        ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
        ['\tcmd', "'\tcmd"],
        ['\uFF1D1+1', "'\uFF1D1+1"]
    ])('neutralises user text that a spreadsheet would run: %j', (name, cell) => {
        const expected = `manager,${cell},005000000000001AAA,`;
        const line = managerLine(reportCsv(document([row(name)])));
        expect(line.slice(0, expected.length)).toBe(expected);
    });

    it('neutralises a seller name too, on the seller rows after the managers', () => {
        const seller = row('', {
            scope: 'seller',
            managerId: null,
            seller: '=cmd',
            sellerId: '005000000000002AAA'
        });
        const lines = reportCsv(document([row('Morgan Lee')], [seller])).split('\r\n');
        expect(lines[3].startsWith("seller,,,'=cmd,005000000000002AAA,")).toBe(true);
    });

    it('leaves plain names and the figures as they are', () => {
        const csv = reportCsv(
            document([row('Morgan Lee', { reviewsHeld: 3, directiveShare: 0.25 })])
        );
        const line = managerLine(csv).split(',');
        expect(line.slice(0, 3)).toEqual(['manager', 'Morgan Lee', '005000000000001AAA']);
        expect(line[ROW_FIELDS.indexOf('seller')]).toBe('');
        expect(line[ROW_FIELDS.indexOf('reviewsHeld')]).toBe('3');
        expect(line[ROW_FIELDS.indexOf('directiveShare')]).toBe('0.25');
    });
});
