import { basename, join } from 'node:path';
import { loadSchema } from './schema';
import { listFiles, readXml, text, type XmlNode } from './xml';

/**
 * The offline checks of a source folder's flows and notification types that a deploy would
 * fail on, or the local org would refuse: every flow on the project's API version, every
 * record-triggered flow's references resolving, its fields existing, its Get Records naming a
 * notification type of the project and its recipients a text collection.
 * @param sourceDir the `force-app/main/default` folder
 * @param sourceApiVersion the project's `sourceApiVersion`
 * @returns the problems, each naming its flow; empty when there are none
 */
export function flowProblems(sourceDir: string, sourceApiVersion: string | undefined): string[] {
    const problems: string[] = [];
    for (const file of listFiles(join(sourceDir, 'flows'), '.flow-meta.xml')) {
        const flow = (readXml(file).Flow ?? {}) as XmlNode;
        const apiVersion = text(flow.apiVersion);
        if (sourceApiVersion !== undefined && apiVersion !== sourceApiVersion) {
            problems.push(
                `Flow ${basename(file, '.flow-meta.xml')} (${file}) is on API ${apiVersion ?? '(none)'}, the project on ${sourceApiVersion}: save it in Flow Builder on ${sourceApiVersion} or change its apiVersion.`
            );
        }
    }
    try {
        loadSchema(sourceDir);
    } catch (error) {
        problems.push((error as Error).message);
    }
    return problems;
}
