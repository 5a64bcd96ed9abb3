/** @jest-environment node */
import { scrypt } from 'node:crypto';
import { hashPassword } from '../logins';
import { passwordMatches, SignInThrottle, verifyPassword } from '../signInGuard';

jest.mock('node:crypto', () => {
    const actual = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    return { ...actual, scrypt: jest.fn(actual.scrypt) };
});

describe('signInGuard', () => {
    describe('passwords', () => {
        const stored = hashPassword('local-demo');

        it('matches the right password and refuses others and unknown users', async () => {
            expect(await verifyPassword('local-demo', stored.salt, stored.hash)).toBe(true);
            expect(await passwordMatches('local-demo', stored)).toBe(true);
            expect(await passwordMatches('wrong', stored)).toBe(false);
            expect(await passwordMatches('local-demo', undefined)).toBe(false);
        });

        it('keeps the event loop free while hashing', async () => {
            let ticks = 0;
            const timer = setInterval(() => {
                ticks += 1;
            }, 1);
            await Promise.all(Array.from({ length: 8 }, () => passwordMatches('wrong', stored)));
            clearInterval(timer);
            // A synchronous hash would let no timer run until all of them were done.
            expect(ticks).toBeGreaterThan(2);
        });

        it('hashes the password of an unknown user as of a known one', async () => {
            const hashing = scrypt as unknown as jest.Mock;
            hashing.mockClear();
            await passwordMatches('wrong', stored);
            await passwordMatches('wrong', undefined);
            expect(hashing).toHaveBeenCalledTimes(2);
            expect(hashing.mock.calls[1].slice(0, 3)).toEqual([
                'wrong',
                expect.any(String),
                hashing.mock.calls[0][2]
            ]);
        });
    });

    describe('throttle', () => {
        const limits = { perUser: 3, perAddress: 5, windowMs: 60_000 };

        it('stops a username after its failures, for the rest of the window', () => {
            let now = 1_000_000;
            const throttle = new SignInThrottle(limits, () => now);
            for (let attempt = 0; attempt < 3; attempt++) {
                expect(throttle.retryAfter('Seller@coaching.local', '10.0.0.1')).toBeUndefined();
                throttle.fail('seller@coaching.local', `10.0.0.${attempt + 1}`);
            }
            expect(throttle.retryAfter('SELLER@coaching.local', '10.0.0.9')).toBe(60);
            now += 30_000;
            expect(throttle.retryAfter('seller@coaching.local', '10.0.0.9')).toBe(30);
            now += 30_001;
            expect(throttle.retryAfter('seller@coaching.local', '10.0.0.9')).toBeUndefined();
        });

        it('stops an address trying many usernames, made-up ones included', () => {
            const throttle = new SignInThrottle(limits, () => 5_000);
            for (let attempt = 0; attempt < 5; attempt++) {
                throttle.fail(`guess${attempt}@coaching.local`, '10.0.0.1');
            }
            expect(throttle.retryAfter('admin@coaching.local', '10.0.0.1')).toBe(60);
            expect(throttle.retryAfter('admin@coaching.local', '10.0.0.2')).toBeUndefined();
        });

        it("forgets a user's failures once they sign in", () => {
            const throttle = new SignInThrottle(limits, () => 5_000);
            throttle.fail('seller@coaching.local', '10.0.0.1');
            throttle.fail('seller@coaching.local', '10.0.0.1');
            throttle.succeed('seller@coaching.local');
            throttle.fail('seller@coaching.local', '10.0.0.1');
            expect(throttle.retryAfter('seller@coaching.local', '10.0.0.2')).toBeUndefined();
        });
    });
});
