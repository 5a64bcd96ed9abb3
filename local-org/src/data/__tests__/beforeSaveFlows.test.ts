/** @jest-environment node */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    flowsByObject,
    readFlow,
    UnsupportedFlowError,
    type BeforeSaveFlowDefinition
} from '../../../../metadata/projectMetadata';
import { runBeforeSaveFlows } from '../beforeSaveFlows';
import { loadSchema, type ObjectSchema } from '../../../../metadata/schema';
import { PROJECT_ROOT } from '../../../../test-support/localOrgFixture';

const schema = loadSchema(join(PROJECT_ROOT, 'force-app', 'main', 'default'));
const questions = schema.objects.get('Coaching_Question__c') as ObjectSchema;
const NOW = new Date('2026-11-24T09:30:00.000Z');

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'local-org-flows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STAMP = `
    <assignments>
        <name>Stamp</name>
        <label>Stamp</label>
        <locationX>0</locationX>
        <locationY>0</locationY>
        <assignmentItems>
            <assignToReference>$Record.Answered_At__c</assignToReference>
            <operator>Assign</operator>
            <value><elementReference>$Flow.CurrentDateTime</elementReference></value>
        </assignmentItems>
    </assignments>`;

function flowFile(name: string, body: string, start: string, status = 'Active'): string {
    const file = join(dir, `${name}.flow-meta.xml`);
    writeFileSync(
        file,
        `<?xml version="1.0" encoding="UTF-8"?>
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>65.0</apiVersion>${body}
    <label>${name}</label>
    <processType>AutoLaunchedFlow</processType>
    <start>
        <connector><targetReference>Stamp</targetReference></connector>${start}
    </start>
    <status>${status}</status>
</Flow>`
    );
    return file;
}

const BEFORE_SAVE = `
        <object>Coaching_Question__c</object>
        <recordTriggerType>CreateAndUpdate</recordTriggerType>
        <triggerType>RecordBeforeSave</triggerType>`;

function answered(): Record<string, string | number | null> {
    return { Status__c: 'Answered', Answered_At__c: null, Answer__c: 'Yes.' };
}

describe('before-save flows', () => {
    it("reads the project's answer-time flow onto Coaching_Question__c", () => {
        expect(questions.beforeSaveFlows.map((flow) => flow.name)).toEqual([
            'Stamp_Question_Answered_At'
        ]);
        expect(questions.beforeSaveFlows[0]).toMatchObject({
            onCreate: true,
            onUpdate: true,
            filterLogic: 'and',
            assignments: [{ field: 'Answered_At__c' }]
        });
    });

    it('stamps only a question saved as Answered without an answer time', () => {
        const flows = questions.beforeSaveFlows;
        const record = answered();
        const prior = { ...record, Status__c: 'Open', Answer__c: null };
        expect(runBeforeSaveFlows(flows, { object: questions, record, prior, now: NOW })).toEqual([
            'Stamp_Question_Answered_At'
        ]);
        expect(record.Answered_At__c).toBe(NOW.toISOString());

        const open = { ...answered(), Status__c: 'Open' };
        expect(runBeforeSaveFlows(flows, { object: questions, record: open, now: NOW })).toEqual(
            []
        );
        const stamped = { ...answered(), Answered_At__c: '2026-01-01T00:00:00.000Z' };
        runBeforeSaveFlows(flows, { object: questions, record: stamped, prior, now: NOW });
        expect(stamped.Answered_At__c).toBe('2026-01-01T00:00:00.000Z');
    });

    it('runs "only when updated to meet the conditions" once, on the change', () => {
        const file = flowFile(
            'Changed_To_Answered',
            STAMP,
            `${BEFORE_SAVE}
        <doesRequireRecordChangedToMeetCriteria>true</doesRequireRecordChangedToMeetCriteria>
        <filters>
            <field>Status__c</field>
            <operator>EqualTo</operator>
            <value><stringValue>Answered</stringValue></value>
        </filters>`
        );
        const flows = [readFlow(file) as BeforeSaveFlowDefinition];
        const record = answered();
        const run = (prior: Record<string, string | number | null>) =>
            runBeforeSaveFlows(flows, { object: questions, record, prior, now: NOW });
        expect(run({ ...record, Status__c: 'Open' })).toEqual(['Changed_To_Answered']);
        expect(run({ ...record, Status__c: 'Answered' })).toEqual([]);
    });

    it('joins entry conditions with or, and honours IsChanged', () => {
        const file = flowFile(
            'Either',
            STAMP,
            `${BEFORE_SAVE}
        <filterLogic>or</filterLogic>
        <filters>
            <field>Answer__c</field>
            <operator>IsChanged</operator>
            <value><booleanValue>true</booleanValue></value>
        </filters>
        <filters>
            <field>Status__c</field>
            <operator>NotEqualTo</operator>
            <value><stringValue>Open</stringValue></value>
        </filters>`
        );
        const flows = [readFlow(file) as BeforeSaveFlowDefinition];
        const open = { Status__c: 'Open', Answer__c: 'New', Answered_At__c: null };
        const run = (prior: Record<string, string | number | null>) =>
            runBeforeSaveFlows(flows, { object: questions, record: { ...open }, prior, now: NOW });
        expect(run({ ...open, Answer__c: 'Old' })).toEqual(['Either']);
        expect(run({ ...open })).toEqual([]);
    });

    it('evaluates an entry formula with ISCHANGED and PRIORVALUE', () => {
        const file = flowFile(
            'Formula_Entry',
            STAMP,
            `${BEFORE_SAVE}
        <filterFormula>AND(ISCHANGED({!$Record.Status__c}), ISPICKVAL(PRIORVALUE({!$Record.Status__c}), 'Open'))</filterFormula>`
        );
        const flows = [readFlow(file) as BeforeSaveFlowDefinition];
        const run = (prior?: Record<string, string | number | null>) =>
            runBeforeSaveFlows(flows, { object: questions, record: answered(), prior, now: NOW });
        expect(run({ ...answered(), Status__c: 'Open' })).toEqual(['Formula_Entry']);
        expect(run({ ...answered(), Status__c: 'Resolved' })).toEqual([]);
        expect(run(undefined)).toEqual([]);
    });

    it('ignores inactive flows and flows that no record save starts', () => {
        expect(readFlow(flowFile('Draft', '<decisions/>', BEFORE_SAVE, 'Draft'))).toBeUndefined();
        expect(readFlow(flowFile('Launched', STAMP, ''))).toBeUndefined();
    });

    it.each([
        ['a decision', `${STAMP}<decisions><name>D</name></decisions>`, BEFORE_SAVE, /<decisions>/],
        [
            'a scheduled trigger',
            STAMP,
            BEFORE_SAVE.replace('RecordBeforeSave', 'Scheduled'),
            /the trigger Scheduled/
        ],
        [
            'a delete trigger',
            STAMP,
            BEFORE_SAVE.replace('CreateAndUpdate', 'Delete'),
            /the record trigger Delete/
        ],
        [
            'both an entry formula and field conditions',
            STAMP,
            `${BEFORE_SAVE}<filterFormula>ISNEW()</filterFormula><filters><field>Answer__c</field><operator>IsNull</operator><value><booleanValue>true</booleanValue></value></filters>`,
            /both a formula and field conditions/
        ],
        [
            'custom condition logic',
            STAMP,
            `${BEFORE_SAVE}<filterLogic>1 OR 2</filterLogic>`,
            /custom condition logic "1 OR 2"/
        ],
        [
            'an operator outside the subset',
            STAMP,
            `${BEFORE_SAVE}<filters><field>Answer__c</field><operator>Contains</operator><value><stringValue>x</stringValue></value></filters>`,
            /operator Contains/
        ],
        [
            'an assignment to another record',
            STAMP.replace('$Record.Answered_At__c', 'someVariable'),
            BEFORE_SAVE,
            /assignment to someVariable/
        ],
        [
            'a formula reference',
            STAMP.replace('$Flow.CurrentDateTime', 'Answer_Formula'),
            BEFORE_SAVE,
            /the reference Answer_Formula/
        ]
    ])('refuses a flow with %s, naming it', (_case, body, start, reason) => {
        const file = flowFile('Unsupported', body, start);
        expect(() => readFlow(file)).toThrow(UnsupportedFlowError);
        expect(() => readFlow(file)).toThrow(/Flow Unsupported \(.*Unsupported\.flow-meta\.xml\)/);
        expect(() => readFlow(file)).toThrow(reason);
    });

    it('refuses a flow naming a field its object lacks', () => {
        const file = flowFile(
            'Missing_Field',
            STAMP.replace('Answered_At__c', 'Answered_On__c'),
            BEFORE_SAVE
        );
        expect(() =>
            flowsByObject(schema.objects, [readFlow(file) as BeforeSaveFlowDefinition])
        ).toThrow(
            /Flow Missing_Field .* Coaching_Question__c\.Answered_On__c, which does not exist/
        );
    });
});
