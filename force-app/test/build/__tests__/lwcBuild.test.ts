/**
 * @jest-environment node
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { transformSync } from '@lwc/compiler';

const PROJECT_ROOT = join(__dirname, '..', '..', '..', '..');
const LWC_DIR = join(PROJECT_ROOT, 'force-app', 'main', 'default', 'lwc');
const FIXTURE_DIR = join(__dirname, 'fixtures', 'buildFixture');

function buildCompilerOptions(): ts.CompilerOptions {
    const configFile = join(PROJECT_ROOT, 'tsconfig.build.json');
    const parsed = ts.getParsedCommandLineOfConfigFile(
        configFile,
        {},
        {
            ...ts.sys,
            onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
                throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
            }
        }
    );
    if (!parsed) {
        throw new Error('tsconfig.build.json could not be read');
    }
    return parsed.options;
}

// Compiles a module the way the platform does when it receives a deployed bundle.
function compileForPlatform(source: string, file: string): string {
    const bundle = basename(file).replace(/\.(js|html)$/, '');
    return transformSync(source, file, { namespace: 'c', name: bundle }).code;
}

// A template compiles as it is; a .ts is checked through the .js the build emitted for it.
function compileBuiltSource(file: string): string {
    if (file.endsWith('.html')) {
        return compileForPlatform(readFileSync(file, 'utf8'), file);
    }
    const emittedFile = file.replace(/\.ts$/, '.js');
    if (!existsSync(emittedFile) || statSync(emittedFile).mtimeMs < statSync(file).mtimeMs) {
        throw new Error(
            `${relative(PROJECT_ROOT, emittedFile)} is missing or older than its .ts: run npm run build`
        );
    }
    return compileForPlatform(readFileSync(emittedFile, 'utf8'), emittedFile);
}

function componentSources(): string[] {
    if (!existsSync(LWC_DIR)) {
        return [];
    }
    return readdirSync(LWC_DIR)
        .filter((bundle) => statSync(join(LWC_DIR, bundle)).isDirectory())
        .flatMap((bundle) =>
            readdirSync(join(LWC_DIR, bundle))
                .filter((file) => /\.(ts|html)$/.test(file) && !file.endsWith('.d.ts'))
                .map((file) => join(LWC_DIR, bundle, file))
        );
}

describe('TypeScript build for the platform', () => {
    const fixtureSource = readFileSync(join(FIXTURE_DIR, 'buildFixture.ts'), 'utf8');

    it('keeps LWC decorators in the form the platform compiler accepts', () => {
        const emitted = ts.transpileModule(fixtureSource, {
            compilerOptions: buildCompilerOptions(),
            fileName: 'buildFixture.ts'
        }).outputText;

        expect(emitted).toMatch(/@api\s+recordId;/);
        expect(emitted).toMatch(/@wire\(getRecord/);
        expect(() => compileForPlatform(emitted, 'buildFixture.js')).not.toThrow();
        const template = readFileSync(join(FIXTURE_DIR, 'buildFixture.html'), 'utf8');
        expect(() => compileForPlatform(template, 'buildFixture.html')).not.toThrow();
    });

    it('would catch a build that rewrites decorators into helpers', () => {
        const emitted = ts.transpileModule(fixtureSource, {
            compilerOptions: { ...buildCompilerOptions(), target: ts.ScriptTarget.ES2022 },
            fileName: 'buildFixture.ts'
        }).outputText;

        expect(() => compileForPlatform(emitted, 'buildFixture.js')).toThrow(/api/);
    });

    it.each(componentSources().map((file) => [relative(PROJECT_ROOT, file), file]))(
        '%s compiles for the platform',
        (_name, file) => {
            expect(() => compileBuiltSource(file)).not.toThrow();
        }
    );

    it('maps every component that has a TypeScript entry to its c/ import path', () => {
        const config = ts.readConfigFile(join(PROJECT_ROOT, 'tsconfig.json'), ts.sys.readFile)
            .config as {
            compilerOptions: { paths: Record<string, string[]> };
        };
        const bundles = existsSync(LWC_DIR)
            ? readdirSync(LWC_DIR).filter((bundle) =>
                  existsSync(join(LWC_DIR, bundle, `${bundle}.ts`))
              )
            : [];
        for (const bundle of bundles) {
            expect(config.compilerOptions.paths[`c/${bundle}`]).toEqual([
                `force-app/main/default/lwc/${bundle}/${bundle}`
            ]);
        }
    });
});
