import {
    MERGE_FIELD,
    type AfterSaveFlowDefinition,
    type FlowStep,
    type FlowValue
} from '../../../metadata/projectMetadata';
import { findField, findRelationship, type ObjectSchema } from '../../../metadata/schema';
import { evaluateFlowFormula, flowStarts, type FlowContext } from './beforeSaveFlows';
import {
    NotificationActionError,
    sendCustomNotification,
    type NotificationTypeRecord
} from './notifications';
import type { Store } from './store';

/** The saved record change an after-save flow sees, and the org it runs in. */
export interface AfterSaveContext extends FlowContext {
    store: Store;
    notificationTypes: NotificationTypeRecord[];
}

/** A flow that failed as it ran: the save that started it is rolled back. */
export class FlowRunError extends Error {
    declare readonly flowLabel: string;

    constructor(flowLabel: string, message: string) {
        super(message);
        this.flowLabel = flowLabel;
    }
}

/** One run of a flow: its variables and the records its Get Records found. */
interface Interview {
    flow: AfterSaveFlowDefinition;
    context: AfterSaveContext;
    variables: Map<string, unknown>;
    lookups: Map<string, NotificationTypeRecord | null>;
}

function readPath(context: AfterSaveContext, object: ObjectSchema, row: unknown, path: string[]) {
    const record = row as Record<string, unknown> | undefined;
    const [head, ...rest] = path;
    if (rest.length === 0) {
        const field = findField(object, head);
        return field ? (record?.[field.name] ?? null) : null;
    }
    const lookup = findRelationship(object, head);
    const parent = lookup?.referenceTo ? context.objectSchema?.(lookup.referenceTo) : undefined;
    const parentId = lookup ? record?.[lookup.name] : undefined;
    if (!parent || typeof parentId !== 'string') {
        return null;
    }
    return readPath(context, parent, context.lookup?.(parent.name, parentId), rest);
}

function resolve(interview: Interview, reference: string): unknown {
    const { context, flow } = interview;
    if (reference.startsWith('$Record.')) {
        return readPath(context, context.object, context.record, reference.slice(8).split('.'));
    }
    if (reference.startsWith('$Record__Prior.')) {
        return context.prior?.[reference.slice('$Record__Prior.'.length)] ?? null;
    }
    if (reference === '$Flow.CurrentDateTime') {
        return context.now.toISOString();
    }
    if (reference === '$Flow.CurrentDate') {
        return context.now.toISOString().slice(0, 10);
    }
    const [head, field] = reference.split('.');
    if (field !== undefined) {
        const found = interview.lookups.get(head);
        return found ? found[field as keyof NotificationTypeRecord] : null;
    }
    const formula = flow.formulas.get(head);
    if (formula) {
        return evaluateFlowFormula(formula.expression, context).value ?? null;
    }
    const template = flow.textTemplates.get(head);
    if (template) {
        return template.text.replace(MERGE_FIELD, (_match, name: string) => {
            const value = resolve(interview, name.trim());
            return value === null || value === undefined ? '' : String(value);
        });
    }
    return interview.variables.get(head) ?? null;
}

function valueOf(interview: Interview, value: FlowValue): unknown {
    return value.kind === 'literal' ? value.value : resolve(interview, value.reference);
}

function runStep(interview: Interview, step: FlowStep): void {
    switch (step.kind) {
        case 'lookup': {
            const found = interview.context.notificationTypes.find((type) =>
                step.filters.every(
                    (filter) =>
                        String(type[filter.field as keyof NotificationTypeRecord]) ===
                        String(valueOf(interview, filter.value))
                )
            );
            interview.lookups.set(step.element, found ?? null);
            return;
        }
        case 'assignment':
            for (const item of step.items) {
                const value = valueOf(interview, item.value);
                if (item.operator === 'Add') {
                    const list = (interview.variables.get(item.target) as unknown[]) ?? [];
                    interview.variables.set(item.target, [...list, value]);
                } else {
                    interview.variables.set(item.target, value);
                }
            }
            return;
        case 'notification': {
            const inputs = Object.fromEntries(
                Object.entries(step.inputs).map(([name, value]) => [
                    name,
                    valueOf(interview, value)
                ])
            );
            sendCustomNotification(
                interview.context.store,
                {
                    customNotifTypeId: inputs.customNotifTypeId,
                    recipientIds: inputs.recipientIds ?? [],
                    title: inputs.title,
                    body: inputs.body,
                    targetId: inputs.targetId
                },
                interview.context.now
            );
        }
    }
}

/**
 * Runs the object's after-save flows on a record just saved, in system context and in the
 * save's transaction, as the platform does: a flow that fails throws, and the save rolls back.
 * @param flows the object's after-save flows
 * @param context the saved record change
 * @returns the names of the flows that ran
 * @throws FlowRunError naming the flow and the element that failed
 */
export function runAfterSaveFlows(
    flows: AfterSaveFlowDefinition[],
    context: AfterSaveContext
): string[] {
    const ran: string[] = [];
    for (const flow of flows) {
        let starts: boolean;
        try {
            starts = flowStarts(flow, context);
        } catch (error) {
            throw new FlowRunError(
                flow.name,
                `Its entry conditions could not be evaluated (${(error as Error).message}).`
            );
        }
        if (!starts) {
            continue;
        }
        const interview: Interview = {
            flow,
            context,
            variables: new Map(
                [...flow.variables.values()]
                    .filter((variable) => variable.isCollection)
                    .map((variable) => [variable.name, []])
            ),
            lookups: new Map()
        };
        for (const step of flow.steps) {
            try {
                runStep(interview, step);
            } catch (error) {
                const reason =
                    error instanceof NotificationActionError
                        ? error.message
                        : `it could not be run (${(error as Error).message})`;
                throw new FlowRunError(flow.name, `Error element ${step.element}: ${reason}.`);
            }
        }
        ran.push(flow.name);
    }
    return ran;
}
