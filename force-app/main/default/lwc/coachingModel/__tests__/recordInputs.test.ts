import {
    adoptedStepInput,
    answerInput,
    askQuestionInput,
    closeReviewInput,
    editStepInput,
    newStepInput,
    questionChangeInput,
    reviewTextInput,
    startReviewInput,
    stepStatusInput
} from '../recordInputs';
import type { CoachingSchema, QuestionChange, ReviewTextField } from '../recordInputs';
import { postReplyInput, replyChangeInput } from '../replies';

function field(name: string) {
    return { fieldApiName: name };
}

// The references the schema imports give, spelled out.
const SCHEMA: CoachingSchema = {
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
        review: field('Coaching_Review__c'),
        text: field('Question__c'),
        kind: field('Kind__c'),
        answer: field('Answer__c'),
        status: field('Status__c'),
        changedMyView: field('Changed_My_View__c'),
        ideaResponse: field('Idea_Response__c'),
        askedBy: field('Asked_By__c'),
        responseReason: field('Response_Reason__c'),
        changedViewNote: field('Changed_My_View_Note__c')
    },
    reply: {
        object: { objectApiName: 'Coaching_Reply__c' },
        id: field('Id'),
        question: field('Coaching_Question__c'),
        text: field('Reply__c'),
        status: field('Status__c')
    },
    step: {
        object: { objectApiName: 'Seller_Next_Step__c' },
        id: field('Id'),
        opportunity: field('Opportunity__c'),
        review: field('Coaching_Review__c'),
        adoptedFromQuestion: field('Adopted_From_Question__c'),
        action: field('Action__c'),
        customerValue: field('Customer_Value__c'),
        dueDate: field('Due_Date__c'),
        status: field('Status__c')
    }
};

const SHOWN = '2026-11-20T10:00:00.000Z';
const CHECKED = { ifUnmodifiedSince: SHOWN };

describe('c-coaching-model record inputs', () => {
    it('starts a review on the deal with the reviewer and the seller', () => {
        expect(
            startReviewInput(SCHEMA, {
                opportunityId: 'opp',
                intent: 'Find the path to signature',
                reviewerId: 'manager',
                sellerId: 'seller'
            })
        ).toEqual({
            apiName: 'Coaching_Review__c',
            fields: {
                Opportunity__c: 'opp',
                Intent__c: 'Find the path to signature',
                Reviewer__c: 'manager',
                Seller__c: 'seller'
            }
        });
    });

    it.each([
        [
            'keeps the deal as the review finds it',
            { closeDate: '2026-06-30', amount: 0, stage: 'Qualification' },
            {
                Close_Date_At_Start__c: '2026-06-30',
                Amount_At_Start__c: 0,
                Stage_At_Start__c: 'Qualification'
            }
        ],
        ['leaves out what was not read', { amount: null }, {}]
    ])('starts a review that %s', (_name, dealAtStart, snapshot) => {
        expect(
            startReviewInput(SCHEMA, {
                opportunityId: 'opp',
                intent: 'Find the path to signature',
                reviewerId: 'manager',
                sellerId: 'seller',
                dealAtStart
            }).fields
        ).toEqual({
            Opportunity__c: 'opp',
            Intent__c: 'Find the path to signature',
            Reviewer__c: 'manager',
            Seller__c: 'seller',
            ...snapshot
        });
    });

    it.each<[ReviewTextField, string]>([
        ['intent', 'Intent__c'],
        ['sellerFocus', 'Seller_Focus__c'],
        ['sharedLearning', 'Shared_Learning__c']
    ])('saves the review text %s into %s, checked against the shown date', (which, apiName) => {
        expect(
            reviewTextInput(SCHEMA, {
                reviewId: 'rev',
                lastModifiedDate: SHOWN,
                field: which,
                text: 'Words'
            })
        ).toEqual({
            recordInput: { fields: { Id: 'rev', [apiName]: 'Words' } },
            clientOptions: CHECKED
        });
    });

    it('closes a review with its shared learning', () => {
        expect(
            closeReviewInput(SCHEMA, { reviewId: 'rev', lastModifiedDate: SHOWN, text: 'Learnt' })
        ).toEqual({
            recordInput: {
                fields: { Id: 'rev', Status__c: 'Closed', Shared_Learning__c: 'Learnt' }
            },
            clientOptions: CHECKED
        });
    });

    it.each([
        ['in the open review', 'rev', { Coaching_Review__c: 'rev' }],
        ['with no review open', undefined, {}]
    ])('adds a step %s', (_why, openReviewId, reviewField) => {
        expect(
            newStepInput(SCHEMA, {
                opportunityId: 'opp',
                openReviewId,
                action: 'Call the CFO',
                customerValue: 'Budget sign-off',
                dueDate: '2026-12-10'
            })
        ).toEqual({
            apiName: 'Seller_Next_Step__c',
            fields: {
                Opportunity__c: 'opp',
                Action__c: 'Call the CFO',
                Customer_Value__c: 'Budget sign-off',
                Due_Date__c: '2026-12-10',
                ...reviewField
            }
        });
    });

    it.each([
        ['a due date', '2026-12-10', '2026-12-10'],
        ['the due date cleared', undefined, null]
    ])('edits a step with %s', (_why, dueDate, sent) => {
        expect(
            editStepInput(SCHEMA, {
                id: 'step',
                lastModifiedDate: SHOWN,
                action: 'Call the CFO',
                customerValue: '',
                dueDate
            })
        ).toEqual({
            recordInput: {
                fields: {
                    Id: 'step',
                    Action__c: 'Call the CFO',
                    Customer_Value__c: '',
                    Due_Date__c: sent
                }
            },
            clientOptions: CHECKED
        });
    });

    it.each(['Done', 'Dropped'] as const)('marks a step %s', (status) => {
        expect(stepStatusInput(SCHEMA, { id: 'step', lastModifiedDate: SHOWN, status })).toEqual({
            recordInput: { fields: { Id: 'step', Status__c: status } },
            clientOptions: CHECKED
        });
    });

    it('asks a question with its kind', () => {
        expect(
            askQuestionInput(SCHEMA, {
                reviewId: 'rev',
                text: 'What would the CFO need to hear?',
                kind: 'Open question'
            })
        ).toEqual({
            apiName: 'Coaching_Question__c',
            fields: {
                Coaching_Review__c: 'rev',
                Question__c: 'What would the CFO need to hear?',
                Kind__c: 'Open question'
            }
        });
    });

    it.each([
        [
            'a first answer answers the question',
            false,
            { Answer__c: 'Words', Status__c: 'Answered' }
        ],
        ['an edited answer changes only its text', true, { Answer__c: 'Words' }]
    ])('%s', (_why, isEdit, fields) => {
        expect(
            answerInput(SCHEMA, {
                questionId: 'q',
                lastModifiedDate: SHOWN,
                text: 'Words',
                isEdit
            })
        ).toEqual({ recordInput: { fields: { Id: 'q', ...fields } }, clientOptions: CHECKED });
    });

    it.each<[QuestionChange, Record<string, unknown>, Record<string, unknown>]>([
        ['resolve', {}, { Status__c: 'Resolved' }],
        [
            'changedView',
            { note: 'The CFO signs alone' },
            { Changed_My_View__c: true, Changed_My_View_Note__c: 'The CFO signs alone' }
        ],
        [
            'setIdeaAside',
            { note: 'Legal already owns this' },
            { Idea_Response__c: 'Set aside', Response_Reason__c: 'Legal already owns this' }
        ],
        ['setIdeaAside', {}, { Idea_Response__c: 'Set aside', Response_Reason__c: null }],
        ['adoptIdea', {}, { Idea_Response__c: 'Adopted' }],
        ['withdraw', {}, { Status__c: 'Withdrawn' }],
        [
            'reword',
            { text: 'Who signs?', kind: 'Open question' },
            { Question__c: 'Who signs?', Kind__c: 'Open question' }
        ]
    ])('changes a question: %s %j', (change, values, fields) => {
        expect(
            questionChangeInput(SCHEMA, {
                questionId: 'q',
                lastModifiedDate: SHOWN,
                change,
                ...values
            })
        ).toEqual({ recordInput: { fields: { Id: 'q', ...fields } }, clientOptions: CHECKED });
    });

    it("marks the seller's question to their reviewer as the seller's", () => {
        expect(
            askQuestionInput(SCHEMA, {
                reviewId: 'rev',
                text: 'Can you join the CFO call?',
                kind: 'Closed question',
                askedBySeller: true
            }).fields
        ).toEqual({
            Coaching_Review__c: 'rev',
            Question__c: 'Can you join the CFO call?',
            Kind__c: 'Closed question',
            Asked_By__c: 'Seller'
        });
    });

    it('posts a reply under a question, and lets its author edit or withdraw it', () => {
        expect(postReplyInput(SCHEMA, { questionId: 'q', text: 'Agreed.' })).toEqual({
            apiName: 'Coaching_Reply__c',
            fields: { Coaching_Question__c: 'q', Reply__c: 'Agreed.' }
        });
        expect(
            replyChangeInput(SCHEMA, { replyId: 'r', lastModifiedDate: SHOWN, text: 'Agreed!' })
        ).toEqual({
            recordInput: { fields: { Id: 'r', Reply__c: 'Agreed!' } },
            clientOptions: CHECKED
        });
        expect(
            replyChangeInput(SCHEMA, { replyId: 'r', lastModifiedDate: SHOWN, withdraw: true })
        ).toEqual({
            recordInput: { fields: { Id: 'r', Status__c: 'Withdrawn' } },
            clientOptions: CHECKED
        });
    });

    it("makes an adopted idea the seller's own step, in the seller's words, linked to the idea", () => {
        expect(
            adoptedStepInput(SCHEMA, {
                opportunityId: 'opp',
                reviewId: 'rev',
                questionId: 'q',
                action: 'Book a call with the CFO',
                customerValue: 'They need the numbers before the board',
                dueDate: '2026-12-10'
            })
        ).toEqual({
            apiName: 'Seller_Next_Step__c',
            fields: {
                Opportunity__c: 'opp',
                Coaching_Review__c: 'rev',
                Adopted_From_Question__c: 'q',
                Action__c: 'Book a call with the CFO',
                Customer_Value__c: 'They need the numbers before the board',
                Due_Date__c: '2026-12-10'
            }
        });
    });
});
