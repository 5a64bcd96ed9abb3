import { buildPanelModel } from 'c/coachingModel';
import type {
    Connection,
    FieldValue,
    QuestionNode,
    ReviewNode,
    StepNode,
    Viewer
} from 'c/coachingModel';
import type { DealInput, ReviewSnapshot } from './types';

// The pipeline page's GraphQL payload: a page of the team's open deals, each with its reviews
// (and their snapshots) and next steps, and a page of the questions asked on those deals. The
// GraphQL wire allows one level of child relationship, so questions come as their own list.

export interface PipelineReviewNode extends ReviewNode {
    Close_Date_At_Start__c: FieldValue;
    Amount_At_Start__c: FieldValue<number>;
    Stage_At_Start__c: FieldValue;
}

export interface PipelineDealNode {
    Id: string;
    Name: FieldValue;
    OwnerId: FieldValue;
    Owner: { Name: FieldValue } | null;
    Account: { Name: FieldValue } | null;
    StageName: FieldValue;
    ForecastCategoryName: FieldValue;
    Amount: FieldValue<number>;
    CloseDate: FieldValue;
    Coaching_Reviews__r: Connection<PipelineReviewNode> | null;
    Seller_Next_Steps__r: Connection<StepNode> | null;
}

/** The `uiapi.query` object of the pipeline page's GraphQL result. */
export interface PipelinePayload {
    Opportunity: Connection<PipelineDealNode>;
    Coaching_Question__c: Connection<QuestionNode>;
}

/** The `after` variables for the next request, or undefined when every list is complete. */
export interface PipelineCursors {
    dealsAfter?: string;
    questionsAfter?: string;
}

function text(field: FieldValue | null | undefined): string {
    return field?.value ?? '';
}

function uniqueById<N extends { Id: string }>(
    first: Connection<N> | undefined,
    second: Connection<N> | undefined
): Connection<N> {
    const byId = new Map<string, { node: N }>();
    for (const edge of [...(first?.edges ?? []), ...(second?.edges ?? [])]) {
        byId.set(edge.node.Id, edge);
    }
    return { edges: [...byId.values()], pageInfo: second?.pageInfo ?? first?.pageInfo };
}

/**
 * Adds a page to what is loaded; a record seen twice keeps its newest copy.
 * @param loaded the pages so far, or undefined for the first page
 * @param page the new page
 * @returns the merged payload, with the new page's paging state
 */
export function mergePipelinePages(
    loaded: PipelinePayload | undefined,
    page: PipelinePayload
): PipelinePayload {
    return {
        Opportunity: uniqueById(loaded?.Opportunity, page.Opportunity),
        Coaching_Question__c: uniqueById(loaded?.Coaching_Question__c, page.Coaching_Question__c)
    };
}

/**
 * Where each list continues; every request asks for the next page of both.
 * @param page the last page loaded
 * @returns the cursors, or undefined when neither list has more
 */
export function nextPipelineCursors(page: PipelinePayload): PipelineCursors | undefined {
    const deals = page.Opportunity?.pageInfo;
    const questions = page.Coaching_Question__c?.pageInfo;
    if (!deals?.hasNextPage && !questions?.hasNextPage) {
        return undefined;
    }
    return {
        dealsAfter: deals?.endCursor ?? undefined,
        questionsAfter: questions?.endCursor ?? undefined
    };
}

function snapshot(node: PipelineReviewNode): ReviewSnapshot {
    return {
        reviewId: node.Id,
        takenOn: node.Review_Date__c?.value ?? text(node.CreatedDate).slice(0, 10),
        closeDate: node.Close_Date_At_Start__c?.value ?? undefined,
        amount: node.Amount_At_Start__c?.value ?? null,
        stage: node.Stage_At_Start__c?.value ?? undefined
    };
}

function hasSnapshot(node: PipelineReviewNode): boolean {
    return Boolean(
        node.Close_Date_At_Start__c?.value ||
        node.Stage_At_Start__c?.value ||
        typeof node.Amount_At_Start__c?.value === 'number'
    );
}

/**
 * The agenda module's input from the pipeline payload, each deal's coaching through the panel's
 * own model.
 * @param payload every page loaded
 * @param viewer who is looking, with their custom permissions
 * @param now the current moment
 * @returns one input per deal, in payload order
 */
export function dealsFromPayload(payload: PipelinePayload, viewer: Viewer, now: Date): DealInput[] {
    const deals = payload.Opportunity?.edges ?? [];
    const dealOfReview = new Map<string, string>();
    for (const { node } of deals) {
        for (const review of node.Coaching_Reviews__r?.edges ?? []) {
            dealOfReview.set(review.node.Id, node.Id);
        }
    }
    const questionsByDeal = new Map<string, { node: QuestionNode }[]>();
    for (const edge of payload.Coaching_Question__c?.edges ?? []) {
        const dealId = dealOfReview.get(text(edge.node.Coaching_Review__c));
        if (dealId) {
            questionsByDeal.set(dealId, [...(questionsByDeal.get(dealId) ?? []), edge]);
        }
    }
    return deals.map(({ node }) => {
        const reviews = node.Coaching_Reviews__r?.edges ?? [];
        return {
            id: node.Id,
            name: text(node.Name),
            accountName: text(node.Account?.Name),
            ownerId: text(node.OwnerId),
            ownerName: text(node.Owner?.Name),
            stage: text(node.StageName),
            forecastCategory: text(node.ForecastCategoryName),
            amount: node.Amount?.value ?? null,
            closeDate: text(node.CloseDate),
            snapshots: reviews
                .map((edge) => edge.node)
                .filter(hasSnapshot)
                .map(snapshot),
            model: buildPanelModel(
                {
                    Opportunity: {
                        edges: [{ node: { Id: node.Id, Name: node.Name, OwnerId: node.OwnerId } }]
                    },
                    Coaching_Review__c: { edges: reviews },
                    Coaching_Question__c: { edges: questionsByDeal.get(node.Id) ?? [] },
                    Seller_Next_Step__c: node.Seller_Next_Steps__r ?? { edges: [] }
                },
                viewer,
                { now }
            )
        };
    });
}
