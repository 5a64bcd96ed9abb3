/** @jest-environment node */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { accessToken, callOrg } from '../client';
import {
    PROJECT_ROOT,
    serveOrg,
    tempDataDir,
    type ServedOrg
} from '../../../test-support/localOrgFixture';

const DATA = '/services/data/v65.0';
const STEP = `${DATA}/sobjects/Seller_Next_Step__c`;

async function legalStep(url: string, token: string): Promise<string> {
    const soql = "SELECT Id FROM Seller_Next_Step__c WHERE Action__c LIKE 'Confirm the legal%'";
    const result = await callOrg(url, `${DATA}/query?q=${encodeURIComponent(soql)}`, { token });
    return (result.body as { records: { Id: string }[] }).records[0].Id;
}

describe('concurrent writers', () => {
    let served: ServedOrg;
    afterAll(() => served?.close());

    it('lose no acknowledged update: 50 writers counting on one record, on loopback', async () => {
        served = await serveOrg();
        const url = served.org.url;
        const token = await accessToken(url, 'seller');
        const id = await legalStep(url, token);
        await callOrg(url, `${STEP}/${id}`, {
            token,
            method: 'PATCH',
            body: { Customer_Value__c: '0' }
        });
        const WRITERS = 50;
        const ATTEMPTS = 4;
        // Each writer reads the count, then adds one if nobody wrote in between (the panel's
        // stale-edit check); every 204 is an acknowledged update that must show in the count.
        const writer = async (): Promise<number> => {
            let acknowledged = 0;
            for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
                const read = await callOrg(
                    url,
                    `${STEP}/${id}?fields=Customer_Value__c,LastModifiedDate`,
                    { token }
                );
                const record = read.body as { Customer_Value__c: string; LastModifiedDate: string };
                const write = await callOrg(url, `${STEP}/${id}`, {
                    token,
                    method: 'PATCH',
                    body: { Customer_Value__c: String(Number(record.Customer_Value__c) + 1) },
                    headers: { 'If-Unmodified-Since': record.LastModifiedDate }
                });
                expect([204, 412]).toContain(write.status);
                acknowledged += write.status === 204 ? 1 : 0;
            }
            return acknowledged;
        };
        const counts = await Promise.all(Array.from({ length: WRITERS }, writer));
        const acknowledged = counts.reduce((sum, count) => sum + count, 0);
        const final = await callOrg(url, `${STEP}/${id}?fields=Customer_Value__c`, { token });
        expect(acknowledged).toBeGreaterThan(0);
        expect(Number((final.body as { Customer_Value__c: string }).Customer_Value__c)).toBe(
            acknowledged
        );
    }, 180_000);
});

describe('kill -9', () => {
    const SERVER = join(PROJECT_ROOT, 'local-org', 'src', 'server.ts');
    let dir: string;
    let child: ChildProcess | undefined;

    beforeAll(() => {
        dir = tempDataDir();
    });
    afterAll(() => {
        child?.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
    });

    // The org in its own process, without the page bundle build `npm start` does first. tsx is
    // loaded into that one process (not run as its CLI, which forks a second): SIGKILL must reach
    // the server itself.
    function start(): Promise<string> {
        const code = `require(${JSON.stringify(SERVER)}).startLocalOrg({ projectRoot: ${JSON.stringify(PROJECT_ROOT)}, dataDir: ${JSON.stringify(dir)}, port: 0 }).then((org) => console.log('READY ' + org.url));`;
        child = spawn(process.execPath, ['--import', 'tsx', '-e', code], {
            cwd: PROJECT_ROOT,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        return new Promise((resolve, reject) => {
            let output = '';
            child?.stdout?.on('data', (chunk: Buffer) => {
                output += chunk.toString();
                const url = /READY (\S+)/.exec(output)?.[1];
                if (url) {
                    resolve(url);
                }
            });
            child?.stderr?.on('data', (chunk: Buffer) => {
                output += chunk.toString();
            });
            child?.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
        });
    }

    function kill(): Promise<void> {
        child?.removeAllListeners('exit');
        const exited = new Promise<void>((resolve) => child?.once('exit', () => resolve()));
        child?.kill('SIGKILL');
        return exited;
    }

    it('keeps every acknowledged write through two kill -9s in the middle of writing', async () => {
        const acknowledged: string[] = [];
        for (let round = 0; round < 2; round++) {
            const url = await start();
            const token = await accessToken(url, 'seller');
            const opportunity = (
                (
                    await callOrg(
                        url,
                        `${DATA}/query?q=${encodeURIComponent("SELECT Id FROM Opportunity WHERE Name LIKE 'Northwind Health - Patient%'")}`,
                        { token }
                    )
                ).body as { records: { Id: string }[] }
            ).records[0].Id;
            // Writes keep arriving; the process dies once 20 of this round are acknowledged.
            let thisRound = 0;
            const killed = new Promise<void>((resolve) => {
                const write = async (index: number): Promise<void> => {
                    const response = await callOrg(url, `${DATA}/sobjects/Seller_Next_Step__c`, {
                        token,
                        method: 'POST',
                        body: {
                            Opportunity__c: opportunity,
                            Action__c: `Round ${round} step ${index}`
                        }
                    }).catch(() => undefined);
                    if (response?.status === 201) {
                        acknowledged.push((response.body as { id: string }).id);
                        thisRound += 1;
                        if (thisRound === 20) {
                            void kill().then(resolve);
                        }
                    }
                };
                for (let index = 0; index < 60; index++) {
                    void write(index);
                }
            });
            await killed;
        }
        const url = await start();
        const token = await accessToken(url, 'seller');
        const ids = acknowledged.map((id) => `'${id}'`).join(',');
        const found = await callOrg(
            url,
            `${DATA}/query?q=${encodeURIComponent(`SELECT Id FROM Seller_Next_Step__c WHERE Id IN (${ids})`)}`,
            { token }
        );
        expect(acknowledged.length).toBeGreaterThanOrEqual(40);
        expect((found.body as { totalSize: number }).totalSize).toBe(acknowledged.length);
        await kill();
    }, 240_000);
});
