import { join } from 'node:path';
import { asArray, readXml, type XmlNode } from './xml';

/**
 * Reads the project's Custom Labels.
 * @param sourceDir the `force-app/main/default` folder
 * @returns each label's value by its full name
 */
export function readLabels(sourceDir: string): Map<string, string> {
    const file = join(sourceDir, 'labels', 'CustomLabels.labels-meta.xml');
    const labels = asArray((readXml(file).CustomLabels as XmlNode).labels as XmlNode[]);
    return new Map(labels.map((label) => [String(label.fullName), String(label.value)]));
}
