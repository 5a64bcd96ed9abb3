import { basename, join } from 'node:path';
import { listFiles, readXml } from './xml';

/** A value in a flow: a literal, or a reference such as `$Flow.CurrentDateTime` or `$Record.X`. */
export type FlowValue =
    | { kind: 'literal'; value: string | number | boolean }
    | { kind: 'reference'; reference: string };

/** One entry condition of a record-triggered flow's start element. */
export interface FlowFilter {
    field: string;
    operator: 'EqualTo' | 'NotEqualTo' | 'IsNull' | 'IsChanged';
    value: FlowValue;
}

/** One `$Record.Field = value` of an assignment element. */
export interface FlowAssignment {
    element: string;
    field: string;
    value: FlowValue;
}

/**
 * An active before-save record-triggered flow, in the subset the local org runs: entry
 * conditions joined by AND or OR, then a chain of assignments to the triggering record.
 */
export interface BeforeSaveFlowDefinition {
    name: string;
    file: string;
    objectName: string;
    onCreate: boolean;
    onUpdate: boolean;
    filterLogic: 'and' | 'or';
    filters: FlowFilter[];
    /** "Only when a record is updated to meet the condition requirements". */
    onlyWhenChangedToMeet: boolean;
    /** In the order the connectors run them. */
    assignments: FlowAssignment[];
}

type XmlNode = Record<string, unknown>;

// Flow elements that describe the flow or lay out its canvas; they do not change what it does.
const DESCRIPTIVE = new Set([
    'apiVersion',
    'description',
    'environments',
    'interviewLabel',
    'label',
    'processMetadataValues',
    'processType',
    'runInMode',
    'status',
    'areMetricsLoggedToDataCloud'
]);
const START_ELEMENTS = new Set([
    'locationX',
    'locationY',
    'connector',
    'filterLogic',
    'filters',
    'object',
    'recordTriggerType',
    'triggerType',
    'doesRequireRecordChangedToMeetCriteria'
]);
const FILTER_OPERATORS = new Set(['EqualTo', 'NotEqualTo', 'IsNull', 'IsChanged']);
const REFERENCES =
    /^(\$Flow\.CurrentDateTime|\$Flow\.CurrentDate|\$Record\.\w+|\$Record__Prior\.\w+)$/;

/** A flow the local org cannot run faithfully: refused at start, naming the flow and its file. */
export class UnsupportedFlowError extends Error {}

function asArray(node: unknown): XmlNode[] {
    if (node === undefined || node === null || node === '') {
        return [];
    }
    return (Array.isArray(node) ? node : [node]) as XmlNode[];
}

function text(node: unknown): string | undefined {
    return node === undefined || node === null || node === '' ? undefined : String(node);
}

function readValue(node: unknown, refuse: (reason: string) => never): FlowValue {
    // The metadata parser always gives `value` elements as arrays (picklists repeat them).
    const value = ((Array.isArray(node) && node.length === 1 ? node[0] : node) ?? {}) as XmlNode;
    const keys = Object.keys(value);
    if (keys.length !== 1) {
        return refuse('a value that is not exactly one literal or reference');
    }
    const [key] = keys;
    const raw = String(value[key]);
    switch (key) {
        case 'stringValue':
            return { kind: 'literal', value: raw };
        case 'booleanValue':
            return { kind: 'literal', value: raw === 'true' };
        case 'numberValue':
            return { kind: 'literal', value: Number(raw) };
        case 'elementReference':
            if (!REFERENCES.test(raw)) {
                return refuse(
                    `the reference ${raw} (only $Record, $Record__Prior and $Flow.CurrentDate/CurrentDateTime)`
                );
            }
            return { kind: 'reference', reference: raw };
        default:
            return refuse(`a <${key}>`);
    }
}

function readFilter(node: XmlNode, refuse: (reason: string) => never): FlowFilter {
    const operator = String(node.operator);
    if (!FILTER_OPERATORS.has(operator)) {
        refuse(`the entry condition operator ${operator}`);
    }
    return {
        field: String(node.field),
        operator: operator as FlowFilter['operator'],
        value: readValue(node.value, refuse)
    };
}

function readAssignments(
    flow: XmlNode,
    first: string | undefined,
    refuse: (reason: string) => never
): FlowAssignment[] {
    const byName = new Map(asArray(flow.assignments).map((node) => [String(node.name), node]));
    const assignments: FlowAssignment[] = [];
    const visited = new Set<string>();
    for (let next = first; next !== undefined;) {
        const element = byName.get(next);
        if (!element) {
            return refuse(`a connector to ${next}, which is not an assignment of the flow`);
        }
        if (visited.has(next)) {
            return refuse(`a loop through ${next}`);
        }
        visited.add(next);
        for (const item of asArray(element.assignmentItems)) {
            const target = String(item.assignToReference);
            if (!/^\$Record\.\w+$/.test(target)) {
                refuse(`an assignment to ${target} (only to fields of $Record)`);
            }
            if (item.operator !== 'Assign') {
                refuse(`the assignment operator ${String(item.operator)} (only Assign)`);
            }
            assignments.push({
                element: next,
                field: target.slice('$Record.'.length),
                value: readValue(item.value, refuse)
            });
        }
        next = text((element.connector as XmlNode | undefined)?.targetReference);
    }
    return assignments;
}

/**
 * Reads one flow file.
 * @param file path of a `.flow-meta.xml` file
 * @returns the flow when it is an active before-save record-triggered flow; undefined for a flow
 * the local org never starts (inactive, or not record-triggered)
 * @throws UnsupportedFlowError naming the flow for an active record-triggered flow it cannot run
 */
export function readFlow(file: string): BeforeSaveFlowDefinition | undefined {
    const name = basename(file, '.flow-meta.xml');
    const flow = (readXml(file).Flow ?? {}) as XmlNode;
    const start = (flow.start ?? {}) as XmlNode;
    if (text(flow.status) !== 'Active' || text(start.triggerType) === undefined) {
        return undefined;
    }
    const refuse = (reason: string): never => {
        throw new UnsupportedFlowError(
            `Flow ${name} (${file}) cannot be run by the local org: it uses ${reason}. The local org runs active before-save record-triggered flows made of entry conditions (EqualTo, NotEqualTo, IsNull, IsChanged joined by and/or) and assignments to $Record; simplify the flow or extend local-org/src/flowMetadata.ts and beforeSaveFlows.ts.`
        );
    };
    const triggerType = String(start.triggerType);
    if (triggerType !== 'RecordBeforeSave') {
        refuse(`the trigger ${triggerType}`);
    }
    for (const key of Object.keys(flow)) {
        if (!DESCRIPTIVE.has(key) && key !== 'start' && key !== 'assignments') {
            refuse(`<${key}> elements`);
        }
    }
    for (const key of Object.keys(start)) {
        if (!START_ELEMENTS.has(key)) {
            refuse(`<${key}> in its start element`);
        }
    }
    const triggerOn = String(start.recordTriggerType);
    if (!['Create', 'Update', 'CreateAndUpdate'].includes(triggerOn)) {
        refuse(`the record trigger ${triggerOn}`);
    }
    const filters = asArray(start.filters).map((node) => readFilter(node, refuse));
    const logic = text(start.filterLogic) ?? 'and';
    if (logic !== 'and' && logic !== 'or') {
        refuse(`the custom condition logic "${logic}"`);
    }
    return {
        name,
        file,
        objectName: String(start.object),
        onCreate: triggerOn !== 'Update',
        onUpdate: triggerOn !== 'Create',
        filterLogic: logic as 'and' | 'or',
        filters,
        onlyWhenChangedToMeet: text(start.doesRequireRecordChangedToMeetCriteria) === 'true',
        assignments: readAssignments(
            flow,
            text((start.connector as XmlNode | undefined)?.targetReference),
            refuse
        )
    };
}

/**
 * Reads the project's flows that run when a record is saved.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the active before-save flows, by file name
 * @throws UnsupportedFlowError for an active record-triggered flow outside the subset
 */
export function readBeforeSaveFlows(sourceDir: string): BeforeSaveFlowDefinition[] {
    return listFiles(join(sourceDir, 'flows'), '.flow-meta.xml')
        .map(readFlow)
        .filter((flow): flow is BeforeSaveFlowDefinition => flow !== undefined);
}
