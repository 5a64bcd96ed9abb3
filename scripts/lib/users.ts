import type { OrgSession } from './connection';
import { CliError } from './commandLine';
import { chunk, IN_LIST_SIZE, soqlList, soqlString } from './soqlLiterals';

// Lists of users are small and bounded by the org's users, so they are read whole.
const ALL_PAGES = { autoFetch: true, maxFetch: 1_000_000 };

export interface UserSummary {
    Id: string;
    Name: string;
    Username: string;
}

/**
 * Finds a user by username.
 * @param session the signed-in session
 * @param username the username, any case
 * @returns the user
 */
export async function findUser(session: OrgSession, username: string): Promise<UserSummary> {
    const result = await session.conn.query<UserSummary>(
        `SELECT Id, Name, Username FROM User WHERE Username = ${soqlString(username)} LIMIT 1`
    );
    const user = result.records[0];
    if (!user) {
        throw new CliError(
            `No user has the username ${username} in ${session.label}: check the spelling, or look it up in Setup > Users.`
        );
    }
    return { Id: user.Id, Name: user.Name, Username: user.Username };
}

/**
 * Everyone below a manager in the ManagerId chain (their reports, their reports' reports, ...).
 * @param session the signed-in session
 * @param managerId the manager's user id
 * @returns the team, without the manager
 */
export async function teamOf(session: OrgSession, managerId: string): Promise<UserSummary[]> {
    const seen = new Set<string>([managerId]);
    const team: UserSummary[] = [];
    let level = [managerId];
    while (level.length > 0) {
        const next: string[] = [];
        for (const ids of chunk(level, IN_LIST_SIZE)) {
            const result = await session.conn.query<UserSummary>(
                `SELECT Id, Name, Username FROM User WHERE ManagerId IN ${soqlList(ids)} ORDER BY Name`,
                ALL_PAGES
            );
            for (const user of result.records) {
                // A ManagerId loop (possible in data loaded around Setup's checks) must not spin.
                if (!seen.has(user.Id)) {
                    seen.add(user.Id);
                    team.push({ Id: user.Id, Name: user.Name, Username: user.Username });
                    next.push(user.Id);
                }
            }
        }
        level = next;
    }
    return team;
}

/**
 * The names of some users.
 * @param session the signed-in session
 * @param ids user ids
 * @returns name by id (ids nobody can read are left out)
 */
export async function userNames(
    session: OrgSession,
    ids: Iterable<string>
): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const piece of chunk([...new Set(ids)], IN_LIST_SIZE)) {
        const result = await session.conn.query<UserSummary>(
            `SELECT Id, Name FROM User WHERE Id IN ${soqlList(piece)}`,
            ALL_PAGES
        );
        for (const user of result.records) {
            names.set(user.Id, user.Name);
        }
    }
    return names;
}
