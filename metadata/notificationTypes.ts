import { basename, join } from 'node:path';
import { listFiles, readXml, text, type XmlNode } from './xml';

/** A custom notification type, as its `.notiftype-meta.xml` declares it. */
export interface NotificationTypeDefinition {
    /** The file name: what a flow's Get Records finds it by (`DeveloperName`). */
    developerName: string;
    /** `customNotifTypeName`, the name Setup shows. */
    name: string;
    masterLabel: string | undefined;
    desktop: boolean;
    mobile: boolean;
    file: string;
}

/**
 * Reads the project's custom notification types, refusing one a deploy would refuse.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the types, by file name
 * @throws Error naming the file when a type has no name or no channel
 */
export function readNotificationTypes(sourceDir: string): NotificationTypeDefinition[] {
    return listFiles(join(sourceDir, 'notificationtypes'), '.notiftype-meta.xml').map((file) => {
        const node = (readXml(file).CustomNotificationType ?? {}) as XmlNode;
        const name = text(node.customNotifTypeName);
        if (!name || name.length > 80) {
            throw new Error(
                `${file}: a custom notification type needs a customNotifTypeName of 1 to 80 characters.`
            );
        }
        const type = {
            developerName: basename(file, '.notiftype-meta.xml'),
            name,
            masterLabel: text(node.masterLabel),
            desktop: text(node.desktop) === 'true',
            mobile: text(node.mobile) === 'true',
            file
        };
        if (!type.desktop && !type.mobile) {
            throw new Error(
                `${file}: the notification type ${type.developerName} reaches no one: set desktop or mobile to true.`
            );
        }
        return type;
    });
}
