/** @jest-environment node */
import { safeNext } from '../pageRoutes';

describe('safeNext', () => {
    it.each([
        [
            '/lightning/r/Opportunity/006000000000001AAA/view',
            '/lightning/r/Opportunity/006000000000001AAA/view'
        ],
        ['/?q=1#top', '/?q=1#top'],
        ['/\t/evil.example', '/'],
        ['/\n/evil.example', '/'],
        ['//evil.example', '/'],
        ['/\\evil.example', '/'],
        ['https://evil.example/', '/'],
        ['javascript:alert(1)', '/'],
        ['', '/'],
        [null, '/']
    ])('sends %j to %j', (next, expected) => {
        expect(safeNext(next)).toBe(expected);
    });
});
