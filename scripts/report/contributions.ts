/**
 * What one question or one next step adds to the coaching report, decided by the panel's own
 * model: each record is given to buildPanelModel as a deal of one, and its balance says how the
 * panel counts it (kind, reclassified with coachingLanguage when Kind__c is empty; whether it
 * needs an answer and got one; hours to answer; idea adopted or set aside; directive set aside;
 * the seller's own question; changed view; step planned, done or dropped). The report then only
 * adds these up, so it cannot drift from the panel, and memory stays flat however many records
 * stream past.
 */
import { buildPanelModel, type PanelPayload } from 'c/coachingModel';
import type { CoachingKind } from 'c/coachingLanguage';
import { fieldValue, questionNode, reviewNode, stepNode } from '../lib/panelNodes';
import { field, type FlatRecord } from '../lib/restRecords';

export interface QuestionContribution {
    /** Undefined only for a question with no kind and no text. */
    kind?: CoachingKind;
    /**
     * A question of the reviewer's that stands: counted in the kinds and answers. Withdrawn
     * questions and the seller's own questions are not.
     */
    counted: boolean;
    /** Counted, and waiting for an answer or answered: not a statement, not released. */
    needsAnswer: boolean;
    answered: boolean;
    /** From CreatedDate to Answered_At__c, when both are set. */
    hoursToAnswer?: number;
    ideaAdopted: boolean;
    ideaSetAside: boolean;
    /** A directive the seller set aside with a reason. */
    directiveSetAside: boolean;
    /** A question the seller asked the reviewer. */
    sellerQuestion: boolean;
    changedMyView: boolean;
}

export type StepBucket = 'planned' | 'done' | 'dropped';

// Permissions and "now" play no part in the counts; these placeholders only satisfy the model.
const VIEWER = { userId: '', isManager: true, isAdmin: false };
const NOW = new Date(0);
const REVIEW_ID = 'report-review';
const STEP_ID = 'report-adopted-step';

function payload(
    questions: PanelPayload['Coaching_Question__c']['edges'],
    steps: PanelPayload['Seller_Next_Step__c']['edges']
): PanelPayload {
    return {
        Opportunity: { edges: [] },
        Coaching_Review__c: { edges: [{ node: reviewNode({ Id: REVIEW_ID }) }] },
        Coaching_Question__c: { edges: questions },
        Seller_Next_Step__c: { edges: steps }
    };
}

/**
 * How the panel counts one question.
 * @param record a question with the QUESTION_FIELDS the report selects
 * @param hasAdoptedStep whether a next step names it in Adopted_From_Question__c
 * @returns its contribution to the balance
 */
export function questionContribution(
    record: FlatRecord,
    hasAdoptedStep: boolean
): QuestionContribution {
    const node = { ...questionNode(record), Coaching_Review__c: fieldValue(REVIEW_ID) };
    const steps = hasAdoptedStep
        ? [{ node: stepNode({ Id: STEP_ID, Adopted_From_Question__c: node.Id }) }]
        : [];
    const model = buildPanelModel(payload([{ node }], steps), VIEWER, { now: NOW });
    const view = model.reviews[0].questions[0];
    const { balance } = model;
    return {
        kind: view.kind,
        counted: balance.questionCount > 0,
        needsAnswer: balance.questionsNeedingAnswer > 0,
        answered: balance.answeredShare > 0,
        hoursToAnswer: balance.medianHoursToAnswer,
        ideaAdopted: balance.ideasAdopted > 0,
        ideaSetAside: balance.ideasSetAside > 0,
        directiveSetAside: balance.directivesSetAside > 0,
        sellerQuestion: balance.sellerQuestions > 0,
        changedMyView: balance.changedViews > 0
    };
}

/**
 * How the panel counts one next step.
 * @param record a step with its Status__c
 * @returns planned, done or dropped
 */
export function stepContribution(record: FlatRecord): StepBucket {
    const node = stepNode({ Id: STEP_ID, Status__c: field(record, 'Status__c') });
    const { steps } = buildPanelModel(payload([], [{ node }]), VIEWER, { now: NOW }).balance;
    const buckets: StepBucket[] = ['planned', 'done', 'dropped'];
    return buckets.find((bucket) => steps[bucket] > 0) ?? 'planned';
}
