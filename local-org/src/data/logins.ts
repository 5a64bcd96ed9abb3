import { randomBytes, scryptSync } from 'node:crypto';
import { userAccess, type UserAccess } from './userAccess';
import { ORGANIZATION_ID, type Store } from './store';
import type { PermissionSetDefinition } from '../../../metadata/projectMetadata';
import { KEY_LENGTH, passwordMatches, type SignInThrottle } from './signInGuard';

/**
 * Hashes a password with a fresh salt (scrypt), so the data folder never holds the password.
 * @param password the plain password
 * @returns the salt and hash, hex-encoded
 */
export function hashPassword(password: string): { salt: string; hash: string } {
    const salt = randomBytes(16).toString('hex');
    return { salt, hash: scryptSync(password, salt, KEY_LENGTH).toString('hex') };
}

/**
 * Stores a user's sign-in: the password hash, the permission sets and the administrator flag.
 * @param store the database
 * @param userId the User record's id
 * @param password the plain password
 * @param permissionSets the API names of the permission sets assigned
 * @param systemAdministrator whether the user has the System Administrator profile
 */
export function saveLogin(
    store: Store,
    userId: string,
    password: string,
    permissionSets: string[],
    systemAdministrator: boolean
): void {
    const { salt, hash } = hashPassword(password);
    store.db
        .prepare(
            `INSERT OR REPLACE INTO local_user (userId, passwordSalt, passwordHash, systemAdministrator)
             VALUES (?, ?, ?, ?)`
        )
        .run(userId, salt, hash, systemAdministrator ? 1 : 0);
    store.db.prepare('DELETE FROM local_permission_set_assignment WHERE userId = ?').run(userId);
    const assign = store.db.prepare(
        'INSERT INTO local_permission_set_assignment (userId, permissionSet) VALUES (?, ?)'
    );
    for (const name of permissionSets) {
        assign.run(userId, name);
    }
}

/** The outcome of a sign-in: a session, a refusal, or a wait imposed by too many failures. */
export type SignInResult =
    { token: string; userId: string } | { refused: true; retryAfterSeconds?: number };

/**
 * Signs a user in and opens a session that survives restarts. The password is hashed off the
 * event loop, an unknown username costs what a known one does, and failures are throttled per
 * username and per client address.
 * @param store the database
 * @param throttle the server's sign-in throttle
 * @param username the User's Username (any case)
 * @param password the plain password
 * @param address the client's address
 * @returns the session token and user id, or a refusal (with the seconds to wait when throttled)
 */
export async function login(
    store: Store,
    throttle: SignInThrottle,
    username: string,
    password: string,
    address: string
): Promise<SignInResult> {
    const retryAfterSeconds = throttle.retryAfter(username, address);
    if (retryAfterSeconds !== undefined) {
        return { refused: true, retryAfterSeconds };
    }
    const row = store.db
        .prepare(
            `SELECT u.Id AS userId, l.passwordSalt AS salt, l.passwordHash AS hash
             FROM "User" u JOIN local_user l ON l.userId = u.Id
             WHERE lower(u.Username) = lower(?) AND u.IsDeleted = 0 AND u.IsActive = 1`
        )
        .get(username) as { userId: string; salt: string; hash: string } | undefined;
    if (!row || !(await passwordMatches(password, row))) {
        throttle.fail(username, address);
        return { refused: true };
    }
    throttle.succeed(username);
    // Shaped like a Salesforce session id: the org id, '!', then an opaque secret.
    const token = `${ORGANIZATION_ID.slice(0, 15)}!${randomBytes(24).toString('base64url')}`;
    store.db
        .prepare('INSERT INTO local_session (token, userId, createdDate) VALUES (?, ?, ?)')
        .run(token, row.userId, new Date().toISOString());
    return { token, userId: row.userId };
}

/**
 * Says why a sign-in was refused, in the same words whether or not the username exists.
 * @param result the refusal
 * @returns the sentence
 */
export function refusalText(result: SignInResult): string {
    const wait = 'retryAfterSeconds' in result ? result.retryAfterSeconds : undefined;
    return wait === undefined
        ? 'check the username and password (the demo users print when the local org starts).'
        : `too many failed sign-ins for this username or from this address; try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? 's' : ''}.`;
}

/**
 * Ends a session, as signing out does.
 * @param store the database
 * @param token the session token
 */
export function endSession(store: Store, token: string): void {
    store.db.prepare('DELETE FROM local_session WHERE token = ?').run(token);
}

/**
 * Finds the user a session token belongs to.
 * @param store the database
 * @param token the bearer token
 * @returns the user id, or undefined for an unknown token
 */
export function sessionUser(store: Store, token: string): string | undefined {
    const row = store.db.prepare('SELECT userId FROM local_session WHERE token = ?').get(token) as
        { userId: string } | undefined;
    return row?.userId;
}

/**
 * Loads what a user may do from their stored permission-set assignments.
 * @param store the database
 * @param permissionSets every permission set of the project
 * @param userId the user
 * @returns the user's access
 */
export function accessOf(
    store: Store,
    permissionSets: Map<string, PermissionSetDefinition>,
    userId: string
): UserAccess {
    const assigned = (
        store.db
            .prepare('SELECT permissionSet FROM local_permission_set_assignment WHERE userId = ?')
            .all(userId) as { permissionSet: string }[]
    ).map((row) => row.permissionSet);
    const flags = store.db
        .prepare('SELECT systemAdministrator FROM local_user WHERE userId = ?')
        .get(userId) as { systemAdministrator: number } | undefined;
    return userAccess(
        store.schema,
        permissionSets,
        userId,
        assigned,
        flags?.systemAdministrator === 1
    );
}
