type XmlNode = Record<string, unknown>;

/** A value in a flow: a literal, or a reference such as `$Flow.CurrentDateTime` or `$Record.X`. */
export type FlowValue =
    | { kind: 'literal'; value: string | number | boolean }
    | { kind: 'reference'; reference: string };

/** Reports why a flow is outside the subset; never returns. */
export type Refuse = (reason: string) => never;

/**
 * Gives an element that may repeat as an array, whether the parser made one or not.
 * @param node the parsed element or elements
 * @returns the elements
 */
export function asNodes(node: unknown): XmlNode[] {
    if (node === undefined || node === null || node === '') {
        return [];
    }
    return (Array.isArray(node) ? node : [node]) as XmlNode[];
}

/**
 * Reads an element's text.
 * @param node the parsed element
 * @returns its text, or undefined when absent or empty
 */
export function textOf(node: unknown): string | undefined {
    return node === undefined || node === null || node === '' ? undefined : String(node);
}

/**
 * Reads a `<value>` element: one literal or one element reference.
 * @param node the parsed element
 * @param refuse reports a value outside the subset
 * @param references which references are allowed, when narrower than any name
 * @returns the value
 */
export function readValue(node: unknown, refuse: Refuse, references?: RegExp): FlowValue {
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
            if (references && !references.test(raw)) {
                return refuse(
                    `the reference ${raw} (only $Record, $Record__Prior and $Flow.CurrentDate/CurrentDateTime)`
                );
            }
            if (!/^\$?\w+(\.\w+)*$/.test(raw)) {
                return refuse(`the reference ${raw}`);
            }
            return { kind: 'reference', reference: raw };
        default:
            return refuse(`a <${key}>`);
    }
}
