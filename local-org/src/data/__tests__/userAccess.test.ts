/** @jest-environment node */
import { join } from 'node:path';
import { userAccess } from '../userAccess';
import { loadSchema } from '../../../../metadata/schema';
import { PROJECT_ROOT } from '../../../../test-support/localOrgFixture';
import { loadPermissionSets } from '../../../../metadata/projectMetadata';

const sourceDir = join(PROJECT_ROOT, 'force-app', 'main', 'default');
const schema = loadSchema(sourceDir);
const sets = loadPermissionSets(sourceDir);
const access = (assigned: string[], systemAdministrator = false) =>
    userAccess(schema, sets, '005000000000001AAA', assigned, systemAdministrator);

describe('permissions', () => {
    it('reads the four permission sets', () => {
        expect([...sets.keys()].sort()).toEqual([
            'Coaching_Admin',
            'Coaching_Manager',
            'Coaching_Seller',
            'Coaching_Viewer'
        ]);
    });

    it.each([
        [
            'Coaching_Seller',
            'Seller_Next_Step__c',
            { read: true, create: true, edit: true, delete: false }
        ],
        [
            'Coaching_Seller',
            'Coaching_Review__c',
            { read: true, create: true, edit: true, delete: false }
        ],
        [
            'Coaching_Manager',
            'Coaching_Review__c',
            { read: true, create: true, edit: true, delete: false }
        ],
        [
            'Coaching_Manager',
            'Seller_Next_Step__c',
            { read: true, create: false, edit: false, delete: false }
        ],
        [
            'Coaching_Admin',
            'Coaching_Question__c',
            { read: true, create: true, edit: true, delete: true }
        ]
    ])('%s on %s', (set, object, expected) => {
        expect(access([set]).object(object)).toMatchObject(expected);
    });

    it.each([
        [
            'Coaching_Seller',
            'Coaching_Question__c',
            'Answer__c',
            { readable: true, editable: true }
        ],
        [
            'Coaching_Manager',
            'Coaching_Review__c',
            'Helpfulness__c',
            { readable: true, editable: false }
        ],
        ['Coaching_Seller', 'Coaching_Review__c', 'Intent__c', { readable: true, editable: false }],
        [
            'Coaching_Manager',
            'Coaching_Review__c',
            'Seller_Focus__c',
            { readable: true, editable: false }
        ],
        ['Coaching_Manager', 'Coaching_Review__c', 'Intent__c', { readable: true, editable: true }],
        [
            'Coaching_Manager',
            'Seller_Next_Step__c',
            'Action__c',
            { readable: true, editable: false }
        ],
        ['Coaching_Seller', 'Seller_Next_Step__c', 'Action__c', { readable: true, editable: true }],
        [
            'Coaching_Seller',
            'Seller_Next_Step__c',
            'Opportunity__c',
            { readable: true, editable: true }
        ],
        [
            'Coaching_Seller',
            'Seller_Next_Step__c',
            'CreatedById',
            { readable: true, editable: false }
        ]
    ])('%s on %s.%s', (set, object, field, expected) => {
        expect(access([set]).field(object, field)).toEqual(expected);
    });

    it('merges sets and collects custom permissions', () => {
        const manager = access(['Coaching_Manager', 'Coaching_Seller']);
        expect(manager.object('Seller_Next_Step__c').create).toBe(true);
        expect(manager.customPermissions).toEqual(new Set(['Coaching_Manager']));
        expect(access(['Coaching_Admin']).customPermissions).toEqual(
            new Set(['Coaching_Admin', 'Coaching_Manager'])
        );
    });

    it('gives everyone read on the standard objects and nothing on coaching objects unassigned', () => {
        const nobody = access([]);
        expect(nobody.object('Opportunity')).toMatchObject({
            read: true,
            create: false,
            edit: false,
            delete: false
        });
        expect(nobody.object('Account')).toMatchObject({ read: true, create: false });
        expect(nobody.object('Coaching_Review__c').read).toBe(false);
        expect(nobody.field('Coaching_Review__c', 'Intent__c').readable).toBe(false);
    });

    it('gives the System Administrator everything', () => {
        const admin = access([], true);
        expect(admin.object('Account').create).toBe(true);
        expect(admin.field('Coaching_Question__c', 'Answer__c').editable).toBe(true);
        expect(admin.customPermissions.has('Coaching_Admin')).toBe(true);
    });
});
