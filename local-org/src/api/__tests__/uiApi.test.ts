/** @jest-environment node */
import { serveOrg, type ServedOrg } from '../../../../test-support/localOrgFixture';

const RECORDS = '/services/data/v65.0/ui-api/records';

let served: ServedOrg;
const tokens: Record<string, string> = {};

interface UiRecordBody {
    id: string;
    apiName: string;
    lastModifiedDate: string;
    fields: Record<string, { value: unknown; displayValue: string | null }>;
}

interface UiErrorBody {
    errorCode: string;
    message: string;
    output: {
        errors: { errorCode: string; message: string }[];
        fieldErrors: Record<string, { errorCode: string; field: string; message: string }[]>;
    };
}

async function firstId(as: string, soql: string): Promise<string> {
    const result = await served.call(`/services/data/v65.0/query?q=${encodeURIComponent(soql)}`, {
        token: tokens[as]
    });
    return (result.body as { records: { Id: string }[] }).records[0].Id;
}

function createStep(as: string, fields: Record<string, unknown>) {
    return served.call(RECORDS, {
        token: tokens[as],
        method: 'POST',
        body: { apiName: 'Seller_Next_Step__c', fields }
    });
}

beforeAll(async () => {
    served = await serveOrg();
    for (const user of ['seller', 'manager', 'seller2']) {
        tokens[user] = await served.token(user);
    }
});
afterAll(() => served.close());

describe('UI API record routes', () => {
    let dealId: string;

    beforeAll(async () => {
        dealId = await firstId(
            'seller',
            "SELECT Id FROM Opportunity WHERE Name LIKE 'Blue Harbor%'"
        );
    });

    it('creates a record and answers with its UI API representation', async () => {
        const { status, body } = await createStep('seller', {
            Opportunity__c: dealId,
            Action__c: 'Share the pilot plan',
            Due_Date__c: '2030-03-01'
        });
        expect(status).toBe(201);
        const record = body as UiRecordBody;
        expect(record).toMatchObject({
            id: expect.stringMatching(/^a0\w{16}$/),
            apiName: 'Seller_Next_Step__c',
            lastModifiedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/),
            fields: {
                Action__c: { value: 'Share the pilot plan', displayValue: null },
                Due_Date__c: { value: '2030-03-01', displayValue: '3/1/2030' },
                Status__c: { value: 'Planned', displayValue: 'Planned' }
            }
        });
    });

    it('updates with If-Unmodified-Since, and refuses a stale update with 412', async () => {
        const created = (await createStep('seller', { Opportunity__c: dealId, Action__c: 'Call' }))
            .body as UiRecordBody;
        const updated = await served.call(`${RECORDS}/${created.id}`, {
            token: tokens.seller,
            method: 'PATCH',
            headers: { 'If-Unmodified-Since': created.lastModifiedDate },
            body: { fields: { Status__c: 'Done' } }
        });
        expect(updated.status).toBe(200);
        expect((updated.body as UiRecordBody).fields.Status__c.value).toBe('Done');

        const stale = await served.call(`${RECORDS}/${created.id}`, {
            token: tokens.seller,
            method: 'PATCH',
            headers: { 'If-Unmodified-Since': new Date(Date.now() - 60_000).toISOString() },
            body: { fields: { Status__c: 'Dropped' } }
        });
        expect(stale.status).toBe(412);
        expect((stale.body as UiErrorBody).output.errors[0].errorCode).toBe('PRECONDITION_FAILED');
        const reread = await served.call(`${RECORDS}/${created.id}`, { token: tokens.seller });
        expect((reread.body as UiRecordBody).fields.Status__c.value).toBe('Done');
    });

    it("refuses the manager's edit of a seller's step with the validation rule", async () => {
        const stepId = await firstId(
            'seller',
            "SELECT Id FROM Seller_Next_Step__c WHERE Action__c LIKE 'Propose a two-week pilot%'"
        );
        const { status, body } = await served.call(`${RECORDS}/${stepId}`, {
            token: tokens.manager,
            method: 'PATCH',
            body: { fields: { Action__c: 'Call the CFO' } }
        });
        expect(status).toBe(400);
        const error = body as UiErrorBody;
        expect(error.errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
        expect(error.output.fieldErrors.Action__c[0]).toMatchObject({
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            field: 'Action__c',
            message: expect.any(String)
        });
    });

    it.each([
        ['a missing required field', {}, 'REQUIRED_FIELD_MISSING', 'Action__c'],
        ['an unknown field', { Action__c: 'x', Nope__c: 1 }, 'INVALID_FIELD', 'Nope__c'],
        [
            'a value off a restricted picklist',
            { Action__c: 'x', Status__c: 'Maybe' },
            'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
            'Status__c'
        ]
    ])('answers %s with a field error', async (_case, fields, errorCode, field) => {
        const { status, body } = await createStep('seller', { ...fields, Opportunity__c: dealId });
        expect(status).toBe(400);
        expect((body as UiErrorBody).output.fieldErrors[field][0]).toMatchObject({
            errorCode,
            field
        });
    });

    it('answers a record the user cannot see, a bad body and a refused delete in the UI API shape', async () => {
        const hidden = await served.call(`${RECORDS}/${dealId}`, { token: tokens.seller2 });
        expect(hidden.status).toBe(404);
        expect((hidden.body as UiErrorBody).output.errors[0].errorCode).toBe('NOT_FOUND');

        const noApiName = await served.call(RECORDS, {
            token: tokens.seller,
            method: 'POST',
            body: { fields: {} }
        });
        expect(noApiName.status).toBe(400);
        expect((noApiName.body as UiErrorBody).errorCode).toBe('INVALID_INPUT');

        const badJson = await served.call(RECORDS, {
            token: tokens.seller,
            method: 'POST',
            raw: '{'
        });
        expect((badJson.body as UiErrorBody).errorCode).toBe('JSON_PARSER_ERROR');

        const step = await firstId('seller', 'SELECT Id FROM Seller_Next_Step__c LIMIT 1');
        const deleted = await served.call(`${RECORDS}/${step}`, {
            token: tokens.seller,
            method: 'DELETE'
        });
        expect(deleted.status).toBe(400);
        expect((deleted.body as UiErrorBody).errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
    });

    it('reads the fields asked for, and refuses fields that do not exist', async () => {
        const read = await served.call(
            `${RECORDS}/${dealId}?fields=Opportunity.Name,Opportunity.Amount&optionalFields=Opportunity.Nope`,
            { token: tokens.seller }
        );
        expect(read.status).toBe(200);
        expect((read.body as UiRecordBody).fields).toEqual({
            Name: { value: 'Blue Harbor - Fleet Tracking Expansion', displayValue: null },
            Amount: { value: 95000, displayValue: '$95,000.00' }
        });
        const unknown = await served.call(`${RECORDS}/${dealId}?fields=Opportunity.Nope`, {
            token: tokens.seller
        });
        expect(unknown.status).toBe(400);
        expect(
            (unknown.body as UiErrorBody).output.fieldErrors['Opportunity.Nope'][0].errorCode
        ).toBe('INVALID_FIELD');
    });

    it('needs a session', async () => {
        const { status, body } = await served.call(RECORDS, {
            method: 'POST',
            body: { apiName: 'Seller_Next_Step__c', fields: {} }
        });
        expect(status).toBe(401);
        expect(body).toEqual([expect.objectContaining({ errorCode: 'INVALID_SESSION_ID' })]);
    });
});
