/**
 * Turns SOQL records into the GraphQL node shapes the panel's model reads, so the scripts count
 * and classify with the panel's own code (coachingModel and coachingLanguage) instead of a copy.
 * Each field list below is what its node needs; queries select these paths.
 */
import type {
    FieldValue,
    OpportunityNode,
    QuestionNode,
    ReviewNode,
    StepNode
} from 'c/coachingModel';
import { field, type FlatRecord } from './restRecords';

export const REVIEW_FIELDS = [
    'Id',
    'CreatedDate',
    'LastModifiedDate',
    'Opportunity__c',
    'Intent__c',
    'Seller_Focus__c',
    'Reviewer__c',
    'Reviewer__r.Name',
    'Seller__c',
    'Review_Date__c',
    'Status__c',
    'Shared_Learning__c'
] as const;

export const QUESTION_FIELDS = [
    'Id',
    'CreatedDate',
    'LastModifiedDate',
    'CreatedById',
    'Coaching_Review__c',
    'Question__c',
    'Kind__c',
    'Answer__c',
    'Answered_At__c',
    'Status__c',
    'Changed_My_View__c',
    'Idea_Response__c',
    'Asked_By__c'
] as const;

export const STEP_FIELDS = [
    'Id',
    'CreatedDate',
    'LastModifiedDate',
    'CreatedById',
    'Opportunity__c',
    'Coaching_Review__c',
    'Adopted_From_Question__c',
    'Action__c',
    'Customer_Value__c',
    'Due_Date__c',
    'Status__c'
] as const;

/**
 * A UI API field value.
 * @param value the value, or null
 * @returns `{ value }`
 */
export function fieldValue<T = string>(value: T | null): FieldValue<T> {
    return { value };
}

function text(record: FlatRecord, path: string): FieldValue {
    return fieldValue(field(record, path));
}

/**
 * An Opportunity node.
 * @param record a record with Id, Name and OwnerId
 * @returns the node
 */
export function opportunityNode(record: FlatRecord): OpportunityNode {
    return {
        Id: field(record, 'Id') ?? '',
        Name: text(record, 'Name'),
        OwnerId: text(record, 'OwnerId')
    };
}

/**
 * A Coaching_Review__c node.
 * @param record a record with REVIEW_FIELDS (missing ones read as empty)
 * @returns the node
 */
export function reviewNode(record: FlatRecord): ReviewNode {
    const reviewerName = field(record, 'Reviewer__r.Name');
    return {
        Id: field(record, 'Id') ?? '',
        LastModifiedDate: text(record, 'LastModifiedDate'),
        CreatedDate: text(record, 'CreatedDate'),
        Intent__c: text(record, 'Intent__c'),
        Seller_Focus__c: text(record, 'Seller_Focus__c'),
        Reviewer__c: text(record, 'Reviewer__c'),
        Reviewer__r: reviewerName === null ? null : { Name: fieldValue(reviewerName) },
        Seller__c: text(record, 'Seller__c'),
        Review_Date__c: text(record, 'Review_Date__c'),
        Status__c: text(record, 'Status__c'),
        Shared_Learning__c: text(record, 'Shared_Learning__c')
    };
}

/**
 * A Coaching_Question__c node.
 * @param record a record with QUESTION_FIELDS (missing ones read as empty)
 * @returns the node
 */
export function questionNode(record: FlatRecord): QuestionNode & { Asked_By__c: FieldValue } {
    return {
        Id: field(record, 'Id') ?? '',
        LastModifiedDate: text(record, 'LastModifiedDate'),
        CreatedDate: text(record, 'CreatedDate'),
        CreatedById: text(record, 'CreatedById'),
        Coaching_Review__c: text(record, 'Coaching_Review__c'),
        Question__c: text(record, 'Question__c'),
        Kind__c: text(record, 'Kind__c'),
        Answer__c: text(record, 'Answer__c'),
        Answered_At__c: text(record, 'Answered_At__c'),
        Status__c: text(record, 'Status__c'),
        Changed_My_View__c: fieldValue(field(record, 'Changed_My_View__c') === 'true'),
        Idea_Response__c: text(record, 'Idea_Response__c'),
        // Who asked decides whose question it is in the balance (the seller's are counted apart).
        Asked_By__c: text(record, 'Asked_By__c')
    };
}

/**
 * A Seller_Next_Step__c node.
 * @param record a record with STEP_FIELDS (missing ones read as empty)
 * @returns the node
 */
export function stepNode(record: FlatRecord): StepNode {
    return {
        Id: field(record, 'Id') ?? '',
        LastModifiedDate: text(record, 'LastModifiedDate'),
        CreatedDate: text(record, 'CreatedDate'),
        CreatedById: text(record, 'CreatedById'),
        Coaching_Review__c: text(record, 'Coaching_Review__c'),
        Adopted_From_Question__c: text(record, 'Adopted_From_Question__c'),
        Action__c: text(record, 'Action__c'),
        Customer_Value__c: text(record, 'Customer_Value__c'),
        Due_Date__c: text(record, 'Due_Date__c'),
        Status__c: text(record, 'Status__c')
    };
}
