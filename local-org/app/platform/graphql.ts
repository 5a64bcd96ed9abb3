import { dataUrl } from './session';

/**
 * Stands in for `lightning/graphql` off the platform: the `graphql` wire adapter POSTs the query to
 * the local org's GraphQL endpoint (the session cookie signs it) and emits `{ data, errors, refresh }`,
 * where `refresh()` re-runs the same query, as on the platform.
 */

export interface GraphQLResult {
    data?: unknown;
    errors?: { message: string }[];
    refresh?: () => Promise<void>;
}

interface WireConfig {
    query?: unknown;
    variables?: Record<string, unknown>;
    operationName?: string;
}

type DataCallback = (value: GraphQLResult) => void;

/**
 * The template tag queries are written with; the query stays text.
 * @param strings the template's literal parts
 * @param values the interpolated values
 * @returns the query text
 */
export function gql(strings: TemplateStringsArray, ...values: unknown[]): string {
    return strings.reduce(
        (text, part, index) => text + part + (index < values.length ? String(values[index]) : ''),
        ''
    );
}

async function post(config: WireConfig): Promise<GraphQLResult> {
    try {
        const response = await fetch(dataUrl('/graphql'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({
                query: config.query,
                variables: config.variables ?? {},
                operationName: config.operationName
            })
        });
        const body = (await response.json().catch(() => undefined)) as unknown;
        if (body && typeof body === 'object' && !Array.isArray(body)) {
            const { data, errors } = body as GraphQLResult & { data?: unknown };
            return { data: data ?? undefined, errors };
        }
        // REST-shaped refusals, such as an expired session, are a list of { message, errorCode }.
        return {
            errors: Array.isArray(body)
                ? (body as { message: string }[])
                : [{ message: `${response.status} ${response.statusText}` }]
        };
    } catch (error) {
        return { errors: [{ message: (error as Error).message }] };
    }
}

/** The `graphql` wire adapter: one instance per wired component member. */
class GraphQLWireAdapter {
    private readonly callback: DataCallback;
    private config?: WireConfig;
    private connected = false;
    private loaded?: string;
    private sequence = 0;

    constructor(callback: DataCallback) {
        this.callback = callback;
    }

    update(config: WireConfig): void {
        this.config = config;
        void this.load(false);
    }

    connect(): void {
        this.connected = true;
        void this.load(false);
    }

    disconnect(): void {
        this.connected = false;
    }

    /** Loads the current query again and emits the fresh result. */
    private refresh(): Promise<void> {
        return this.load(true);
    }

    private async load(force: boolean): Promise<void> {
        const config = this.config;
        if (!this.connected || !config?.query) {
            return;
        }
        const key = JSON.stringify([config.query, config.variables, config.operationName]);
        if (!force && key === this.loaded) {
            return;
        }
        this.loaded = key;
        this.sequence += 1;
        const sequence = this.sequence;
        const result = await post(config);
        // A newer request has started since: its answer is the one to show.
        if (sequence !== this.sequence || !this.connected) {
            return;
        }
        this.callback({ ...result, refresh: () => this.refresh() });
    }
}

export { GraphQLWireAdapter as graphql };
