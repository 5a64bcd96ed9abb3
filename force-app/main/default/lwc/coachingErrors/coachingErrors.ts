/**
 * One reducer for every error the coaching components meet: UI API record errors, REST-style error
 * arrays, GraphQL errors, JavaScript errors and strings. It passes server messages through and adds
 * no text of its own: when nothing readable is left it returns no messages, and the caller shows its
 * own label.
 */

/** What a failed save means for the user, beside the server's own words. */
export interface SaveErrorDescription {
    /** The server's messages joined into one line; empty when the error carried none. */
    message: string;
    /** Someone else changed the record since it was read (`ifUnmodifiedSince` failed). */
    isStale: boolean;
    /** The user may not make this change (sharing, object or field access). */
    isPermission: boolean;
    /** The request never reached the server (offline, connection dropped): trying again may work. */
    isNetwork: boolean;
}

interface ErrorEntry {
    message?: unknown;
    errorCode?: unknown;
}

const STALE_CODES: ReadonlySet<string> = new Set(['PRECONDITION_FAILED']);
const STALE_STATUS = 412;
const PERMISSION_CODES: ReadonlySet<string> = new Set([
    'INSUFFICIENT_ACCESS_OR_READONLY',
    'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY'
]);
const PERMISSION_STATUS = 403;
// What browsers' fetch rejects with when no response came back; the platform reports status 0.
const NETWORK_MESSAGES: readonly RegExp[] = [
    /^Failed to fetch$/i,
    /^NetworkError when attempting to fetch resource\.?$/i,
    /^Load failed$/i,
    /^Network request failed$/i
];
const NETWORK_STATUS = 0;
// Nesting deeper than this is not an error shape any platform API returns; stop rather than loop.
const MAX_DEPTH = 8;

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

function collapseWhitespace(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

function asEntries(value: unknown): ErrorEntry[] {
    return Array.isArray(value) ? value.filter(isRecord) : [];
}

// Field errors come keyed by field API name, each with a list of entries.
function fieldEntries(value: unknown): ErrorEntry[] {
    return isRecord(value) ? Object.values(value).flatMap(asEntries) : [];
}

/**
 * Flattens any supported error shape into its entries (message and error code) and HTTP statuses.
 * Page-level messages come before field messages; a UI API `body.message` only counts when the
 * output says nothing more specific, because it is the platform's generic summary of those.
 */
function collect(error: unknown, entries: ErrorEntry[], statuses: number[], depth: number): void {
    if (error === null || error === undefined || depth > MAX_DEPTH) {
        return;
    }
    if (typeof error === 'string') {
        entries.push({ message: error });
        return;
    }
    if (Array.isArray(error)) {
        for (const item of error) {
            collect(item, entries, statuses, depth + 1);
        }
        return;
    }
    if (!isRecord(error)) {
        return;
    }
    if (typeof error.status === 'number') {
        statuses.push(error.status);
    }
    const before = entries.length;
    if (error.body !== null && error.body !== undefined) {
        collectBody(error.body, entries, statuses, depth + 1);
    }
    if (Array.isArray(error.errors)) {
        collect(error.errors, entries, statuses, depth + 1);
    }
    if (entries.length === before) {
        const message = error.message ?? error.statusText;
        entries.push({ message, errorCode: error.errorCode });
    } else if (error.errorCode !== undefined) {
        entries.push({ errorCode: error.errorCode });
    }
}

function collectBody(
    body: unknown,
    entries: ErrorEntry[],
    statuses: number[],
    depth: number
): void {
    if (!isRecord(body)) {
        collect(body, entries, statuses, depth);
        return;
    }
    if (Array.isArray(body)) {
        collect(body, entries, statuses, depth);
        return;
    }
    const specific = [
        ...asEntries(isRecord(body.output) ? body.output.errors : undefined),
        ...fieldEntries(isRecord(body.output) ? body.output.fieldErrors : undefined),
        // Apex DML exceptions report page and field errors on the body itself.
        ...asEntries(body.pageErrors),
        ...fieldEntries(body.fieldErrors)
    ];
    if (specific.length > 0) {
        entries.push(...specific);
        if (body.errorCode !== undefined) {
            entries.push({ errorCode: body.errorCode });
        }
        return;
    }
    if (Array.isArray(body.errors)) {
        collect(body.errors, entries, statuses, depth);
        return;
    }
    entries.push({ message: body.message, errorCode: body.errorCode });
}

function analyse(error: unknown): { messages: string[]; codes: string[]; statuses: number[] } {
    const entries: ErrorEntry[] = [];
    const statuses: number[] = [];
    collect(error, entries, statuses, 0);
    const messages = new Set<string>();
    const codes = new Set<string>();
    for (const entry of entries) {
        if (typeof entry.message === 'string') {
            const message = collapseWhitespace(entry.message);
            if (message) {
                messages.add(message);
            }
        }
        if (typeof entry.errorCode === 'string' && entry.errorCode) {
            codes.add(entry.errorCode);
        }
    }
    return { messages: [...messages], codes: [...codes], statuses };
}

/**
 * Reduces an error of any supported shape to its readable messages.
 * @param error a UI API or REST error, a GraphQL result with `errors`, an `Error`, a string, an
 * array of those, or nothing
 * @returns the distinct messages, whitespace collapsed, page-level before field-level; empty when
 * the error carried no message (the caller then shows its own label)
 */
export function reduceErrors(error: unknown): string[] {
    return analyse(error).messages;
}

/**
 * Lists the platform error codes an error carries (for example `FIELD_CUSTOM_VALIDATION_EXCEPTION`).
 * @param error any error shape `reduceErrors` accepts
 * @returns the distinct error codes, in the order they appear
 */
export function errorCodes(error: unknown): string[] {
    return analyse(error).codes;
}

// A message ending a sentence reads on after a space; anything else needs a visible break.
function joinMessages(messages: string[]): string {
    return messages.reduce((joined, message) => {
        if (!joined) {
            return message;
        }
        return /[.!?\u3002\uff01\uff1f]$/u.test(joined)
            ? `${joined} ${message}`
            : `${joined}; ${message}`;
    }, '');
}

/**
 * Describes why a save failed, for a toast: the server's words plus what kind of failure it was, so
 * the component can pick the matching label.
 * @param error the rejection from `createRecord` or `updateRecord`, or any shape `reduceErrors`
 * accepts
 * @returns the joined message (empty when there is none) and whether the record was changed by
 * someone else (412 / `PRECONDITION_FAILED`), the user lacks access (403 /
 * `INSUFFICIENT_ACCESS_*`), or the server was never reached (status 0, or fetch's own rejection)
 */
export function describeSaveError(error: unknown): SaveErrorDescription {
    const { messages, codes, statuses } = analyse(error);
    return {
        message: joinMessages(messages),
        isStale: statuses.includes(STALE_STATUS) || codes.some((code) => STALE_CODES.has(code)),
        isPermission:
            statuses.includes(PERMISSION_STATUS) ||
            codes.some((code) => PERMISSION_CODES.has(code)),
        isNetwork:
            statuses.includes(NETWORK_STATUS) ||
            (statuses.length === 0 &&
                messages.some((text) => NETWORK_MESSAGES.some((pattern) => pattern.test(text))))
    };
}

// How a query names an object missing from the user's schema: the platform's GraphQL engine
// ("Field 'X' in type 'RecordQuery' is undefined") and the reference implementation
// ("Cannot query field \"X\" on type \"RecordQuery\".").
const UNDEFINED_QUERY_FIELD = [
    /Field '(\w+)' in type 'RecordQuery' is undefined/,
    /Cannot query field "(\w+)" on type "RecordQuery"/
];

/**
 * Lists the objects a GraphQL query could not read because the user has no access to them. The
 * UI API leaves an object the user may not read out of their schema, so a query naming it fails
 * validation rather than returning no records.
 * @param error a GraphQL result's `errors`, or any shape `reduceErrors` accepts
 * @param objectApiNames the objects to look for
 * @returns those of the objects the error names as missing from the schema, in the given order
 */
export function inaccessibleObjects(error: unknown, objectApiNames: string[]): string[] {
    const named = new Set(
        reduceErrors(error).flatMap((message) =>
            UNDEFINED_QUERY_FIELD.map((pattern) => pattern.exec(message)?.[1]).filter(
                (name): name is string => name !== undefined
            )
        )
    );
    return objectApiNames.filter((name) => named.has(name));
}
