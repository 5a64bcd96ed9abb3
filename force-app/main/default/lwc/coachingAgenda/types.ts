import type { PanelModel } from 'c/coachingModel';

/**
 * The deal's values when a review started, kept on the review (the `*_At_Start__c` fields), so
 * the next review can say what changed since.
 */
export interface ReviewSnapshot {
    reviewId: string;
    /** The review's date, else the day it was created, YYYY-MM-DD. */
    takenOn: string;
    closeDate?: string;
    amount?: number | null;
    stage?: string;
}

/** One open deal as the page or the script reads it. */
export interface DealInput {
    id: string;
    name: string;
    accountName: string;
    ownerId: string;
    ownerName: string;
    stage: string;
    /** ForecastCategoryName: Pipeline, Best Case, Commit, Omitted, Closed. */
    forecastCategory: string;
    amount: number | null;
    closeDate: string;
    /** LastActivityDate; null when the deal never had one, undefined when it was not read. */
    lastActivityDate?: string | null;
    /** How many contact roles the deal has; undefined when they were not read. */
    contactRoleCount?: number;
    /** The snapshots of the deal's reviews, in any order. */
    snapshots: ReviewSnapshot[];
    /** The deal's coaching, through the panel's own model. */
    model: PanelModel;
}

export interface AgendaQuestion {
    id: string;
    text: string;
    /** The Kind__c picklist value, or undefined when the text gives none. */
    kind?: string;
    waitedDays: number;
}

export interface AgendaStep {
    id: string;
    action: string;
    dueDate?: string;
}

export type ChangeKind =
    | 'closeDatePushed'
    | 'closeDatePulledIn'
    | 'stageMovedBack'
    | 'stageMovedForward'
    | 'stageChanged'
    | 'stageUnchanged'
    | 'amountUp'
    | 'amountDown';

/** One change since the last review's snapshot. */
export interface DealChange {
    kind: ChangeKind;
    from: string;
    to: string;
    /** Days the close date moved, or the amount's difference; 0 for stages. */
    by: number;
}

export type SignalKind =
    | 'closePushedTwice'
    | 'stageStalled'
    | 'noRecentActivity'
    | 'singleContactRole'
    | 'nextStepOverdue';

/** A risk signal and the open question the manager may ask about it. */
export interface RiskSignal {
    kind: SignalKind;
    /** The Custom Label holding the question to offer, e.g. Coaching_Pipeline_Prompt_StageStalled. */
    promptLabel: string;
    /** The figure behind it: pushes, days without a stage change or activity, roles, overdue steps. */
    count: number;
}

export interface AgendaDeal {
    id: string;
    name: string;
    accountName: string;
    ownerId: string;
    ownerName: string;
    stage: string;
    forecastCategory: string;
    amount: number | null;
    closeDate: string;
    /** Negative when the close date has passed. */
    daysToClose: number;
    review?: {
        id: string;
        date?: string;
        isOpen: boolean;
        reviewerName: string;
        intent: string;
        sellerFocus: string;
    };
    /** The focus the seller prepared for the next review, while no manager has opened it. */
    preparedFocus?: string;
    /** The newest review's date, else the day it was created. */
    lastReviewDate?: string;
    openQuestions: AgendaQuestion[];
    plannedSteps: AgendaStep[];
    overdueSteps: AgendaStep[];
    questionCount: number;
    directiveCount: number;
    reviewsLast30Days: number;
    isOverReviewed: boolean;
    /** Against the newest review's snapshot; empty when no review has one. */
    changes: DealChange[];
    /** The snapshot the changes compare with. */
    changesSince?: string;
    signals: RiskSignal[];
}

export interface SellerSummary {
    dealCount: number;
    amount: number;
    openQuestions: number;
    overdueSteps: number;
    questionCount: number;
    directiveCount: number;
    /** Directives as a share of the seller's questions, 0..1 (0 without questions). */
    directiveShare: number;
    lastReviewDate?: string;
    signalCount: number;
}

export interface SellerGroup {
    sellerId: string;
    sellerName: string;
    deals: AgendaDeal[];
    summary: SellerSummary;
}

export type ClosePeriod = 'all' | 'thisQuarter' | 'nextQuarter' | 'custom';

export interface AgendaFilter {
    closePeriod?: ClosePeriod;
    /** With `custom`: either end may be left open. YYYY-MM-DD, inclusive. */
    closeFrom?: string;
    closeTo?: string;
    /** ForecastCategoryName values to keep; empty or missing keeps every category. */
    forecastCategories?: string[];
    sellerId?: string;
    minAmount?: number;
}

export type AgendaSort = 'closeDate' | 'amount' | 'signals' | 'name' | 'lastReview';

export interface AgendaOptions {
    /** Today where the viewer is, YYYY-MM-DD. */
    today: string;
    /** The month the fiscal year starts in, 1..12 (the org's fiscal year settings; default 1). */
    fiscalYearStartMonth?: number;
    filter?: AgendaFilter;
    sort?: AgendaSort;
    /** Newest first; default false (soonest, smallest, fewest first). */
    descending?: boolean;
}

export interface AgendaCounts {
    /** Every deal loaded. */
    total: number;
    /** Deals left by the filters. */
    shown: number;
    sellers: number;
    /** Shown deals with at least one risk signal. */
    atRisk: number;
    amount: number;
}

export interface AgendaView {
    groups: SellerGroup[];
    counts: AgendaCounts;
    /** The close-date range the period filter applied, when it applied one. */
    closeRange?: { from?: string; to?: string };
}

export interface DealOptions {
    /** The current moment, for how long questions waited. */
    now: Date;
    /** Today where the viewer is, YYYY-MM-DD. */
    today: string;
    /** The stage picklist in sales-process order; without it a stage change has no direction. */
    stageOrder?: readonly string[];
    /** Days without a stage change that earn the stalled signal (default 30). */
    stalledDays?: number;
    /** Days without activity that earn the quiet signal (default 14). */
    quietDays?: number;
}
