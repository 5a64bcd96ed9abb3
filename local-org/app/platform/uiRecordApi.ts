import { dataUrl } from './session';

/**
 * Stands in for `lightning/uiRecordApi` off the platform: record reads (`getRecord`) and writes go
 * to the local org's UI API routes; failures reject with `{ body, ok, status, statusText }`, as LDS
 * rejects them.
 */

export interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
}

export interface ClientOptions {
    ifUnmodifiedSince?: string;
}

/** What a refused write rejects with. */
export interface FetchErrorResponse {
    body: unknown;
    ok: false;
    status: number;
    statusText: string;
}

async function send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {}
): Promise<unknown> {
    const response = await fetch(dataUrl(path), {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
        parsed = text ? JSON.parse(text) : undefined;
    } catch {
        parsed = { message: text };
    }
    if (!response.ok) {
        const failure: FetchErrorResponse = {
            body: parsed,
            ok: false,
            status: response.status,
            statusText: response.statusText
        };
        return Promise.reject(failure);
    }
    return parsed;
}

/**
 * Creates a record.
 * @param recordInput the object's API name and the field values
 * @returns the new record in the UI API representation
 */
export function createRecord(recordInput: RecordInput): Promise<unknown> {
    return send('POST', '/ui-api/records', {
        apiName: recordInput.apiName,
        fields: recordInput.fields
    });
}

/**
 * Updates a record; `fields.Id` names it.
 * @param recordInput the field values, with Id
 * @param clientOptions ifUnmodifiedSince: refuse (412) when the record changed after it
 * @returns the record in the UI API representation
 */
export function updateRecord(
    recordInput: RecordInput,
    clientOptions: ClientOptions = {}
): Promise<unknown> {
    const { Id: id, ...fields } = recordInput.fields;
    if (typeof id !== 'string') {
        return Promise.reject(new Error('updateRecord needs the record id in fields.Id.'));
    }
    const headers: Record<string, string> = clientOptions.ifUnmodifiedSince
        ? { 'If-Unmodified-Since': clientOptions.ifUnmodifiedSince }
        : {};
    return send('PATCH', `/ui-api/records/${encodeURIComponent(id)}`, { fields }, headers).then(
        (record) => {
            reloadRecordWires(id);
            return record;
        }
    );
}

/**
 * Deletes a record.
 * @param recordId the record id
 * @returns a promise settled when it is deleted
 */
export async function deleteRecord(recordId: string): Promise<void> {
    await send('DELETE', `/ui-api/records/${encodeURIComponent(recordId)}`);
}

interface GetRecordConfig {
    recordId?: string;
    fields?: (string | { objectApiName: string; fieldApiName: string })[];
    optionalFields?: (string | { objectApiName: string; fieldApiName: string })[];
}

interface GetRecordResult {
    data?: unknown;
    error?: unknown;
}

// The live `getRecord` wires by record id: a write through this module reloads the wires of the
// record it wrote, as the platform's record cache does.
const recordWires = new Map<string, Set<GetRecordWireAdapter>>();

function fieldList(entries: GetRecordConfig['fields']): string {
    return (entries ?? [])
        .map((entry) =>
            typeof entry === 'string' ? entry : `${entry.objectApiName}.${entry.fieldApiName}`
        )
        .join(',');
}

/** The `getRecord` wire adapter: one record by id, with the fields and optional fields asked for. */
class GetRecordWireAdapter {
    private readonly callback: (value: GetRecordResult) => void;
    private config?: GetRecordConfig;
    private connected = false;
    private sequence = 0;

    constructor(callback: (value: GetRecordResult) => void) {
        this.callback = callback;
    }

    update(config: GetRecordConfig): void {
        this.forget();
        this.config = config;
        this.remember();
        void this.load();
    }

    connect(): void {
        this.connected = true;
        this.remember();
        void this.load();
    }

    disconnect(): void {
        this.connected = false;
        this.forget();
    }

    /** Loads the record again and emits it. */
    async load(): Promise<void> {
        const recordId = this.config?.recordId;
        if (!this.connected || !recordId) {
            return;
        }
        this.sequence += 1;
        const sequence = this.sequence;
        const query = new URLSearchParams();
        const fields = fieldList(this.config?.fields);
        const optionalFields = fieldList(this.config?.optionalFields);
        if (fields) {
            query.set('fields', fields);
        }
        if (optionalFields) {
            query.set('optionalFields', optionalFields);
        }
        let result: GetRecordResult;
        try {
            const path = `/ui-api/records/${encodeURIComponent(recordId)}?${query.toString()}`;
            result = { data: await send('GET', path), error: undefined };
        } catch (error) {
            result = { data: undefined, error };
        }
        // A newer request has started since: its answer is the one to show.
        if (sequence === this.sequence && this.connected) {
            this.callback(result);
        }
    }

    private remember(): void {
        const recordId = this.config?.recordId;
        if (this.connected && recordId) {
            const wires = recordWires.get(recordId) ?? new Set();
            wires.add(this);
            recordWires.set(recordId, wires);
        }
    }

    private forget(): void {
        const recordId = this.config?.recordId;
        if (recordId) {
            recordWires.get(recordId)?.delete(this);
        }
    }
}

/** Reloads the live `getRecord` wires of a record just written. */
function reloadRecordWires(recordId: string): void {
    for (const wire of recordWires.get(recordId) ?? []) {
        void wire.load();
    }
}

export { GetRecordWireAdapter as getRecord };
