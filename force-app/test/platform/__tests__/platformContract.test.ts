/**
 * @jest-environment node
 */
import { join } from 'node:path';
import { jestStandIns, platformContractProblems, stockStubFile } from '../platformContract';

const PROJECT_ROOT = join(__dirname, '..', '..', '..', '..');
const FIXTURES = join(__dirname, 'fixtures');

interface JestProject {
    displayName?: string;
    moduleNameMapper?: Record<string, string>;
}

// The jest config is CommonJS, outside the TypeScript project.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jestConfig = require('../../../../jest.config.js') as { projects: JestProject[] };

describe('the platform contract', () => {
    it('holds every jest mock of a lightning module to its stock stub', () => {
        const standIns = jestConfig.projects.flatMap((project) =>
            jestStandIns(project.moduleNameMapper, PROJECT_ROOT)
        );
        expect(platformContractProblems(standIns)).toEqual([]);
    });

    it('names a mock that adds an export the stock stub lacks', () => {
        const file = join(FIXTURES, 'graphqlWithRefreshGraphQL.js');
        expect(platformContractProblems([{ module: 'lightning/graphql', file }])).toEqual([
            'force-app/test/platform/__tests__/fixtures/graphqlWithRefreshGraphQL.js exports refreshGraphQL, which the stock lightning/graphql stub lacks'
        ]);
    });

    it('accepts a stand-in that exports part of the stub, and types', () => {
        const file = join(FIXTURES, 'uiRecordApiSubset.ts');
        expect(platformContractProblems([{ module: 'lightning/uiRecordApi', file }])).toEqual([]);
    });

    it('names a stand-in for a module with no stock stub', () => {
        const file = join(FIXTURES, 'uiRecordApiSubset.ts');
        expect(platformContractProblems([{ module: 'lightning/noSuchModule', file }])).toEqual([
            'force-app/test/platform/__tests__/fixtures/uiRecordApiSubset.ts stands in for lightning/noSuchModule, which has no stock stub to hold it to'
        ]);
    });

    it('reads the mocked lightning modules from a jest moduleNameMapper', () => {
        const mapper = {
            '^lightning/graphql$':
                '<rootDir>/force-app/test/platform/__tests__/fixtures/graphqlWithRefreshGraphQL',
            '^c/(.+)$': '<rootDir>/force-app/main/default/lwc/$1/$1'
        };
        expect(jestStandIns(mapper, PROJECT_ROOT)).toEqual([
            { module: 'lightning/graphql', file: join(FIXTURES, 'graphqlWithRefreshGraphQL.js') }
        ]);
    });

    it('finds the stock stubs the panel relies on', () => {
        expect(stockStubFile('lightning/graphql')).toMatch(/graphql\.js$/);
        expect(stockStubFile('lightning/noSuchModule')).toBeUndefined();
    });
});
