// The objects and fields the panel writes, from schema imports so the platform checks each one.
import REVIEW_OBJECT from '@salesforce/schema/Coaching_Review__c';
import REVIEW_ID_FIELD from '@salesforce/schema/Coaching_Review__c.Id';
import REVIEW_OPPORTUNITY_FIELD from '@salesforce/schema/Coaching_Review__c.Opportunity__c';
import INTENT_FIELD from '@salesforce/schema/Coaching_Review__c.Intent__c';
import SELLER_FOCUS_FIELD from '@salesforce/schema/Coaching_Review__c.Seller_Focus__c';
import REVIEWER_FIELD from '@salesforce/schema/Coaching_Review__c.Reviewer__c';
import SELLER_FIELD from '@salesforce/schema/Coaching_Review__c.Seller__c';
import REVIEW_STATUS_FIELD from '@salesforce/schema/Coaching_Review__c.Status__c';
import SHARED_LEARNING_FIELD from '@salesforce/schema/Coaching_Review__c.Shared_Learning__c';
import CLOSE_DATE_AT_START_FIELD from '@salesforce/schema/Coaching_Review__c.Close_Date_At_Start__c';
import AMOUNT_AT_START_FIELD from '@salesforce/schema/Coaching_Review__c.Amount_At_Start__c';
import STAGE_AT_START_FIELD from '@salesforce/schema/Coaching_Review__c.Stage_At_Start__c';
import REVIEW_DATE_FIELD from '@salesforce/schema/Coaching_Review__c.Review_Date__c';
import HELPFULNESS_FIELD from '@salesforce/schema/Coaching_Review__c.Helpfulness__c';
import HELPFULNESS_NOTE_FIELD from '@salesforce/schema/Coaching_Review__c.Helpfulness_Note__c';
import QUESTION_OBJECT from '@salesforce/schema/Coaching_Question__c';
import QUESTION_ID_FIELD from '@salesforce/schema/Coaching_Question__c.Id';
import QUESTION_REVIEW_FIELD from '@salesforce/schema/Coaching_Question__c.Coaching_Review__c';
import QUESTION_TEXT_FIELD from '@salesforce/schema/Coaching_Question__c.Question__c';
import KIND_FIELD from '@salesforce/schema/Coaching_Question__c.Kind__c';
import ANSWER_FIELD from '@salesforce/schema/Coaching_Question__c.Answer__c';
import QUESTION_STATUS_FIELD from '@salesforce/schema/Coaching_Question__c.Status__c';
import CHANGED_MY_VIEW_FIELD from '@salesforce/schema/Coaching_Question__c.Changed_My_View__c';
import IDEA_RESPONSE_FIELD from '@salesforce/schema/Coaching_Question__c.Idea_Response__c';
import ASKED_BY_FIELD from '@salesforce/schema/Coaching_Question__c.Asked_By__c';
import RESPONSE_REASON_FIELD from '@salesforce/schema/Coaching_Question__c.Response_Reason__c';
import CHANGED_MY_VIEW_NOTE_FIELD from '@salesforce/schema/Coaching_Question__c.Changed_My_View_Note__c';
import REPLY_OBJECT from '@salesforce/schema/Coaching_Reply__c';
import REPLY_ID_FIELD from '@salesforce/schema/Coaching_Reply__c.Id';
import REPLY_QUESTION_FIELD from '@salesforce/schema/Coaching_Reply__c.Coaching_Question__c';
import REPLY_TEXT_FIELD from '@salesforce/schema/Coaching_Reply__c.Reply__c';
import REPLY_STATUS_FIELD from '@salesforce/schema/Coaching_Reply__c.Status__c';
import STEP_OBJECT from '@salesforce/schema/Seller_Next_Step__c';
import STEP_ID_FIELD from '@salesforce/schema/Seller_Next_Step__c.Id';
import STEP_OPPORTUNITY_FIELD from '@salesforce/schema/Seller_Next_Step__c.Opportunity__c';
import STEP_REVIEW_FIELD from '@salesforce/schema/Seller_Next_Step__c.Coaching_Review__c';
import ADOPTED_FROM_QUESTION_FIELD from '@salesforce/schema/Seller_Next_Step__c.Adopted_From_Question__c';
import ACTION_FIELD from '@salesforce/schema/Seller_Next_Step__c.Action__c';
import CUSTOMER_VALUE_FIELD from '@salesforce/schema/Seller_Next_Step__c.Customer_Value__c';
import DUE_DATE_FIELD from '@salesforce/schema/Seller_Next_Step__c.Due_Date__c';
import STEP_STATUS_FIELD from '@salesforce/schema/Seller_Next_Step__c.Status__c';
import type { CoachingSchema } from 'c/coachingModel';

const SCHEMA: CoachingSchema = Object.freeze({
    review: {
        object: REVIEW_OBJECT,
        id: REVIEW_ID_FIELD,
        opportunity: REVIEW_OPPORTUNITY_FIELD,
        intent: INTENT_FIELD,
        sellerFocus: SELLER_FOCUS_FIELD,
        reviewer: REVIEWER_FIELD,
        seller: SELLER_FIELD,
        status: REVIEW_STATUS_FIELD,
        sharedLearning: SHARED_LEARNING_FIELD,
        closeDateAtStart: CLOSE_DATE_AT_START_FIELD,
        amountAtStart: AMOUNT_AT_START_FIELD,
        stageAtStart: STAGE_AT_START_FIELD,
        reviewDate: REVIEW_DATE_FIELD,
        helpfulness: HELPFULNESS_FIELD,
        helpfulnessNote: HELPFULNESS_NOTE_FIELD
    },
    question: {
        object: QUESTION_OBJECT,
        id: QUESTION_ID_FIELD,
        review: QUESTION_REVIEW_FIELD,
        text: QUESTION_TEXT_FIELD,
        kind: KIND_FIELD,
        answer: ANSWER_FIELD,
        status: QUESTION_STATUS_FIELD,
        changedMyView: CHANGED_MY_VIEW_FIELD,
        ideaResponse: IDEA_RESPONSE_FIELD,
        askedBy: ASKED_BY_FIELD,
        responseReason: RESPONSE_REASON_FIELD,
        changedViewNote: CHANGED_MY_VIEW_NOTE_FIELD
    },
    reply: {
        object: REPLY_OBJECT,
        id: REPLY_ID_FIELD,
        question: REPLY_QUESTION_FIELD,
        text: REPLY_TEXT_FIELD,
        status: REPLY_STATUS_FIELD
    },
    step: {
        object: STEP_OBJECT,
        id: STEP_ID_FIELD,
        opportunity: STEP_OPPORTUNITY_FIELD,
        review: STEP_REVIEW_FIELD,
        adoptedFromQuestion: ADOPTED_FROM_QUESTION_FIELD,
        action: ACTION_FIELD,
        customerValue: CUSTOMER_VALUE_FIELD,
        dueDate: DUE_DATE_FIELD,
        status: STEP_STATUS_FIELD
    }
});

export default SCHEMA;

/** The rating fields, read as optional: only the seller and the reviewer are meant to see them. */
export const RATING_FIELDS: string[] = [
    `${REVIEW_OBJECT.objectApiName}.${HELPFULNESS_FIELD.fieldApiName}`,
    `${REVIEW_OBJECT.objectApiName}.${HELPFULNESS_NOTE_FIELD.fieldApiName}`
];

/** The coaching objects, whose access decides between the panel and the calm no-access note. */
export const COACHING_OBJECTS: string[] = [
    REVIEW_OBJECT.objectApiName,
    QUESTION_OBJECT.objectApiName,
    STEP_OBJECT.objectApiName,
    REPLY_OBJECT.objectApiName
];
