/**
 * @jest-environment node
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkProjectMetadata, checkXmlFiles, type MetadataProblem } from '../metadataChecks';
import { listFiles, loadProjectMetadata, readXml } from '../../../../metadata/projectMetadata';

const PROJECT_ROOT = join(__dirname, '..', '..', '..', '..');
const FORCE_APP = join(PROJECT_ROOT, 'force-app');
const SOURCE_DIR = join(FORCE_APP, 'main', 'default');

function describeProblems(problems: MetadataProblem[]): string[] {
    return problems.map((problem) => `${relative(PROJECT_ROOT, problem.file)}: ${problem.message}`);
}

type XmlNode = Record<string, unknown>;

function permissionSet(name: string): XmlNode {
    const file = join(SOURCE_DIR, 'permissionsets', `${name}.permissionset-meta.xml`);
    return readXml(file).PermissionSet as XmlNode;
}

function objectPermission(set: XmlNode, objectName: string): Record<string, string> {
    const permissions = set.objectPermissions as Record<string, string>[];
    const found = permissions.find((permission) => permission.object === objectName);
    if (!found) {
        throw new Error(`no object permission for ${objectName}`);
    }
    return found;
}

function editableFields(set: XmlNode): string[] {
    const permissions = (set.fieldPermissions ?? []) as Record<string, string>[];
    return permissions
        .filter((permission) => permission.editable === 'true')
        .map((permission) => permission.field)
        .sort();
}

describe('project metadata', () => {
    it('has only well-formed XML under force-app', () => {
        expect(describeProblems(checkXmlFiles(FORCE_APP))).toEqual([]);
    });

    it('names only objects, fields, functions and permissions that exist', () => {
        expect(describeProblems(checkProjectMetadata(SOURCE_DIR))).toEqual([]);
    });

    it('defines the three coaching objects', () => {
        const objectFiles = listFiles(join(SOURCE_DIR, 'objects'), '.object-meta.xml').map((file) =>
            relative(join(SOURCE_DIR, 'objects'), file)
        );
        expect(objectFiles).toEqual(
            expect.arrayContaining([
                'Coaching_Question__c/Coaching_Question__c.object-meta.xml',
                'Coaching_Review__c/Coaching_Review__c.object-meta.xml',
                'Seller_Next_Step__c/Seller_Next_Step__c.object-meta.xml'
            ])
        );
    });
});

describe('master-detail sharing', () => {
    it('lets read access to the deal or review suffice to write its coaching records', () => {
        const objects = [...loadProjectMetadata(SOURCE_DIR).objects.values()];
        const masterDetail = objects
            .flatMap((object) => [...object.fields.values()])
            .filter((field) => field.type === 'MasterDetail')
            .map((field) => [`${field.objectName}.${field.name}`, field.writeRequiresMasterRead]);
        // Managers usually see, and do not always edit, their team's deals; they still start reviews.
        expect(Object.fromEntries(masterDetail)).toEqual({
            'Coaching_Question__c.Coaching_Review__c': true,
            'Coaching_Reply__c.Coaching_Question__c': true,
            'Coaching_Review__c.Opportunity__c': true,
            'Seller_Next_Step__c.Opportunity__c': true
        });
    });
});

describe('permission sets', () => {
    const COACHING_SETS = ['Coaching_Seller', 'Coaching_Manager', 'Coaching_Admin'];
    const coachingObjects = [
        'Coaching_Review__c',
        'Seller_Next_Step__c',
        'Coaching_Question__c',
        'Coaching_Reply__c'
    ];
    // The seller's rating of a review is theirs and their reviewer's, never the viewers'.
    const ratingFields = [
        'Coaching_Review__c.Helpfulness_Note__c',
        'Coaching_Review__c.Helpfulness__c'
    ];

    it('lets only admins delete coaching records', () => {
        for (const name of ['Coaching_Seller', 'Coaching_Manager']) {
            for (const objectName of coachingObjects) {
                const permission = objectPermission(permissionSet(name), objectName);
                expect({ name, objectName, allowDelete: permission.allowDelete }).toEqual({
                    name,
                    objectName,
                    allowDelete: 'false'
                });
            }
        }
        for (const objectName of coachingObjects) {
            expect(objectPermission(permissionSet('Coaching_Admin'), objectName).allowDelete).toBe(
                'true'
            );
        }
    });

    it('lets sellers create next steps, requested reviews, their own questions and replies, never an intent', () => {
        const seller = permissionSet('Coaching_Seller');
        // Validation rules keep a seller's review Requested and their questions their own.
        for (const objectName of coachingObjects) {
            expect([objectName, objectPermission(seller, objectName).allowCreate]).toEqual([
                objectName,
                'true'
            ]);
        }
        const editable = editableFields(seller);
        expect(editable).toEqual(
            expect.arrayContaining([
                'Coaching_Question__c.Question__c',
                'Coaching_Question__c.Response_Reason__c',
                'Coaching_Reply__c.Reply__c',
                ...ratingFields
            ])
        );
        expect(editable).not.toContain('Coaching_Review__c.Intent__c');
        expect(editable).not.toContain('Coaching_Review__c.Review_Date__c');
    });

    it("lets managers read next steps, the seller's focus, reasons and rating but never edit them", () => {
        const manager = permissionSet('Coaching_Manager');
        const nextSteps = objectPermission(manager, 'Seller_Next_Step__c');
        expect([nextSteps.allowRead, nextSteps.allowCreate, nextSteps.allowEdit]).toEqual([
            'true',
            'false',
            'false'
        ]);
        const editable = editableFields(manager);
        expect(editable.filter((field) => field.startsWith('Seller_Next_Step__c.'))).toEqual([]);
        // Managers answer the seller's own questions; Only_Owner_Answers keeps the rest.
        expect(editable).toContain('Coaching_Question__c.Answer__c');
        for (const field of [
            'Coaching_Review__c.Seller_Focus__c',
            'Coaching_Question__c.Idea_Response__c',
            'Coaching_Question__c.Response_Reason__c',
            ...ratingFields
        ]) {
            expect(editable).not.toContain(field);
        }
    });

    it('grants read on the opportunity and its account wherever it grants a coaching object', () => {
        for (const name of [...COACHING_SETS, 'Coaching_Viewer']) {
            for (const objectName of ['Opportunity', 'Account']) {
                const permission = objectPermission(permissionSet(name), objectName);
                expect({ name, objectName, allowRead: permission.allowRead }).toEqual({
                    name,
                    objectName,
                    allowRead: 'true'
                });
            }
        }
    });

    it("lets viewers read every coaching object and field but the seller's rating, and change nothing", () => {
        const viewer = permissionSet('Coaching_Viewer');
        for (const objectName of coachingObjects) {
            const permission = objectPermission(viewer, objectName);
            expect([
                permission.allowRead,
                permission.allowCreate,
                permission.allowEdit,
                permission.allowDelete
            ]).toEqual(['true', 'false', 'false', 'false']);
        }
        expect(editableFields(viewer)).toEqual([]);
        const readable = (set: XmlNode) =>
            ((set.fieldPermissions ?? []) as Record<string, string>[])
                .filter((permission) => permission.readable === 'true')
                .map((permission) => permission.field)
                .sort();
        expect(readable(viewer)).toEqual(
            readable(permissionSet('Coaching_Admin')).filter(
                (field) => !ratingFields.includes(field)
            )
        );
        expect(viewer.customPermissions).toBeUndefined();
    });

    it('gives the manager and admin custom permissions to the right sets', () => {
        const names = (set: XmlNode) =>
            ((set.customPermissions ?? []) as Record<string, string>[])
                .filter((permission) => permission.enabled === 'true')
                .map((permission) => permission.name)
                .sort();
        expect(names(permissionSet('Coaching_Seller'))).toEqual([]);
        expect(names(permissionSet('Coaching_Manager'))).toEqual(['Coaching_Manager']);
        expect(names(permissionSet('Coaching_Admin'))).toEqual([
            'Coaching_Admin',
            'Coaching_Manager'
        ]);
    });
});

describe('broken metadata is reported with the file to fix', () => {
    let copy: string;

    beforeEach(() => {
        copy = mkdtempSync(join(tmpdir(), 'coaching-metadata-'));
        cpSync(SOURCE_DIR, copy, { recursive: true });
    });

    afterEach(() => {
        rmSync(copy, { recursive: true, force: true });
    });

    function breakFile(relativePath: string, from: string | RegExp, to: string): string {
        const file = join(copy, relativePath);
        const before = readFileSync(file, 'utf8');
        const after = before.replace(from, to);
        expect(after).not.toBe(before);
        writeFileSync(file, after);
        return file;
    }

    it('names the permission set whose field does not exist', () => {
        const file = breakFile(
            'permissionsets/Coaching_Manager.permissionset-meta.xml',
            'Coaching_Question__c.Kind__c',
            'Coaching_Question__c.Kynd__c'
        );
        expect(checkProjectMetadata(copy)).toContainEqual({
            file,
            message: expect.stringContaining('Coaching_Question__c.Kynd__c')
        });
    });

    it('names the validation rule whose formula does not parse', () => {
        const file = breakFile(
            'objects/Coaching_Question__c/validationRules/Closed_Review_Takes_No_Questions.validationRule-meta.xml',
            /ISNEW\(\)/,
            'ISNEW('
        );
        expect(checkProjectMetadata(copy)).toContainEqual({
            file,
            message: expect.stringContaining('does not parse')
        });
    });

    it('names the validation rule that refers to a missing field', () => {
        const file = breakFile(
            'objects/Seller_Next_Step__c/validationRules/Only_Owner_Creates_Next_Steps.validationRule-meta.xml',
            'Opportunity__r.OwnerId',
            'Opportunity__r.OwnerIdd'
        );
        expect(checkProjectMetadata(copy)).toContainEqual({
            file,
            message: expect.stringContaining('Opportunity.OwnerIdd does not exist')
        });
    });

    it.each([
        [
            'a picklist compared as text',
            "ISPICKVAL(Coaching_Review__r.Status__c, 'Closed')",
            "Coaching_Review__r.Status__c = 'Closed'",
            'Coaching_Review__r.Status__c is a picklist'
        ],
        [
            'a prior picklist value compared as text',
            "ISPICKVAL(Coaching_Review__r.Status__c, 'Closed')",
            "AND(ISPICKVAL(Coaching_Review__r.Status__c, 'Closed'), PRIORVALUE(Kind__c) = 'Directive')",
            'Kind__c is a picklist'
        ],
        [
            'PRIORVALUE of a long text area',
            'ISNEW()',
            'AND(ISNEW(), PRIORVALUE(Question__c) != Question__c)',
            'PRIORVALUE of Question__c, a long text area'
        ]
    ])(
        'names the validation rule that uses %s, which an org refuses',
        (_case, from, to, problem) => {
            const file = breakFile(
                'objects/Coaching_Question__c/validationRules/Closed_Review_Takes_No_Questions.validationRule-meta.xml',
                from,
                to
            );
            expect(checkProjectMetadata(copy)).toContainEqual({
                file,
                message: expect.stringContaining(problem)
            });
        }
    );

    it('names the validation rule whose message is longer than an org takes', () => {
        const file = breakFile(
            'objects/Coaching_Question__c/validationRules/Question_Is_Required.validationRule-meta.xml',
            'Write your question before saving it.',
            'Write your question before saving it. '.repeat(8)
        );
        expect(checkProjectMetadata(copy)).toContainEqual({
            file,
            message: "Question_Is_Required's error message is longer than 255 characters"
        });
    });

    it('names a file that is not well-formed XML', () => {
        const file = breakFile(
            'customPermissions/Coaching_Admin.customPermission-meta.xml',
            '</label>',
            '</lable>'
        );
        expect(checkXmlFiles(copy)).toContainEqual({
            file,
            message: expect.stringContaining('not well-formed XML')
        });
    });

    it('names a field without a description', () => {
        const file = breakFile(
            'objects/Coaching_Review__c/fields/Intent__c.field-meta.xml',
            /<description[\s\S]*?<\/description>/,
            ''
        );
        expect(checkProjectMetadata(copy)).toContainEqual({
            file,
            message: 'Intent__c has no description'
        });
    });

    function addPermissionSet(fixture: string): string {
        const file = join(copy, 'permissionsets', fixture);
        cpSync(join(__dirname, 'fixtures', fixture), file);
        return file;
    }

    it('names the permission set that reads a child without reading its master', () => {
        const file = addPermissionSet('Coaching_Without_Opportunity.permissionset-meta.xml');
        expect(checkProjectMetadata(copy)).toEqual([
            {
                file,
                message:
                    'Read Coaching_Review__c depends on Read Opportunity, which the set does not grant'
            }
        ]);
    });

    it('names the permission set that sees or changes every child but not every master', () => {
        const file = addPermissionSet('Coaching_View_All_Children.permissionset-meta.xml');
        expect(checkProjectMetadata(copy)).toEqual([
            {
                file,
                message:
                    'View All Seller_Next_Step__c depends on View All Opportunity, which the set does not grant'
            },
            {
                file,
                message:
                    'Modify All Seller_Next_Step__c depends on Modify All Opportunity, which the set does not grant'
            }
        ]);
    });

    it('names the permission set that edits an object it cannot read', () => {
        const file = breakFile(
            'permissionsets/Coaching_Seller.permissionset-meta.xml',
            /(<allowRead>)true(<\/allowRead>\s*<modifyAllRecords>false<\/modifyAllRecords>\s*<object>Seller_Next_Step__c)/,
            '$1false$2'
        );
        expect(checkProjectMetadata(copy)).toEqual([
            {
                file,
                message:
                    'Create Seller_Next_Step__c depends on Read Seller_Next_Step__c, which the set does not grant'
            },
            {
                file,
                message:
                    'Edit Seller_Next_Step__c depends on Read Seller_Next_Step__c, which the set does not grant'
            }
        ]);
    });

    function addComponent(name: string, source: string): string {
        const dir = join(copy, 'lwc', name);
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${name}.ts`);
        writeFileSync(file, source);
        return file;
    }

    const QUERY_SOURCE = `import { gql } from 'lightning/graphql';
const QUERY = gql\`
    query probe($id: ID) {
        uiapi {
            query {
                Coaching_Question__c(
                    where: { Coaching_Review__r: { Opportunity__c: { eq: $id } } }
                    orderBy: { CreatedDate: { order: ASC } }
                ) {
                    edges { node { Id Question__c { value } CreatedById { value } } }
                }
                Coaching_Review__c {
                    edges { node {
                        Reviewer__r { Name { value } }
                        Coaching_Questions__r { edges { node { Kind__c { value } } } }
                    } }
                }
            }
        }
    }
\`;
export default QUERY;
`;

    it('accepts a GraphQL query that names only real objects, fields and relationships', () => {
        addComponent('queryProbe', QUERY_SOURCE);
        expect(checkProjectMetadata(copy)).toEqual([]);
    });

    it('names the component whose GraphQL query selects a missing field', () => {
        const file = addComponent(
            'queryProbe',
            QUERY_SOURCE.replace('Kind__c { value }', 'Kynd__c { value }')
        );
        expect(checkProjectMetadata(copy)).toContainEqual({
            file,
            message: expect.stringContaining('Coaching_Question__c.Kynd__c does not exist')
        });
    });

    it('names the component whose GraphQL filter names a missing field', () => {
        const file = addComponent(
            'queryProbe',
            QUERY_SOURCE.replace('Opportunity__c: { eq', 'Opportunity_Id__c: { eq')
        );
        expect(checkProjectMetadata(copy)).toContainEqual({
            file,
            message: expect.stringContaining('Opportunity_Id__c')
        });
    });

    it('names the component that imports a label nobody defined', () => {
        const file = addComponent(
            'labelProbe',
            "import MISSING from '@salesforce/label/c.Coaching_Probe_Missing';\nexport default MISSING;\n"
        );
        expect(checkProjectMetadata(copy)).toContainEqual({
            file,
            message: expect.stringContaining('label c.Coaching_Probe_Missing')
        });
    });
});
