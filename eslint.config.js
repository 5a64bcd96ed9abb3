const js = require('@eslint/js');
const globals = require('globals');
const tseslint = require('typescript-eslint');
const jestPlugin = require('eslint-plugin-jest');
const lwcConfig = require('@salesforce/eslint-config-lwc');

const LWC_SOURCES = ['force-app/main/default/lwc/**/*.ts'];
const LWC_TESTS = ['force-app/main/default/lwc/**/__tests__/**/*.ts'];
// TypeScript that runs in Node: metadata reader and checks, demo data, the local org, scripts,
// test support and benchmarks.
const NODE_SOURCES = [
    'force-app/test/**/*.ts',
    'metadata/**/*.ts',
    'data/**/*.ts',
    'local-org/**/*.ts',
    'scripts/**/*.ts',
    'test-support/**/*.ts',
    'bench/**/*.ts'
];

// Limits a shared config array to some files, keeping any narrower scope a config sets itself.
function scoped(configs, files) {
    return configs.map((config) => ({ ...config, files: config.files ?? files }));
}

module.exports = [
    {
        ignores: [
            'node_modules/',
            'coverage/',
            'test-results/',
            '.local-data/',
            '.sf/',
            '.sfdx/',
            'local-org/dist/',
            // Emitted by the build from the .ts beside it.
            'force-app/main/default/lwc/**/*.js',
            'force-app/types/**/*.d.ts'
        ]
    },
    ...scoped(lwcConfig.configs.recommendedTs, LWC_SOURCES),
    {
        // The LWC rules run on typescript-eslint's parser: the Babel parser the shared config ships
        // does not count a type annotation as a use, so every `import type` read as unused.
        files: LWC_SOURCES,
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: {
            'no-unused-vars': 'off',
            '@typescript-eslint/no-unused-vars': 'error'
        }
    },
    {
        files: LWC_TESTS,
        ...jestPlugin.configs['flat/recommended'],
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            // Helpers named expectSomething assert on the test's behalf
            'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expect*'] }]
        },
        languageOptions: {
            parser: tseslint.parser,
            globals: { ...globals.node, ...globals.jest }
        }
    },
    ...scoped(tseslint.configs.recommended, NODE_SOURCES),
    {
        files: NODE_SOURCES,
        ...jestPlugin.configs['flat/recommended'],
        languageOptions: {
            parser: tseslint.parser,
            globals: { ...globals.node, ...globals.jest }
        }
    },
    {
        files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
        ...js.configs.recommended,
        languageOptions: {
            sourceType: 'commonjs',
            globals: { ...globals.node }
        }
    },
    {
        files: ['**/*.mjs'],
        languageOptions: { sourceType: 'module' }
    }
];
