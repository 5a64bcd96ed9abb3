// Builds the module's input from the compact team fixture, through the panel's own model.
import { buildPanelModel } from 'c/coachingModel';
import type { PanelPayload } from 'c/coachingModel';
import type { DealInput } from '../types';
import team from './data/teamDeals.json';

interface FixtureQuestion {
    id: string;
    text: string;
    kind: string;
    status: string;
    created: string;
}

interface FixtureReview {
    id: string;
    date: string;
    status: string;
    intent: string;
    focus?: string;
    snapshot?: { closeDate?: string; amount?: number | null; stage?: string };
    questions: FixtureQuestion[];
}

export interface FixtureDeal {
    id: string;
    name: string;
    accountName: string;
    ownerId: string;
    ownerName: string;
    stage: string;
    forecastCategory: string;
    amount: number | null;
    closeDate: string;
    lastActivityDate?: string | null;
    contactRoleCount?: number;
    reviews: FixtureReview[];
    steps: { id: string; action: string; due?: string; status: string }[];
}

const value = <T>(v: T | null | undefined) => ({ value: v ?? null });

export const NOW = new Date(team.now);
export const TODAY = team.today;
export const STAGE_ORDER: string[] = team.stageOrder;
export const FIXTURE_DEALS = team.deals as FixtureDeal[];

/**
 * The module's input for one fixture deal.
 * @param deal the compact deal
 * @returns the deal with its snapshots and panel model
 */
export function dealInput(deal: FixtureDeal): DealInput {
    const payload: PanelPayload = {
        Opportunity: {
            edges: [{ node: { Id: deal.id, Name: value(deal.name), OwnerId: value(deal.ownerId) } }]
        },
        Coaching_Review__c: {
            edges: deal.reviews.map((review) => ({
                node: {
                    Id: review.id,
                    LastModifiedDate: value(`${review.date}T08:00:00.000Z`),
                    CreatedDate: value(`${review.date}T08:00:00.000Z`),
                    Intent__c: value(review.intent),
                    Seller_Focus__c: value(review.focus),
                    Reviewer__c: value(team.managerId),
                    Reviewer__r: { Name: value('Morgan Lee') },
                    Seller__c: value(deal.ownerId),
                    Review_Date__c: value(review.date),
                    Status__c: value(review.status),
                    Shared_Learning__c: value(null)
                }
            }))
        },
        Coaching_Question__c: {
            edges: deal.reviews.flatMap((review) =>
                review.questions.map((question) => ({
                    node: {
                        Id: question.id,
                        LastModifiedDate: value(question.created),
                        CreatedDate: value(question.created),
                        CreatedById: value(team.managerId),
                        Coaching_Review__c: value(review.id),
                        Question__c: value(question.text),
                        Kind__c: value(question.kind),
                        Answer__c: value(question.status === 'Open' ? null : 'An answer.'),
                        Answered_At__c: value(null),
                        Status__c: value(question.status),
                        Changed_My_View__c: value(false),
                        Idea_Response__c: value(null)
                    }
                }))
            )
        },
        Seller_Next_Step__c: {
            edges: deal.steps.map((step) => ({
                node: {
                    Id: step.id,
                    LastModifiedDate: value('2026-05-01T08:00:00.000Z'),
                    CreatedDate: value('2026-05-01T08:00:00.000Z'),
                    CreatedById: value(deal.ownerId),
                    Coaching_Review__c: value(null),
                    Adopted_From_Question__c: value(null),
                    Action__c: value(step.action),
                    Customer_Value__c: value(null),
                    Due_Date__c: value(step.due),
                    Status__c: value(step.status)
                }
            }))
        }
    };
    return {
        id: deal.id,
        name: deal.name,
        accountName: deal.accountName,
        ownerId: deal.ownerId,
        ownerName: deal.ownerName,
        stage: deal.stage,
        forecastCategory: deal.forecastCategory,
        amount: deal.amount,
        closeDate: deal.closeDate,
        lastActivityDate: deal.lastActivityDate,
        contactRoleCount: deal.contactRoleCount,
        snapshots: deal.reviews
            .filter((review) => review.snapshot)
            .map((review) => ({ reviewId: review.id, takenOn: review.date, ...review.snapshot })),
        model: buildPanelModel(
            payload,
            { userId: team.managerId, isManager: true, isAdmin: false },
            { now: NOW }
        )
    };
}
