/** @jest-environment node */
import { loadDemoData } from '../../../data/demoData';
import { PROJECT_ROOT } from '../../__tests__/support/localOrg';
import { demoValue, isRef, planDemoData } from '../demoPlan';
import { sameValue } from '../seedOrg';
import { parseUserMap } from '../userMap';

const NOW = new Date('2025-03-10T12:00:00.000Z');

describe('demoValue', () => {
    it.each([
        ['@seller', { ref: 'seller' }],
        ['TODAY', '2025-03-10'],
        ['TODAY+21', '2025-03-31'],
        ['TODAY-10', '2025-02-28'],
        ['NOW-1', '2025-03-09T12:00:00.000Z'],
        ['NOW-49h', '2025-03-08T11:00:00.000Z'],
        ['NOW+2h', '2025-03-10T14:00:00.000Z'],
        ['TODAY-3h', 'TODAY-3h'],
        ['Closed Won', 'Closed Won'],
        [95000, 95000],
        [true, true]
    ])('reads %s', (value, expected) => {
        expect(demoValue(value, NOW)).toEqual(expected);
    });
});

describe('planDemoData', () => {
    const data = loadDemoData(PROJECT_ROOT);
    const plan = planDemoData(data, NOW);
    const record = (ref: string) => plan.records.find((candidate) => candidate.ref === ref);

    it('plans one record per demo record that creates one, in order', () => {
        expect(plan.records.map((planned) => planned.ref)).toEqual(
            data.records.filter((entry) => entry.type).map((entry) => entry.ref)
        );
        expect(plan.users.map((user) => user.username)).toEqual(
            data.users.map((user) => user.Username)
        );
    });

    it('merges later changes into the final state of each record', () => {
        const entry = data.records.find((candidate) => candidate.ref === 'successQuestion');
        // The demo's CreatedDate is the local org's alone (see the next test).
        const created = Object.fromEntries(
            Object.entries(entry?.fields ?? {}).filter(([name]) => name !== 'CreatedDate')
        );
        const expected = Object.assign(
            {},
            created,
            ...(entry?.then ?? []).map((change) => change.fields)
        );
        const planned = record('successQuestion');
        expect(Object.keys(planned?.fields ?? {}).sort()).toEqual(Object.keys(expected).sort());
        for (const update of data.records.filter((candidate) => candidate.update)) {
            const target = record(String(update.update).slice(1));
            for (const [name, value] of Object.entries(update.fields)) {
                expect(target?.fields[name]).toEqual(demoValue(value, NOW));
            }
        }
    });

    it('leaves the demo CreatedDates out, so real orgs date records when they are written', () => {
        const dated = data.records.filter((entry) => entry.fields.CreatedDate !== undefined);
        expect(dated.length).toBeGreaterThan(0);
        for (const entry of dated) {
            expect(record(String(entry.ref))?.fields).not.toHaveProperty('CreatedDate');
        }
    });

    it('gives owned records their writer as owner when the demo names none', () => {
        const owned = planDemoData(
            {
                demoPassword: 'x',
                users: [
                    { ref: 'u', Username: 'u@example.com', permissionSets: [] },
                    { ref: 'v', Username: 'v@example.com', permissionSets: [] }
                ],
                records: [
                    { ref: 'a', type: 'Account', as: 'u', fields: {} },
                    { ref: 'b', type: 'Opportunity', as: 'u', fields: { OwnerId: '@v' } }
                ]
            },
            NOW
        );
        expect(owned.records.map((planned) => planned.fields.OwnerId)).toEqual([
            { ref: 'u' },
            { ref: 'v' }
        ]);
    });

    it('puts every record after the records it points at', () => {
        const pairs = plan.records.flatMap((planned) =>
            Object.values(planned.fields)
                .map((value) => (isRef(value) ? record(value.ref) : undefined))
                .filter((parent) => parent !== undefined)
                .map((parent) => [parent.level, planned.level])
        );
        expect(pairs.length).toBeGreaterThan(0);
        expect(pairs.filter(([parent, child]) => parent >= child)).toEqual([]);
    });

    it('refuses a reference to a record defined later', () => {
        expect(() =>
            planDemoData(
                {
                    demoPassword: 'x',
                    users: [],
                    records: [
                        { ref: 'b', type: 'Opportunity', as: 'u', fields: { AccountId: '@a' } },
                        { ref: 'a', type: 'Account', as: 'u', fields: {} }
                    ]
                },
                NOW
            )
        ).toThrow('Demo record b names @a before it is defined.');
    });
});

describe('sameValue', () => {
    it.each([
        [95000, '95000', true],
        [95000, '95000.0', true],
        [95000, '1', false],
        [true, 'true', true],
        [false, 'true', false],
        ['2025-03-31', '2025-03-31', true],
        ['2025-03-09T12:00:00.000Z', '2025-03-09T08:15:00.000+0000', true],
        ['2025-03-09T12:00:00.000Z', '2025-03-08T23:59:00.000+0000', false],
        [null, null, true],
        [null, 'x', false],
        ['Text', 'Text', true]
    ])('compares %p with %p: %p', (planned, existing, same) => {
        expect(sameValue(planned, existing)).toBe(same);
    });
});

describe('parseUserMap', () => {
    const demo = ['seller@coaching.local', 'manager@coaching.local'];

    it('reads demo=real pairs, any case for the demo side', () => {
        expect(
            parseUserMap(
                'Seller@coaching.local=sam@example.com, manager@coaching.local=m@x.io',
                demo
            )
        ).toEqual(
            new Map([
                ['seller@coaching.local', 'sam@example.com'],
                ['manager@coaching.local', 'm@x.io']
            ])
        );
        expect(parseUserMap(undefined, demo).size).toBe(0);
    });

    it('refuses names that are not demo users', () => {
        expect(() => parseUserMap('boss@x.io=me@x.io', demo)).toThrow(
            '--user-map names boss@x.io, which is not a demo user: map one of seller@coaching.local, manager@coaching.local.'
        );
    });
});
