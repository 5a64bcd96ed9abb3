// Which last-modified date a form's save is checked against. The server refuses a save when the
// record changed after that date, so an edit never overwrites a change the user has not seen.

/** The date an open form's save is checked against. */
export interface EditBase {
    /** The record's date when the form opened, or the newer one shown after a stale save. */
    lastModifiedDate: string;
    /** Set by a stale save: the next different date the record shows becomes the base, once. */
    awaitingShown: boolean;
}

/**
 * Starts an edit from the record as the user sees it when they open the form; reloads while
 * the form is open do not move it.
 * @param lastModifiedDate the record's last-modified date as shown
 * @returns the edit's base
 */
export function openEdit(lastModifiedDate: string): EditBase {
    return { lastModifiedDate, awaitingShown: false };
}

/**
 * The record is shown again, after a reload.
 * @param base the edit's base
 * @param shownDate the record's last-modified date as now shown; undefined when it is not shown
 * @returns the base, moved to the shown date only when a stale save is waiting for it
 */
export function recordShown(base: EditBase, shownDate: string | undefined): EditBase {
    if (!base.awaitingShown || !shownDate || shownDate === base.lastModifiedDate) {
        return base;
    }
    return { lastModifiedDate: shownDate, awaitingShown: false };
}

/**
 * A save was refused because someone else changed the record since the base.
 * @param base the edit's base
 * @param shownDate the record's last-modified date as shown when the refusal is reported
 * @returns the base to use next
 */
export function staleSave(base: EditBase, shownDate: string | undefined): EditBase {
    // Now told of the change, the user builds on the newer record on screen, or else the reload's.
    return recordShown({ ...base, awaitingShown: true }, shownDate);
}
