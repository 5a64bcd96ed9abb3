import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A parsed XML element: its child elements by name. */
export type XmlNode = Record<string, unknown>;

// Elements that may repeat in the metadata this project uses; the parser must always give arrays.
const REPEATED_ELEMENTS = new Set([
    'fields',
    'value',
    'objectPermissions',
    'fieldPermissions',
    'customPermissions',
    'columns',
    'filters',
    'itemInstances',
    'flexiPageRegions',
    'componentInstanceProperties',
    'labels',
    'targets',
    'targetConfig',
    'objects',
    'referenceTo'
]);

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => REPEATED_ELEMENTS.has(name)
});

/**
 * Parses one XML file, throwing an error that names the file when it is not well formed.
 * @param file path of the XML file
 * @returns the parsed document
 */
export function readXml(file: string): XmlNode {
    const text = readFileSync(file, 'utf8');
    const verdict = XMLValidator.validate(text);
    if (verdict !== true) {
        throw new Error(
            `${file}: not well-formed XML (line ${verdict.err.line}): ${verdict.err.msg}`
        );
    }
    return parser.parse(text) as XmlNode;
}

/**
 * Lists every file under a folder whose name ends with the suffix.
 * @param dir folder to walk
 * @param suffix file name ending, such as `.field-meta.xml`
 * @returns absolute paths, sorted
 */
export function listFiles(dir: string, suffix: string): string[] {
    if (!existsSync(dir)) {
        return [];
    }
    const found: string[] = [];
    for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
            found.push(...listFiles(path, suffix));
        } else if (entry.endsWith(suffix)) {
            found.push(path);
        }
    }
    return found.sort();
}

/** The text of an element, or undefined when it is absent or empty. */
export function text(node: unknown): string | undefined {
    if (node === undefined || node === null || node === '') {
        return undefined;
    }
    return String(node);
}

/** An element that may repeat, always as an array. */
export function asArray<T>(node: T | T[] | undefined): T[] {
    if (node === undefined) {
        return [];
    }
    return Array.isArray(node) ? node : [node];
}

/** The number an element holds, or undefined when it is absent. */
export function number(node: unknown): number | undefined {
    const value = text(node);
    return value === undefined ? undefined : Number(value);
}

/**
 * Names a file relative to the project root, for messages a developer can act on.
 * @param root the project root
 * @param file an absolute path
 * @returns the relative path
 */
export function projectPath(root: string, file: string): string {
    return relative(root, file);
}
