/**
 * Runs Salesforce Code Analyzer over the product source with the ESLint, PMD, regex and RetireJS
 * engines, as `sf code-analyzer run` would with the same configuration file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    EventType,
    LogLevel,
    SeverityLevel,
    type EngineLogEvent,
    type LogEvent,
    type RunResults,
    type Violation
} from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';

/** The configuration file, beside sfdx-project.json: ignores and engine settings, with reasons. */
export const CONFIG_FILE = 'code-analyzer.yml';

/** The folders analysed, relative to the project. */
export const TARGETS = ['force-app'];

export const ENGINES = ['eslint', 'pmd', 'regex', 'retire-js'] as const;

/**
 * Each engine's recommended rules. PMD recommends Apex rules only, and there is no Apex here, so
 * its Security rules are added: the AppExchange security review checks for metadata XML, HTML
 * and JavaScript.
 */
export const RULE_SELECTORS = [...ENGINES.map((engine) => `${engine}:Recommended`), 'pmd:Security'];

/** Severities 1 (Critical) to 3 (Moderate) fail the check; 4 (Low) and 5 (Info) are reported. */
export const FAILING_SEVERITY = SeverityLevel.Moderate;

/** One finding, with the file relative to the project. */
export interface Finding {
    engine: string;
    rule: string;
    severity: SeverityLevel;
    file: string | undefined;
    line: number | undefined;
    message: string;
}

/** What ran and what it found. */
export interface AnalysisReport {
    /** Rules selected per engine. */
    rules: Map<string, number>;
    targetedFiles: number;
    findings: Finding[];
    /** Engine errors the analyzer logged (a missing Java, a crashed engine). */
    errors: string[];
    results: RunResults;
}

/**
 * Component entry files whose emitted JavaScript is missing or older than the TypeScript: the
 * engines read the JavaScript that deploys, so it must be built first.
 * @param projectDir the project folder
 * @returns the .js files to build, relative to the project
 */
export function staleComponentScripts(projectDir: string): string[] {
    return TARGETS.flatMap((target) =>
        readdirSync(join(projectDir, target), { recursive: true, encoding: 'utf8' })
            .filter((file) => {
                const bundle = basename(dirname(file));
                return basename(dirname(dirname(file))) === 'lwc' && file.endsWith(`/${bundle}.ts`);
            })
            .map((file) => join(projectDir, target, file))
            .filter((source) => {
                const emitted = source.replace(/\.ts$/, '.js');
                return !existsSync(emitted) || statSync(emitted).mtimeMs < statSync(source).mtimeMs;
            })
            .map((source) => relative(projectDir, source.replace(/\.ts$/, '.js')))
    );
}

function toFinding(violation: Violation, projectDir: string): Finding {
    const location = violation.getPrimaryLocation();
    const file = location.getFile();
    return {
        engine: violation.getRule().getEngineName(),
        rule: violation.getRule().getName(),
        severity: violation.getRule().getSeverityLevel(),
        file: file === undefined ? undefined : relative(projectDir, file),
        line: location.getStartLine(),
        message: violation.getMessage().replace(/\s+/g, ' ').trim()
    };
}

/**
 * Runs the selected rules over the targets.
 * @param projectDir the folder holding code-analyzer.yml and the targets
 * @returns the findings, most severe first
 */
export async function analyzeProject(projectDir: string): Promise<AnalysisReport> {
    const analyzer = new CodeAnalyzer(CodeAnalyzerConfig.fromFile(join(projectDir, CONFIG_FILE)));
    const errors: string[] = [];
    analyzer.onEvent<LogEvent>(EventType.LogEvent, (event) => {
        if (event.logLevel === LogLevel.Error) {
            errors.push(event.message);
        }
    });
    analyzer.onEvent<EngineLogEvent>(EventType.EngineLogEvent, (event) => {
        if (event.logLevel === LogLevel.Error) {
            errors.push(`${event.engineName}: ${event.message}`);
        }
    });
    for (const engine of [eslintEngine, pmdEngine, regexEngine, retireJsEngine]) {
        await analyzer.addEnginePlugin(engine.createEnginePlugin());
    }
    // The project is the workspace so that the ignores in the configuration read from its root.
    const workspace = await analyzer.createWorkspace(
        [projectDir],
        TARGETS.map((target) => join(projectDir, target))
    );
    const selection = await analyzer.selectRules(RULE_SELECTORS, { workspace });
    const rules = new Map(
        ENGINES.map((engine) => [
            engine,
            selection.getEngineNames().includes(engine) ? selection.getRulesFor(engine).length : 0
        ])
    );
    const results = await analyzer.run(selection, { workspace });
    const findings = results
        .getViolations()
        .map((violation) => toFinding(violation, projectDir))
        .sort(
            (a, b) =>
                a.severity - b.severity ||
                (a.file ?? '').localeCompare(b.file ?? '') ||
                (a.line ?? 0) - (b.line ?? 0)
        );
    return {
        rules,
        targetedFiles: (await workspace.getTargetedFiles()).length,
        findings,
        errors,
        results
    };
}

/**
 * The findings that fail the check.
 * @param report what analyzeProject returned
 * @returns the findings of severity 1 to 3
 */
export function failingFindings(report: Pick<AnalysisReport, 'findings'>): Finding[] {
    return report.findings.filter((finding) => finding.severity <= FAILING_SEVERITY);
}

const SEVERITY_NAMES = ['', 'Critical', 'High', 'Moderate', 'Low', 'Info'];

/**
 * The report as lines for a terminal: every finding, then counts by engine and severity.
 * @param report what analyzeProject returned
 * @returns the text, ending with a newline
 */
export function formatAnalysisReport(
    report: Pick<AnalysisReport, 'rules' | 'targetedFiles' | 'findings'>
): string {
    const lines = [
        `Code Analyzer on ${TARGETS.join(', ')}: ${report.targetedFiles} files, rules ${[
            ...report.rules
        ]
            .map(([engine, count]) => `${engine} ${count}`)
            .join(', ')}`
    ];
    for (const finding of report.findings) {
        const place = finding.file
            ? `${finding.file}${finding.line ? `:${finding.line}` : ''}`
            : '(no file)';
        lines.push(
            `  ${finding.severity} ${SEVERITY_NAMES[finding.severity]}  ${place}  ${finding.engine}/${finding.rule}: ${finding.message}`
        );
    }
    const engines = [...new Set([...report.rules.keys(), ...report.findings.map((f) => f.engine)])];
    const width = Math.max(...engines.map((engine) => engine.length), 'total'.length);
    const severities = [1, 2, 3, 4, 5];
    const row = (label: string, cells: (string | number)[]) =>
        `  ${label.padEnd(width)}${cells.map((cell) => String(cell).padStart(12)).join('')}`;
    const count = (engine: string | undefined, severity: number) =>
        report.findings.filter(
            (finding) =>
                finding.severity === severity && (engine === undefined || finding.engine === engine)
        ).length;
    lines.push(
        'Violations by engine and severity:',
        row(
            '',
            severities.map((severity) => `${severity} ${SEVERITY_NAMES[severity]}`)
        ),
        ...engines.map((engine) =>
            row(
                engine,
                severities.map((severity) => count(engine, severity))
            )
        ),
        row(
            'total',
            severities.map((severity) => count(undefined, severity))
        )
    );
    return `${lines.join('\n')}\n`;
}
