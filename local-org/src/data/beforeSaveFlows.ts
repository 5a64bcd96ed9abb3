import {
    type BeforeSaveFlowDefinition,
    type FlowFilter,
    type FlowValue
} from '../../../metadata/projectMetadata';
import type { FieldSchema, ObjectSchema } from '../../../metadata/schema';
import type { StoredRow } from './store';

/** The record change a before-save flow sees. */
export interface FlowContext {
    object: ObjectSchema;
    /** The record as it will be saved, in stored form; assignments change it in place. */
    record: StoredRow;
    /** The record before the change; undefined on create. */
    prior?: StoredRow;
    /** The request's one moment: `$Flow.CurrentDateTime`. */
    now: Date;
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

function meets(flow: BeforeSaveFlowDefinition, record: StoredRow, context: FlowContext): boolean {
    const verdicts = flow.filters.map((filter) =>
        holds(filter, context.object.fields.get(filter.field) as FieldSchema, record, context)
    );
    if (verdicts.length === 0) {
        return true;
    }
    return flow.filterLogic === 'and' ? verdicts.every(Boolean) : verdicts.some(Boolean);
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
    const creating = context.prior === undefined;
    for (const flow of flows) {
        if (creating ? !flow.onCreate : !flow.onUpdate) {
            continue;
        }
        const now = meets(flow, context.record, context);
        // "Only when updated to meet the conditions": the prior version must not have met them.
        const before =
            !creating && flow.onlyWhenChangedToMeet
                ? meets(flow, context.prior as StoredRow, context)
                : false;
        if (!now || before) {
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
