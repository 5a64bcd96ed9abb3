import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/coachingLabelFormat';
import LOCALE from '@salesforce/i18n/locale';
import LABELS from './labels';

/** What happens to a closing review's unanswered questions. */
export type UnansweredChoice = 'keepOpen' | 'noAnswerNeeded';

/** How far marking questions "no answer needed" has gone. */
export interface CloseProgress {
    done: number;
    total: number;
}

/**
 * The unanswered-questions step of closing a review: says how many questions still wait for the
 * seller and asks, with no default, whether to keep them open for the seller or mark them no
 * answer needed. Says nothing when every question is answered.
 */
export default class CoachingCloseReview extends LightningElement {
    /** Questions still waiting for the seller's answer. */
    @api unansweredCount = 0;
    /** The seller's name, for "keep them open for <seller>". */
    @api sellerName = '';
    /** While questions are being marked: how many are done, of how many. */
    @api progress?: CloseProgress;

    labels = LABELS;
    chosen?: UnansweredChoice;
    errorMessage?: string;

    /** The reviewer's choice; undefined until they make one (or when nothing is unanswered). */
    @api
    get choice(): UnansweredChoice | undefined {
        return this.hasUnanswered ? this.chosen : undefined;
    }

    /**
     * Whether closing may go on: nothing is unanswered, or a choice is made. Otherwise says what
     * to do and moves the focus to the choice.
     */
    @api
    reportValidity(): boolean {
        if (!this.hasUnanswered || this.chosen) {
            this.errorMessage = undefined;
            return true;
        }
        this.errorMessage = this.isOne ? LABELS.choiceRequiredOne : LABELS.choiceRequired;
        this.template?.querySelector<HTMLElement>('lightning-radio-group')?.focus();
        return false;
    }

    get hasUnanswered(): boolean {
        return this.unansweredCount > 0;
    }

    /** One question is "it" and several are "them", so each sentence has a label for each. */
    get isOne(): boolean {
        return this.unansweredCount === 1;
    }

    get seller(): string {
        return this.sellerName || LABELS.sellerFallback;
    }

    get warning(): string {
        const template = this.isOne ? LABELS.unansweredOne : LABELS.unansweredMany;
        return formatLabel(
            template,
            new Intl.NumberFormat(LOCALE).format(this.unansweredCount),
            this.seller
        );
    }

    get choiceLabel(): string {
        return this.isOne ? LABELS.choiceLabelOne : LABELS.choiceLabel;
    }

    get options(): { label: string; value: UnansweredChoice }[] {
        const one = this.isOne;
        return [
            {
                label: formatLabel(one ? LABELS.keepOpenOne : LABELS.keepOpen, this.seller),
                value: 'keepOpen'
            },
            {
                label: one ? LABELS.noAnswerNeededOne : LABELS.noAnswerNeeded,
                value: 'noAnswerNeeded'
            }
        ];
    }

    get isWorking(): boolean {
        return Boolean(this.progress);
    }

    get progressText(): string | undefined {
        const progress = this.progress;
        if (!progress) {
            return undefined;
        }
        const number = new Intl.NumberFormat(LOCALE);
        return formatLabel(
            progress.total === 1 ? LABELS.progressOne : LABELS.progress,
            number.format(progress.done),
            number.format(progress.total)
        );
    }

    get progressPercent(): number {
        const progress = this.progress;
        return progress && progress.total > 0
            ? Math.round((progress.done / progress.total) * 100)
            : 0;
    }

    handleChange(event: CustomEvent<{ value: UnansweredChoice }>): void {
        this.chosen = event.detail.value;
        this.errorMessage = undefined;
    }
}
