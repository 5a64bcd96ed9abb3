import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDemoData } from '../../data/demoData';
import { ensureDataFolder, resetDataFolder } from './data/dataFolder';
import { buildBundle, isBundleStale } from './page/bundle';
import { findProjectRoot, startLocalOrg } from './server';

const HELP = `Runs the local org: an offline stand-in for a Salesforce org, built from this project's metadata,
with the coaching review panel on an Opportunity record page.

Usage: npm start -- [--port N] [--data DIR] [--reset]
       npx tsx local-org/src/cli.ts [options]

  --port N       port on 127.0.0.1 (default 3000; 0 picks a free port)
  --data DIR     data folder for the SQLite file (default .local-data, git-ignored)
  --reset        delete the local org's database in the data folder, then seed the demo
                 data again (refused for a folder that holds no local-org database)
  --build-only   build the page bundle if its sources changed, then exit
  --help         show this help`;

async function buildIfStale(projectRoot: string): Promise<void> {
    if (!isBundleStale(projectRoot)) {
        return;
    }
    console.log('Building the page bundle (its sources changed)...');
    const built = await buildBundle(projectRoot);
    console.log(
        `Built ${built.file} (${(built.bytes / 1024 / 1024).toFixed(1)} MB) in ${(built.milliseconds / 1000).toFixed(1)} s.`
    );
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            port: { type: 'string', default: '3000' },
            data: { type: 'string', default: '.local-data' },
            reset: { type: 'boolean', default: false },
            'build-only': { type: 'boolean', default: false },
            help: { type: 'boolean', default: false }
        }
    });
    if (values.help) {
        console.log(HELP);
        return;
    }
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`--port ${values.port} is not a port: give a number from 0 to 65535.`);
    }
    const projectRoot = findProjectRoot();
    await buildIfStale(projectRoot);
    if (values['build-only']) {
        return;
    }
    const dataDir = resolve(projectRoot, values.data);
    if (values.reset) {
        resetDataFolder(dataDir);
    }
    ensureDataFolder(dataDir);
    const org = await startLocalOrg({ projectRoot, dataDir, port });
    const demo = loadDemoData(projectRoot);
    console.log(`Local org ready at ${org.url}`);
    console.log(`Open ${org.url}/ in a browser. Data folder: ${values.data}`);
    console.log(`Sign in with the password "${demo.demoPassword}" as:`);
    for (const user of demo.users) {
        const name = `${String(user.FirstName)} ${String(user.LastName)}`;
        console.log(
            `  ${String(user.Username).padEnd(26)} ${name.padEnd(14)} ${user.permissionSets.join(', ')}`
        );
    }
    console.log('Stop with Ctrl+C.');
    let stopping = false;
    const stop = (signal: string) => {
        if (stopping) {
            return;
        }
        stopping = true;
        console.log(`${signal}: stopping the local org...`);
        void org.close().then(() => {
            console.log('Stopped; the data folder is saved.');
            process.exit(0);
        });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
    console.error(`The local org could not start: ${(error as Error).message}`);
    process.exit(1);
});
