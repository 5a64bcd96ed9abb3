import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ast as formulaAst, parse as evaluateFormula } from 'formulon';
import {
    listFiles,
    loadProjectMetadata,
    readXml,
    resolveFieldPath,
    type ProjectMetadata,
    loadPermissionSets,
    permissionDependencies,
    permissionDependencyProblems
} from '../../../metadata/projectMetadata';

import { checkGraphQLQueries } from './graphqlQueryChecks';
type XmlNode = Record<string, unknown>;

/** A broken reference or rule, with the file to fix. */
export interface MetadataProblem {
    file: string;
    message: string;
}

interface FormulaNode {
    type: string;
    id?: string;
    name?: string;
    value?: unknown;
    arguments?: FormulaNode[];
    errorType?: string;
    message?: string;
}

// Functions valid only in validation rules and field updates, which formulon does not evaluate.
const RECORD_CHANGE_FUNCTIONS = new Set(['isnew', 'ischanged', 'priorvalue']);
// Where an org's formula compiler accepts a picklist field (otherwise: "Field X is a picklist
// field. Picklist fields are only supported in certain functions."); a PRIORVALUE of one is
// itself a picklist, judged by where it is used.
const PICKLIST_FUNCTIONS = new Set(['ispickval', 'text', 'isblank', 'isnull', 'ischanged', 'case']);
// Validation rules' length limits, as the Metadata API documents them.
const RULE_NAME_LIMIT = 40;
const RULE_MESSAGE_LIMIT = 255;
const USER_FIELDS = new Set(['Id', 'Username', 'ProfileId', 'UserRoleId', 'ManagerId', 'Email']);
// Column tokens list views use for standard fields instead of API names.
const LIST_VIEW_STANDARD_COLUMNS = new Set([
    'NAME',
    'CREATED_DATE',
    'CREATEDBY_USER',
    'LAST_UPDATE',
    'UPDATEDBY_USER',
    'OWNER.ALIAS'
]);

function asArray<T>(node: T | T[] | undefined): T[] {
    if (node === undefined) {
        return [];
    }
    return Array.isArray(node) ? node : [node];
}

function isKnownFunction(name: string): boolean {
    if (RECORD_CHANGE_FUNCTIONS.has(name)) {
        return true;
    }
    // Called with no arguments, a function formulon knows fails on its arguments, an unknown one on its name.
    const result = evaluateFormula(`${name}()`) as FormulaNode;
    return result.errorType !== 'NoFunctionError';
}

function walkFormula(
    node: FormulaNode,
    visit: (node: FormulaNode, parents: FormulaNode[]) => void,
    parents: FormulaNode[] = []
): void {
    visit(node, parents);
    for (const child of node.arguments ?? []) {
        walkFormula(child, visit, [node, ...parents]);
    }
}

/**
 * What an org refuses about how a field is used in a formula: a picklist outside the functions
 * that accept one, and PRIORVALUE of a long text area, which formulas cannot compare.
 */
function checkFieldUse(
    metadata: ProjectMetadata,
    objectName: string,
    node: FormulaNode,
    parents: FormulaNode[]
): string | undefined {
    if (node.type !== 'identifier' || !node.name || node.name.startsWith('$')) {
        return undefined;
    }
    const resolved = resolveFieldPath(metadata, objectName, node.name);
    if ('problem' in resolved) {
        return undefined;
    }
    const [parent, grandparent] = parents;
    if (resolved.field.type === 'LongTextArea' && parent?.id === 'priorvalue') {
        return `PRIORVALUE of ${node.name}, a long text area: compare it with ISCHANGED instead`;
    }
    if (resolved.field.type === 'Picklist') {
        const user = parent?.id === 'priorvalue' ? grandparent : parent;
        if (!user?.id || !PICKLIST_FUNCTIONS.has(user.id)) {
            return `${node.name} is a picklist, which an org accepts only in ISPICKVAL, TEXT, ISBLANK, ISCHANGED, CASE or PRIORVALUE inside them`;
        }
    }
    return undefined;
}

function checkFieldDescriptions(metadata: ProjectMetadata): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    for (const object of metadata.objects.values()) {
        for (const field of object.fields.values()) {
            if (!field.file) {
                continue;
            }
            if (!field.description) {
                problems.push({ file: field.file, message: `${field.name} has no description` });
            }
            if (!field.inlineHelpText) {
                problems.push({ file: field.file, message: `${field.name} has no inlineHelpText` });
            }
        }
    }
    return problems;
}

function checkIdentifier(
    metadata: ProjectMetadata,
    objectName: string,
    identifier: string
): string | undefined {
    if (identifier.startsWith('$Permission.')) {
        const permission = identifier.slice('$Permission.'.length);
        return metadata.customPermissions.has(permission)
            ? undefined
            : `custom permission ${permission} does not exist`;
    }
    if (identifier.startsWith('$User.')) {
        const field = identifier.slice('$User.'.length);
        return USER_FIELDS.has(field) ? undefined : `$User.${field} is not a user field we know`;
    }
    const resolved = resolveFieldPath(metadata, objectName, identifier);
    return 'problem' in resolved ? resolved.problem : undefined;
}

function checkPicklistLiteral(
    metadata: ProjectMetadata,
    objectName: string,
    node: FormulaNode
): string | undefined {
    const [fieldNode, valueNode] = node.arguments ?? [];
    if (fieldNode?.type !== 'identifier' || valueNode?.type !== 'literal' || !fieldNode.name) {
        return undefined;
    }
    const resolved = resolveFieldPath(metadata, objectName, fieldNode.name);
    if ('problem' in resolved) {
        return undefined;
    }
    const value = String(valueNode.value);
    if (value === '' || resolved.field.picklistValues.includes(value)) {
        return undefined;
    }
    return `ISPICKVAL compares ${fieldNode.name} with '${value}', which is not one of its values`;
}

function checkValidationRules(metadata: ProjectMetadata): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    for (const object of metadata.objects.values()) {
        for (const rule of object.validationRules) {
            const report = (message: string) => problems.push({ file: rule.file, message });
            if (!rule.errorMessage.trim()) {
                report(`${rule.name} has no error message`);
            }
            if (rule.name.length > RULE_NAME_LIMIT) {
                report(`${rule.name} is longer than ${RULE_NAME_LIMIT} characters`);
            }
            if (rule.errorMessage.length > RULE_MESSAGE_LIMIT) {
                report(
                    `${rule.name}'s error message is longer than ${RULE_MESSAGE_LIMIT} characters`
                );
            }
            if (rule.errorDisplayField && !object.fields.has(rule.errorDisplayField)) {
                report(`errorDisplayField ${rule.errorDisplayField} does not exist`);
            }
            const tree = formulaAst(rule.formula) as FormulaNode;
            if (tree.type === 'error') {
                report(`formula does not parse: ${tree.message}`);
                continue;
            }
            walkFormula(tree, (node, parents) => {
                if (node.type === 'identifier' && node.name) {
                    const problem = checkIdentifier(metadata, object.name, node.name);
                    if (problem) {
                        report(`formula names ${node.name}: ${problem}`);
                    }
                }
                const misuse = checkFieldUse(metadata, object.name, node, parents);
                if (misuse) {
                    report(`formula uses ${misuse}`);
                }
                if (node.type === 'callExpression' && node.id) {
                    if (!isKnownFunction(node.id)) {
                        report(`formula calls unknown function ${node.id.toUpperCase()}`);
                    }
                    if (node.id === 'ispickval') {
                        const problem = checkPicklistLiteral(metadata, object.name, node);
                        if (problem) {
                            report(problem);
                        }
                    }
                }
            });
        }
    }
    return problems;
}

function checkFieldReference(metadata: ProjectMetadata, qualifiedName: string): string | undefined {
    const [objectName, ...path] = qualifiedName.split('.');
    if (!metadata.objects.has(objectName)) {
        return `object ${objectName} does not exist`;
    }
    const resolved = resolveFieldPath(metadata, objectName, path.join('.'));
    return 'problem' in resolved ? resolved.problem : undefined;
}

function checkPermissionSets(metadata: ProjectMetadata): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    const files = listFiles(join(metadata.sourceDir, 'permissionsets'), '.permissionset-meta.xml');
    for (const file of files) {
        const permissionSet = readXml(file).PermissionSet as XmlNode;
        const report = (message: string) => problems.push({ file, message });
        for (const permission of asArray(permissionSet.objectPermissions as XmlNode[])) {
            if (!metadata.objects.has(String(permission.object))) {
                report(`object ${String(permission.object)} does not exist`);
            }
        }
        for (const permission of asArray(permissionSet.fieldPermissions as XmlNode[])) {
            const name = String(permission.field);
            const problem = checkFieldReference(metadata, name);
            if (problem) {
                report(`field ${name}: ${problem}`);
                continue;
            }
            const [objectName, fieldName] = name.split('.');
            const field = metadata.objects.get(objectName)?.fields.get(fieldName);
            if (field?.type === 'MasterDetail') {
                report(`field ${name} is master-detail; the platform rejects permissions on it`);
            } else if (field?.required) {
                report(`field ${name} is required; the platform rejects permissions on it`);
            }
        }
        for (const permission of asArray(permissionSet.customPermissions as XmlNode[])) {
            if (!metadata.customPermissions.has(String(permission.name))) {
                report(`custom permission ${String(permission.name)} does not exist`);
            }
        }
    }
    const dependencies = permissionDependencies(metadata);
    for (const set of loadPermissionSets(metadata.sourceDir).values()) {
        for (const message of permissionDependencyProblems(set, dependencies)) {
            problems.push({ file: set.file, message });
        }
    }
    return problems;
}

function checkListViewsAndLayouts(metadata: ProjectMetadata): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    for (const object of metadata.objects.values()) {
        if (!object.file) {
            continue;
        }
        const objectDir = dirname(object.file);
        const reportMissing = (file: string, name: string, what: string) => {
            if (!LIST_VIEW_STANDARD_COLUMNS.has(name) && !object.fields.has(name)) {
                problems.push({
                    file,
                    message: `${what} ${name} is not a field of ${object.name}`
                });
            }
        };
        for (const file of listFiles(join(objectDir, 'listViews'), '.listView-meta.xml')) {
            const listView = readXml(file).ListView as XmlNode;
            for (const column of asArray(listView.columns as string[])) {
                reportMissing(file, String(column), 'column');
            }
            for (const filter of asArray(listView.filters as XmlNode[])) {
                reportMissing(file, String(filter.field), 'filter field');
            }
        }
        const layoutNames = new Set<string>();
        for (const file of listFiles(
            join(objectDir, 'compactLayouts'),
            '.compactLayout-meta.xml'
        )) {
            layoutNames.add(basename(file, '.compactLayout-meta.xml'));
            const layout = readXml(file).CompactLayout as XmlNode;
            for (const field of asArray(layout.fields as string[])) {
                reportMissing(file, String(field), 'field');
            }
        }
        const objectXml = readXml(object.file).CustomObject as XmlNode;
        const assigned = objectXml.compactLayoutAssignment;
        if (assigned && assigned !== 'SYSTEM' && !layoutNames.has(String(assigned))) {
            problems.push({
                file: object.file,
                message: `compactLayoutAssignment ${String(assigned)} names no compact layout`
            });
        }
    }
    return problems;
}

const SCHEMA_IMPORT = /from\s+['"]@salesforce\/schema\/([^'"]+)['"]/g;

function checkSchemaImports(metadata: ProjectMetadata): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    for (const file of lwcSources(metadata.sourceDir)) {
        for (const match of readFileSync(file, 'utf8').matchAll(SCHEMA_IMPORT)) {
            const reference = match[1];
            const problem = reference.includes('.')
                ? checkFieldReference(metadata, reference)
                : metadata.objects.has(reference)
                  ? undefined
                  : `object ${reference} does not exist`;
            if (problem) {
                problems.push({ file, message: `@salesforce/schema/${reference}: ${problem}` });
            }
        }
    }
    return problems;
}

const LABEL_IMPORT = /from\s+['"]@salesforce\/label\/c\.([^'"]+)['"]/g;

/**
 * Lists the TypeScript sources of the components.
 * @param sourceDir the `force-app/main/default` folder
 * @returns absolute paths
 */
export function lwcSources(sourceDir: string): string[] {
    return listFiles(join(sourceDir, 'lwc'), '.ts').filter((file) => !file.endsWith('.d.ts'));
}

function checkLabels(sourceDir: string): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    const labelFile = join(sourceDir, 'labels', 'CustomLabels.labels-meta.xml');
    const labels = listFiles(join(sourceDir, 'labels'), '.labels-meta.xml').flatMap((file) =>
        asArray((readXml(file).CustomLabels as XmlNode | undefined)?.labels as XmlNode[]).map(
            (label) => ({ file, label })
        )
    );
    const defined = new Set(labels.map(({ label }) => String(label.fullName)));
    const used = new Set<string>();
    for (const file of lwcSources(sourceDir)) {
        for (const match of readFileSync(file, 'utf8').matchAll(LABEL_IMPORT)) {
            used.add(match[1]);
            if (!defined.has(match[1])) {
                problems.push({ file, message: `label c.${match[1]} is not in ${labelFile}` });
            }
        }
    }
    for (const { file, label } of labels) {
        const name = String(label.fullName);
        if (!label.shortDescription) {
            problems.push({ file, message: `label ${name} has no shortDescription` });
        }
        if (!used.has(name)) {
            problems.push({ file, message: `label ${name} is not used by any component` });
        }
    }
    return problems;
}

function checkFlexiPages(metadata: ProjectMetadata): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    const bundles = new Set(
        listFiles(join(metadata.sourceDir, 'lwc'), '.js-meta.xml').map((file) =>
            basename(file, '.js-meta.xml')
        )
    );
    for (const file of listFiles(join(metadata.sourceDir, 'flexipages'), '.flexipage-meta.xml')) {
        const page = readXml(file).FlexiPage as XmlNode;
        const objectName = page.sobjectType ? String(page.sobjectType) : undefined;
        if (objectName && !metadata.objects.has(objectName)) {
            problems.push({ file, message: `sobjectType ${objectName} does not exist` });
        }
        for (const region of asArray(page.flexiPageRegions as XmlNode[])) {
            for (const item of asArray(region.itemInstances as XmlNode[])) {
                const component = item.componentInstance as XmlNode | undefined;
                const name = component ? String(component.componentName) : '';
                // Our own components appear as `c:name` or bare `name`; `force:` and the like are the platform's.
                const ownName = name.startsWith('c:')
                    ? name.slice(2)
                    : name.includes(':')
                      ? ''
                      : name;
                if (ownName && !bundles.has(ownName)) {
                    problems.push({ file, message: `component ${name} is not a bundle in lwc/` });
                }
            }
        }
    }
    return problems;
}

/**
 * Checks that every XML file under a folder is well formed.
 * @param dir the folder, usually `force-app`
 * @returns one problem per file that does not parse
 */
export function checkXmlFiles(dir: string): MetadataProblem[] {
    const problems: MetadataProblem[] = [];
    for (const file of listFiles(dir, '.xml')) {
        try {
            readXml(file);
        } catch (error) {
            problems.push({ file, message: (error as Error).message });
        }
    }
    return problems;
}

/**
 * Runs every reference check over a source folder: fields, formulas, permission sets (what they
 * name and the permissions each grant depends on), list views, compact layouts,
 * `@salesforce/schema` and `@salesforce/label` imports, GraphQL queries and flexipages.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the problems found, each naming its file
 */
export function checkProjectMetadata(sourceDir: string): MetadataProblem[] {
    const metadata = loadProjectMetadata(sourceDir);
    return [
        ...checkFieldDescriptions(metadata),
        ...checkValidationRules(metadata),
        ...checkPermissionSets(metadata),
        ...checkListViewsAndLayouts(metadata),
        ...checkSchemaImports(metadata),
        ...checkGraphQLQueries(metadata),
        ...checkLabels(sourceDir),
        ...checkFlexiPages(metadata)
    ];
}
