// How the panel runs a write a child asked for, and tells the child and the user how it went.
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import type { CreateInput, SaveReply, UpdateInput } from 'c/coachingModel';
import LABELS from './labels';
import { saveErrorMessage } from './panelText';

/** The intent's forms keep their drafts by key; the panel answers them through this. */
interface DraftKeeper {
    saveSucceeded(key: string): void;
    saveFailed(key: string, message: string, isStale: boolean): void;
}

/** What a save needs from the panel. */
export interface SaveHost {
    toast(event: ShowToastEvent): void;
    /** Loads the deal again from the first page. */
    reload(): void;
}

/** One write and how to report it. */
export interface SaveRun {
    reply: SaveReply;
    successTitle: string;
    write: () => Promise<unknown>;
    /** Whether a failed write still calls for a reload: part of it landed, or things moved on. */
    reloadOnFailure?: () => boolean;
}

/**
 * Saves a change to one record.
 * @param input the record input
 * @returns the save, which the server refuses if the record changed since it was read
 */
export function update(input: UpdateInput): Promise<unknown> {
    return updateRecord(input.recordInput, input.clientOptions);
}

/**
 * Creates a record.
 * @param input the record input
 * @returns the save, with the new record's id
 */
export function create(input: CreateInput): Promise<{ id: string }> {
    return createRecord(input);
}

/**
 * Runs one write: on success the child hears so, a toast says it and the panel reloads; on failure
 * the child keeps what the user typed and says why, and so does a toast. A failed write reloads
 * when the record changed under the user, or when `reloadOnFailure` says so.
 * @param host the panel
 * @param run the write, its reply and its success title
 */
export function runSave(host: SaveHost, run: SaveRun): void {
    run.write().then(
        () => {
            run.reply.saved();
            host.toast(new ShowToastEvent({ title: run.successTitle, variant: 'success' }));
            host.reload();
        },
        (error: unknown) => {
            const { message, isStale } = saveErrorMessage(error);
            run.reply.failed(message, isStale);
            host.toast(new ShowToastEvent({ title: LABELS.saveFailed, message, variant: 'error' }));
            // After a stale save, their change loads so the next save is checked against it.
            if (isStale || run.reloadOnFailure?.()) {
                host.reload();
            }
        }
    );
}

/**
 * The reply for a child that keeps its drafts by key, while its event is being handled.
 * @param event the child's event, with a `key` in its detail
 * @returns the reply that answers the child for that key
 */
export function keeperReply(event: CustomEvent): SaveReply {
    // currentTarget is only set while the event is being handled; keep the child for later.
    const child = event.currentTarget as unknown as DraftKeeper;
    const key = (event.detail as { key: string }).key;
    return {
        saved: () => child.saveSucceeded(key),
        failed: (message, isStale) => child.saveFailed(key, message, isStale)
    };
}
