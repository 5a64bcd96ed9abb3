import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import type { CoachingBalance as BalanceModel } from 'c/coachingModel';
import { formatLabel } from 'c/coachingLabelFormat';
import LABELS from './labels';

// Below this many hours the median shows one decimal ("2.5 hours"); from it on, whole hours.
const WHOLE_HOURS_FROM = 10;

/**
 * A number for the locale in a unit's label, singular or plural as the formatted number reads.
 * @param value the number
 * @param fractionDigits the most decimals to show
 * @param one the label for a number that reads as one, such as "{0} hour"
 * @param other the label for any other number, such as "{0} hours"
 * @returns the filled label
 */
function formatInUnit(value: number, fractionDigits: number, one: string, other: string): string {
    const options = { maximumFractionDigits: fractionDigits };
    const number = new Intl.NumberFormat(LOCALE, options).format(value);
    const plural = new Intl.PluralRules(LOCALE, options).select(value);
    return formatLabel(plural === 'one' ? one : other, number);
}

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

    /** The median time to answer: minutes under an hour, else hours (one decimal below ten). */
    get medianTimeText(): string {
        const hours = this.balance?.medianHoursToAnswer ?? 0;
        const minutes = Math.round(hours * 60);
        if (minutes < 60) {
            return formatInUnit(minutes, 0, LABELS.minute, LABELS.minutes);
        }
        const fractionDigits = hours < WHOLE_HOURS_FROM ? 1 : 0;
        return formatInUnit(hours, fractionDigits, LABELS.hour, LABELS.hours);
    }

    get overReviewedNote(): string {
        const count = new Intl.NumberFormat(LOCALE).format(this.balance?.reviewsLast30Days ?? 0);
        return formatLabel(LABELS.overReviewed, count);
    }
}
