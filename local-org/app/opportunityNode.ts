/** A field as the UI API GraphQL answers it. */
export interface Value<T> {
    value: T | null;
}

/** The Opportunity fields the home page and the record page both query. */
export interface OpportunityNode {
    Id: string;
    Name: Value<string>;
    StageName: Value<string>;
    Amount: Value<number>;
    CloseDate: Value<string>;
    Account: { Name: Value<string> } | null;
    Owner: { Name: Value<string> } | null;
}
