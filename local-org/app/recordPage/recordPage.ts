import { LightningElement, api, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import type { OpportunityNode, Value } from '../opportunityNode';
import { SESSION } from '../platform/session';

/** The record page also shows the deal's probability and next step. */
interface RecordNode extends OpportunityNode {
    Probability: Value<number>;
    NextStep: Value<string>;
}

interface RecordData {
    uiapi: { query: { Opportunity: { edges: { node: RecordNode }[] } } };
}

/** The closed stages share one last step of the path, as on a Lightning record page. */
const CLOSED_STEP = 'Closed';

/**
 * The Opportunity record page: the highlights header, the stage path, the coaching review panel
 * in the main column and the deal's details beside it.
 */
export default class RecordPage extends LightningElement {
    /** The Opportunity the page shows. */
    @api recordId?: string;

    opportunity?: RecordNode;
    notAvailable = false;
    errors: string[] = [];

    @wire(graphql, {
        query: gql`
            query localOrgRecordPage($recordId: ID!) {
                uiapi {
                    query {
                        Opportunity(where: { Id: { eq: $recordId } }, first: 1) {
                            edges {
                                node {
                                    Id
                                    Name {
                                        value
                                    }
                                    StageName {
                                        value
                                    }
                                    Amount {
                                        value
                                    }
                                    CloseDate {
                                        value
                                    }
                                    Probability {
                                        value
                                    }
                                    NextStep {
                                        value
                                    }
                                    Account {
                                        Name {
                                            value
                                        }
                                    }
                                    Owner {
                                        Name {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        `,
        variables: '$variables'
    })
    handleResult(result: GraphQLResult): void {
        const connection = (result.data as RecordData | undefined)?.uiapi.query.Opportunity;
        this.errors = (result.errors ?? []).map((error) => error.message);
        if (connection) {
            this.opportunity = connection.edges[0]?.node;
            // The query sees only what the user may see: no record means no access.
            this.notAvailable = !this.opportunity;
            document.title = `${this.opportunity?.Name.value ?? 'Opportunity'} | Opportunity | Coaching Review local org`;
        }
    }

    get variables(): { recordId: string } | undefined {
        return this.recordId ? { recordId: this.recordId } : undefined;
    }

    get isLoading(): boolean {
        return !this.opportunity && !this.notAvailable && this.errors.length === 0;
    }

    get name(): string {
        return this.opportunity?.Name.value ?? '';
    }

    get accountName(): string {
        return this.opportunity?.Account?.Name.value ?? '';
    }

    get ownerName(): string {
        return this.opportunity?.Owner?.Name.value ?? '';
    }

    get stage(): string {
        return this.opportunity?.StageName.value ?? '';
    }

    get amount(): number | null {
        return this.opportunity?.Amount.value ?? null;
    }

    get closeDate(): string | null {
        return this.opportunity?.CloseDate.value ?? null;
    }

    get probability(): number | null {
        const probability = this.opportunity?.Probability.value;
        return probability === null || probability === undefined ? null : probability / 100;
    }

    get nextStep(): string {
        return this.opportunity?.NextStep.value ?? '';
    }

    get pathSteps(): { label: string; value: string }[] {
        return [
            ...SESSION.stages
                .filter((stage) => !stage.isClosed)
                .map((stage) => ({ label: stage.value, value: stage.value })),
            { label: CLOSED_STEP, value: CLOSED_STEP }
        ];
    }

    get currentStep(): string {
        const closed = SESSION.stages.find((stage) => stage.value === this.stage)?.isClosed;
        return closed ? CLOSED_STEP : this.stage;
    }
}
