// Ambient types for platform modules that @salesforce/lightning-types does not cover yet.
// Only the members this project uses are declared; widen them when a component needs more.

declare module '@salesforce/schema/*' {
    const reference: { objectApiName: string; fieldApiName?: string };
    export default reference;
}

// A field import always names its field; the longer patterns win over the one above.
declare module '@salesforce/schema/Coaching_Review__c.*' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}

declare module '@salesforce/schema/Coaching_Question__c.*' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}

declare module '@salesforce/schema/Coaching_Reply__c.*' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}

declare module '@salesforce/schema/Seller_Next_Step__c.*' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/customPermission/*' {
    const hasPermission: boolean | undefined;
    export default hasPermission;
}

declare module '@salesforce/i18n/*' {
    const value: string;
    export default value;
}

declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';
    export interface RecordInput {
        apiName?: string;
        fields: Record<string, unknown>;
    }
    export interface ClientOptions {
        ifUnmodifiedSince?: string;
    }
    export interface FieldValue {
        value: unknown;
        displayValue: string | null;
    }
    export interface RecordRepresentation {
        id: string;
        apiName: string;
        lastModifiedDate: string;
        fields: Record<string, FieldValue>;
    }
    export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function updateRecord(
        recordInput: RecordInput,
        clientOptions?: ClientOptions
    ): Promise<RecordRepresentation>;
    export function deleteRecord(recordId: string): Promise<void>;
    export const getRecord: WireAdapterConstructor<
        { recordId?: string; fields?: unknown[]; optionalFields?: unknown[] },
        { data?: RecordRepresentation; error?: unknown }
    >;
}

declare module 'lightning/graphql' {
    import type { WireAdapterConstructor } from 'lwc';
    export interface GraphQLResult<T = unknown> {
        data?: T;
        errors?: { message: string }[];
        /** Re-runs the query with the same variables; settles once fresh data is emitted. */
        refresh?: () => Promise<void>;
    }
    export function gql(strings: TemplateStringsArray, ...values: unknown[]): unknown;
    export const graphql: WireAdapterConstructor<
        { query: unknown; variables?: Record<string, unknown>; operationName?: string },
        GraphQLResult
    >;
}

declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventInit {
        title: string;
        message?: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    export class ShowToastEvent extends CustomEvent<ShowToastEventInit> {
        constructor(init: ShowToastEventInit);
    }
}
