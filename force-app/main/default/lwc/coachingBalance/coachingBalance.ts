import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import type { CoachingBalance as BalanceModel } from 'c/coachingModel';
import { formatLabel } from 'c/coachingLabelFormat';
import LABELS from './labels';

/**
 * The deal's coaching balance: what kinds of questions were asked, how they were answered, the
 * seller's steps and ideas, and a gentle note when the deal is reviewed very often.
 */
export default class CoachingBalance extends LightningElement {
    /** The balance the panel's model computed. */
    @api balance?: BalanceModel;

    labels = LABELS;

    get hasMedian(): boolean {
        return this.balance?.medianHoursToAnswer !== undefined;
    }

    get overReviewedNote(): string {
        const count = new Intl.NumberFormat(LOCALE).format(this.balance?.reviewsLast30Days ?? 0);
        return formatLabel(LABELS.overReviewed, count);
    }
}
