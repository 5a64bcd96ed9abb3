import { SESSION_ELEMENT_ID, type PageSession } from './pageSession';

/** Reads the page's session data; the platform stand-ins and the shell import it from here. */
function readSession(): PageSession {
    const element = document.getElementById(SESSION_ELEMENT_ID);
    if (!element?.textContent) {
        throw new Error('The page has no session data: open it from the local org server.');
    }
    return JSON.parse(element.textContent) as PageSession;
}

/** The session of this page load; switching users reloads the page, so it never changes. */
export const SESSION: PageSession = readSession();

/**
 * The URL of a REST resource of the page's API version.
 * @param path the path after `/services/data/vNN.N`, such as `/graphql`
 * @returns the URL path
 */
export function dataUrl(path: string): string {
    return `/services/data/${SESSION.apiVersion}${path}`;
}
