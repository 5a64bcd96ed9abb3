/** @jest-environment node */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowProblems } from '../flowChecks';
import { PROJECT_ROOT } from '../../test-support/localOrgFixture';

const SOURCE = join(PROJECT_ROOT, 'force-app', 'main', 'default');

let sourceDir: string;
beforeEach(() => {
    sourceDir = join(mkdtempSync(join(tmpdir(), 'flow-checks-')), 'default');
    cpSync(SOURCE, sourceDir, {
        recursive: true,
        filter: (path) => !path.includes(`${join('default', 'lwc')}`)
    });
});
afterEach(() => rmSync(join(sourceDir, '..'), { recursive: true, force: true }));

function edit(relative: string, change: (xml: string) => string): void {
    const file = join(sourceDir, relative);
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
}

const ASKED = 'flows/Notify_Question_Asked.flow-meta.xml';

describe('flowProblems', () => {
    it("finds none in the project's flows and notification type", () => {
        expect(flowProblems(sourceDir, '65.0')).toEqual([]);
    });

    it('names a flow on another API version than the project', () => {
        edit(ASKED, (xml) =>
            xml.replace('<apiVersion>65.0</apiVersion>', '<apiVersion>64.0</apiVersion>')
        );
        expect(flowProblems(sourceDir, '65.0')).toEqual([
            expect.stringMatching(
                /^Flow Notify_Question_Asked .* is on API 64\.0, the project on 65\.0/
            )
        ]);
    });

    it.each([
        [
            'a notification type that is not in the project',
            (xml: string) =>
                xml.replace(
                    '<stringValue>Coaching_Update</stringValue>',
                    '<stringValue>Coaching_Updates</stringValue>'
                ),
            /looks up the notification type Coaching_Updates in Get_Coaching_Update_Type, which is not in notificationtypes\//
        ],
        [
            'recipients that are not a text collection',
            (xml: string) =>
                xml.replace(
                    /(<name>recipientIds<\/name>\s*<value>\s*<elementReference\s*>)Recipient_Ids/,
                    '$1Person_Asked_Id'
                ),
            /sends Send_Coaching_Update to recipients that are not a text collection variable/
        ],
        [
            'a hardcoded notification type Id',
            (xml: string) =>
                xml.replace(
                    /<elementReference\s*>Get_Coaching_Update_Type\.Id<\/elementReference>/,
                    '<stringValue>0ML000000000001AAA</stringValue>'
                ),
            /never hardcode the Id/
        ],
        [
            'a field the notification type lacks',
            (xml: string) =>
                xml.replace('{!$Record.CreatedBy.Name}', '{!Get_Coaching_Update_Type.Label}'),
            /CustomNotificationType has no field Label/
        ],
        [
            'a reference to no resource',
            (xml: string) =>
                xml.replace(
                    /<elementReference\s*>Body_Template</,
                    '<elementReference>Body_Templat<'
                ),
            /Send_Coaching_Update's body refers to Body_Templat, which is no formula, text template or variable/
        ],
        [
            'a field its object lacks in a text template',
            (xml: string) =>
                xml.replace(
                    '{!$Record.Coaching_Review__r.Opportunity__r.Name}',
                    '{!$Record.Coaching_Review__r.Opportunity__r.Title}'
                ),
            /names Opportunity\.Title, which does not exist/
        ],
        [
            'a relationship its object lacks in a formula',
            (xml: string) =>
                xml.replace(
                    '{!$Record.Coaching_Review__r.Reviewer__c}, {!$Record',
                    '{!$Record.Review__r.Reviewer__c}, {!$Record'
                ),
            /follows Coaching_Question__c\.Review__r, which is not a relationship/
        ],
        [
            'an Add to a single variable',
            (xml: string) =>
                xml.replace(
                    '<isCollection>true</isCollection>',
                    '<isCollection>false</isCollection>'
                ),
            /assigns Recipient_Ids in Add_Recipient with Add: Add needs a collection variable/
        ]
    ])('refuses a notification flow with %s, naming the flow', (_case, change, reason) => {
        edit(ASKED, change);
        const problems = flowProblems(sourceDir, '65.0');
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/^Flow Notify_Question_Asked \(/);
        expect(problems[0]).toMatch(reason);
    });

    it('refuses a notification type that reaches no one', () => {
        edit('notificationtypes/Coaching_Update.notiftype-meta.xml', (xml) =>
            xml
                .replace('<desktop>true</desktop>', '<desktop>false</desktop>')
                .replace('<mobile>true</mobile>', '<mobile>false</mobile>')
        );
        expect(flowProblems(sourceDir, '65.0')).toEqual([
            expect.stringMatching(/Coaching_Update reaches no one: set desktop or mobile to true/)
        ]);
    });
});
