import { LightningElement, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import type { GraphQLResult } from 'lightning/graphql';
import type { OpportunityNode } from '../opportunityNode';

interface HomeData {
    uiapi: {
        query: {
            Opportunity: { edges: { node: OpportunityNode }[]; totalCount: number };
        };
    };
}

interface Row {
    id: string;
    url: string;
    name: string;
    account: string;
    stage: string;
    amount: number | null;
    closeDate: string | null;
    owner: string;
}

/** The home page: the opportunities the signed-in user can see, each linking to its record page. */
export default class HomePage extends LightningElement {
    rows: Row[] = [];
    total = 0;
    loaded = false;
    errors: string[] = [];

    @wire(graphql, {
        query: gql`
            query localOrgHome {
                uiapi {
                    query {
                        Opportunity(first: 200, orderBy: { CloseDate: { order: ASC } }) {
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
                            totalCount
                        }
                    }
                }
            }
        `
    })
    handleResult(result: GraphQLResult): void {
        const connection = (result.data as HomeData | undefined)?.uiapi.query.Opportunity;
        this.errors = (result.errors ?? []).map((error) => error.message);
        if (connection) {
            this.loaded = true;
            this.total = connection.totalCount;
            this.rows = connection.edges.map(({ node }) => ({
                id: node.Id,
                url: `/lightning/r/Opportunity/${node.Id}/view`,
                name: node.Name.value ?? '',
                account: node.Account?.Name.value ?? '',
                stage: node.StageName.value ?? '',
                amount: node.Amount.value,
                closeDate: node.CloseDate.value,
                owner: node.Owner?.Name.value ?? ''
            }));
        }
    }

    get isLoading(): boolean {
        return !this.loaded && this.errors.length === 0;
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get countText(): string {
        return `${this.total} ${this.total === 1 ? 'item' : 'items'} · sorted by close date`;
    }

    connectedCallback(): void {
        document.title = 'Opportunities | Coaching Review local org';
    }
}
