import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../local-org/src/client';
import { readLabels } from '../metadata/projectMetadata';

/** The project root, from this file's place in test-support. */
export const PROJECT_ROOT = join(__dirname, '..');

/** Where screenshots go (git-ignored). */
export const RESULTS_DIR = join(PROJECT_ROOT, 'test-results', 'local-org');

const CLI = join(PROJECT_ROOT, 'local-org', 'src', 'cli.ts');
const TSX_CLI = require.resolve('tsx/cli', { paths: [PROJECT_ROOT] });
const START_TIMEOUT_MS = 120_000;

const LABELS = readLabels(join(PROJECT_ROOT, 'force-app', 'main', 'default'));

/**
 * The text of a custom label, so the tests follow the labels wherever their wording goes.
 * @param name the label's full name
 * @returns its value
 */
export function label(name: string): string {
    const value = LABELS.get(name);
    if (value === undefined) {
        throw new Error(`No custom label ${name}`);
    }
    return value;
}

/** Builds the page bundle once, before the test files start their local orgs. */
export function buildPageBundle(): void {
    const result = spawnSync(process.execPath, [TSX_CLI, CLI, '--build-only'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8'
    });
    if (result.status !== 0) {
        throw new Error(`The page bundle did not build:\n${result.stdout}\n${result.stderr}`);
    }
}

/** A local org running as `npm start` runs it, in a child process. */
export interface OrgProcess {
    url: string;
    dataDir: string;
    /** Stops it with SIGTERM, as Ctrl+C would, and waits for it to exit. */
    stop(): Promise<void>;
}

/**
 * Starts the local org's command line on a free port with a data folder.
 * @param dataDir the data folder; a fresh one is seeded
 * @returns the running org, once it printed that it is ready
 */
export function startOrg(dataDir: string): Promise<OrgProcess> {
    const child: ChildProcess = spawn(
        process.execPath,
        [TSX_CLI, CLI, '--port', '0', '--data', dataDir],
        { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let output = '';
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`The local org did not get ready in time:\n${output}`));
        }, START_TIMEOUT_MS);
        const onData = (chunk: Buffer) => {
            output += chunk.toString();
            const url = /Local org ready at (http:\/\/\S+)/.exec(output)?.[1];
            if (url) {
                clearTimeout(timer);
                resolve({
                    url,
                    dataDir,
                    async stop() {
                        child.kill('SIGTERM');
                        await exited;
                    }
                });
            }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`The local org exited with ${code} before it was ready:\n${output}`));
        });
    });
}

/**
 * The Chromium to drive: CHROMIUM_PATH, else Debian's.
 * @returns the executable path
 */
export function chromiumPath(): string {
    const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(path)) {
        throw new Error(
            `No Chromium at ${path}. Install Debian's with \`sudo apt-get install chromium\`, or set CHROMIUM_PATH to a Chromium or Chrome executable.`
        );
    }
    return path;
}

/** A headless Chromium with a fresh profile. */
export interface BrowserSession {
    context: BrowserContext;
    page: Page;
    close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh profile folder and opens one page.
 * @returns the browser session
 */
export async function openBrowser(): Promise<BrowserSession> {
    const executablePath = chromiumPath();
    const profile = mkdtempSync(join(tmpdir(), 'local-org-chromium-'));
    const context = await chromium
        .launchPersistentContext(profile, {
            executablePath,
            headless: true,
            viewport: { width: 1400, height: 1000 },
            args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-quic',
                '--no-first-run',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync'
            ]
        })
        .catch((error: unknown) => {
            rmSync(profile, { recursive: true, force: true });
            throw error;
        });
    const page = context.pages()[0] ?? (await context.newPage());
    return {
        context,
        page,
        async close() {
            await context.close();
            rmSync(profile, { recursive: true, force: true });
        }
    };
}

/**
 * Makes a temporary data folder for one test file's local org.
 * @returns the folder
 */
export function tempDataDir(): string {
    return mkdtempSync(join(tmpdir(), 'local-org-e2e-'));
}

/** One test file's local org and browser, valid inside its tests. */
export interface E2eSetup {
    readonly org: OrgProcess;
    readonly page: Page;
    /**
     * Stops the local org and starts it again on the same data folder.
     * @returns the new org, on a new port
     */
    restartOrg(): Promise<OrgProcess>;
}

/**
 * Starts a local org on a fresh data folder and a browser before the calling test file's tests,
 * and stops and removes them after.
 * @returns the setup, to read once the tests run
 */
export function setUpOrgAndBrowser(): E2eSetup {
    let dataDir: string | undefined;
    let org: OrgProcess | undefined;
    let browser: BrowserSession | undefined;
    beforeAll(async () => {
        dataDir = tempDataDir();
        browser = await openBrowser();
        org = await startOrg(dataDir);
    });
    afterAll(async () => {
        await browser?.close();
        await org?.stop();
        if (dataDir) {
            rmSync(dataDir, { recursive: true, force: true });
        }
    });
    const started = <T>(value: T | undefined): T => {
        if (value === undefined) {
            throw new Error('The local org and browser start in beforeAll: use them inside tests.');
        }
        return value;
    };
    return {
        get org() {
            return started(org);
        },
        get page() {
            return started(browser).page;
        },
        async restartOrg() {
            const running = started(org);
            // Forgotten first, so a failed start does not leave afterAll stopping it twice.
            org = undefined;
            await running.stop();
            org = await startOrg(started(dataDir));
            return org;
        }
    };
}

/**
 * Signs in on the sign-in page with a demo user's button, and waits for the home page.
 * @param page the browser page
 * @param url the local org's URL
 * @param name the demo user's name, such as `Sam Rivera`
 */
export async function signInAs(page: Page, url: string, name: string): Promise<void> {
    await page.goto(`${url}/login`);
    await page.getByRole('button', { name: `Sign in as ${name}` }).click();
    await signInWithDemoPassword(page);
    await page.getByRole('heading', { name: /Opportunities/ }).waitFor();
}

// The page fills in the username; the password is typed, as the page never holds it.
async function signInWithDemoPassword(page: Page): Promise<void> {
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log In' }).click();
}

/**
 * Switches user with the header's switcher and waits for the page to load as them.
 * @param page the browser page
 * @param name the demo user's name
 */
export async function switchUser(page: Page, name: string): Promise<void> {
    await page.getByRole('button', { name: /Switch user/ }).click();
    await page.getByRole('menu').getByText(name).click();
    await page.getByLabel('Password').waitFor();
    await signInWithDemoPassword(page);
    await page.getByRole('button', { name: new RegExp(`${name}.*Switch user`) }).waitFor();
}

/**
 * Opens an opportunity from the home page by name and waits for the panel.
 * @param page the browser page
 * @param url the local org's URL
 * @param name the opportunity's name
 * @returns the panel
 */
export async function openDeal(page: Page, url: string, name: string): Promise<Locator> {
    await page.goto(`${url}/`);
    await page.getByRole('link', { name }).click();
    return panelOf(page);
}

/**
 * The coaching review panel of a record page, once it has loaded.
 * @param page the browser page
 * @returns the panel
 */
export async function panelOf(page: Page): Promise<Locator> {
    const panel = page.locator('c-coaching-review-panel');
    // The intent section is there once the panel has its model, whoever is looking; it may be
    // empty (a seller on a deal with no review yet), so it is waited for in the page, not on screen.
    await panel.locator('c-coaching-intent').waitFor({ state: 'attached' });
    return panel;
}

/**
 * Waits for a toast with a title.
 * @param page the browser page
 * @param title the toast's title
 * @returns the toast
 */
export async function toast(page: Page, title: string): Promise<Locator> {
    const found = page.locator('app-toast-container [role]', { hasText: title });
    await found.first().waitFor();
    return found.first();
}

/**
 * Saves a screenshot of the whole page to test-results/local-org.
 * @param page the browser page
 * @param name the file name, without extension
 */
export async function screenshot(page: Page, name: string): Promise<void> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

/**
 * The header's notification bell, whose name announces the unread count.
 * @param page the browser page
 * @returns the bell's button
 */
export function bellButton(page: Page): Locator {
    return page.getByRole('button', { name: /^Notifications: / });
}

/**
 * How many notifications the bell announces as unread, once it has loaded.
 * @param page the browser page
 * @returns the unread count
 */
export async function unreadCount(page: Page): Promise<number> {
    await bellButton(page).waitFor();
    const name = String(await bellButton(page).getAttribute('aria-label'));
    const count = /(\d+) unread/.exec(name);
    return count ? Number(count[1]) : 0;
}

/**
 * Opens the bell's panel with a click.
 * @param page the browser page
 * @returns the panel
 */
export async function openBell(page: Page): Promise<Locator> {
    await bellButton(page).click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    await panel.waitFor();
    return panel;
}
