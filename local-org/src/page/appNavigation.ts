/**
 * The Lightning app the local org shows, read from the project's own metadata: the app's
 * navigation items (applications/), each custom tab's label and App page (tabs/), and the
 * components that page holds (flexipages/). The local org renders the tab from these files, so
 * what deploys and what it shows cannot drift apart.
 */
import { basename, join } from 'node:path';
import type { PageNavigation } from '../../app/platform/pageSession';
import { listFiles, readXml } from '../../../metadata/xml';

type XmlNode = Record<string, unknown>;

/** A custom tab and the components of its App page. */
export interface AppTab {
    name: string;
    label: string;
    url: string;
    /** Component bundle names, in page order. */
    components: string[];
}

export interface AppNavigation extends PageNavigation {
    /** Custom tabs by name. */
    customTabs: Map<string, AppTab>;
}

// The standard tabs an app may list, with where the local org serves them.
const STANDARD_TABS: Record<string, { label: string; url: string }> = {
    'standard-Opportunity': { label: 'Opportunities', url: '/' }
};

function asArray<T>(value: T | T[] | undefined): T[] {
    if (value === undefined) {
        return [];
    }
    return Array.isArray(value) ? value : [value];
}

function pageComponents(file: string): string[] {
    const page = readXml(file).FlexiPage as XmlNode;
    if (page.type !== 'AppPage') {
        throw new Error(`${file}: a tab's page must be an App page (type AppPage).`);
    }
    return asArray(page.flexiPageRegions as XmlNode[] | XmlNode).flatMap((region) =>
        asArray(region.itemInstances as XmlNode[] | XmlNode).map((item) => {
            const name = String((item.componentInstance as XmlNode | undefined)?.componentName);
            return name.startsWith('c:') ? name.slice(2) : name;
        })
    );
}

function customTab(sourceDir: string, name: string): AppTab {
    const file = join(sourceDir, 'tabs', `${name}.tab-meta.xml`);
    const tab = readXml(file).CustomTab as XmlNode;
    if (!tab.flexiPage) {
        throw new Error(`${file}: the local org shows only tabs of Lightning App pages.`);
    }
    return {
        name,
        label: String(tab.label ?? name),
        url: `/lightning/n/${name}`,
        components: pageComponents(
            join(sourceDir, 'flexipages', `${String(tab.flexiPage)}.flexipage-meta.xml`)
        )
    };
}

/**
 * Reads the project's Lightning app and its tabs.
 * @param sourceDir the `force-app/main/default` folder
 * @returns the app's label, its navigation items in order, and its custom tabs by name
 */
export function readAppNavigation(sourceDir: string): AppNavigation {
    const apps = listFiles(join(sourceDir, 'applications'), '.app-meta.xml');
    if (apps.length !== 1) {
        throw new Error(
            `${join(sourceDir, 'applications')}: the local org shows one Lightning app, found ${apps.length}.`
        );
    }
    const app = readXml(apps[0]).CustomApplication as XmlNode;
    const customTabs = new Map<string, AppTab>();
    const tabs = asArray(app.tabs as string[] | string).map((name) => {
        const standard = STANDARD_TABS[name];
        if (standard) {
            return { name, ...standard };
        }
        if (name.startsWith('standard-')) {
            throw new Error(`${apps[0]}: the local org has no page for the tab ${name}.`);
        }
        const tab = customTab(sourceDir, name);
        customTabs.set(name, tab);
        return { name, label: tab.label, url: tab.url };
    });
    return { appLabel: String(app.label ?? basename(apps[0], '.app-meta.xml')), tabs, customTabs };
}
