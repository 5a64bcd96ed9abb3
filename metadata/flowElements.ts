import { asNodes, readValue, textOf, type FlowValue, type Refuse } from './flowValues';

type XmlNode = Record<string, unknown>;

/** A formula resource: an expression with `{!...}` merge fields, evaluated when referenced. */
export interface FlowFormula {
    name: string;
    dataType: string;
    expression: string;
}

/** A text template resource: text with `{!...}` merge fields. */
export interface FlowTextTemplate {
    name: string;
    text: string;
}

/** A variable resource. */
export interface FlowVariable {
    name: string;
    dataType: string;
    isCollection: boolean;
}

/** The resources of an after-save flow, by name. */
export interface AfterSaveResources {
    formulas: Map<string, FlowFormula>;
    textTemplates: Map<string, FlowTextTemplate>;
    variables: Map<string, FlowVariable>;
}

/** The inputs of a Send Custom Notification action. */
export interface NotificationInputs {
    customNotifTypeId: FlowValue;
    recipientIds: FlowValue;
    title: FlowValue;
    body: FlowValue;
    targetId: FlowValue;
}

/** One element of an after-save flow's chain, in the subset the local org runs. */
export type FlowStep =
    | {
          kind: 'assignment';
          element: string;
          items: { target: string; operator: 'Assign' | 'Add'; value: FlowValue }[];
      }
    | {
          kind: 'lookup';
          element: string;
          objectName: string;
          filters: { field: string; value: FlowValue }[];
      }
    | { kind: 'notification'; element: string; inputs: NotificationInputs };

// Children every element may have that only describe it or place it on the canvas.
const LAYOUT = ['name', 'label', 'description', 'locationX', 'locationY', 'connector'];
const ELEMENT_CHILDREN: Record<string, Set<string>> = {
    assignments: new Set([...LAYOUT, 'assignmentItems']),
    recordLookups: new Set([
        ...LAYOUT,
        'assignNullValuesIfNoRecordsFound',
        'filterLogic',
        'filters',
        'getFirstRecordOnly',
        'object',
        'queriedFields',
        'storeOutputAutomatically'
    ]),
    actionCalls: new Set([
        ...LAYOUT,
        'actionName',
        'actionType',
        'flowTransactionModel',
        'inputParameters',
        'nameSegment',
        'offset',
        'versionSegment'
    ])
};
const RESOURCE_CHILDREN: Record<string, Set<string>> = {
    formulas: new Set(['name', 'description', 'dataType', 'expression', 'scale']),
    textTemplates: new Set(['name', 'description', 'isViewedAsPlainText', 'text']),
    variables: new Set(['name', 'description', 'dataType', 'isCollection', 'isInput', 'isOutput'])
};
const NOTIFICATION_INPUTS = ['customNotifTypeId', 'recipientIds', 'title', 'body', 'targetId'];

function checkChildren(kind: string, node: XmlNode, allowed: Set<string>, refuse: Refuse): string {
    const name = String(node.name);
    for (const key of Object.keys(node)) {
        if (!allowed.has(key)) {
            refuse(`<${key}> in the ${kind} element ${name}`);
        }
    }
    return name;
}

function readAssignment(name: string, node: XmlNode, refuse: Refuse): FlowStep {
    const items = asNodes(node.assignmentItems).map((item) => {
        const target = String(item.assignToReference);
        const operator = String(item.operator);
        if (!/^\w+$/.test(target)) {
            refuse(`an assignment to ${target} in ${name} (only to variables after save)`);
        }
        if (operator !== 'Assign' && operator !== 'Add') {
            refuse(`the assignment operator ${operator} in ${name} (only Assign and Add)`);
        }
        return {
            target,
            operator: operator as 'Assign' | 'Add',
            value: readValue(item.value, refuse)
        };
    });
    return { kind: 'assignment', element: name, items };
}

function readLookup(name: string, node: XmlNode, refuse: Refuse): FlowStep {
    const objectName = String(node.object);
    if (objectName !== 'CustomNotificationType') {
        refuse(`Get Records on ${objectName} in ${name} (only on CustomNotificationType)`);
    }
    if (textOf(node.getFirstRecordOnly) !== 'true') {
        refuse(`Get Records of more than the first record in ${name}`);
    }
    if (textOf(node.storeOutputAutomatically) !== 'true') {
        refuse(`Get Records storing fields in variables in ${name} (only automatic output)`);
    }
    if ((textOf(node.filterLogic) ?? 'and') !== 'and') {
        refuse(`the condition logic "${String(node.filterLogic)}" in ${name}`);
    }
    const filters = asNodes(node.filters).map((filter) => {
        if (filter.operator !== 'EqualTo') {
            refuse(`the Get Records operator ${String(filter.operator)} in ${name}`);
        }
        return { field: String(filter.field), value: readValue(filter.value, refuse) };
    });
    return { kind: 'lookup', element: name, objectName, filters };
}

function readAction(name: string, node: XmlNode, refuse: Refuse): FlowStep {
    const actionType = String(node.actionType);
    if (actionType !== 'customNotificationAction' || node.actionName !== actionType) {
        refuse(`the action type ${actionType} in ${name} (only customNotificationAction)`);
    }
    const inputs = new Map<string, FlowValue>();
    for (const parameter of asNodes(node.inputParameters)) {
        const input = String(parameter.name);
        if (!NOTIFICATION_INPUTS.includes(input)) {
            refuse(`the notification input ${input} in ${name}`);
        }
        inputs.set(input, readValue(parameter.value, refuse));
    }
    const missing = NOTIFICATION_INPUTS.filter((input) => !inputs.has(input));
    if (missing.length > 0) {
        refuse(`a notification without ${missing.join(', ')} in ${name}`);
    }
    return {
        kind: 'notification',
        element: name,
        inputs: Object.fromEntries(inputs) as unknown as NotificationInputs
    };
}

const READERS: Record<string, (name: string, node: XmlNode, refuse: Refuse) => FlowStep> = {
    assignments: readAssignment,
    recordLookups: readLookup,
    actionCalls: readAction
};

function readResources(flow: XmlNode, refuse: Refuse): AfterSaveResources {
    const nodes = (kind: string) =>
        asNodes(flow[kind]).map((node) => {
            checkChildren(kind.replace(/s$/, ''), node, RESOURCE_CHILDREN[kind], refuse);
            return node;
        });
    return {
        formulas: new Map(
            nodes('formulas').map((node) => [
                String(node.name),
                {
                    name: String(node.name),
                    dataType: String(node.dataType),
                    expression: String(node.expression ?? '')
                }
            ])
        ),
        textTemplates: new Map(
            nodes('textTemplates').map((node) => [
                String(node.name),
                { name: String(node.name), text: String(node.text ?? '') }
            ])
        ),
        variables: new Map(
            nodes('variables').map((node) => [
                String(node.name),
                {
                    name: String(node.name),
                    dataType: String(node.dataType),
                    isCollection: textOf(node.isCollection) === 'true'
                }
            ])
        )
    };
}

/**
 * Reads the chain of an after-save flow from its start connector, and its resources.
 * @param flow the parsed Flow element
 * @param first the element the start element connects to
 * @param refuse reports an element outside the subset, naming it
 * @returns the steps in the order they run, and the resources by name
 */
export function readAfterSaveSteps(
    flow: XmlNode,
    first: string | undefined,
    refuse: Refuse
): AfterSaveResources & { steps: FlowStep[] } {
    const elements = new Map<string, { kind: string; node: XmlNode }>();
    for (const kind of Object.keys(READERS)) {
        for (const node of asNodes(flow[kind])) {
            elements.set(checkChildren(kind, node, ELEMENT_CHILDREN[kind], refuse), { kind, node });
        }
    }
    const steps: FlowStep[] = [];
    const visited = new Set<string>();
    for (let next = first; next !== undefined;) {
        const element = elements.get(next);
        if (!element) {
            return refuse(`a connector to ${next}, which is not an element of the flow`);
        }
        if (visited.has(next)) {
            return refuse(`a loop through ${next}`);
        }
        visited.add(next);
        steps.push(READERS[element.kind](next, element.node, refuse));
        next = textOf((element.node.connector as XmlNode | undefined)?.targetReference);
    }
    const unreached = [...elements.keys()].filter((name) => !visited.has(name));
    if (unreached.length > 0) {
        refuse(`elements no connector reaches (${unreached.join(', ')})`);
    }
    return { steps, ...readResources(flow, refuse) };
}
