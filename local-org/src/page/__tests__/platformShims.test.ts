/**
 * @jest-environment node
 */
import { join } from 'node:path';
import { platformContractProblems } from '../../../../force-app/test/platform/platformContract';
import { PROJECT_ROOT } from '../../../../test-support/localOrgFixture';
import { PLATFORM_SHIMS } from '../bundle';

describe('the page bundle platform shims', () => {
    it('holds every shim to the stock stub of the module it stands in for', () => {
        const standIns = Object.entries(PLATFORM_SHIMS).map(([module, file]) => ({
            module,
            file: join(PROJECT_ROOT, file)
        }));
        expect(standIns.length).toBeGreaterThan(0);
        expect(platformContractProblems(standIns)).toEqual([]);
    });
});
