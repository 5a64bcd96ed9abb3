import { buildPanelModel } from 'c/coachingModel';
import type { PanelPayload, PanelQueryData } from 'c/coachingModel';
import { countRecords, hasCursors, mergePanelPages, nextCursors } from '../paging';
import panelResponse from './data/panelGraphQLResponse.json';
import nextPageResponse from './data/panelGraphQLResponseNextPage.json';

const MANAGER = { userId: '005000000000002AAA', isManager: true, isAdmin: false };
const NOW = new Date('2025-06-15T12:00:00.000Z');

function payloadOf(response: unknown): PanelPayload {
    return (JSON.parse(JSON.stringify(response)) as { data: PanelQueryData }).data.uiapi.query;
}

// The fixture holds a whole deal; as a first page, its reviews and questions have more to come.
function firstPage(): PanelPayload {
    const page = payloadOf(panelResponse);
    page.Coaching_Review__c.pageInfo = { hasNextPage: true, endCursor: 'djE6Mw==' };
    page.Coaching_Question__c.pageInfo = { hasNextPage: true, endCursor: 'djE6MTE=' };
    return page;
}

function ids(connection: { edges: { node: { Id: string } }[] }): string[] {
    return connection.edges.map((edge) => edge.node.Id);
}

describe('c-coaching-model paging', () => {
    describe('nextCursors', () => {
        it('is undefined when every list is complete', () => {
            expect(nextCursors(payloadOf(panelResponse))).toBeUndefined();
        });

        it('asks for the next pages, and past the end of a complete list', () => {
            expect(nextCursors(firstPage())).toEqual({
                reviewsAfter: 'djE6Mw==',
                questionsAfter: 'djE6MTE=',
                stepsAfter: 'djE6NQ=='
            });
        });

        it('leaves out a list that has no cursor', () => {
            const page = firstPage();
            page.Seller_Next_Step__c = {
                edges: [],
                pageInfo: { hasNextPage: false, endCursor: null }
            };

            expect(nextCursors(page)).toEqual({
                reviewsAfter: 'djE6Mw==',
                questionsAfter: 'djE6MTE='
            });
        });
    });

    describe('mergePanelPages', () => {
        it('takes the first page as it is', () => {
            const page = firstPage();
            expect(mergePanelPages(undefined, page)).toBe(page);
        });

        it('adds the next page once per record, taking the newer copy', () => {
            const merged = mergePanelPages(firstPage(), payloadOf(nextPageResponse));

            expect(ids(merged.Coaching_Review__c)).toEqual([
                'a01000000000003AAA',
                'a01000000000002AAA',
                'a01000000000001AAA',
                'a01000000000004AAA'
            ]);
            expect(merged.Coaching_Review__c.edges[0].node.Seller_Focus__c.value).toBe(
                'Getting time with the new procurement lead before the 20th.'
            );
            expect(countRecords(merged)).toEqual({ reviews: 4, questions: 13, steps: 5 });
            const changed = merged.Coaching_Question__c.edges.find(
                (edge) => edge.node.Id === 'a02000000000011AAA'
            );
            expect(changed?.node.Kind__c.value).toBe('Open question');
        });

        it('ends paging once every list is in, keeping each list’s last cursor', () => {
            const merged = mergePanelPages(firstPage(), payloadOf(nextPageResponse));

            expect(nextCursors(merged)).toBeUndefined();
            expect(merged.Seller_Next_Step__c.pageInfo).toEqual({
                hasNextPage: false,
                endCursor: 'djE6NQ=='
            });
            expect(merged.Coaching_Question__c.pageInfo).toEqual({
                hasNextPage: false,
                endCursor: 'djE6MTM='
            });
        });

        it('keeps a complete list complete when its first page arrives again', () => {
            const complete = mergePanelPages(firstPage(), payloadOf(nextPageResponse));
            const again = mergePanelPages(complete, firstPage());

            expect(nextCursors(again)).toBeUndefined();
            expect(countRecords(again)).toEqual({ reviews: 4, questions: 13, steps: 5 });
        });

        it('takes new records that arrive past the end of a complete list', () => {
            const page = payloadOf(panelResponse);
            const extra = payloadOf(nextPageResponse);
            extra.Coaching_Question__c.pageInfo = { hasNextPage: false, endCursor: 'djE6MTQ=' };

            const merged = mergePanelPages(page, extra);
            expect(merged.Coaching_Question__c.pageInfo?.endCursor).toBe('djE6MTQ=');
            expect(countRecords(merged).questions).toBe(13);
        });

        it('keeps the opportunity when a page leaves it out', () => {
            const next = payloadOf(nextPageResponse);
            next.Opportunity = { edges: [] };

            expect(mergePanelPages(firstPage(), next).Opportunity.edges[0].node.Id).toBe(
                '006000000000001AAA'
            );
        });

        it('builds the whole deal from the merged pages', () => {
            const model = buildPanelModel(
                mergePanelPages(firstPage(), payloadOf(nextPageResponse)),
                MANAGER,
                { now: NOW }
            );

            expect(model.reviews.map((review) => review.reviewDate)).toEqual([
                '2025-06-10',
                '2025-05-28',
                '2025-03-14',
                '2025-01-20'
            ]);
            expect(model.balance.questionCount).toBe(13);
            expect(model.balance.byKind).toEqual({
                'open-question': 5,
                'closed-question': 2,
                suggestion: 3,
                directive: 2,
                statement: 1
            });
        });
    });

    it('counts nothing before the first page', () => {
        expect(countRecords(undefined)).toEqual({ reviews: 0, questions: 0, steps: 0 });
    });

    it.each([
        [{}, false],
        [{ questionsAfter: 'questions-1' }, true],
        [{ reviewsAfter: '', stepsAfter: 'steps-1' }, true]
    ])('tells a load past its first page by its cursors: %j', (cursors, expected) => {
        expect(hasCursors(cursors)).toBe(expected);
    });
});
