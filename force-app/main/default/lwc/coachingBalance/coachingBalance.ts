import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import { kindShares } from 'c/coachingModel';
import type { CoachingBalance as BalanceModel } from 'c/coachingModel';
import type { CoachingKind } from 'c/coachingLanguage';
import { formatLabel } from 'c/coachingLabelFormat';
import LABELS from './labels';

const KIND_LABELS: Record<CoachingKind, string> = {
    'open-question': LABELS.openShare,
    'closed-question': LABELS.closedShare,
    suggestion: LABELS.suggestionShare,
    directive: LABELS.directiveShare,
    statement: LABELS.statementShare
};

/** One row of how the questions read. */
interface KindRow {
    kind: CoachingKind;
    /** The key of the row's value, beside the kind keying its name. */
    valueKey: string;
    label: string;
    /** The share and the count, such as "67% (4)", for the user's locale. */
    shareText: string;
}

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
 * seller's steps and ideas. The over-review note sits with "Start a review", in the panel.
 */
export default class CoachingBalance extends LightningElement {
    /** The balance the panel's model computed. */
    @api balance?: BalanceModel;

    labels = LABELS;

    /** Every kind asked, with shares that add up to 100%. */
    get kindRows(): KindRow[] {
        if (!this.balance) {
            return [];
        }
        const percent = new Intl.NumberFormat(LOCALE, { style: 'percent' });
        const number = new Intl.NumberFormat(LOCALE);
        return kindShares(this.balance.byKind).map((entry) => ({
            kind: entry.kind,
            valueKey: `${entry.kind}-share`,
            label: KIND_LABELS[entry.kind],
            // One label for both, so the space between them (or any other order) is the translator's.
            shareText: formatLabel(
                LABELS.kindShare,
                percent.format(entry.percent / 100),
                number.format(entry.count)
            )
        }));
    }

    get hasKinds(): boolean {
        return this.kindRows.length > 0;
    }

    /** Directives the seller set aside with a reason: pushback, shown as the healthy sign it is. */
    get hasPushback(): boolean {
        return (this.balance?.directivesSetAside ?? 0) > 0;
    }

    get pushbackText(): string {
        return formatInUnit(
            this.balance?.directivesSetAside ?? 0,
            0,
            LABELS.pushbackNoteOne,
            LABELS.pushbackNoteOther
        );
    }

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
}
