import { dataUrl } from './session';

/**
 * Stands in for `lightning/uiRecordApi` off the platform: record writes go to the local org's
 * UI API routes; failures reject with `{ body, ok, status, statusText }`, as LDS rejects them.
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
    return send('PATCH', `/ui-api/records/${encodeURIComponent(id)}`, { fields }, headers);
}

/**
 * Deletes a record.
 * @param recordId the record id
 * @returns a promise settled when it is deleted
 */
export async function deleteRecord(recordId: string): Promise<void> {
    await send('DELETE', `/ui-api/records/${encodeURIComponent(recordId)}`);
}
