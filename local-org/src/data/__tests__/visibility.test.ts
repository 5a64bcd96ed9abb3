/** @jest-environment node */
import { canEdit, canSee, isAdmin, teamOf, visibilityFilter } from '../visibility';
import { openSeededOrg, type SeededOrg } from '../../../../test-support/localOrgFixture';

let org: SeededOrg;

beforeAll(() => {
    org = openSeededOrg();
});
afterAll(() => org.close());

const ref = (name: string) => org.refs.get(name) as string;
const object = (name: string) => org.store.schema.objects.get(name)!;

describe('visibility', () => {
    it('follows the manager chain down', () => {
        expect(teamOf(org.store, ref('manager')).sort()).toEqual(
            [ref('manager'), ref('seller')].sort()
        );
        expect(teamOf(org.store, ref('seller'))).toEqual([ref('seller')]);
    });

    it.each([
        ['seller', 'Opportunity', 'fleetDeal', true],
        ['manager', 'Opportunity', 'fleetDeal', true],
        ['seller2', 'Opportunity', 'fleetDeal', false],
        ['seller', 'Opportunity', 'schoolsDeal', false],
        ['admin', 'Opportunity', 'schoolsDeal', true],
        ['seller2', 'Coaching_Review__c', 'fleetReview', false],
        ['seller', 'Coaching_Question__c', 'pilotIdea', true],
        ['seller2', 'Coaching_Question__c', 'pilotIdea', false],
        ['manager', 'Seller_Next_Step__c', 'pilotStep', true],
        ['manager', 'Seller_Next_Step__c', 'schoolsStep', false],
        ['seller2', 'Account', 'northwind', true]
    ])('%s sees %s %s: %s', (user, objectName, record, expected) => {
        expect(canSee(org.store, org.contextAs(user).access, object(objectName), ref(record))).toBe(
            expected
        );
    });

    it('treats System Administrators as admins and filters nobody for them', () => {
        const admin = org.contextAs('admin').access;
        expect(isAdmin(admin)).toBe(true);
        expect(isAdmin(org.contextAs('manager').access)).toBe(false);
        expect(visibilityFilter(org.store, admin, object('Opportunity'), 't')).toBeUndefined();
    });

    it('lets only owners and admins edit an opportunity', () => {
        const opportunity = { OwnerId: ref('seller') };
        expect(
            canEdit(org.store, org.contextAs('seller').access, object('Opportunity'), opportunity)
        ).toBe(true);
        expect(
            canEdit(org.store, org.contextAs('manager').access, object('Opportunity'), opportunity)
        ).toBe(false);
        expect(
            canEdit(org.store, org.contextAs('admin').access, object('Opportunity'), opportunity)
        ).toBe(true);
    });
});
