import { kindToPicklistValue } from 'c/coachingLanguage';
import { daysBetween, daysSince } from 'c/coachingModel';
import type { NextStepView } from 'c/coachingModel';
import { dealChanges } from './changes';
import { riskSignals } from './signals';
import type { AgendaDeal, AgendaStep, DealInput, DealOptions } from './types';

function toStep(step: NextStepView): AgendaStep {
    return { id: step.id, action: step.action, dueDate: step.dueDate };
}

/**
 * One deal of the agenda: its current review, waiting questions, the seller's steps, what changed
 * since the last review and its risk signals, all counted by the panel's own model.
 * @param deal the deal, its snapshots and its panel model
 * @param options now, today and the thresholds
 * @returns the agenda item
 */
export function agendaDeal(deal: DealInput, options: DealOptions): AgendaDeal {
    const model = deal.model;
    const review = model.currentReview;
    const newest = model.reviews[0];
    const planned = model.nextSteps.filter((step) => step.status === 'Planned');
    const overdue = planned.filter((step) => step.isOverdue);
    const { since, changes } = dealChanges(deal, options.stageOrder);
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
        daysToClose: deal.closeDate ? daysBetween(options.today, deal.closeDate) : 0,
        review: review && {
            id: review.id,
            date: review.reviewDate,
            isOpen: review.isOpen,
            reviewerName: review.reviewerName,
            intent: review.intent,
            sellerFocus: review.sellerFocus
        },
        preparedFocus: model.requestedReview?.sellerFocus || undefined,
        lastReviewDate: newest && (newest.reviewDate ?? newest.createdDate.slice(0, 10)),
        openQuestions: (review?.questions ?? [])
            .filter((question) => question.status === 'Open')
            .map((question) => ({
                id: question.id,
                text: question.text,
                kind: question.kind && kindToPicklistValue(question.kind),
                waitedDays: daysSince(question.createdDate, options.now)
            })),
        plannedSteps: planned.filter((step) => !step.isOverdue).map(toStep),
        overdueSteps: overdue.map(toStep),
        questionCount: model.balance.questionCount,
        directiveCount: model.balance.byKind.directive,
        reviewsLast30Days: model.balance.reviewsLast30Days,
        isOverReviewed: model.balance.isOverReviewed,
        changes,
        changesSince: since?.takenOn,
        signals: riskSignals(deal, {
            today: options.today,
            overdueSteps: overdue.length,
            stalledDays: options.stalledDays,
            quietDays: options.quietDays
        })
    };
}
