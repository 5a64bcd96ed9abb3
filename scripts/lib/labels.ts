import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const LABELS_FILE = join(
    __dirname,
    '../../force-app/main/default/labels/CustomLabels.labels-meta.xml'
);

let cache: Map<string, string> | undefined;

/**
 * The Custom Labels the components use, so the tools say what the page says.
 * @returns value by label name (the project's own English values)
 */
export function customLabels(): Map<string, string> {
    if (!cache) {
        const parsed = new XMLParser({
            parseTagValue: false,
            isArray: (name) => name === 'labels'
        }).parse(readFileSync(LABELS_FILE, 'utf8')) as {
            CustomLabels?: { labels?: { fullName: string; value: string }[] };
        };
        cache = new Map(
            (parsed.CustomLabels?.labels ?? []).map((label) => [
                label.fullName,
                String(label.value)
            ])
        );
    }
    return cache;
}
