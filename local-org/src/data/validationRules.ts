import { ast as formulaAst, parse as evaluateFormula, type FormulaLiteral } from 'formulon';
import type { ValidationRuleDefinition } from '../../../metadata/projectMetadata';
import {
    findField,
    findRelationship,
    type FieldSchema,
    type ObjectSchema
} from '../../../metadata/schema';

/** The record change a rule judges, and who makes it. */
export interface RuleContext {
    object: ObjectSchema;
    isNew: boolean;
    /** The record as it would be saved, in stored form (checkboxes 0/1, dates as ISO text). */
    record: Record<string, unknown>;
    /** The record before the change; undefined on create. */
    prior?: Record<string, unknown>;
    userId: string;
    customPermissions: Set<string>;
    /** Reads any record by object and id, ignoring sharing: formulas run in system mode. */
    lookup(objectName: string, id: string): Record<string, unknown> | undefined;
    /** The schema of another object, to follow cross-object references. */
    objectSchema(objectName: string): ObjectSchema | undefined;
}

/** A rule whose error condition is true: the save is refused with its message. */
export interface RuleFailure {
    rule: ValidationRuleDefinition;
    message: string;
    field?: string;
}

interface FormulaNode {
    type: string;
    id?: string;
    name?: string;
    value?: unknown;
    dataType?: string;
    arguments?: FormulaNode[];
    message?: string;
}

type Substitution = Omit<FormulaLiteral, 'type'> & { type: 'literal' };

// formulon has no infix-free name for comparisons, so they are written back as operators.
const INFIX: Record<string, string> = {
    greaterThan: '>',
    greaterThanOrEqual: '>=',
    lessThan: '<',
    lessThanOrEqual: '<='
};

const PRIOR_PREFIX = 'LocalOrgPriorValue';

function sameValue(left: unknown, right: unknown): boolean {
    const blank = (value: unknown) => value === null || value === undefined || value === '';
    return (blank(left) && blank(right)) || left === right;
}

function writeLiteral(node: FormulaNode): string {
    switch (node.dataType) {
        case 'text': {
            const value = String(node.value);
            if (!value.includes("'")) {
                return `'${value}'`;
            }
            if (!value.includes('"')) {
                return `"${value}"`;
            }
            throw new Error('a text literal with both kinds of quotes');
        }
        case 'number':
            return String(node.value);
        case 'checkbox':
            return node.value ? 'TRUE' : 'FALSE';
        case 'null':
            return 'NULL';
        default:
            throw new Error(`a ${String(node.dataType)} literal`);
    }
}

/**
 * Writes a formula tree back to formula text, replacing the record-change functions formulon
 * cannot evaluate: ISNEW() and ISCHANGED(field) become TRUE or FALSE, PRIORVALUE(field) an
 * identifier whose value is substituted later.
 */
function rewrite(node: FormulaNode, context: RuleContext, priors: Map<string, string>): string {
    if (node.type === 'literal') {
        return writeLiteral(node);
    }
    if (node.type === 'identifier') {
        return String(node.name);
    }
    if (node.type !== 'callExpression' || !node.id) {
        throw new Error(`a ${node.type} node`);
    }
    const args = node.arguments ?? [];
    if (node.id === 'isnew') {
        return context.isNew ? 'TRUE' : 'FALSE';
    }
    if (node.id === 'ischanged' || node.id === 'priorvalue') {
        const field = args[0]?.type === 'identifier' ? String(args[0].name) : undefined;
        if (!field || field.includes('.')) {
            throw new Error(`${node.id.toUpperCase()} of something other than a field`);
        }
        if (node.id === 'ischanged') {
            const changed =
                !context.isNew && !sameValue(context.record[field], context.prior?.[field]);
            return changed ? 'TRUE' : 'FALSE';
        }
        // An org refuses to save such a rule; the local org refuses to run it.
        if (findField(context.object, field)?.metadataType === 'LongTextArea') {
            throw new Error(`PRIORVALUE of ${field}, a long text area`);
        }
        const name = `${PRIOR_PREFIX}${priors.size}`;
        priors.set(name, field);
        return name;
    }
    const written = args.map((arg) => rewrite(arg, context, priors));
    const infix = INFIX[node.id];
    if (infix) {
        return `(${written[0]} ${infix} ${written[1]})`;
    }
    return `${node.id.toUpperCase()}(${written.join(', ')})`;
}

function toDate(value: unknown): Date | null {
    if (typeof value !== 'string' || value === '') {
        return null;
    }
    return new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
}

/**
 * Turns a stored value into the literal formulon expects for the field's type. Blank text and
 * picklists are '' (Salesforce formulas treat blank text as empty, and ISPICKVAL(x, '') needs it).
 */
function literalFor(field: FieldSchema | undefined, value: unknown): Substitution {
    const type = field?.type ?? 'string';
    switch (type) {
        case 'boolean':
            return { type: 'literal', dataType: 'checkbox', value: value === 1 || value === true };
        case 'double':
        case 'currency':
        case 'percent':
            return {
                type: 'literal',
                dataType: 'number',
                value: value === null || value === undefined ? null : Number(value),
                options: {
                    length: Math.max((field?.precision ?? 18) - (field?.scale ?? 0), 1),
                    scale: field?.scale ?? 0
                }
            };
        case 'date':
            return { type: 'literal', dataType: 'date', value: toDate(value) };
        case 'datetime':
            return { type: 'literal', dataType: 'datetime', value: toDate(value) };
        case 'picklist':
            return {
                type: 'literal',
                dataType: 'picklist',
                value: typeof value === 'string' ? value : '',
                options: { values: field?.picklistValues ?? [] }
            };
        default: {
            const text = value === null || value === undefined ? '' : String(value);
            return {
                type: 'literal',
                dataType: 'text',
                value: text,
                options: { length: Math.max(field?.length ?? 0, text.length, 1) }
            };
        }
    }
}

/** Follows `A__r.B__r.Field` from a record, reading each parent in turn. */
function resolvePath(
    context: RuleContext,
    object: ObjectSchema,
    record: Record<string, unknown> | undefined,
    path: string[]
): Substitution {
    const [head, ...rest] = path;
    if (rest.length === 0) {
        const field = findField(object, head);
        if (!field) {
            throw new Error(`${object.name}.${head} does not exist`);
        }
        return literalFor(field, record?.[field.name]);
    }
    const lookupField = findRelationship(object, head);
    const parent = lookupField?.referenceTo
        ? context.objectSchema(lookupField.referenceTo)
        : undefined;
    if (!lookupField || !parent) {
        throw new Error(`${object.name} has no relationship ${head}`);
    }
    const parentId = record?.[lookupField.name];
    const parentRecord =
        typeof parentId === 'string' ? context.lookup(parent.name, parentId) : undefined;
    return resolvePath(context, parent, parentRecord, rest);
}

function substitution(
    context: RuleContext,
    name: string,
    priors: Map<string, string>
): Substitution {
    const priorField = priors.get(name);
    if (priorField !== undefined) {
        return literalFor(findField(context.object, priorField), context.prior?.[priorField]);
    }
    if (name.startsWith('$Permission.')) {
        const permission = name.slice('$Permission.'.length);
        return {
            type: 'literal',
            dataType: 'checkbox',
            value: context.customPermissions.has(permission)
        };
    }
    if (name.startsWith('$User.')) {
        const user = context.objectSchema('User');
        if (!user) {
            throw new Error('the User object is missing');
        }
        return resolvePath(context, user, context.lookup('User', context.userId), [
            name.slice('$User.'.length)
        ]);
    }
    if (name.startsWith('$')) {
        throw new Error(`the global ${name.split('.')[0]} is not supported`);
    }
    return resolvePath(context, context.object, context.record, name.split('.'));
}

// formulon parses the formula text on every call, and parsing is most of a rule's cost. Trees
// depend on the text alone; results on the text and the substituted values, which repeat across
// a bulk load (same user, same parent). Both caches are bounded so a long run cannot grow them.
const CACHE_LIMIT = 5000;
const trees = new Map<string, FormulaNode>();
const results = new Map<string, ReturnType<typeof evaluateFormula>>();

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
    let value = cache.get(key);
    if (value === undefined) {
        if (cache.size >= CACHE_LIMIT) {
            cache.clear();
        }
        value = compute();
        cache.set(key, value);
    }
    return value;
}

function treeOf(formula: string): FormulaNode {
    return remember(trees, formula, () => formulaAst(formula) as FormulaNode);
}

/**
 * Evaluates one validation rule against a record change.
 * @param rule the rule, as projectMetadata read it
 * @param context the change and who makes it
 * @returns true when the error condition holds (the save must be refused)
 * @throws Error naming the rule when its formula uses something the local org cannot evaluate
 */
export function ruleFails(rule: ValidationRuleDefinition, context: RuleContext): boolean {
    try {
        const tree = treeOf(rule.formula);
        if (tree.type === 'error') {
            throw new Error(tree.message ?? 'the formula does not parse');
        }
        const priors = new Map<string, string>();
        const formula = rewrite(tree, context, priors);
        const identifiers = new Set<string>();
        const collect = (node: FormulaNode) => {
            if (node.type === 'identifier' && node.name) {
                identifiers.add(node.name);
            }
            node.arguments?.forEach(collect);
        };
        collect(treeOf(formula));
        const substitutions: Record<string, Substitution> = {};
        for (const name of identifiers) {
            substitutions[name] = substitution(context, name, priors);
        }
        // A formula that reads the clock gives a different answer tomorrow: never from the cache.
        const result = /\b(TODAY|NOW|TIMENOW)\s*\(/i.test(formula)
            ? evaluateFormula(formula, substitutions)
            : remember(results, JSON.stringify([formula, substitutions]), () =>
                  evaluateFormula(formula, substitutions)
              );
        if (result.type === 'error') {
            throw new Error(result.message ?? 'the formula could not be evaluated');
        }
        return result.value === true;
    } catch (error) {
        throw new Error(
            `Validation rule ${rule.objectName}.${rule.name} cannot be evaluated by the local org (${(error as Error).message}). Simplify the formula or extend local-org/src/data/validationRules.ts.`,
            { cause: error }
        );
    }
}

/**
 * Evaluates every active validation rule of the record's object.
 * @param context the change and who makes it
 * @returns the rules whose error condition holds, in file order
 */
export function failingRules(context: RuleContext): RuleFailure[] {
    return context.object.validationRules
        .filter((rule) => ruleFails(rule, context))
        .map((rule) => ({ rule, message: rule.errorMessage, field: rule.errorDisplayField }));
}
