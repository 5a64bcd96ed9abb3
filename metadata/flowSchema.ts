import type { FlowStep } from './flowElements';
import type { FlowValue } from './flowValues';
import {
    UnsupportedFlowError,
    type AfterSaveFlowDefinition,
    type RecordTriggeredFlow
} from './flows';
import type { NotificationTypeDefinition } from './notificationTypes';
import { findField, findRelationship, type FieldSchema, type ObjectSchema } from './schema';

/** The fields of CustomNotificationType a flow's Get Records may filter on or read. */
export const NOTIFICATION_TYPE_FIELDS = [
    'Id',
    'DeveloperName',
    'CustomNotifTypeName',
    'MasterLabel',
    'Desktop',
    'Mobile'
];

/** Merge fields in formulas and text templates: `{!Name}`, `{!$Record.Rel__r.Field}`. */
export const MERGE_FIELD = /\{!([^}]*)\}/g;

function problem(flow: RecordTriggeredFlow, text: string): never {
    throw new UnsupportedFlowError(`Flow ${flow.name} (${flow.file}) ${text}`);
}

function fieldOf(object: ObjectSchema, flow: RecordTriggeredFlow, name: string): FieldSchema {
    const field = object.fields.get(name);
    if (!field) {
        return problem(
            flow,
            `names ${object.name}.${name}, which does not exist. Fix the field name in the flow.`
        );
    }
    return field;
}

/** Follows `Rel__r.Rel__r.Field` from the triggering object to the field it ends on. */
function fieldPath(
    objects: Map<string, ObjectSchema>,
    object: ObjectSchema,
    flow: RecordTriggeredFlow,
    path: string
): FieldSchema {
    const segments = path.split('.');
    let current = object;
    for (const segment of segments.slice(0, -1)) {
        const lookup = findRelationship(current, segment);
        const parent = lookup?.referenceTo ? objects.get(lookup.referenceTo) : undefined;
        if (!parent) {
            return problem(
                flow,
                `follows ${current.name}.${segment}, which is not a relationship of ${current.name}. Fix the reference $Record.${path}.`
            );
        }
        current = parent;
    }
    const last = segments[segments.length - 1];
    return findField(current, last) ?? fieldOf(current, flow, last);
}

function checkBeforeSave(object: ObjectSchema, flow: RecordTriggeredFlow): void {
    if (flow.triggerType !== 'RecordBeforeSave') {
        return;
    }
    const references = [...flow.filters, ...flow.assignments]
        .map((entry) => entry.value)
        .flatMap((value) => (value.kind === 'reference' ? [value.reference] : []))
        .filter((reference) => reference.startsWith('$Record'))
        .map((reference) => reference.split('.')[1]);
    for (const name of references) {
        fieldOf(object, flow, name);
    }
    for (const assignment of flow.assignments) {
        const field = fieldOf(object, flow, assignment.field);
        if (!field.createable && !field.updateable) {
            problem(
                flow,
                `assigns ${object.name}.${field.name}, which only the platform sets. Assign a custom field instead.`
            );
        }
    }
}

/** What a reference may name at a point of an after-save flow. */
interface Scope {
    objects: Map<string, ObjectSchema>;
    object: ObjectSchema;
    flow: RecordTriggeredFlow;
    /** Get Records elements that ran before this point. */
    lookups: Set<string>;
}

function checkReference(scope: Scope, reference: string, where: string, inFormula = false): void {
    const { flow, object } = scope;
    if (reference.startsWith('$Record.')) {
        fieldPath(scope.objects, object, flow, reference.slice('$Record.'.length));
        return;
    }
    if (reference.startsWith('$Record__Prior.')) {
        fieldOf(object, flow, reference.slice('$Record__Prior.'.length));
        return;
    }
    if (inFormula) {
        problem(
            flow,
            `${where} merges {!${reference}}; the local org evaluates formulas over $Record and $Record__Prior only.`
        );
    }
    if (reference === '$Flow.CurrentDateTime' || reference === '$Flow.CurrentDate') {
        return;
    }
    const [head, field, ...rest] = reference.split('.');
    if (field !== undefined) {
        if (!scope.lookups.has(head) || rest.length > 0) {
            problem(
                flow,
                `${where} reads ${reference}, but no Get Records element named ${head} runs before it.`
            );
        }
        if (!NOTIFICATION_TYPE_FIELDS.includes(field)) {
            problem(
                flow,
                `${where} reads ${reference}; CustomNotificationType has no field ${field} (it has ${NOTIFICATION_TYPE_FIELDS.join(', ')}).`
            );
        }
        return;
    }
    const resources = flow.triggerType === 'RecordAfterSave' ? flow : undefined;
    if (
        !resources?.formulas.has(head) &&
        !resources?.textTemplates.has(head) &&
        !resources?.variables.has(head)
    ) {
        problem(
            flow,
            `${where} refers to ${reference}, which is no formula, text template or variable of the flow.`
        );
    }
}

function checkValue(scope: Scope, value: FlowValue, where: string): void {
    if (value.kind === 'reference') {
        checkReference(scope, value.reference, where);
    }
}

function checkMergeFields(scope: Scope, text: string, where: string, inFormula: boolean): void {
    for (const match of text.matchAll(MERGE_FIELD)) {
        checkReference(scope, match[1].trim(), where, inFormula);
    }
}

function checkLookup(
    scope: Scope,
    step: Extract<FlowStep, { kind: 'lookup' }>,
    notificationTypes: NotificationTypeDefinition[]
): void {
    for (const filter of step.filters) {
        if (!NOTIFICATION_TYPE_FIELDS.includes(filter.field)) {
            problem(
                scope.flow,
                `filters ${step.element} on CustomNotificationType.${filter.field}, which does not exist.`
            );
        }
        checkValue(scope, filter.value, step.element);
        const named = filter.value.kind === 'literal' ? String(filter.value.value) : undefined;
        if (
            filter.field === 'DeveloperName' &&
            named !== undefined &&
            !notificationTypes.some((type) => type.developerName === named)
        ) {
            problem(
                scope.flow,
                `looks up the notification type ${named} in ${step.element}, which is not in notificationtypes/. Add ${named}.notiftype-meta.xml or fix the name.`
            );
        }
    }
    scope.lookups.add(step.element);
}

function checkNotification(scope: Scope, step: Extract<FlowStep, { kind: 'notification' }>) {
    const { inputs, element } = step;
    const typeId = inputs.customNotifTypeId;
    if (
        typeId.kind !== 'reference' ||
        !scope.lookups.has(typeId.reference.split('.')[0]) ||
        !typeId.reference.endsWith('.Id')
    ) {
        problem(
            scope.flow,
            `sends ${element} with a notification type that is not the Id of a Get Records on CustomNotificationType run before it; never hardcode the Id, it differs in every org.`
        );
    }
    const recipients =
        inputs.recipientIds.kind === 'reference' && scope.flow.triggerType === 'RecordAfterSave'
            ? scope.flow.variables.get(inputs.recipientIds.reference)
            : undefined;
    if (!recipients?.isCollection || recipients.dataType !== 'String') {
        problem(
            scope.flow,
            `sends ${element} to recipients that are not a text collection variable; collect the user Ids in one with an Add assignment.`
        );
    }
    for (const [input, value] of Object.entries(inputs)) {
        checkValue(scope, value, `${element}'s ${input}`);
    }
}

function checkAfterSave(
    objects: Map<string, ObjectSchema>,
    object: ObjectSchema,
    flow: AfterSaveFlowDefinition,
    notificationTypes: NotificationTypeDefinition[]
): void {
    const scope: Scope = { objects, object, flow, lookups: new Set() };
    for (const formula of flow.formulas.values()) {
        checkMergeFields(scope, formula.expression, `the formula ${formula.name}`, true);
    }
    for (const variable of flow.variables.values()) {
        if (variable.dataType !== 'String') {
            problem(flow, `declares ${variable.name} of type ${variable.dataType}; only Text.`);
        }
    }
    for (const step of flow.steps) {
        if (step.kind === 'lookup') {
            checkLookup(scope, step, notificationTypes);
        } else if (step.kind === 'notification') {
            checkNotification(scope, step);
        } else {
            for (const item of step.items) {
                const variable = flow.variables.get(item.target);
                if (!variable || variable.isCollection !== (item.operator === 'Add')) {
                    problem(
                        flow,
                        `assigns ${item.target} in ${step.element} with ${item.operator}: Add needs a collection variable, Assign a single one.`
                    );
                }
                checkValue(scope, item.value, step.element);
            }
        }
    }
    // Templates may be merged by any step, so they are checked with every lookup in scope.
    for (const template of flow.textTemplates.values()) {
        checkMergeFields(scope, template.text, `the text template ${template.name}`, false);
    }
}

/**
 * Checks that every field a flow reads or assigns exists, every reference resolves, and every
 * notification names a type of the project and a text collection of recipients, so a broken
 * flow stops the local org at start, as a deploy would refuse it.
 * @param objects the schema's objects by API name
 * @param flows the flows projectMetadata read
 * @param notificationTypes the project's custom notification types
 * @returns the flows of each object, in file order
 */
export function flowsByObject(
    objects: Map<string, ObjectSchema>,
    flows: RecordTriggeredFlow[],
    notificationTypes: NotificationTypeDefinition[] = []
): Map<string, RecordTriggeredFlow[]> {
    const byObject = new Map<string, RecordTriggeredFlow[]>();
    for (const flow of flows) {
        const object = objects.get(flow.objectName);
        if (!object) {
            throw new UnsupportedFlowError(
                `Flow ${flow.name} (${flow.file}) is triggered by ${flow.objectName}, which is not an object of this project.`
            );
        }
        for (const name of flow.filters.map((filter) => filter.field)) {
            fieldOf(object, flow, name);
        }
        if (flow.filterFormula) {
            const scope: Scope = { objects, object, flow, lookups: new Set() };
            checkMergeFields(scope, flow.filterFormula, 'its entry formula', true);
        }
        if (flow.triggerType === 'RecordBeforeSave') {
            checkBeforeSave(object, flow);
        } else {
            checkAfterSave(objects, object, flow, notificationTypes);
        }
        byObject.set(object.name, [...(byObject.get(object.name) ?? []), flow]);
    }
    return byObject;
}
