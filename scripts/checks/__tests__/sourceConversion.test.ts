/** @jest-environment node */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { convertSource, formatConversionReport } from '../sourceConversion';

const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';
const FLOWS = join(__dirname, '..', '..', '..', 'force-app', 'main', 'default', 'flows');

// A one-object, one-component project: the smallest source a deploy accepts.
const PROJECT_FILES: Record<string, string> = {
    'sfdx-project.json': JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true }],
        sourceApiVersion: '65.0'
    }),
    '.forceignore': '**/*.ts\n',
    'force-app/main/default/objects/Note__c/Note__c.object-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="${METADATA_NS}">
    <deploymentStatus>Deployed</deploymentStatus>
    <label>Note</label>
    <nameField><label>Note Name</label><type>Text</type></nameField>
    <pluralLabel>Notes</pluralLabel>
    <sharingModel>ReadWrite</sharingModel>
</CustomObject>
`,
    'force-app/main/default/objects/Note__c/fields/Body__c.field-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="${METADATA_NS}">
    <fullName>Body__c</fullName>
    <label>Body</label>
    <length>255</length>
    <type>Text</type>
</CustomField>
`,
    'force-app/main/default/lwc/noteCard/noteCard.js-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="${METADATA_NS}">
    <apiVersion>65.0</apiVersion>
    <isExposed>false</isExposed>
</LightningComponentBundle>
`,
    'force-app/main/default/lwc/noteCard/noteCard.html': '<template></template>\n',
    'force-app/main/default/lwc/noteCard/noteCard.ts':
        "import { LightningElement } from 'lwc';\nexport default class NoteCard extends LightningElement {}\n",
    'force-app/main/default/lwc/noteCard/noteCard.js':
        "import { LightningElement } from 'lwc';\nexport default class NoteCard extends LightningElement {}\n"
};

describe('convertSource', () => {
    let projectDir: string;
    let outputDir: string;

    function writeProject(changes: Record<string, string | null> = {}): void {
        for (const [file, text] of Object.entries({ ...PROJECT_FILES, ...changes })) {
            if (text !== null) {
                mkdirSync(dirname(join(projectDir, file)), { recursive: true });
                writeFileSync(join(projectDir, file), text);
            }
        }
    }

    beforeEach(() => {
        projectDir = mkdtempSync(join(tmpdir(), 'source-project-'));
        outputDir = join(projectDir, 'converted');
    });

    afterEach(() => {
        rmSync(projectDir, { recursive: true, force: true });
    });

    it('converts a deployable project and counts components by type, children included', async () => {
        writeProject();

        const report = await convertSource(projectDir, outputDir);

        expect(report.problems).toEqual([]);
        expect(report.packageDirectories).toEqual(['force-app']);
        expect(Object.fromEntries(report.counts)).toEqual({
            CustomField: 1,
            CustomObject: 1,
            LightningComponentBundle: 1
        });
        expect(readFileSync(join(outputDir, 'package.xml'), 'utf8')).toContain(
            '<version>65.0</version>'
        );
        expect(existsSync(join(outputDir, 'lwc', 'noteCard', 'noteCard.js'))).toBe(true);
        expect(existsSync(join(outputDir, 'lwc', 'noteCard', 'noteCard.ts'))).toBe(false);
        expect(formatConversionReport(report)).toBe(
            [
                'Source conversion of force-app (API 65.0):',
                '  CustomField               1',
                '  CustomObject              1',
                '  LightningComponentBundle  1',
                ''
            ].join('\n')
        );
    });

    it('names a flow on another API version than the project, and a field its object lacks', async () => {
        writeProject({
            'force-app/main/default/flows/Notify_Note.flow-meta.xml': readFileSync(
                join(FLOWS, 'Notify_Question_Asked.flow-meta.xml'),
                'utf8'
            )
                .replace('<apiVersion>65.0</apiVersion>', '<apiVersion>64.0</apiVersion>')
                .replace('<object>Coaching_Question__c</object>', '<object>Note__c</object>')
        });

        const report = await convertSource(projectDir, outputDir);

        expect(report.counts.get('Flow')).toBe(1);
        expect(report.problems).toEqual([
            expect.stringMatching(
                /^Flow Notify_Note \(force-app\/main\/default\/flows\/Notify_Note\.flow-meta\.xml\) is on API 64\.0, the project on 65\.0/
            ),
            expect.stringMatching(
                /^Flow Notify_Note .* names Note__c\.Status__c, which does not exist/
            )
        ]);
    });

    it('names the file whose XML has a second root element', async () => {
        writeProject({
            'force-app/main/default/objects/Note__c/fields/Body__c.field-meta.xml': `${PROJECT_FILES['force-app/main/default/objects/Note__c/fields/Body__c.field-meta.xml']}<CustomField`
        });

        const report = await convertSource(projectDir, outputDir);

        expect(report.problems).toEqual([
            expect.stringContaining(
                'force-app/main/default/objects/Note__c/fields/Body__c.field-meta.xml'
            )
        ]);
        expect(formatConversionReport(report)).toContain('1 problem(s) would fail a deploy:');
    });

    it('refuses a file of no known metadata type inside an object', async () => {
        writeProject({
            'force-app/main/default/objects/Note__c/fields/Title__c.fld-meta.xml':
                PROJECT_FILES[
                    'force-app/main/default/objects/Note__c/fields/Body__c.field-meta.xml'
                ]
        });

        const report = await convertSource(projectDir, outputDir);

        expect(report.problems.join('\n')).toContain(
            'force-app/main/default/objects/Note__c/fields/Title__c.fld-meta.xml'
        );
    });

    it('refuses a component bundle the build has not emitted JavaScript for', async () => {
        writeProject({ 'force-app/main/default/lwc/noteCard/noteCard.js': null });

        const report = await convertSource(projectDir, outputDir);

        expect(report.problems).toEqual([
            'LightningComponentBundle noteCard has no noteCard.js: run npm run build'
        ]);
    });

    it('refuses TypeScript that .forceignore lets through', async () => {
        writeProject({ '.forceignore': '' });

        const report = await convertSource(projectDir, outputDir);

        expect(report.problems).toEqual([
            'LightningComponentBundle noteCard would deploy noteCard.ts: .forceignore must keep TypeScript out'
        ]);
    });

    it('refuses a sfdx-project.json that breaks its schema', async () => {
        writeProject({
            'sfdx-project.json': JSON.stringify({
                packageDirectories: [{ path: 'force-app', default: true, versionNumber: 1 }],
                sourceApiVersion: '65.0'
            })
        });

        const report = await convertSource(projectDir, outputDir);

        expect(report.problems.join('\n')).toMatch(/versionNumber/);
    });
});
