/**
 * Which real user stands for each demo user. Users are never created: a real org has them
 * already. Each demo user goes to the user named in --user-map, else to a user with the demo's
 * own username (the local org, or an org where someone created them), else to the signed-in user.
 */
import { CliError } from '../lib/commandLine';
import type { OrgSession } from '../lib/connection';
import { soqlList } from '../lib/soqlLiterals';
import type { DemoPlan } from './demoPlan';

export interface MappedUser {
    Id: string;
    Username: string;
    ManagerId: string | null;
}

/**
 * Reads `--user-map demo=real,demo=real`.
 * @param text the option's value
 * @param demoUsernames the demo's usernames
 * @returns real username by demo username (lower case)
 */
export function parseUserMap(
    text: string | undefined,
    demoUsernames: string[]
): Map<string, string> {
    const map = new Map<string, string>();
    const known = new Set(demoUsernames.map((name) => name.toLowerCase()));
    for (const pair of (text ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)) {
        const match = /^([^=\s]+)=([^=\s]+)$/.exec(pair);
        if (!match) {
            throw new CliError(
                `--user-map ${pair} is not demo=real: write seller@coaching.local=you@example.com, separated by commas.`
            );
        }
        const demo = match[1].toLowerCase();
        if (!known.has(demo)) {
            throw new CliError(
                `--user-map names ${match[1]}, which is not a demo user: map one of ${demoUsernames.join(', ')}.`
            );
        }
        map.set(demo, match[2]);
    }
    return map;
}

/**
 * Finds the real user of every demo user.
 * @param session the signed-in session
 * @param plan the demo plan (its users)
 * @param userMap real username by demo username, from --user-map
 * @returns the user of each demo ref, and notes to show the admin
 */
export async function resolveDemoUsers(
    session: OrgSession,
    plan: DemoPlan,
    userMap: Map<string, string>
): Promise<{ users: Map<string, MappedUser>; notes: string[] }> {
    const wanted = new Set<string>([session.username]);
    for (const user of plan.users) {
        wanted.add(user.username);
        const mapped = userMap.get(user.username.toLowerCase());
        if (mapped) {
            wanted.add(mapped);
        }
    }
    const result = await session.conn.query<MappedUser>(
        `SELECT Id, Username, ManagerId FROM User WHERE Username IN ${soqlList([...wanted])}`
    );
    const byUsername = new Map(
        result.records.map((user) => [
            user.Username.toLowerCase(),
            { Id: user.Id, Username: user.Username, ManagerId: user.ManagerId ?? null }
        ])
    );
    const signedIn = byUsername.get(session.username.toLowerCase()) ?? {
        Id: session.userId,
        Username: session.username,
        ManagerId: null
    };
    const users = new Map<string, MappedUser>();
    const defaulted: string[] = [];
    for (const user of plan.users) {
        const mapped = userMap.get(user.username.toLowerCase());
        if (mapped) {
            const found = byUsername.get(mapped.toLowerCase());
            if (!found) {
                throw new CliError(
                    `--user-map names ${mapped}, but no user has that username in ${session.label}: check the spelling.`
                );
            }
            users.set(user.ref, found);
            continue;
        }
        const demoUser = byUsername.get(user.username.toLowerCase());
        if (demoUser) {
            users.set(user.ref, demoUser);
        } else {
            users.set(user.ref, signedIn);
            defaulted.push(user.username);
        }
    }
    const notes: string[] = [];
    if (defaulted.length > 0) {
        notes.push(
            `${defaulted.join(', ')} ${defaulted.length === 1 ? 'is' : 'are'} not in ${session.label}, so you (${signedIn.Username}) stand in for ${defaulted.length === 1 ? 'that role' : 'every one of those roles'}; map them to real users with --user-map demo=real,...`
        );
    }
    for (const user of plan.users) {
        const real = users.get(user.ref) as MappedUser;
        const manager = user.managerRef ? users.get(user.managerRef) : undefined;
        if (manager && real.Id !== manager.Id && real.ManagerId !== manager.Id) {
            notes.push(
                `Users are not changed: set ${manager.Username} as the Manager of ${real.Username} in Setup if pipeline-review should find that team.`
            );
        }
    }
    return { users, notes };
}
