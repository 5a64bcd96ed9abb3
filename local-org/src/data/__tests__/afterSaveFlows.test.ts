/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    readFlow,
    UnsupportedFlowError,
    type AfterSaveFlowDefinition
} from '../../../../metadata/projectMetadata';
import type { ObjectSchema } from '../../../../metadata/schema';
import {
    openSeededOrg,
    PROJECT_ROOT,
    refusal,
    type SeededOrg
} from '../../../../test-support/localOrgFixture';
import type { RequestContext } from '../../requestContext';
import { createRecord, updateRecord } from '../recordWrites';
import type { NotificationRow } from '../notifications';

const FLOWS = join(PROJECT_ROOT, 'force-app', 'main', 'default', 'flows');

let org: SeededOrg;
let seller: RequestContext;
let manager: RequestContext;
let admin: RequestContext;
let dir: string;

beforeAll(() => {
    org = openSeededOrg();
    seller = org.contextAs('seller');
    manager = org.contextAs('manager');
    admin = org.contextAs('admin');
    dir = mkdtempSync(join(tmpdir(), 'local-org-after-save-'));
});
afterAll(() => {
    org.close();
    rmSync(dir, { recursive: true, force: true });
});

const ref = (name: string) => org.refs.get(name) as string;

/** The notifications sent since a mark, oldest first. */
function sentSince(mark: number): NotificationRow[] {
    return org.store.db
        .prepare('SELECT * FROM local_notification WHERE rowid > ? ORDER BY rowid')
        .all(mark) as NotificationRow[];
}

function mark(): number {
    const row = org.store.db.prepare('SELECT MAX(rowid) AS last FROM local_notification').get() as {
        last: number | null;
    };
    return row.last ?? 0;
}

/** Runs a write as a request does: in one transaction, so a refusal rolls it all back. */
function inRequest<T>(work: () => T): T {
    return org.store.transaction(work);
}

function openReview(deal: string): string {
    return inRequest(() =>
        createRecord(manager, 'Coaching_Review__c', {
            Opportunity__c: ref(deal),
            Reviewer__c: ref('manager'),
            Seller__c: ref('seller'),
            Intent__c: 'Agree together on what the customer needs before the next call.'
        })
    );
}

/** A variant of one of the project's flows, written to a temporary file. */
function variant(flow: string, edit: (xml: string) => string, name = 'Variant'): string {
    const file = join(dir, `${name}.flow-meta.xml`);
    writeFileSync(file, edit(readFileSync(join(FLOWS, `${flow}.flow-meta.xml`), 'utf8')));
    return file;
}

describe('after-save flows', () => {
    it("reads the project's notification flows onto their objects", () => {
        const flowsOf = (name: string) =>
            (org.store.schema.objects.get(name) as ObjectSchema).afterSaveFlows.map(
                (flow) => flow.name
            );
        expect(flowsOf('Coaching_Review__c')).toEqual(['Notify_Seller_Review_Started']);
        expect(flowsOf('Coaching_Question__c')).toEqual([
            'Notify_Asker_Of_Response',
            'Notify_Question_Asked'
        ]);
        expect(flowsOf('Coaching_Reply__c')).toEqual(['Notify_Reply_Posted']);
    });

    describe('Notify_Seller_Review_Started', () => {
        it('tells the seller when a review is created Open, once', () => {
            const before = mark();
            const reviewId = openReview('pilotDeal');
            expect(sentSince(before)).toEqual([
                expect.objectContaining({
                    recipientId: ref('seller'),
                    title: 'Morgan Lee started a coaching review on Summit Foods - Warehouse Analytics Pilot',
                    body: 'Why we are reviewing it: Agree together on what the customer needs before the next call.',
                    targetId: ref('pilotDeal'),
                    isRead: 0
                })
            ]);
            const edited = mark();
            inRequest(() =>
                updateRecord(manager, 'Coaching_Review__c', reviewId, {
                    Intent__c: 'Check the pilot scope with the customer.'
                })
            );
            expect(sentSince(edited)).toEqual([]);
        });

        it('tells the seller when a requested review is opened, not when it is requested', () => {
            const before = mark();
            const reviewId = inRequest(() =>
                createRecord(admin, 'Coaching_Review__c', {
                    Opportunity__c: ref('migrationDeal'),
                    Seller__c: ref('seller'),
                    Reviewer__c: ref('manager'),
                    Status__c: 'Requested',
                    Seller_Focus__c: 'How to get the data owner on board.'
                })
            );
            expect(sentSince(before)).toEqual([]);
            inRequest(() =>
                updateRecord(manager, 'Coaching_Review__c', reviewId, {
                    Status__c: 'Open',
                    Intent__c: 'Find the data owner together.'
                })
            );
            expect(sentSince(before).map((row) => [row.recipientId, row.title])).toEqual([
                [
                    ref('seller'),
                    'Morgan Lee started a coaching review on Northwind Health - Data Migration'
                ]
            ]);
        });
    });

    describe('questions, answers and replies', () => {
        let reviewId: string;
        beforeAll(() => {
            reviewId = openReview('pilotDeal');
        });

        function ask(as: RequestContext, fields: Record<string, unknown>): string {
            return inRequest(() =>
                createRecord(as, 'Coaching_Question__c', {
                    Coaching_Review__c: reviewId,
                    ...fields
                })
            );
        }

        it("tells the seller about the reviewer's question, naming the asker and the deal", () => {
            const before = mark();
            ask(manager, { Question__c: 'Who signs off on the pilot?', Kind__c: 'Open question' });
            expect(sentSince(before)).toEqual([
                expect.objectContaining({
                    recipientId: ref('seller'),
                    title: 'Morgan Lee asked a question on Summit Foods - Warehouse Analytics Pilot',
                    body: 'Who signs off on the pilot?',
                    targetId: ref('pilotDeal')
                })
            ]);
        });

        it('cuts a long question to the 750 characters a notification body holds', () => {
            const before = mark();
            const question = `${'Which of their depots would run the pilot, and why that one? '.repeat(32)}`;
            expect(question.length).toBeGreaterThan(1900);
            ask(manager, { Question__c: question, Kind__c: 'Open question' });
            const [sent] = sentSince(before);
            expect(sent.body).toHaveLength(700);
            expect(sent.body).toBe(`${question.slice(0, 699)}…`);
        });

        it("tells the reviewer about the seller's question", () => {
            const before = mark();
            ask(seller, {
                Question__c: 'Could you join the call with their CFO?',
                Kind__c: 'Closed question',
                Asked_By__c: 'Seller'
            });
            expect(sentSince(before).map((row) => [row.recipientId, row.title])).toEqual([
                [
                    ref('manager'),
                    'Sam Rivera asked a question on Summit Foods - Warehouse Analytics Pilot'
                ]
            ]);
        });

        it('tells the asker when the question is answered, once', () => {
            const questionId = ask(manager, {
                Question__c: 'What would make the pilot a success for them?',
                Kind__c: 'Open question'
            });
            const before = mark();
            inRequest(() =>
                updateRecord(seller, 'Coaching_Question__c', questionId, {
                    Answer__c: 'Fewer stock-outs in the first month.',
                    Status__c: 'Answered'
                })
            );
            expect(sentSince(before)).toEqual([
                expect.objectContaining({
                    recipientId: ref('manager'),
                    title: 'Sam Rivera answered your question on Summit Foods - Warehouse Analytics Pilot',
                    body: 'Fewer stock-outs in the first month.'
                })
            ]);
        });

        it('tells the asker an idea was adopted, or set aside with the reason', () => {
            const adopted = ask(manager, {
                Question__c: 'What if we ran the pilot in one warehouse first?',
                Kind__c: 'Suggestion'
            });
            const setAside = ask(manager, {
                Question__c: 'Send them the ROI model today.',
                Kind__c: 'Directive'
            });
            const before = mark();
            inRequest(() =>
                updateRecord(seller, 'Coaching_Question__c', adopted, {
                    Idea_Response__c: 'Adopted'
                })
            );
            inRequest(() =>
                updateRecord(seller, 'Coaching_Question__c', setAside, {
                    Idea_Response__c: 'Set aside',
                    Response_Reason__c: 'They asked for the model after the site visit.'
                })
            );
            expect(sentSince(before).map((row) => [row.recipientId, row.title, row.body])).toEqual([
                [
                    ref('manager'),
                    'Sam Rivera adopted your idea on Summit Foods - Warehouse Analytics Pilot',
                    'What if we ran the pilot in one warehouse first?'
                ],
                [
                    ref('manager'),
                    'Sam Rivera set aside your direction on Summit Foods - Warehouse Analytics Pilot',
                    'Why: They asked for the model after the site visit.'
                ]
            ]);
        });

        it('tells the other participant about a reply', () => {
            const questionId = ask(manager, {
                Question__c: 'How firm is their timeline?',
                Kind__c: 'Open question'
            });
            const before = mark();
            const reply = (as: RequestContext, text: string) =>
                inRequest(() =>
                    createRecord(as, 'Coaching_Reply__c', {
                        Coaching_Question__c: questionId,
                        Reply__c: text
                    })
                );
            reply(seller, 'Firm: their season starts in March.');
            reply(manager, 'Then the pilot has to start in January.');
            expect(sentSince(before).map((row) => [row.recipientId, row.title, row.body])).toEqual([
                [
                    ref('manager'),
                    'Sam Rivera replied on Summit Foods - Warehouse Analytics Pilot',
                    'Firm: their season starts in March.'
                ],
                [
                    ref('seller'),
                    'Morgan Lee replied on Summit Foods - Warehouse Analytics Pilot',
                    'Then the pilot has to start in January.'
                ]
            ]);
        });

        it('rolls the save back when a flow fails, naming the flow and the element', () => {
            const questions = org.store.schema.objects.get('Coaching_Question__c') as ObjectSchema;
            const broken = readFlow(
                variant(
                    'Notify_Question_Asked',
                    (xml) =>
                        xml.replace(
                            /<elementReference\s*>\$Record\.Coaching_Review__r\.Opportunity__c<\/elementReference>/,
                            '<stringValue>006000000000000AAA</stringValue>'
                        ),
                    'Broken_Target'
                )
            ) as AfterSaveFlowDefinition;
            const saved = [...questions.afterSaveFlows];
            questions.afterSaveFlows.push(broken);
            const count = () =>
                (
                    org.store.db
                        .prepare('SELECT COUNT(*) AS n FROM "Coaching_Question__c"')
                        .get() as { n: number }
                ).n;
            const questionsBefore = count();
            const before = mark();
            try {
                const error = refusal(() =>
                    ask(manager, {
                        Question__c: 'Is legal involved yet?',
                        Kind__c: 'Closed question'
                    })
                );
                expect(error.status).toBe(400);
                expect(error.errors[0]).toMatchObject({
                    errorCode: 'CANNOT_EXECUTE_FLOW_TRIGGER',
                    message: expect.stringMatching(
                        /"Broken_Target" process failed.*Error element Send_Coaching_Update: the target 006000000000000AAA is not a record/
                    )
                });
            } finally {
                questions.afterSaveFlows.splice(0, questions.afterSaveFlows.length, ...saved);
            }
            expect(count()).toBe(questionsBefore);
            expect(sentSince(before)).toEqual([]);
        });
    });

    describe('the subset the local org runs', () => {
        it.each([
            [
                'a decision',
                (xml: string) =>
                    xml.replace(
                        '<environments>',
                        '<decisions><name>Is_Open</name><label>Is Open</label><locationX>0</locationX><locationY>0</locationY><defaultConnectorLabel>No</defaultConnectorLabel></decisions><environments>'
                    ),
                /<decisions> elements/
            ],
            [
                'a Create Records element',
                (xml: string) =>
                    xml.replace(
                        '<environments>',
                        '<recordCreates><name>Log</name><object>Task</object></recordCreates><environments>'
                    ),
                /<recordCreates> elements/
            ],
            [
                'another action type',
                (xml: string) =>
                    xml
                        .replace(
                            '<actionName>customNotificationAction</actionName>',
                            '<actionName>emailSimple</actionName>'
                        )
                        .replace(
                            '<actionType>customNotificationAction</actionType>',
                            '<actionType>emailSimple</actionType>'
                        ),
                /the action type emailSimple in Send_Coaching_Update/
            ],
            [
                'a fault path',
                (xml: string) =>
                    xml.replace(
                        '<flowTransactionModel>',
                        '<faultConnector><targetReference>Add_Recipient</targetReference></faultConnector><flowTransactionModel>'
                    ),
                /<faultConnector> in the actionCalls element Send_Coaching_Update/
            ],
            [
                'Get Records on another object',
                (xml: string) =>
                    xml.replace(
                        '<object>CustomNotificationType</object>',
                        '<object>Opportunity</object>'
                    ),
                /Get Records on Opportunity in Get_Coaching_Update_Type/
            ],
            [
                'an assignment operator outside the subset',
                (xml: string) =>
                    xml.replace('<operator>Add</operator>', '<operator>RemoveAll</operator>'),
                /the assignment operator RemoveAll in Add_Recipient/
            ],
            [
                'an element no connector reaches',
                (xml: string) =>
                    xml.replace(
                        '<targetReference>Add_Recipient</targetReference>',
                        '<targetReference>Send_Coaching_Update</targetReference>'
                    ),
                /elements no connector reaches \(Add_Recipient\)/
            ]
        ])(
            'refuses an after-save flow with %s, naming the flow and the element',
            (_case, edit, reason) => {
                const file = variant('Notify_Question_Asked', edit, 'Unsupported_After_Save');
                expect(() => readFlow(file)).toThrow(UnsupportedFlowError);
                expect(() => readFlow(file)).toThrow(
                    /^Flow Unsupported_After_Save \(.*Unsupported_After_Save\.flow-meta\.xml\) cannot be run by the local org/
                );
                expect(() => readFlow(file)).toThrow(reason);
            }
        );
    });
});
