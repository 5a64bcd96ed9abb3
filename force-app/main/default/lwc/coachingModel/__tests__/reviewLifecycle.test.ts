import { buildPanelModel } from 'c/coachingModel';
import type { PanelPayload, PanelQueryData, Viewer } from 'c/coachingModel';
import {
    noAnswerNeededInput,
    openRequestedReviewInput,
    ratingInput,
    requestReviewInput
} from '../reviewInputs';
import type { CoachingSchema } from '../recordInputs';
import panelResponse from './data/panelGraphQLResponse.json';

const NOW = new Date('2025-06-15T12:00:00.000Z');
const SELLER = '005000000000001AAA';
const MANAGER = '005000000000002AAA';
const OTHER_MANAGER = '005000000000005AAA';
const OPEN_REVIEW = 'a01000000000003AAA';
const MAY_REVIEW = 'a01000000000002AAA';

const seller: Viewer = { userId: SELLER, isManager: false, isAdmin: false };
const manager: Viewer = { userId: MANAGER, isManager: true, isAdmin: false };
const otherManager: Viewer = { userId: OTHER_MANAGER, isManager: true, isAdmin: false };
const admin: Viewer = { userId: '005000000000004AAA', isManager: true, isAdmin: true };

const field = (name: string) => ({ fieldApiName: name });
const SCHEMA = {
    review: {
        object: { objectApiName: 'Coaching_Review__c' },
        id: field('Id'),
        opportunity: field('Opportunity__c'),
        intent: field('Intent__c'),
        sellerFocus: field('Seller_Focus__c'),
        reviewer: field('Reviewer__c'),
        seller: field('Seller__c'),
        status: field('Status__c'),
        sharedLearning: field('Shared_Learning__c'),
        closeDateAtStart: field('Close_Date_At_Start__c'),
        amountAtStart: field('Amount_At_Start__c'),
        stageAtStart: field('Stage_At_Start__c'),
        reviewDate: field('Review_Date__c'),
        helpfulness: field('Helpfulness__c'),
        helpfulnessNote: field('Helpfulness_Note__c')
    },
    question: {
        object: { objectApiName: 'Coaching_Question__c' },
        id: field('Id'),
        status: field('Status__c')
    }
} as unknown as CoachingSchema;
const SHOWN = '2026-11-20T10:00:00.000Z';

function freshPayload(): PanelPayload {
    return (JSON.parse(JSON.stringify(panelResponse)) as { data: PanelQueryData }).data.uiapi.query;
}

/** The payload with its open review closed, and a requested one prepared by the seller. */
function withRequest(focus = 'Getting past procurement to the CFO.'): PanelPayload {
    const payload = freshPayload();
    for (const { node } of payload.Coaching_Review__c.edges) {
        node.Status__c = { value: 'Closed', displayValue: 'Closed' };
    }
    const template = payload.Coaching_Review__c.edges[0].node;
    payload.Coaching_Review__c.edges.push({
        node: {
            ...template,
            Id: 'a01000000000009AAA',
            Intent__c: { value: null },
            Seller_Focus__c: { value: focus },
            Review_Date__c: { value: '2025-06-14', displayValue: '6/14/2025' },
            Status__c: { value: 'Requested', displayValue: 'Requested' },
            Shared_Learning__c: { value: null }
        }
    });
    return payload;
}

function setQuestion(payload: PanelPayload, id: string, status: string, kind?: string): void {
    const edge = payload.Coaching_Question__c.edges.find((candidate) => candidate.node.Id === id);
    if (!edge) {
        throw new Error(`no question ${id}`);
    }
    edge.node.Status__c = { value: status, displayValue: status };
    if (kind !== undefined) {
        edge.node.Kind__c = { value: kind, displayValue: kind };
    }
}

describe('c-coaching-model review lifecycle', () => {
    describe('a review the seller requested', () => {
        it('waits apart from the reviews held, so it is neither current nor counted', () => {
            const model = buildPanelModel(withRequest(), manager, { now: NOW });
            expect(model.requestedReview?.id).toBe('a01000000000009AAA');
            expect(model.requestedReview?.sellerFocus).toBe('Getting past procurement to the CFO.');
            expect(model.reviews.map((review) => review.status)).not.toContain('Requested');
            expect(model.currentReview?.status).toBe('Closed');
            expect(model.balance.reviewsLast30Days).toBe(2);
            expect(model.canStartReview).toBe(true);
        });

        it('names the seller the request comes from', () => {
            const model = buildPanelModel(withRequest(), manager, { now: NOW });
            expect(model.requestedReview?.sellerName).toBe('Sam Carter');
        });

        it('lets the owner prepare a focus only while no review is open', () => {
            expect(buildPanelModel(withRequest(), seller, { now: NOW }).canPrepareFocus).toBe(true);
            expect(buildPanelModel(freshPayload(), seller, { now: NOW }).canPrepareFocus).toBe(
                false
            );
            expect(buildPanelModel(withRequest(), manager, { now: NOW }).canPrepareFocus).toBe(
                false
            );
        });
    });

    describe('unanswered questions', () => {
        it('counts open questions, leaving out statements, withdrawn and released ones', () => {
            // The open review holds q7 (open question), q8 (answered), q9 (suggestion), q10 (no
            // saved kind) and q11 (directive), all open but q8.
            const payload = freshPayload();
            expect(
                buildPanelModel(payload, manager, { now: NOW }).reviews.find(
                    (review) => review.id === OPEN_REVIEW
                )?.unansweredCount
            ).toBe(4);
            setQuestion(payload, 'a02000000000007AAA', 'Withdrawn');
            setQuestion(payload, 'a02000000000009AAA', 'No Answer Needed');
            setQuestion(payload, 'a02000000000011AAA', 'Open', 'Statement');
            const model = buildPanelModel(payload, manager, { now: NOW });
            const review = model.reviews.find((candidate) => candidate.id === OPEN_REVIEW);
            expect(review?.unansweredCount).toBe(1);
            const released = review?.questions.find((q) => q.id === 'a02000000000009AAA');
            expect(released?.status).toBe('No Answer Needed');
            expect(released?.canAnswer).toBe(false);
        });

        it('leaves out an idea adopted or a directive set aside: the seller has responded', () => {
            const payload = freshPayload();
            const respond = (id: string, response: string) => {
                const edge = payload.Coaching_Question__c.edges.find(
                    (candidate) => candidate.node.Id === id
                );
                if (!edge) {
                    throw new Error(`no question ${id}`);
                }
                edge.node.Idea_Response__c = { value: response, displayValue: response };
            };
            respond('a02000000000009AAA', 'Adopted');
            respond('a02000000000011AAA', 'Set aside');
            const review = buildPanelModel(payload, manager, { now: NOW }).reviews.find(
                (candidate) => candidate.id === OPEN_REVIEW
            );
            expect(review?.unansweredCount).toBe(2);
        });
    });

    describe('"Did this help?"', () => {
        it.each([
            ['the seller', seller, true, true],
            ['the reviewer', manager, false, true],
            ['another manager', otherManager, false, false],
            ['an admin', admin, false, false]
        ])('on a closed review, %s rates it: %s, sees it: %s', (_, viewer, canRate, canSee) => {
            const model = buildPanelModel(freshPayload(), viewer, {
                now: NOW,
                selectedReviewId: MAY_REVIEW
            });
            expect(model.currentReview?.canRate).toBe(canRate);
            expect(model.currentReview?.canSeeRating).toBe(canSee);
        });

        it('is not offered while the review is open', () => {
            const model = buildPanelModel(freshPayload(), seller, { now: NOW });
            expect(model.currentReview?.isOpen).toBe(true);
            expect(model.currentReview?.canRate).toBe(false);
        });
    });

    describe('record inputs', () => {
        it('requests a review for the seller’s manager with the focus', () => {
            expect(
                requestReviewInput(SCHEMA, {
                    opportunityId: 'opp',
                    sellerId: 'seller',
                    managerId: 'manager',
                    focus: 'Pricing'
                })
            ).toEqual({
                apiName: 'Coaching_Review__c',
                fields: {
                    Opportunity__c: 'opp',
                    Seller__c: 'seller',
                    Reviewer__c: 'manager',
                    Status__c: 'Requested',
                    Seller_Focus__c: 'Pricing'
                }
            });
        });

        it('leaves the reviewer empty when the seller has no manager', () => {
            const input = requestReviewInput(SCHEMA, {
                opportunityId: 'opp',
                sellerId: 'seller',
                focus: 'Pricing'
            });
            expect(input.fields).not.toHaveProperty('Reviewer__c');
        });

        it('opens a requested review as its reviewer, dated today, with the deal as it is', () => {
            expect(
                openRequestedReviewInput(SCHEMA, {
                    reviewId: 'rev',
                    lastModifiedDate: SHOWN,
                    reviewerId: 'manager',
                    intent: 'Find the path to signature',
                    reviewDate: '2026-11-21',
                    dealAtStart: { closeDate: '2026-12-31', amount: 0, stage: 'Proposal' }
                })
            ).toEqual({
                recordInput: {
                    fields: {
                        Id: 'rev',
                        Reviewer__c: 'manager',
                        Intent__c: 'Find the path to signature',
                        Status__c: 'Open',
                        Review_Date__c: '2026-11-21',
                        Close_Date_At_Start__c: '2026-12-31',
                        Amount_At_Start__c: 0,
                        Stage_At_Start__c: 'Proposal'
                    }
                },
                clientOptions: { ifUnmodifiedSince: SHOWN }
            });
        });

        it('releases a question from its answer', () => {
            expect(
                noAnswerNeededInput(SCHEMA, { questionId: 'q', lastModifiedDate: SHOWN })
            ).toEqual({
                recordInput: { fields: { Id: 'q', Status__c: 'No Answer Needed' } },
                clientOptions: { ifUnmodifiedSince: SHOWN }
            });
        });

        it.each([
            ['  Clearer next steps. ', 'Clearer next steps.'],
            ['   ', null]
        ])('rates a review with the note %j', (note, saved) => {
            expect(
                ratingInput(SCHEMA, {
                    reviewId: 'rev',
                    lastModifiedDate: SHOWN,
                    helpfulness: 'Somewhat helpful',
                    note
                }).recordInput.fields
            ).toEqual({
                Id: 'rev',
                Helpfulness__c: 'Somewhat helpful',
                Helpfulness_Note__c: saved
            });
        });
    });
});
