import {
    MERGE_FIELD,
    type BeforeSaveFlowDefinition,
    type FlowFilter,
    type FlowValue,
    type RecordTriggeredFlow
} from '../../../metadata/projectMetadata';
import type { FieldSchema, ObjectSchema } from '../../../metadata/schema';
import type { StoredRow } from './store';
import { evaluateRecordFormula, type FormulaResult } from './validationRules';

/** The record change a record-triggered flow sees. */
export interface FlowContext {
    object: ObjectSchema;
    /** The record as it will be saved, in stored form; assignments change it in place. */
    record: StoredRow;
    /** The record before the change; undefined on create. */
    prior?: StoredRow;
    /** The request's one moment: `$Flow.CurrentDateTime`. */
    now: Date;
    /** Who saves the record; flows run in system context, so only `$User` reads it. */
    userId?: string;
    /** Reads any record, ignoring sharing: formulas follow relationships with it. */
    lookup?(objectName: string, id: string): Record<string, unknown> | undefined;
    /** The schema of another object, to follow relationships. */
    objectSchema?(objectName: string): ObjectSchema | undefined;
}

/**
 * Evaluates a flow formula over the record change: its merge fields `{!$Record.Path}` and
 * `{!$Record__Prior.Field}` become the field paths and PRIORVALUE calls a validation rule uses.
 * @param expression the formula with merge fields
 * @param context the record change
 * @param record the version of the record the formula reads as `$Record`
 * @returns the result
 */
export function evaluateFlowFormula(
    expression: string,
    context: FlowContext,
    record: StoredRow = context.record
): FormulaResult {
    const formula = expression.replace(MERGE_FIELD, (_match, reference: string) => {
        const name = reference.trim();
        if (name.startsWith('$Record__Prior.')) {
            return `PRIORVALUE(${name.slice('$Record__Prior.'.length)})`;
        }
        return name.slice('$Record.'.length);
    });
    return evaluateRecordFormula(formula, {
        object: context.object,
        isNew: context.prior === undefined,
        record,
        prior: context.prior,
        userId: context.userId ?? '',
        customPermissions: new Set(),
        lookup: (objectName, id) => context.lookup?.(objectName, id),
        objectSchema: (objectName) => context.objectSchema?.(objectName)
    });
}

function blank(value: unknown): boolean {
    return value === null || value === undefined || value === '';
}

function resolve(value: FlowValue, field: FieldSchema, context: FlowContext): unknown {
    if (value.kind === 'literal') {
        return value.value;
    }
    if (value.reference === '$Flow.CurrentDateTime') {
        return context.now.toISOString();
    }
    if (value.reference === '$Flow.CurrentDate') {
        return context.now.toISOString().slice(0, 10);
    }
    const [source, name] = value.reference.split('.');
    const row = source === '$Record' ? context.record : context.prior;
    return row?.[name] ?? (field.type === 'boolean' ? 0 : null);
}

function stored(field: FieldSchema, value: unknown): string | number | null {
    if (field.type === 'boolean') {
        return value === true || value === 1 ? 1 : 0;
    }
    if (value === null || value === undefined || value === '') {
        return null;
    }
    if (field.type === 'date' && typeof value === 'string') {
        return value.slice(0, 10);
    }
    return typeof value === 'number' ? value : String(value);
}

function holds(filter: FlowFilter, field: FieldSchema, record: StoredRow, context: FlowContext) {
    const value = record[filter.field];
    const expected = resolve(filter.value, field, context);
    switch (filter.operator) {
        case 'IsNull':
            return blank(value) === (expected === true);
        case 'IsChanged': {
            const changed =
                context.prior !== undefined &&
                !(blank(value) && blank(context.prior[filter.field])) &&
                value !== context.prior[filter.field];
            return changed === (expected === true);
        }
        case 'EqualTo':
            return stored(field, value) === stored(field, expected);
        case 'NotEqualTo':
            return stored(field, value) !== stored(field, expected);
    }
}

function meets(flow: RecordTriggeredFlow, record: StoredRow, context: FlowContext): boolean {
    if (flow.filterFormula !== undefined) {
        return evaluateFlowFormula(flow.filterFormula, context, record).value === true;
    }
    const verdicts = flow.filters.map((filter) =>
        holds(filter, context.object.fields.get(filter.field) as FieldSchema, record, context)
    );
    if (verdicts.length === 0) {
        return true;
    }
    return flow.filterLogic === 'and' ? verdicts.every(Boolean) : verdicts.some(Boolean);
}

/**
 * Decides whether a record change starts a flow: the trigger (create, update), the entry
 * conditions, and "only when updated to meet the conditions", where the prior version must not
 * have met them.
 * @param flow the flow
 * @param context the record change
 * @returns true when the flow runs
 */
export function flowStarts(flow: RecordTriggeredFlow, context: FlowContext): boolean {
    const creating = context.prior === undefined;
    if (creating ? !flow.onCreate : !flow.onUpdate) {
        return false;
    }
    if (!meets(flow, context.record, context)) {
        return false;
    }
    return (
        creating || !flow.onlyWhenChangedToMeet || !meets(flow, context.prior as StoredRow, context)
    );
}

/**
 * Runs the object's before-save flows on a record about to be saved, as the platform does after
 * the request's values are applied and before validation rules: in system context, so an
 * assignment may set a field the user cannot edit.
 * @param flows the object's flows
 * @param context the record change
 * @returns the names of the flows that ran
 */
export function runBeforeSaveFlows(
    flows: BeforeSaveFlowDefinition[],
    context: FlowContext
): string[] {
    const ran: string[] = [];
    for (const flow of flows) {
        if (!flowStarts(flow, context)) {
            continue;
        }
        for (const assignment of flow.assignments) {
            const field = context.object.fields.get(assignment.field) as FieldSchema;
            context.record[field.name] = stored(field, resolve(assignment.value, field, context));
        }
        ran.push(flow.name);
    }
    return ran;
}
