/**
 * Converts the project's source to the Metadata API format with Salesforce's own library, the one
 * `sf project deploy` and `sf project convert source` use, so what it refuses fails here first.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Lifecycle, SfProject } from '@salesforce/core';
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';
import { flowProblems } from '../../metadata/flowChecks';

/** What the conversion produced, or why it cannot deploy. */
export interface ConversionReport {
    /** The package directories converted, relative to the project. */
    packageDirectories: string[];
    sourceApiVersion: string | undefined;
    /** Components per metadata type, children (fields, labels, ...) counted under their own type. */
    counts: Map<string, number>;
    /** Anything that would make a deploy fail or behave other than the source says. */
    problems: string[];
}

// The platform compiles an LWC bundle from its .js; the build emits it from the .ts beside it.
function missingComponentScripts(component: SourceComponent, outputDir: string): string[] {
    const bundleDir = join(outputDir, 'lwc', component.fullName);
    const files = existsSync(bundleDir) ? readdirSync(bundleDir) : [];
    const problems: string[] = [];
    if (!files.includes(`${component.fullName}.js`)) {
        problems.push(
            `LightningComponentBundle ${component.fullName} has no ${component.fullName}.js: run npm run build`
        );
    }
    const sources = files.filter((file) => file.endsWith('.ts'));
    if (sources.length > 0) {
        problems.push(
            `LightningComponentBundle ${component.fullName} would deploy ${sources.join(', ')}: .forceignore must keep TypeScript out`
        );
    }
    return problems;
}

function countByType(components: Iterable<SourceComponent>): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (type: string) => counts.set(type, (counts.get(type) ?? 0) + 1);
    for (const component of components) {
        add(component.type.name);
        for (const child of component.getChildren()) {
            add(child.type.name);
        }
    }
    return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

function describeFailure(error: unknown, projectDir: string): string {
    const message = error instanceof Error ? error.message : String(error);
    // The library names files by absolute path and spreads XML parser details over several lines.
    return message
        .split(projectDir + '/')
        .join('')
        .replace(/\\n|\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/**
 * Converts every package directory of sfdx-project.json into outputDir.
 * @param projectDir the folder holding sfdx-project.json
 * @param outputDir an empty folder for the Metadata API format (package.xml and one folder per type)
 * @returns the counts, and the problems that would fail a deploy (empty when it can go ahead)
 */
export async function convertSource(
    projectDir: string,
    outputDir: string
): Promise<ConversionReport> {
    // The library opens a log file in the home folder as it loads, unless told not to: a check
    // leaves nothing behind.
    process.env.SF_DISABLE_LOG_FILE ??= 'true';
    const { ComponentSetBuilder, MetadataConverter } =
        await import('@salesforce/source-deploy-retrieve');
    const warnings: string[] = [];
    const lifecycle = Lifecycle.getInstance();
    lifecycle.onWarning(async (warning) => {
        warnings.push(describeFailure(warning, projectDir));
    });
    const report: ConversionReport = {
        packageDirectories: [],
        sourceApiVersion: undefined,
        counts: new Map(),
        problems: []
    };
    try {
        const project = await SfProject.resolve(projectDir);
        // Reports a malformed sfdx-project.json as a warning, which fails the check below.
        await project.getSfProjectJson().schemaValidate();
        const directories = project.getUniquePackageDirectories();
        report.packageDirectories = directories.map((directory) =>
            relative(projectDir, directory.fullPath).replace(/\/$/, '')
        );
        const apiVersion = project.getSfProjectJson().getContents().sourceApiVersion;
        report.sourceApiVersion = apiVersion;
        const components = await ComponentSetBuilder.build({
            sourcepath: directories.map((directory) => directory.fullPath),
            sourceapiversion: apiVersion,
            projectDir
        });
        const result = await new MetadataConverter().convert(components, 'metadata', {
            type: 'directory',
            outputDirectory: outputDir,
            genUniqueDir: false
        });
        const converted = result.converted ?? [];
        // The source format still holds the children the conversion folds into their parents.
        report.counts = countByType(components.getSourceComponents());
        if (converted.length === 0) {
            report.problems.push('no metadata found in the package directories');
        }
        for (const component of converted) {
            if (component.type.name === 'LightningComponentBundle') {
                report.problems.push(...missingComponentScripts(component, outputDir));
            }
        }
        // Flows convert whatever they reference; what they name is checked against the source.
        for (const directory of directories) {
            const sourceDir = join(directory.fullPath, 'main', 'default');
            if (existsSync(join(sourceDir, 'objects'))) {
                report.problems.push(
                    ...flowProblems(sourceDir, apiVersion).map((problem) =>
                        describeFailure(problem, projectDir)
                    )
                );
            }
        }
    } catch (error) {
        report.problems.push(describeFailure(error, projectDir));
    } finally {
        lifecycle.removeAllListeners('warning');
    }
    report.problems.unshift(...warnings);
    return report;
}

/**
 * The report as lines for a terminal.
 * @param report what convertSource returned
 * @returns the text, ending with a newline
 */
export function formatConversionReport(report: ConversionReport): string {
    const width = Math.max(0, ...[...report.counts.keys()].map((type) => type.length));
    const lines = [
        `Source conversion of ${report.packageDirectories.join(', ') || 'sfdx-project.json'} (API ${report.sourceApiVersion ?? 'unknown'}):`,
        ...[...report.counts].map(([type, count]) => `  ${type.padEnd(width)}  ${count}`)
    ];
    if (report.problems.length > 0) {
        lines.push(
            `${report.problems.length} problem(s) would fail a deploy:`,
            ...report.problems.map((problem) => `  ${problem}`)
        );
    }
    return `${lines.join('\n')}\n`;
}
