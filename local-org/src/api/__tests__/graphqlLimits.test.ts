/** @jest-environment node */
import { parse, validate } from 'graphql';
import { panelQuery } from '../../client';
import { checkLimits, checkNesting, GRAPHQL_LIMITS } from '../graphqlLimits';
import { uiApiSchema } from '../graphqlSchema';
import {
    openSeededOrg,
    PROJECT_ROOT,
    type SeededOrg
} from '../../../../test-support/localOrgFixture';

let org: SeededOrg;
beforeAll(() => {
    org = openSeededOrg();
});
afterAll(() => org.close());

function limitErrors(query: string): string[] {
    const schema = uiApiSchema(org.store.schema, org.contextAs('manager').access);
    const document = parse(query);
    expect(validate(schema, document)).toEqual([]);
    return checkLimits(schema, document).map((error) => error.message);
}

const reviews = (alias: string, first = 2000) =>
    `${alias}: Coaching_Review__c(first: ${first}) { edges { node { Id } } }`;

describe('graphqlLimits', () => {
    it("passes the panel's own query", () => {
        expect(limitErrors(panelQuery(PROJECT_ROOT))).toEqual([]);
    });

    it('counts every aliased record query as a subquery', () => {
        const aliases = Array.from({ length: 1000 }, (_, index) => reviews(`r${index}`));
        expect(limitErrors(`{ uiapi { query { ${aliases.join(' ')} } } }`)).toEqual([
            expect.stringMatching(/has 1000 subqueries .* up to 10\b/)
        ]);
        const ten = aliases.slice(0, GRAPHQL_LIMITS.subqueries).join(' ');
        expect(limitErrors(`{ uiapi { query { ${ten} } } }`)).toEqual([]);
    });

    it('counts child relationships and fragments too', () => {
        const child = 'Coaching_Questions__r(first: 5) { edges { node { Id } } }';
        const nodes = Array.from({ length: 6 }, (_, index) => `c${index}: ${child}`).join(' ');
        const query = `
            query Reviews { uiapi { query {
                a: Coaching_Review__c { edges { node { ...Children } } }
                b: Coaching_Review__c { edges { node { ...Children } } }
            } } }
            fragment Children on Coaching_Review__c { ${nodes} }`;
        expect(limitErrors(query)).toEqual([expect.stringMatching(/has 14 subqueries/)]);
    });

    it('refuses more than five levels of child-to-parent relationships', () => {
        const up = (levels: number) =>
            `{ uiapi { query { Coaching_Question__c { edges { node { ${'Coaching_Review__r { Opportunity__r { Owner { Manager { Manager { Manager { Manager { Id } } } } } } }'
                .split('{')
                .slice(0, levels)
                .join('{')} { Id }${' }'.repeat(levels - 1)} } } } } } }`;
        expect(limitErrors(up(5))).toEqual([]);
        expect(limitErrors(up(6))).toEqual([expect.stringMatching(/6 levels of child-to-parent/)]);
    });

    it('refuses a query nested past the limit before parsing it', () => {
        const deep = `${'{ a '.repeat(2000)}${'}'.repeat(2000)}`;
        expect(checkNesting(deep)?.message).toMatch(/nests 2000 levels deep/);
        expect(checkNesting(deep)?.extensions.errorCode).toBe('QUERY_TOO_COMPLICATED');
        expect(checkNesting(panelQuery(PROJECT_ROOT))).toBeUndefined();
        expect(
            checkNesting('{ a(where: "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{") }')
        ).toBeUndefined();
    });
});
