/** @jest-environment node */
import { rmSync } from 'node:fs';
import { buildPanelModel, type PanelPayload } from 'c/coachingModel';
import { accessOf } from '../logins';
import { readDemoValue } from '../../../../data/demoValues';
import { runGraphQL } from '../../api/graphqlRun';
import { createRecord, updateRecord } from '../recordWrites';
import { loadDemoData, type DemoEntry } from '../../../../data/demoData';
import { seedDemoData } from '../demoSeed';
import { openOrg } from '../../server';
import type { Store } from '../store';
import { panelQuery } from '../../client';
import { errorCodes, PROJECT_ROOT, tempDataDir } from '../../../../test-support/localOrgFixture';
import type { PermissionSetDefinition } from '../../../../metadata/projectMetadata';
import type { RequestContext } from '../../requestContext';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const HOUR_MS = 3_600_000;

describe('readDemoValue', () => {
    const reference = (ref: string) => `id-of-${ref}`;

    it.each([
        ['@seller', 'id-of-seller'],
        ['TODAY', '2025-03-10'],
        ['TODAY+21', '2025-03-31'],
        ['TODAY-10', '2025-02-28'],
        ['NOW', '2025-03-10T12:00:00.000Z'],
        ['NOW-1', '2025-03-09T12:00:00.000Z'],
        ['NOW-50h', '2025-03-08T10:00:00.000Z'],
        ['NOW+3h', '2025-03-10T15:00:00.000Z'],
        ['TODAY-3h', 'TODAY-3h'],
        ['NOW-1d', 'NOW-1d'],
        ['Closed Won', 'Closed Won'],
        [95000, 95000],
        [false, false],
        [null, null]
    ])('reads %p', (value, expected) => {
        expect(readDemoValue(value, NOW, reference)).toEqual(expected);
    });
});

describe('seeding the demo data', () => {
    let dir: string;
    let store: Store;
    let permissionSets: Map<string, PermissionSetDefinition>;
    let refs: Map<string, string>;
    const data = loadDemoData(PROJECT_ROOT);

    const contextAs = (ref: string, extra: Partial<RequestContext> = {}): RequestContext => ({
        store,
        access: accessOf(store, permissionSets, refs.get(ref) as string),
        now: NOW,
        apiVersion: 'v65.0',
        ...extra
    });
    const row = (table: string, id: string) =>
        store.db.prepare(`SELECT * FROM "${table}" WHERE Id = ?`).get(id) as Record<
            string,
            string | null
        >;

    beforeAll(() => {
        dir = tempDataDir();
        ({ store, permissionSets } = openOrg(PROJECT_ROOT, dir));
        refs = seedDemoData(store, permissionSets, data, NOW);
    });

    afterAll(() => {
        store.close();
        rmSync(dir, { recursive: true, force: true });
    });

    it('dates each record its entry dates, and the others when seeded', () => {
        const created = data.records.filter((entry) => entry.type);
        expect(created.some((entry) => entry.fields.CreatedDate !== undefined)).toBe(true);
        const expected = (entry: DemoEntry) =>
            entry.fields.CreatedDate
                ? readDemoValue(entry.fields.CreatedDate, NOW, () => '')
                : NOW.toISOString();
        const stored = (entry: DemoEntry) =>
            row(String(entry.type), refs.get(String(entry.ref)) as string);
        expect(created.map((entry) => [entry.ref, stored(entry).CreatedDate])).toEqual(
            created.map((entry) => [entry.ref, expected(entry)])
        );
        // Records nobody changed after creating them were last modified when created.
        const untouched = created.filter(
            (entry) =>
                !entry.then?.length &&
                !data.records.some((later) => later.update === `@${entry.ref}`)
        );
        expect(untouched.map((entry) => [entry.ref, stored(entry).LastModifiedDate])).toEqual(
            untouched.map((entry) => [entry.ref, expected(entry)])
        );
    });

    it('asks questions after their review was created, and answers them after they were asked', () => {
        const questions = store.db
            .prepare(
                `SELECT q.Name AS name, q.CreatedDate AS asked, q.Answered_At__c AS answered, r.CreatedDate AS held
                 FROM "Coaching_Question__c" q JOIN "Coaching_Review__c" r ON r.Id = q.Coaching_Review__c`
            )
            .all() as { name: string; asked: string; answered: string | null; held: string }[];
        expect(questions.length).toBeGreaterThan(0);
        const outOfOrder = questions.filter(
            (question) =>
                Date.parse(question.held) >= Date.parse(question.asked) ||
                (question.answered !== null &&
                    Date.parse(question.asked) >= Date.parse(question.answered))
        );
        expect(outOfOrder).toEqual([]);
    });

    it("gives the panel's balance the time its answers took", () => {
        const response = runGraphQL(contextAs('seller'), {
            query: panelQuery(PROJECT_ROOT),
            variables: { opportunityId: refs.get('fleetDeal') }
        }).body;
        expect(response.errors).toBeUndefined();
        const payload = (response.data as { uiapi: { query: PanelPayload } }).uiapi.query;
        const model = buildPanelModel(
            payload,
            { userId: refs.get('seller') as string, isManager: false, isAdmin: false },
            { now: NOW }
        );
        const answered = store.db
            .prepare(
                `SELECT q.CreatedDate AS asked, q.Answered_At__c AS answered FROM "Coaching_Question__c" q
                 JOIN "Coaching_Review__c" r ON r.Id = q.Coaching_Review__c
                 WHERE r.Opportunity__c = ? AND q.Answered_At__c IS NOT NULL`
            )
            .all(refs.get('fleetDeal')) as { asked: string; answered: string }[];
        const hours = answered
            .map(
                (question) => (Date.parse(question.answered) - Date.parse(question.asked)) / HOUR_MS
            )
            .sort((a, b) => a - b);
        expect(hours.length % 2).toBe(1);
        const middle = hours[(hours.length - 1) / 2];
        expect(middle).toBeGreaterThan(0);
        expect(model.balance.medianHoursToAnswer).toBe(middle);
    });

    it('lets only a create with Set Audit Fields date a record', () => {
        const step = {
            Opportunity__c: refs.get('pilotDeal'),
            Action__c: 'Share the pilot plan with the warehouse lead',
            CreatedDate: '2025-03-01T09:00:00.000Z'
        };
        expect(
            errorCodes(() => createRecord(contextAs('seller'), 'Seller_Next_Step__c', step))
        ).toEqual(['INVALID_FIELD_FOR_INSERT_UPDATE']);
        const id = createRecord(
            contextAs('seller', { setAuditFields: true }),
            'Seller_Next_Step__c',
            step
        );
        expect(row('Seller_Next_Step__c', id)).toMatchObject({
            CreatedDate: '2025-03-01T09:00:00.000Z',
            LastModifiedDate: '2025-03-01T09:00:00.000Z',
            SystemModstamp: NOW.toISOString()
        });
        expect(
            errorCodes(() =>
                updateRecord(
                    contextAs('seller', { setAuditFields: true }),
                    'Seller_Next_Step__c',
                    id,
                    {
                        CreatedDate: '2025-02-01T09:00:00.000Z'
                    }
                )
            )
        ).toEqual(['INVALID_FIELD_FOR_INSERT_UPDATE']);
    });
});
