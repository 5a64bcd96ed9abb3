import { basename, join } from 'node:path';
import { readAfterSaveSteps, type AfterSaveResources, type FlowStep } from './flowElements';
import { asNodes, readValue, textOf, type FlowValue, type Refuse } from './flowValues';
import { listFiles, readXml } from './xml';

export type { FlowValue } from './flowValues';

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

/** What every record-triggered flow the local org runs has: its trigger and entry conditions. */
export interface RecordTriggerDefinition {
    name: string;
    file: string;
    apiVersion: string | undefined;
    objectName: string;
    onCreate: boolean;
    onUpdate: boolean;
    filterLogic: 'and' | 'or';
    filters: FlowFilter[];
    /** A formula entry condition (`{!$Record.Field}` merge fields), instead of filters. */
    filterFormula?: string;
    /** "Only when a record is updated to meet the condition requirements". */
    onlyWhenChangedToMeet: boolean;
}

/**
 * An active before-save record-triggered flow, in the subset the local org runs: entry
 * conditions, then a chain of assignments to the triggering record.
 */
export interface BeforeSaveFlowDefinition extends RecordTriggerDefinition {
    triggerType: 'RecordBeforeSave';
    /** In the order the connectors run them. */
    assignments: FlowAssignment[];
}

/**
 * An active after-save record-triggered flow, in the subset the local org runs: entry
 * conditions, then a chain of Get Records on CustomNotificationType, assignments to variables
 * and custom notification actions, with formulas, text templates and variables as resources.
 */
export interface AfterSaveFlowDefinition extends RecordTriggerDefinition, AfterSaveResources {
    triggerType: 'RecordAfterSave';
    /** In the order the connectors run them. */
    steps: FlowStep[];
}

/** A record-triggered flow the local org runs. */
export type RecordTriggeredFlow = BeforeSaveFlowDefinition | AfterSaveFlowDefinition;

export type {
    AfterSaveResources,
    FlowFormula,
    FlowStep,
    FlowTextTemplate,
    FlowVariable
} from './flowElements';

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
    'filterFormula',
    'filterLogic',
    'filters',
    'object',
    'recordTriggerType',
    'triggerType',
    'doesRequireRecordChangedToMeetCriteria'
]);
const FILTER_OPERATORS = new Set(['EqualTo', 'NotEqualTo', 'IsNull', 'IsChanged']);
const BEFORE_SAVE_REFERENCES =
    /^(\$Flow\.CurrentDateTime|\$Flow\.CurrentDate|\$Record\.\w+|\$Record__Prior\.\w+)$/;
const BEFORE_SAVE_ELEMENTS = new Set(['assignments']);
const AFTER_SAVE_ELEMENTS = new Set([
    'actionCalls',
    'assignments',
    'formulas',
    'recordLookups',
    'textTemplates',
    'variables'
]);

/** A flow the local org cannot run faithfully: refused at start, naming the flow and its file. */
export class UnsupportedFlowError extends Error {}

function readFilter(node: XmlNode, refuse: Refuse): FlowFilter {
    const operator = String(node.operator);
    if (!FILTER_OPERATORS.has(operator)) {
        refuse(`the entry condition operator ${operator}`);
    }
    return {
        field: String(node.field),
        operator: operator as FlowFilter['operator'],
        value: readValue(node.value, refuse, BEFORE_SAVE_REFERENCES)
    };
}

function readAssignments(flow: XmlNode, first: string | undefined, refuse: Refuse) {
    const byName = new Map(asNodes(flow.assignments).map((node) => [String(node.name), node]));
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
        for (const item of asNodes(element.assignmentItems)) {
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
                value: readValue(item.value, refuse, BEFORE_SAVE_REFERENCES)
            });
        }
        next = textOf((element.connector as XmlNode | undefined)?.targetReference);
    }
    return assignments;
}

function readTrigger(
    name: string,
    file: string,
    flow: XmlNode,
    start: XmlNode,
    refuse: Refuse
): RecordTriggerDefinition {
    for (const key of Object.keys(start)) {
        if (!START_ELEMENTS.has(key)) {
            refuse(`<${key}> in its start element`);
        }
    }
    const triggerOn = String(start.recordTriggerType);
    if (!['Create', 'Update', 'CreateAndUpdate'].includes(triggerOn)) {
        refuse(`the record trigger ${triggerOn}`);
    }
    const filters = asNodes(start.filters).map((node) => readFilter(node, refuse));
    const logic = textOf(start.filterLogic) ?? 'and';
    if (logic !== 'and' && logic !== 'or') {
        refuse(`the custom condition logic "${logic}"`);
    }
    const filterFormula = textOf(start.filterFormula);
    if (filterFormula !== undefined && filters.length > 0) {
        refuse('both a formula and field conditions at its start');
    }
    return {
        name,
        file,
        apiVersion: textOf(flow.apiVersion),
        objectName: String(start.object),
        onCreate: triggerOn !== 'Update',
        onUpdate: triggerOn !== 'Create',
        filterLogic: logic as 'and' | 'or',
        filters,
        filterFormula,
        onlyWhenChangedToMeet: textOf(start.doesRequireRecordChangedToMeetCriteria) === 'true'
    };
}

/**
 * Reads one flow file.
 * @param file path of a `.flow-meta.xml` file
 * @returns the flow when it is an active record-triggered flow; undefined for a flow the local
 * org never starts (inactive, or not record-triggered)
 * @throws UnsupportedFlowError naming the flow and the element for an active record-triggered
 * flow outside the subset
 */
export function readFlow(file: string): RecordTriggeredFlow | undefined {
    const name = basename(file, '.flow-meta.xml');
    const flow = (readXml(file).Flow ?? {}) as XmlNode;
    const start = (flow.start ?? {}) as XmlNode;
    if (textOf(flow.status) !== 'Active' || textOf(start.triggerType) === undefined) {
        return undefined;
    }
    const refuse: Refuse = (reason) => {
        throw new UnsupportedFlowError(
            `Flow ${name} (${file}) cannot be run by the local org: it uses ${reason}. The local org runs active record-triggered flows: before save, entry conditions and assignments to $Record; after save, entry conditions, Get Records on CustomNotificationType, assignments to variables, formulas, text templates and Send Custom Notification actions, in one chain. Simplify the flow or extend metadata/flows.ts and the local org's flow runners.`
        );
    };
    const triggerType = String(start.triggerType);
    if (triggerType !== 'RecordBeforeSave' && triggerType !== 'RecordAfterSave') {
        refuse(`the trigger ${triggerType}`);
    }
    const before = triggerType === 'RecordBeforeSave';
    const allowed = before ? BEFORE_SAVE_ELEMENTS : AFTER_SAVE_ELEMENTS;
    for (const key of Object.keys(flow)) {
        if (!DESCRIPTIVE.has(key) && key !== 'start' && !allowed.has(key)) {
            refuse(`<${key}> elements${before ? ' in a before-save flow' : ''}`);
        }
    }
    const trigger = readTrigger(name, file, flow, start, refuse);
    const first = textOf((start.connector as XmlNode | undefined)?.targetReference);
    if (before) {
        return {
            ...trigger,
            triggerType: 'RecordBeforeSave',
            assignments: readAssignments(flow, first, refuse)
        };
    }
    return {
        ...trigger,
        triggerType: 'RecordAfterSave',
        ...readAfterSaveSteps(flow, first, refuse)
    };
}

/**
 * Reads the project's flows that run when a record is saved.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the active record-triggered flows, by file name
 * @throws UnsupportedFlowError for an active record-triggered flow outside the subset
 */
export function readRecordTriggeredFlows(sourceDir: string): RecordTriggeredFlow[] {
    return listFiles(join(sourceDir, 'flows'), '.flow-meta.xml')
        .map(readFlow)
        .filter((flow): flow is RecordTriggeredFlow => flow !== undefined);
}
