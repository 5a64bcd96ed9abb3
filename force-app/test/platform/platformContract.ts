import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** A file that stands in for a platform module: a jest mock or a local org shim. */
export interface StandIn {
    /** The module it replaces, such as `lightning/graphql`. */
    module: string;
    file: string;
}

const STUBS_DIR = join(
    dirname(require.resolve('@salesforce/sfdx-lwc-jest/package.json')),
    'src',
    'lightning-stubs'
);
const PROJECT_ROOT = join(__dirname, '..', '..', '..');

/**
 * The stock sfdx-lwc-jest stub of a `lightning/*` module: the platform's contract for what it exports.
 * @param moduleName the module, such as `lightning/graphql`
 * @returns the stub's file, or undefined when sfdx-lwc-jest has none
 */
export function stockStubFile(moduleName: string): string | undefined {
    const [namespace, name] = moduleName.split('/');
    const file = join(STUBS_DIR, name ?? '', `${name}.js`);
    return namespace === 'lightning' && existsSync(file) ? file : undefined;
}

function moduleValueNames(checker: ts.TypeChecker, module: ts.Symbol): string[] {
    // `module.exports = {...}` is one `export=` symbol whose properties are the exports.
    const exportEquals = module.exports?.get(ts.InternalSymbolName.ExportEquals);
    const symbols = exportEquals
        ? checker.getTypeOfSymbol(exportEquals).getProperties()
        : checker.getExportsOfModule(module);
    return symbols
        .filter((symbol) => {
            const target =
                symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
            // Types vanish at runtime; only values are part of the contract.
            return (target.flags & ts.SymbolFlags.Value) !== 0;
        })
        .map((symbol) => symbol.name);
}

// Reads exports without running the files: stubs call `jest`, shims read the page they run in.
function valueExports(files: string[]): Map<string, string[]> {
    const program = ts.createProgram(files, {
        allowJs: true,
        noEmit: true,
        // The stock stubs are JavaScript inside node_modules, which TypeScript skips by default.
        maxNodeModuleJsDepth: 1,
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        target: ts.ScriptTarget.ESNext,
        types: []
    });
    const checker = program.getTypeChecker();
    const exports = new Map<string, string[]>();
    for (const file of files) {
        // A CommonJS file's module symbol is only on the source file itself.
        const source = program.getSourceFile(file) as
            (ts.SourceFile & { symbol?: ts.Symbol }) | undefined;
        const moduleSymbol = source && (checker.getSymbolAtLocation(source) ?? source.symbol);
        const names = moduleSymbol ? moduleValueNames(checker, moduleSymbol) : [];
        exports.set(file, names.sort());
    }
    return exports;
}

/**
 * Holds stand-ins to the stock stubs: a stand-in may export nothing the stub of its module lacks,
 * so code that passes against our doubles also runs on the platform.
 * @param standIns the jest mocks and local org shims
 * @returns one sentence per stand-in that breaks the rule, naming its file
 */
export function platformContractProblems(standIns: StandIn[]): string[] {
    const problems: string[] = [];
    const stubs = new Map(standIns.map(({ module }) => [module, stockStubFile(module)]));
    const exported = valueExports([
        ...standIns.map(({ file }) => file),
        ...[...stubs.values()].filter((file): file is string => file !== undefined)
    ]);
    for (const { module, file } of standIns) {
        const name = relative(PROJECT_ROOT, file);
        const stub = stubs.get(module);
        if (!stub) {
            problems.push(`${name} stands in for ${module}, which has no stock stub to hold it to`);
            continue;
        }
        const allowed = new Set(exported.get(stub));
        const extra = (exported.get(file) ?? []).filter((exportName) => !allowed.has(exportName));
        if (extra.length > 0) {
            problems.push(
                `${name} exports ${extra.join(', ')}, which the stock ${module} stub lacks`
            );
        }
    }
    return problems;
}

/**
 * Lists the `lightning/*` modules a jest config maps to our own mocks (`moduleNameMapper`).
 * @param moduleNameMapper the mapping of one jest project
 * @param rootDir what `<rootDir>` stands for
 * @returns the mocks, with the module each replaces
 */
export function jestStandIns(
    moduleNameMapper: Record<string, string> | undefined,
    rootDir: string
): StandIn[] {
    return Object.entries(moduleNameMapper ?? {}).flatMap(([pattern, target]) => {
        const match = /^\^?(lightning\/[\w-]+)\$?$/.exec(pattern);
        if (!match) {
            return [];
        }
        return [{ module: match[1], file: require.resolve(target.replace('<rootDir>', rootDir)) }];
    });
}
