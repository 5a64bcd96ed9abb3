import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A demo user: User fields, plus how they sign in and what they are assigned. */
export interface DemoUser {
    ref: string;
    permissionSets: string[];
    systemAdministrator?: boolean;
    [field: string]: unknown;
}

/**
 * A demo record to create (`type`) or an earlier one to change (`update`), as a named user. A
 * create's fields may include its CreatedDate, so the demo has a history.
 */
export interface DemoEntry {
    ref?: string;
    type?: string;
    update?: string;
    as: string;
    fields: Record<string, unknown>;
    then?: { as: string; fields: Record<string, unknown> }[];
}

/** The demo data set: a small sales team, their deals and their coaching history. */
export interface DemoData {
    demoPassword: string;
    users: DemoUser[];
    records: DemoEntry[];
}

/** Where the one demo data set lives, relative to the project root. */
export const DEMO_DATA_PATH = join('data', 'demoData.json');

/**
 * Reads the demo data set.
 * @param projectRoot the project root
 * @returns the demo data
 */
export function loadDemoData(projectRoot: string): DemoData {
    return JSON.parse(readFileSync(join(projectRoot, DEMO_DATA_PATH), 'utf8')) as DemoData;
}
