/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runGraphQL, type GraphQLResponse } from '../graphqlRun';
import { userAccess } from '../../data/userAccess';
import { createRecord } from '../../data/recordWrites';
import { panelQuery } from '../../client';
import {
    openSeededOrg,
    PANEL_DIR,
    PROJECT_ROOT,
    type SeededOrg
} from '../../../../test-support/localOrgFixture';
import type { PermissionSetDefinition } from '../../../../metadata/projectMetadata';
import type { RequestContext } from '../../requestContext';

/** Every key path of a JSON value, arrays collapsed to `[]`, so shapes compare whatever the data. */
function keyPaths(value: unknown, path = '', paths = new Set<string>()): Set<string> {
    if (Array.isArray(value)) {
        for (const item of value) {
            keyPaths(item, `${path}[]`, paths);
        }
    } else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
            paths.add(`${path}.${key}`);
            keyPaths(child, `${path}.${key}`, paths);
        }
    }
    return paths;
}

let org: SeededOrg;

beforeAll(() => {
    org = openSeededOrg();
});
afterAll(() => org.close());

const id = (ref: string) => org.refs.get(ref) as string;

function run(
    as: string | RequestContext,
    query: string,
    variables?: Record<string, unknown>
): GraphQLResponse {
    const context = typeof as === 'string' ? org.contextAs(as) : as;
    return runGraphQL(context, { query, variables }).body;
}

interface Edges {
    edges: { node: Record<string, { value: unknown; displayValue?: unknown }> & { Id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount?: number;
}

function connection(response: GraphQLResponse, object: string): Edges {
    expect(response.errors).toBeUndefined();
    return (response.data as { uiapi: { query: Record<string, Edges> } }).uiapi.query[object];
}

const names = (edges: Edges) => edges.edges.map((edge) => edge.node.Name.value);

const opportunities = (as: string, args: string, fields = 'Name { value }') =>
    connection(
        run(as, `{ uiapi { query { Opportunity(${args}) { edges { node { Id ${fields} } } } } } }`),
        'Opportunity'
    );

describe('UI API GraphQL', () => {
    describe("the panel's query", () => {
        const variables = () => ({ opportunityId: id('fleetDeal') });

        it('loads the deal, its reviews, questions and next steps', () => {
            const query = (
                run('seller', panelQuery(PROJECT_ROOT), variables()).data as {
                    uiapi: { query: Record<string, Edges> };
                }
            ).uiapi.query;
            expect(query.Opportunity.edges[0].node).toEqual({
                Id: id('fleetDeal'),
                Name: { value: 'Blue Harbor - Fleet Tracking Expansion' },
                OwnerId: { value: id('seller') },
                CloseDate: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
                Amount: { value: 95000 },
                StageName: { value: expect.any(String) }
            });
            expect(query.Coaching_Review__c.edges).toHaveLength(1);
            expect(query.Coaching_Review__c.edges[0].node).toMatchObject({
                Reviewer__r: { Name: { value: 'Morgan Lee' } },
                Status__c: { value: 'Open', displayValue: 'Open' },
                Review_Date__c: { value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
                LastModifiedDate: { value: expect.stringMatching(/\.\d{3}Z$/) }
            });
            expect(query.Coaching_Question__c.edges.map((edge) => edge.node.Kind__c.value)).toEqual(
                ['Open question', 'Closed question', 'Suggestion', 'Directive', 'Statement']
            );
            expect(query.Seller_Next_Step__c.edges).toHaveLength(2);
            expect(query.Coaching_Question__c.pageInfo.hasNextPage).toBe(false);
        });

        it("answers in the shape of the panel's jest fixture, key for key", () => {
            const fixture = JSON.parse(
                readFileSync(join(PANEL_DIR, '__tests__', 'data', 'panelWireData.json'), 'utf8')
            ) as unknown;
            const response = run('seller', panelQuery(PROJECT_ROOT), variables());
            expect([...keyPaths(response.data)].sort()).toEqual([...keyPaths(fixture)].sort());
        });

        it('shows another team nothing of the deal', () => {
            const response = run('seller2', panelQuery(PROJECT_ROOT), variables());
            for (const object of [
                'Opportunity',
                'Coaching_Review__c',
                'Coaching_Question__c',
                'Seller_Next_Step__c'
            ]) {
                expect(connection(response, object).edges).toEqual([]);
            }
        });
    });

    describe('paging', () => {
        const page = (after: string | null) =>
            connection(
                run(
                    'manager',
                    `query page($after: String) { uiapi { query {
                        Coaching_Question__c(first: 2, after: $after, orderBy: { CreatedDate: { order: ASC } }) {
                            edges { node { Id } cursor } pageInfo { hasNextPage endCursor } totalCount
                        } } } }`,
                    { after }
                ),
                'Coaching_Question__c'
            );

        it('walks every record once with first/after cursors', () => {
            const all = connection(
                run(
                    'manager',
                    '{ uiapi { query { Coaching_Question__c(first: 200, orderBy: { CreatedDate: { order: ASC } }) { edges { node { Id } } totalCount } } } }'
                ),
                'Coaching_Question__c'
            );
            const seen: string[] = [];
            let after: string | null = null;
            let pages = 0;
            for (;;) {
                const current = page(after);
                pages += 1;
                expect(current.edges.length).toBeLessThanOrEqual(2);
                expect(current.totalCount).toBe(all.totalCount);
                seen.push(...current.edges.map((edge) => edge.node.Id));
                if (!current.pageInfo.hasNextPage) {
                    break;
                }
                after = current.pageInfo.endCursor;
            }
            expect(seen).toEqual(all.edges.map((edge) => edge.node.Id));
            expect(pages).toBe(Math.ceil(seen.length / 2));
        });

        it('gives 10 records when first is absent and refuses pages over 2,000', () => {
            expect(
                run('admin', '{ uiapi { query { User(first: 2001) { edges { node { Id } } } } } }')
                    .errors?.[0]
            ).toMatchObject({
                message: expect.stringContaining('first must be from 1 to 2000'),
                path: ['uiapi', 'query', 'User'],
                extensions: { errorCode: 'INVALID_INPUT' }
            });
            expect(opportunities('admin', 'where: {}').edges.length).toBe(5);
        });

        it('refuses a cursor it did not hand out', () => {
            const response = run(
                'admin',
                '{ uiapi { query { Opportunity(after: "bm9wZQ==") { edges { node { Id } } } } } }'
            );
            expect(response.data).toEqual({ uiapi: { query: { Opportunity: null } } });
            expect(response.errors?.[0].extensions.classification).toBe('DataFetchingException');
        });
    });

    describe('filters and sorting', () => {
        it.each([
            ['Amount: { gt: 90000 }', ['Blue Harbor', 'Northwind Health - Patient']],
            ['Amount: { gte: 95000, lte: 180000 }', ['Blue Harbor', 'Northwind Health - Patient']],
            ['Amount: { lt: 60000 }', ['Summit']],
            ['Amount: { eq: 60000 }', ['Northwind Health - Data']],
            [
                'Amount: { ne: 60000 }',
                ['Blue Harbor', 'Cedar', 'Northwind Health - Patient', 'Summit']
            ],
            [
                'StageName: { in: ["Prospecting", "Closed Won"] }',
                ['Northwind Health - Data', 'Summit']
            ],
            [
                'StageName: { nin: ["Prospecting", "Closed Won"] }',
                ['Blue Harbor', 'Cedar', 'Northwind Health - Patient']
            ],
            [
                'Name: { like: "Northwind%" }',
                ['Northwind Health - Data', 'Northwind Health - Patient']
            ],
            [
                'or: [{ Amount: { lt: 50000 } }, { Name: { like: "%Schools%" } }]',
                ['Cedar', 'Summit']
            ],
            [
                'and: [{ Amount: { gt: 50000 } }, { not: { Name: { like: "Northwind%" } } }]',
                ['Blue Harbor', 'Cedar']
            ],
            [
                'Account: { Name: { eq: "Northwind Health" } }',
                ['Northwind Health - Data', 'Northwind Health - Patient']
            ],
            ['Owner: { Username: { eq: "seller2@coaching.local" } }', ['Cedar']],
            ['CloseDate: { lt: { literal: TODAY } }', ['Northwind Health - Data']],
            ['CloseDate: { gt: { range: { next_n_days: 45 } } }', ['Blue Harbor', 'Summit']],
            [
                'CreatedDate: { gt: { value: "2000-01-01T00:00:00Z" } }',
                [
                    'Blue Harbor',
                    'Cedar',
                    'Northwind Health - Data',
                    'Northwind Health - Patient',
                    'Summit'
                ]
            ],
            ['StageName: { in: [] }', []]
        ])('where { %s }', (where, expected) => {
            const found = names(
                opportunities('admin', `where: { ${where} }, orderBy: { Name: { order: ASC } }`)
            );
            expect(found).toHaveLength(expected.length);
            found.forEach((name, index) => expect(String(name)).toContain(expected[index]));
        });

        it('passes quotes, backslashes and line breaks through text filters', () => {
            const name = "O'Brien \\ Partners\nLtd";
            createRecord(org.contextAs('admin'), 'Account', { Name: name });
            const found = connection(
                run(
                    'admin',
                    'query a($name: String) { uiapi { query { Account(where: { Name: { eq: $name } }) { edges { node { Name { value } } } } } } }',
                    { name }
                ),
                'Account'
            );
            expect(found.edges.map((edge) => edge.node.Name.value)).toEqual([name]);
        });

        it('filters through a parent relationship, as the panel does', () => {
            const questions = connection(
                run(
                    'manager',
                    `query q($id: ID) { uiapi { query { Coaching_Question__c(
                        first: 50, where: { Coaching_Review__r: { Opportunity__c: { eq: $id } } }
                    ) { edges { node { Id } } } } } }`,
                    { id: id('renewalDeal') }
                ),
                'Coaching_Question__c'
            );
            expect(questions.edges.map((edge) => edge.node.Id)).toEqual([
                id('renewalRiskQuestion'),
                id('discountDirective'),
                id('procurementQuestion'),
                id('multiYearQuestion'),
                id('legalTermsQuestion')
            ]);
        });

        it('sorts by several fields in the order written, with nulls where asked', () => {
            const sorted = opportunities(
                'admin',
                'orderBy: { NextStep: { order: DESC, nulls: FIRST }, Amount: { order: DESC } }',
                'Name { value } NextStep { value }'
            );
            expect(names(sorted).map((name) => String(name).slice(0, 12))).toEqual([
                'Northwind He',
                'Cedar Grove ',
                'Northwind He',
                'Summit Foods',
                'Blue Harbor '
            ]);
            expect(sorted.edges[0].node.Name.value).toBe(
                'Northwind Health - Patient Portal Renewal'
            );
            const byAccount = opportunities(
                'admin',
                'orderBy: { Account: { Name: { order: DESC } }, Name: { order: ASC } }'
            );
            expect(String(names(byAccount)[0])).toMatch(/^Summit/);
        });

        it('gives display values and follows parents and children', () => {
            const [deal] = opportunities(
                'seller',
                `where: { Name: { like: "Blue Harbor%" } }`,
                `Amount { value displayValue } CloseDate { value displayValue } IsClosed { value displayValue }
                 Account { Name { value } } Owner { Name { value } Manager { Name { value } } }
                 Coaching_Reviews__r { edges { node { Coaching_Questions__r(first: 2, orderBy: { Kind__c: { order: DESC } }) {
                     edges { node { Kind__c { value } } } totalCount } } } }`
            ).edges;
            expect(deal.node).toMatchObject({
                Amount: { value: 95000, displayValue: '$95,000.00' },
                CloseDate: { displayValue: expect.stringMatching(/^\d{1,2}\/\d{1,2}\/\d{4}$/) },
                IsClosed: { value: false, displayValue: null },
                Account: { Name: { value: 'Blue Harbor Logistics' } },
                Owner: { Name: { value: 'Sam Rivera' }, Manager: { Name: { value: 'Morgan Lee' } } }
            });
            const reviews = deal.node.Coaching_Reviews__r as unknown as Edges;
            const questions = reviews.edges[0].node.Coaching_Questions__r as unknown as Edges;
            expect(questions.totalCount).toBe(5);
            expect(questions.edges.map((edge) => edge.node.Kind__c.value)).toEqual([
                'Suggestion',
                'Statement'
            ]);
        });
    });

    describe('security', () => {
        it('lists only the objects and fields the user may read', () => {
            const seller = org.contextAs('seller');
            const sets = new Map<string, PermissionSetDefinition>(org.permissionSets);
            const sellerSet = sets.get('Coaching_Seller') as PermissionSetDefinition;
            const fields = new Map(sellerSet.fields);
            fields.set('Coaching_Question__c.Answer__c', { readable: false, editable: false });
            sets.set('Coaching_Seller', { ...sellerSet, fields });
            const restricted: RequestContext = {
                ...seller,
                access: userAccess(
                    org.store.schema,
                    sets,
                    seller.access.userId,
                    ['Coaching_Seller'],
                    false
                )
            };
            const query =
                '{ uiapi { query { Coaching_Question__c { edges { node { Answer__c { value } } } } } } }';
            expect(run('seller', query).errors).toBeUndefined();
            expect(run(restricted, query).errors?.[0]).toMatchObject({
                message: 'Cannot query field "Answer__c" on type "Coaching_Question__c".',
                locations: [{ line: 1, column: 57 }],
                extensions: { classification: 'ValidationError' }
            });
            const noSets: RequestContext = {
                ...seller,
                access: userAccess(org.store.schema, sets, seller.access.userId, [], false)
            };
            expect(
                run(noSets, '{ uiapi { query { Coaching_Review__c { edges { node { Id } } } } } }')
                    .errors?.[0].message
            ).toBe('Cannot query field "Coaching_Review__c" on type "RecordQuery".');
        });

        it('applies the private sharing model as the REST API does', () => {
            expect(names(opportunities('seller2', 'first: 50'))).toEqual([
                'Cedar Grove Schools - Learning Platform'
            ]);
            expect(names(opportunities('manager', 'first: 50'))).toHaveLength(4);
            expect(names(opportunities('admin', 'first: 50'))).toHaveLength(5);
        });
    });

    describe('errors', () => {
        it('reports syntax errors with their location and no data', () => {
            expect(run('seller', '{ uiapi { query { Opportunity { ').errors?.[0]).toMatchObject({
                message: expect.stringContaining('Syntax Error'),
                locations: [{ line: 1, column: 33 }],
                extensions: { classification: 'InvalidSyntax' }
            });
        });

        it('reports a missing required variable', () => {
            const response = run('seller', panelQuery(PROJECT_ROOT));
            expect(response.data).toBeUndefined();
            expect(response.errors?.[0].message).toContain('$opportunityId');
        });

        it('refuses mutations and bodies that are not GraphQL requests', () => {
            expect(run('seller', 'mutation { x }').errors?.[0].message).toContain('mutation');
            const notARequest = runGraphQL(org.contextAs('seller'), { variables: 3 });
            expect(notARequest.status).toBe(400);
            expect(notARequest.body.errors?.[0].extensions.errorCode).toBe('INVALID_INPUT');
        });
    });
});
