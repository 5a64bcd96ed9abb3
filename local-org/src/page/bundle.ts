import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin, RollupLog } from 'rollup';
import { readLabels } from '../../../metadata/projectMetadata';
import {
    findField,
    findObject,
    findRelationship,
    loadSchema,
    type Schema
} from '../../../metadata/schema';
import { UI_CURRENCY, UI_LOCALE, UI_TIME_ZONE } from '../data/uiValues';

/** Where the page bundle is written, relative to the project root (git-ignored). */
export const BUNDLE_DIR = join('local-org', 'dist');

const BUNDLE_FILE = 'app.js';
const APP_DIR = join('local-org', 'app');
const SOURCE_DIR = join('force-app', 'main', 'default');
const LWC_DIR = join(SOURCE_DIR, 'lwc');
const LABELS_FILE = join(SOURCE_DIR, 'labels', 'CustomLabels.labels-meta.xml');

/** The platform modules the page's shims stand in for, each with its file from the project root. */
export const PLATFORM_SHIMS: Readonly<Record<string, string>> = Object.freeze({
    'lightning/graphql': join(APP_DIR, 'platform', 'graphql.ts'),
    'lightning/uiRecordApi': join(APP_DIR, 'platform', 'uiRecordApi.ts'),
    'lightning/platformShowToastEvent': join(APP_DIR, 'platform', 'platformShowToastEvent.ts')
});

/**
 * The page bundle's path.
 * @param projectRoot the project root
 * @returns the absolute path of the bundle file
 */
export function bundlePath(projectRoot: string): string {
    return join(projectRoot, BUNDLE_DIR, BUNDLE_FILE);
}

/**
 * Finds an installed package's folder, also for packages whose `exports` hide package.json.
 * @param name the package name
 * @param from where resolution starts
 * @returns the folder holding its package.json
 */
function packageDir(name: string, from: string): string {
    try {
        return dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
    } catch {
        let folder = dirname(require.resolve(name, { paths: [from] }));
        while (!existsSync(join(folder, 'package.json'))) {
            folder = dirname(folder);
        }
        return folder;
    }
}

function walk(folder: string): string[] {
    if (!existsSync(folder)) {
        return [];
    }
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            return entry.name === '__tests__' ? [] : walk(path);
        }
        return [path];
    });
}

/**
 * Every file the bundle is made from: components, shell, labels, object metadata (schema
 * imports are checked against it), this builder and the versions of the packages it compiles with.
 * @param projectRoot the project root
 * @returns absolute paths
 */
export function bundleSources(projectRoot: string): string[] {
    const packageFile = (name: string) => join(packageDir(name, projectRoot), 'package.json');
    return [
        ...walk(join(projectRoot, LWC_DIR)),
        ...walk(join(projectRoot, APP_DIR)),
        ...walk(join(projectRoot, SOURCE_DIR, 'objects')),
        join(projectRoot, LABELS_FILE),
        __filename,
        packageFile('lwc'),
        packageFile('lightning-base-components'),
        packageFile('@salesforce-ux/design-system')
    ];
}

/**
 * Whether the bundle is missing or older than any of its sources.
 * @param projectRoot the project root
 * @returns true when it has to be built
 */
export function isBundleStale(projectRoot: string): boolean {
    const bundle = bundlePath(projectRoot);
    if (!existsSync(bundle)) {
        return true;
    }
    const built = statSync(bundle).mtimeMs;
    return bundleSources(projectRoot).some(
        (source) => existsSync(source) && statSync(source).mtimeMs > built
    );
}

// `Object`, `Object.Field` or `Object.Relationship.Field`, checked against the project's schema.
function schemaReference(schema: Schema, path: string): Record<string, string> | undefined {
    const [objectName, ...fieldPath] = path.split('.');
    let object = findObject(schema, objectName);
    if (!object) {
        return undefined;
    }
    const reference: Record<string, string> = { objectApiName: object.name };
    if (fieldPath.length === 0) {
        return reference;
    }
    for (const relationship of fieldPath.slice(0, -1)) {
        const lookup = findRelationship(object, relationship);
        object = lookup?.referenceTo ? schema.objects.get(lookup.referenceTo) : undefined;
        if (!object) {
            return undefined;
        }
    }
    const field = findField(object, fieldPath.at(-1) as string);
    if (!field) {
        return undefined;
    }
    reference.fieldApiName = [...fieldPath.slice(0, -1), field.name].join('.');
    return reference;
}

/**
 * Stands in for the platform's modules: the `PLATFORM_SHIMS` map to the shims in
 * `local-org/app/platform`; the
 * `@salesforce/*` scoped modules are generated from the project (labels, schema) and from the
 * page's session (user id, custom permissions); `lwc` is the LWC 9 engine the compiler targets.
 */
function platformModules(projectRoot: string): Plugin {
    const platformDir = join(projectRoot, APP_DIR, 'platform');
    const session = join(platformDir, 'session.ts');
    // The LWC 9 engine that `lwc` depends on, whatever version sits at the top of node_modules.
    const lwcDir = packageDir('lwc', projectRoot);
    const lwcPackage = (name: string) => join(packageDir(name, lwcDir), 'dist', 'index.js');
    const files: Record<string, string> = {
        lwc: lwcPackage('@lwc/engine-dom'),
        '@lwc/synthetic-shadow': lwcPackage('@lwc/synthetic-shadow'),
        ...Object.fromEntries(
            Object.entries(PLATFORM_SHIMS).map(([name, file]) => [name, join(projectRoot, file)])
        )
    };
    const i18n: Record<string, string> = {
        locale: UI_LOCALE,
        lang: UI_LOCALE.split('-')[0],
        timeZone: UI_TIME_ZONE,
        currency: UI_CURRENCY,
        dir: 'ltr'
    };
    const scoped = /^@salesforce\/(label\/c\.|schema\/|customPermission\/|user\/|i18n\/)/;
    let labels: Map<string, string>;
    let schema: Schema;
    return {
        name: 'local-org-platform',
        buildStart() {
            labels = readLabels(join(projectRoot, SOURCE_DIR));
            schema = loadSchema(join(projectRoot, SOURCE_DIR));
        },
        resolveId(source) {
            if (files[source]) {
                return files[source];
            }
            const i18nKey = source.startsWith('@salesforce/i18n/') ? source.slice(17) : '';
            // Other i18n keys (formats, separators) come from the base components' own stubs.
            if (scoped.test(source) && (!i18nKey || i18nKey in i18n)) {
                return `\0${source}`;
            }
            return null;
        },
        load(id) {
            if (!id.startsWith('\0@salesforce/')) {
                return null;
            }
            const [, kind, ...rest] = id.slice(1).split('/');
            const name = rest.join('/');
            const value = (exported: unknown) => `export default ${JSON.stringify(exported)};`;
            switch (kind) {
                case 'label': {
                    const label = labels.get(name.replace(/^c\./, ''));
                    if (label === undefined) {
                        this.error(`No custom label ${name} in ${LABELS_FILE}: add it there.`);
                    }
                    return value(label);
                }
                case 'schema': {
                    const reference = schemaReference(schema, name);
                    if (!reference) {
                        this.error(
                            `@salesforce/schema/${name} names no object or field of the project.`
                        );
                    }
                    return value(reference);
                }
                case 'customPermission':
                    if (!schema.customPermissions.has(name)) {
                        this.error(
                            `No custom permission ${name} in ${SOURCE_DIR}/customPermissions.`
                        );
                    }
                    // True when the user has it, undefined otherwise, as on the platform.
                    return `import { SESSION } from ${JSON.stringify(session)};\nexport default SESSION.customPermissions.includes(${JSON.stringify(name)}) ? true : undefined;`;
                case 'user':
                    if (name === 'Id') {
                        return `import { SESSION } from ${JSON.stringify(session)};\nexport default SESSION.userId;`;
                    }
                    if (name === 'isGuest') {
                        return value(false);
                    }
                    return this.error(
                        `@salesforce/user/${name} is not supported by the local org.`
                    );
                default:
                    return value(i18n[name]);
            }
        }
    };
}

/** Compiles TypeScript to JavaScript with the project's build settings, before the LWC compiler. */
async function typescriptPlugin(projectRoot: string): Promise<Plugin> {
    const { default: ts } = await import('typescript');
    const parsed = ts.getParsedCommandLineOfConfigFile(
        join(projectRoot, 'tsconfig.build.json'),
        {},
        {
            ...ts.sys,
            onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
                throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
            }
        }
    );
    const compilerOptions = { ...parsed?.options, sourceMap: false, declaration: false };
    return {
        name: 'local-org-typescript',
        transform(code, id) {
            const file = id.split('?')[0];
            if (!file.endsWith('.ts')) {
                return null;
            }
            return ts.transpileModule(code, { compilerOptions, fileName: file }).outputText;
        }
    };
}

// The component bundles of the project, by specifier, at their TypeScript sources (the emitted
// .js beside them may be stale).
function componentModules(projectRoot: string): { name: string; path: string }[] {
    const folder = join(projectRoot, LWC_DIR);
    return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => {
            const base = join(folder, entry.name, entry.name);
            const path = [`${base}.ts`, `${base}.js`, `${base}.html`].find(existsSync);
            return path ? [{ name: `c/${entry.name}`, path }] : [];
        });
}

/**
 * Builds the page bundle: the shell in `local-org/app`, the project's components from their
 * sources, the base components and the LWC 9 engine with synthetic shadow (so the SLDS style
 * sheet reaches inside components, as in Lightning Experience).
 * @param projectRoot the project root
 * @returns the bundle file, its size and how long the build took
 */
export async function buildBundle(
    projectRoot: string
): Promise<{ file: string; bytes: number; milliseconds: number }> {
    const started = performance.now();
    const [{ rollup }, { default: lwc }, { default: replace }] = await Promise.all([
        import('rollup'),
        import('@lwc/rollup-plugin'),
        import('@rollup/plugin-replace')
    ]);
    const warnings: string[] = [];
    const build = await rollup({
        input: join(projectRoot, APP_DIR, 'main.ts'),
        plugins: [
            platformModules(projectRoot),
            await typescriptPlugin(projectRoot),
            lwc({
                rootDir: join(projectRoot, 'local-org'),
                modules: [
                    ...componentModules(projectRoot),
                    { dir: join(projectRoot, 'local-org') },
                    { npm: 'lightning-base-components' }
                ],
                defaultModules: [],
                exclude: ['**/@lwc/engine-dom/**', '**/@lwc/synthetic-shadow/**'],
                enableDynamicComponents: true,
                enableSyntheticElementInternals: true
            }),
            replace({
                preventAssignment: true,
                values: {
                    'process.env.NODE_ENV': JSON.stringify('production'),
                    'process.env.SKIP_LWC_VERSION_MISMATCH_CHECK': 'false',
                    'process.env.FORCE_NATIVE_SHADOW_MODE_FOR_TEST': 'false',
                    'import.meta.env.SSR': 'false'
                }
            })
        ],
        onwarn(warning: RollupLog) {
            // Only the project's own sources are ours to fix; the packages' warnings are known.
            const file = warning.loc?.file ?? warning.id ?? '';
            if (
                !file.includes(`${sep}node_modules${sep}`) &&
                warning.code !== 'CIRCULAR_DEPENDENCY'
            ) {
                warnings.push(warning.message);
            }
        }
    });
    const file = bundlePath(projectRoot);
    const { output } = await build.write({
        file,
        format: 'es',
        sourcemap: false,
        inlineDynamicImports: true
    });
    await build.close();
    for (const warning of warnings) {
        console.warn(`page bundle: ${warning}`);
    }
    const bytes = output.reduce(
        (total, chunk) => total + (chunk.type === 'chunk' ? Buffer.byteLength(chunk.code) : 0),
        0
    );
    return { file: relative(projectRoot, file), bytes, milliseconds: performance.now() - started };
}
