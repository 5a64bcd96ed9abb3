/** @jest-environment node */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
    analyzeProject,
    CONFIG_FILE,
    failingFindings,
    formatAnalysisReport,
    staleComponentScripts,
    type AnalysisReport,
    type Finding
} from '../codeAnalysis';

const PROJECT_ROOT = join(__dirname, '..', '..', '..');
const BUNDLE = 'force-app/main/default/lwc/noteCard';

// A component that breaks a rule of each engine: its metadata names an API version retired years
// ago, its code sends an event through every shadow boundary and stops in the debugger. Its test
// stops in the debugger too, and must not count.
const SOURCE = `import { LightningElement } from 'lwc';
export default class NoteCard extends LightningElement {
    handleClick(): void {
        debugger;
        this.dispatchEvent(new CustomEvent('pick', { bubbles: true, composed: true }));
    }
}
`;
const PROJECT_FILES: Record<string, string> = {
    [`${BUNDLE}/noteCard.ts`]: SOURCE,
    [`${BUNDLE}/noteCard.js`]: SOURCE.replace('(): void', '()'),
    [`${BUNDLE}/noteCard.html`]:
        '<template><button onclick={handleClick}>Pick</button></template>\n',
    [`${BUNDLE}/noteCard.js-meta.xml`]: `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>45.0</apiVersion>
    <isExposed>false</isExposed>
</LightningComponentBundle>
`,
    [`${BUNDLE}/__tests__/noteCard.test.ts`]: 'debugger;\n',
    // ESLint parses TypeScript with the project's compiler settings.
    'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, target: 'ESNext', module: 'ESNext' },
        include: ['force-app/**/*.ts']
    })
};

function writeProject(projectDir: string): void {
    for (const [file, text] of Object.entries(PROJECT_FILES)) {
        mkdirSync(dirname(join(projectDir, file)), { recursive: true });
        writeFileSync(join(projectDir, file), text);
    }
    copyFileSync(join(PROJECT_ROOT, CONFIG_FILE), join(projectDir, CONFIG_FILE));
}

function finding(overrides: Partial<Finding>): Finding {
    return {
        engine: 'eslint',
        rule: 'no-eval',
        severity: 2,
        file: `${BUNDLE}/noteCard.ts`,
        line: 4,
        message: 'eval can be harmful.',
        ...overrides
    };
}

describe('analyzeProject', () => {
    let projectDir: string;
    let report: AnalysisReport;

    beforeAll(async () => {
        projectDir = mkdtempSync(join(tmpdir(), 'analyzed-project-'));
        writeProject(projectDir);
        report = await analyzeProject(projectDir);
        // Starting the engines and PMD's Java takes most of a minute on a busy machine.
    }, 300_000);

    afterAll(() => {
        rmSync(projectDir, { recursive: true, force: true });
    });

    it('reports each engine on the source it reads, with the file relative to the project', () => {
        const found = report.findings.map(({ engine, rule, file }) => `${engine} ${rule} ${file}`);

        expect(found).toEqual(
            expect.arrayContaining([
                `regex AvoidOldSalesforceApiVersions ${BUNDLE}/noteCard.js-meta.xml`,
                `pmd AvoidLwcBubblesComposedTrue ${BUNDLE}/noteCard.js`,
                `eslint no-debugger ${BUNDLE}/noteCard.ts`,
                `eslint no-debugger ${BUNDLE}/noteCard.js`
            ])
        );
        expect(report.errors).toEqual([]);
        expect([...report.rules.keys()]).toEqual(['eslint', 'pmd', 'regex', 'retire-js']);
        expect(report.rules.get('retire-js')).toBeGreaterThan(0);
    });

    it('leaves out tests', () => {
        expect(report.findings.filter((f) => f.file?.includes('__tests__'))).toEqual([]);
    });

    it('fails on every finding of these three rules', () => {
        expect(failingFindings(report).map((f) => f.rule)).toEqual(
            expect.arrayContaining([
                'AvoidOldSalesforceApiVersions',
                'AvoidLwcBubblesComposedTrue',
                'no-debugger'
            ])
        );
    });
});

describe('failingFindings and formatAnalysisReport', () => {
    const findings = [
        finding({}),
        finding({ engine: 'pmd', rule: 'AvoidLwcBubblesComposedTrue', severity: 3 }),
        finding({ engine: 'eslint', rule: 'some-style', severity: 4, line: undefined }),
        finding({ engine: 'regex', rule: 'AvoidTermsWithImplicitBias', severity: 5 })
    ];
    const rules = new Map([
        ['eslint', 81],
        ['pmd', 16],
        ['regex', 2],
        ['retire-js', 4]
    ]);

    it('fails on severity 1 to 3 only', () => {
        expect(failingFindings({ findings }).map((f) => f.severity)).toEqual([2, 3]);
    });

    it('lists each finding, then the counts by engine and severity', () => {
        expect(formatAnalysisReport({ rules, targetedFiles: 5, findings })).toBe(
            [
                'Code Analyzer on force-app: 5 files, rules eslint 81, pmd 16, regex 2, retire-js 4',
                `  2 High  ${BUNDLE}/noteCard.ts:4  eslint/no-eval: eval can be harmful.`,
                `  3 Moderate  ${BUNDLE}/noteCard.ts:4  pmd/AvoidLwcBubblesComposedTrue: eval can be harmful.`,
                `  4 Low  ${BUNDLE}/noteCard.ts  eslint/some-style: eval can be harmful.`,
                `  5 Info  ${BUNDLE}/noteCard.ts:4  regex/AvoidTermsWithImplicitBias: eval can be harmful.`,
                'Violations by engine and severity:',
                '             1 Critical      2 High  3 Moderate       4 Low      5 Info',
                '  eslint              0           1           0           1           0',
                '  pmd                 0           0           1           0           0',
                '  regex               0           0           0           0           1',
                '  retire-js           0           0           0           0           0',
                '  total               0           1           1           1           1',
                ''
            ].join('\n')
        );
    });
});

describe('staleComponentScripts', () => {
    let projectDir: string;

    beforeEach(() => {
        projectDir = mkdtempSync(join(tmpdir(), 'built-project-'));
        writeProject(projectDir);
    });

    afterEach(() => {
        rmSync(projectDir, { recursive: true, force: true });
    });

    it('passes a component whose JavaScript was emitted after its TypeScript', () => {
        expect(staleComponentScripts(projectDir)).toEqual([]);
    });

    it('names a component whose JavaScript is missing or older than its TypeScript', () => {
        const past = new Date(Date.now() - 60_000);
        utimesSync(join(projectDir, BUNDLE, 'noteCard.js'), past, past);

        expect(staleComponentScripts(projectDir)).toEqual([`${BUNDLE}/noteCard.js`]);

        rmSync(join(projectDir, BUNDLE, 'noteCard.js'));

        expect(staleComponentScripts(projectDir)).toEqual([`${BUNDLE}/noteCard.js`]);
    });
});
