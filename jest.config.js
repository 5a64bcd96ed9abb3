const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Tests are TypeScript or JavaScript; fixtures and JSON data inside __tests__ are not tests.
const testMatch = ['**/__tests__/**/?(*.)test.[jt]s'];
const testPathIgnorePatterns = [...jestConfig.testPathIgnorePatterns, '/__tests__/fixtures/'];

module.exports = {
    // Local-org tests start servers and hash passwords; on a shared, busy machine that takes time.
    testTimeout: 30_000,
    reporters: ['default', '<rootDir>/force-app/test/summaryReporter.js'],
    projects: [
        {
            // Components and the pure modules they share, in jsdom with the LWC engine.
            ...jestConfig,
            displayName: 'lwc',
            testMatch: testMatch.map((pattern) => `<rootDir>/force-app/main/${pattern}`),
            testPathIgnorePatterns,
            modulePathIgnorePatterns: ['<rootDir>/.localdevserver', '<rootDir>/.local-data'],
            // lightning/* modules resolve to sfdx-lwc-jest's stock stubs, the platform's contract. A
            // stand-in mapped here (moduleNameMapper) may export nothing its stock stub lacks; a test
            // in force-app/test/platform holds it to that.
            setupFilesAfterEnv: [
                ...jestConfig.setupFilesAfterEnv,
                '<rootDir>/force-app/test/jest-sa11y-setup.js'
            ]
        },
        {
            // Metadata, build and tooling checks, in plain Node.
            displayName: 'node',
            rootDir: jestConfig.rootDir,
            testEnvironment: 'node',
            moduleFileExtensions: ['ts', 'js', 'json'],
            transform: { '^.+\\.ts$': require.resolve('@lwc/jest-transformer') },
            testMatch,
            testPathIgnorePatterns: [...testPathIgnorePatterns, '<rootDir>/force-app/main/'],
            modulePathIgnorePatterns: ['<rootDir>/.local-data'],
            // Scripts and the local org import the pure modules, which reach each other as `c/name`.
            moduleNameMapper: { '^c/(.+)$': '<rootDir>/force-app/main/default/lwc/$1/$1' }
        },
        {
            // Browser tests: each file starts the local org on a free port with its own data folder
            // and drives Debian's Chromium with playwright-core.
            displayName: 'e2e',
            rootDir: jestConfig.rootDir,
            testEnvironment: 'node',
            moduleFileExtensions: ['ts', 'js', 'json'],
            transform: { '^.+\\.ts$': require.resolve('@lwc/jest-transformer') },
            testMatch: ['<rootDir>/local-org/e2e/**/*.e2e.ts'],
            modulePathIgnorePatterns: ['<rootDir>/.local-data', '<rootDir>/local-org/dist'],
            globalSetup: '<rootDir>/test-support/e2eGlobalSetup.ts',
            setupFilesAfterEnv: ['<rootDir>/test-support/e2eTimeout.ts']
        }
    ]
};
