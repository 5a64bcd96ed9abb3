import { daysBetween } from 'c/coachingModel';
import { closeDatePushes, stageKnownSince } from './changes';
import type { DealInput, RiskSignal, SignalKind } from './types';

/** Days in one stage before the deal reads as stalled. */
export const DEFAULT_STALLED_DAYS = 30;
/** Days without a logged activity before the deal reads as quiet. */
export const DEFAULT_QUIET_DAYS = 14;
/** Close-date pushes that make a pattern rather than an event. */
export const PUSHES_FOR_SIGNAL = 2;

/** The Custom Label holding the open question offered for each signal. */
export const PROMPT_LABELS: Readonly<Record<SignalKind, string>> = Object.freeze({
    closePushedTwice: 'Coaching_Pipeline_Prompt_ClosePushed',
    stageStalled: 'Coaching_Pipeline_Prompt_StageStalled',
    noRecentActivity: 'Coaching_Pipeline_Prompt_NoActivity',
    singleContactRole: 'Coaching_Pipeline_Prompt_SingleContact',
    nextStepOverdue: 'Coaching_Pipeline_Prompt_StepOverdue'
});

export interface SignalOptions {
    today: string;
    overdueSteps: number;
    stalledDays?: number;
    quietDays?: number;
}

function signal(kind: SignalKind, count: number): RiskSignal {
    return { kind, promptLabel: PROMPT_LABELS[kind], count };
}

/**
 * The deal's risk signals, each with the question to offer; a signal whose data was not read is
 * never raised.
 * @param deal the deal as it is now, with its snapshots
 * @param options today, the overdue step count and the thresholds
 * @returns the signals in a fixed order: close date, stage, activity, contacts, steps
 */
export function riskSignals(deal: DealInput, options: SignalOptions): RiskSignal[] {
    const found: RiskSignal[] = [];
    const pushes = closeDatePushes(deal);
    if (pushes >= PUSHES_FOR_SIGNAL) {
        found.push(signal('closePushedTwice', pushes));
    }
    const stageSince = stageKnownSince(deal);
    if (stageSince) {
        const days = daysBetween(stageSince, options.today);
        if (days >= (options.stalledDays ?? DEFAULT_STALLED_DAYS)) {
            found.push(signal('stageStalled', days));
        }
    }
    if (deal.lastActivityDate !== undefined) {
        const quietDays = options.quietDays ?? DEFAULT_QUIET_DAYS;
        const days =
            deal.lastActivityDate === null
                ? undefined
                : daysBetween(deal.lastActivityDate, options.today);
        if (days === undefined || days >= quietDays) {
            // A deal with no activity ever counts as quiet for the whole window.
            found.push(signal('noRecentActivity', days ?? quietDays));
        }
    }
    if (deal.contactRoleCount !== undefined && deal.contactRoleCount <= 1) {
        found.push(signal('singleContactRole', deal.contactRoleCount));
    }
    if (options.overdueSteps > 0) {
        found.push(signal('nextStepOverdue', options.overdueSteps));
    }
    return found;
}
