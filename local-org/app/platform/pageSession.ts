/**
 * What the server tells the page about the signed-in user, in a JSON script element of the page.
 * Types and names only: the server imports this module too.
 */

/** A demo user the switcher offers. */
export interface PageUser {
    id: string;
    name: string;
    username: string;
    title: string;
    permissionSets: string[];
}

/** One stage of the Opportunity path. */
export interface PageStage {
    value: string;
    isClosed: boolean;
}

/** Which page the shell shows, and for whom. */
export interface PageSession {
    page: 'home' | 'record' | 'login';
    /** The Opportunity of a record page. */
    recordId?: string;
    /** Where the login page goes after signing in. */
    next?: string;
    apiVersion: string;
    /** Absent on the login page when nobody is signed in. */
    userId?: string;
    customPermissions: string[];
    users: PageUser[];
    stages: PageStage[];
}

/** The id of the script element that holds the session. */
export const SESSION_ELEMENT_ID = 'local-org-session';
