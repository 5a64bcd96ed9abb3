import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** The length of a password hash, in bytes. */
export const KEY_LENGTH = 32;

function scryptAsync(password: string, salt: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        scrypt(password, salt, KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key)));
    });
}

/**
 * Checks a password against its stored salt and hash in constant time, hashing on Node's thread
 * pool so a burst of sign-ins never stalls other requests.
 * @param password the password given at sign-in
 * @param salt the stored salt
 * @param hash the stored hash, hex-encoded
 * @returns true when they match
 */
export async function verifyPassword(
    password: string,
    salt: string,
    hash: string
): Promise<boolean> {
    const expected = Buffer.from(hash, 'hex');
    const actual = await scryptAsync(password, salt);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
}

// An unknown username is checked against this stand-in, so it costs what a known one does and
// the answer time does not tell which usernames exist.
const NOBODY = {
    salt: randomBytes(16).toString('hex'),
    hash: randomBytes(KEY_LENGTH).toString('hex')
};

/**
 * Checks a sign-in's password for a user who may not exist, at the same cost either way.
 * @param password the password given
 * @param stored the user's salt and hash, or undefined for an unknown username
 * @returns true only for a known user with the right password
 */
export async function passwordMatches(
    password: string,
    stored: { salt: string; hash: string } | undefined
): Promise<boolean> {
    const matches = await verifyPassword(
        password,
        (stored ?? NOBODY).salt,
        (stored ?? NOBODY).hash
    );
    return stored !== undefined && matches;
}

/** How many failed sign-ins are allowed in a window, per username and per client address. */
export interface ThrottleLimits {
    perUser: number;
    perAddress: number;
    windowMs: number;
}

/**
 * Salesforce locks a user out after 10 invalid attempts for 15 minutes by default; the address
 * limit stops one client from trying many usernames.
 */
export const SIGN_IN_LIMITS: ThrottleLimits = Object.freeze({
    perUser: 10,
    perAddress: 50,
    windowMs: 15 * 60_000
});

// Failure records kept at most, so a flood of made-up usernames cannot grow memory without bound.
const MAX_KEYS = 10_000;

/**
 * Counts failed sign-ins per username and per address in a sliding window. Unknown usernames are
 * counted like known ones, so throttling tells nothing about which users exist.
 */
export class SignInThrottle {
    declare private readonly failures: Map<string, number[]>;
    declare private readonly limits: ThrottleLimits;
    declare private readonly clock: () => number;

    constructor(limits: ThrottleLimits = SIGN_IN_LIMITS, clock: () => number = Date.now) {
        this.failures = new Map();
        this.limits = limits;
        this.clock = clock;
    }

    private recent(key: string): number[] {
        const since = this.clock() - this.limits.windowMs;
        const times = (this.failures.get(key) ?? []).filter((time) => time > since);
        if (times.length === 0) {
            this.failures.delete(key);
        } else {
            this.failures.set(key, times);
        }
        return times;
    }

    /**
     * Whether a sign-in may be tried now.
     * @param username the username given (any case)
     * @param address the client's address
     * @returns the seconds to wait when it may not, else undefined
     */
    retryAfter(username: string, address: string): number | undefined {
        const keys: [string, number][] = [
            [`user:${username.toLowerCase()}`, this.limits.perUser],
            [`address:${address}`, this.limits.perAddress]
        ];
        let wait = 0;
        for (const [key, limit] of keys) {
            const times = this.recent(key);
            if (times.length >= limit) {
                const freed = times[times.length - limit] + this.limits.windowMs;
                wait = Math.max(wait, Math.ceil((freed - this.clock()) / 1000));
            }
        }
        return wait > 0 ? wait : undefined;
    }

    /**
     * Records a failed sign-in.
     * @param username the username given
     * @param address the client's address
     */
    fail(username: string, address: string): void {
        if (this.failures.size >= MAX_KEYS) {
            for (const key of [...this.failures.keys()]) {
                this.recent(key);
            }
            if (this.failures.size >= MAX_KEYS) {
                this.failures.delete(this.failures.keys().next().value as string);
            }
        }
        for (const key of [`user:${username.toLowerCase()}`, `address:${address}`]) {
            this.failures.set(key, [...this.recent(key), this.clock()]);
        }
    }

    /**
     * Clears a user's failures after a successful sign-in, as Salesforce resets its counter.
     * @param username the username that signed in
     */
    succeed(username: string): void {
        this.failures.delete(`user:${username.toLowerCase()}`);
    }
}
