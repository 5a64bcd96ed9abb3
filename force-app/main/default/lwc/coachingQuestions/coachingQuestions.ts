import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import {
    countQuestions,
    orderForViewer,
    QUESTION_PAGE_SIZE,
    questionWindow
} from 'c/coachingModel';
import type { QuestionFilter, QuestionView, QuestionWindow, SaveReply } from 'c/coachingModel';
import { formatLabel } from 'c/coachingLabelFormat';
import type { QuestionDraft } from 'c/coachingAskForm';
import type { AnswerToggle } from 'c/coachingQuestionItem';
import LABELS from './labels';

export type { QuestionDraft } from 'c/coachingAskForm';
export type { AnswerDraft, IdeaAdoption, QuestionAction, ReplyDraft } from 'c/coachingQuestionItem';

interface FilterOption {
    label: string;
    value: QuestionFilter;
}

interface ListedQuestion {
    question: QuestionView;
    isHidden: boolean;
    answerOpen: boolean;
}

/**
 * A review's questions as a collapsible list for the viewer: counts and a filter, what waits on
 * the viewer first, one answer box open at a time, and at the top the manager's ask form, or the
 * seller's form for asking their reviewer. Passes the items' and the forms' saves on to the panel.
 */
export default class CoachingQuestions extends LightningElement {
    /** The review's questions, oldest first. */
    @api questions: QuestionView[] = [];
    /** The review new questions go into. */
    @api reviewId?: string;
    /** Whether the viewer may ask (a manager, while the review is open). */
    @api canAsk = false;
    /** Whether the viewer owns the deal: the text speaks to them. */
    @api viewerIsOwner = false;
    /** Whether the review is open: the seller may then ask their reviewer. */
    @api reviewIsOpen = false;

    labels = LABELS;
    filter: QuestionFilter = 'all';
    /** How many of the filter's questions show; "Show more" raises it, a new filter resets it. */
    limit = QUESTION_PAGE_SIZE;
    isExpanded = true;
    /** The question whose answer box is open; the others keep their drafts, closed. */
    openAnswerId?: string;
    /** An ask that failed keeps its form on screen, even once the review shows closed. */
    keepAskForm = false;

    /**
     * The order and the questions acted on stay put while the user works down the list: an answered
     * question neither jumps away nor leaves the filter (with the focus) until the filter changes.
     */
    private readonly kept: { order: string[]; actedOn: Set<string> } = {
        order: [],
        actedOn: new Set()
    };
    /** After "Show more", the questions hidden before it: focus goes to the first one now shown. */
    private focusAfterMore?: Set<string>;

    get hasQuestions(): boolean {
        return (this.questions ?? []).length > 0;
    }

    /** The seller asks their reviewer with their own form, never with the manager's. */
    get showAskForm(): boolean {
        return Boolean(this.reviewId) && !this.viewerIsOwner && (this.canAsk || this.keepAskForm);
    }

    get showSellerAskForm(): boolean {
        return (
            Boolean(this.reviewId) && this.viewerIsOwner && (this.reviewIsOpen || this.keepAskForm)
        );
    }

    get isSellerAskClosed(): boolean {
        return !this.reviewIsOpen;
    }

    get isAskClosed(): boolean {
        return !this.canAsk;
    }

    get filterOptions(): FilterOption[] {
        const counts = countQuestions(this.questions ?? []);
        const number = new Intl.NumberFormat(LOCALE);
        const mine = this.viewerIsOwner ? LABELS.filterMineSeller : LABELS.filterMineManager;
        const option = (template: string, value: QuestionFilter): FilterOption => ({
            label: formatLabel(template, number.format(counts[value])),
            value
        });
        return [
            option(LABELS.filterAll, 'all'),
            option(mine, 'mine'),
            option(LABELS.filterOpen, 'open'),
            option(LABELS.filterResolved, 'resolved')
        ];
    }

    get countText(): string {
        const counts = countQuestions(this.questions ?? []);
        const number = new Intl.NumberFormat(LOCALE);
        return formatLabel(LABELS.count, number.format(counts.mine), number.format(counts.all));
    }

    /**
     * Every question stays rendered, those filtered out or beyond the limit hidden, so no closed
     * draft is ever lost.
     */
    get listed(): ListedQuestion[] {
        const ordered = this.ordered();
        const { hiddenIds } = this.window(ordered);
        return ordered.map((question) => ({
            question,
            isHidden: hiddenIds.has(question.id),
            answerOpen: question.id === this.openAnswerId
        }));
    }

    get hasMore(): boolean {
        return this.window(this.ordered()).remaining > 0;
    }

    get showMoreText(): string {
        const { remaining } = this.window(this.ordered());
        const number = new Intl.NumberFormat(LOCALE);
        return formatLabel(
            LABELS.showMore,
            number.format(Math.min(QUESTION_PAGE_SIZE, remaining)),
            number.format(remaining)
        );
    }

    get isFilterEmpty(): boolean {
        return this.hasQuestions && this.listed.every((entry) => entry.isHidden);
    }

    get isCollapsed(): boolean {
        return !this.isExpanded;
    }

    get toggleIcon(): string {
        return this.isExpanded ? 'utility:chevrondown' : 'utility:chevronright';
    }

    get toggleText(): string {
        return this.isExpanded ? LABELS.hideSection : LABELS.showSection;
    }

    handleToggle(): void {
        this.isExpanded = !this.isExpanded;
    }

    handleFilterChange(event: CustomEvent<{ value: QuestionFilter }>): void {
        this.filter = event.detail.value;
        this.limit = QUESTION_PAGE_SIZE;
        this.kept.order = [];
        this.kept.actedOn.clear();
    }

    handleAnswerToggle(event: CustomEvent<AnswerToggle>): void {
        event.stopPropagation();
        const { questionId, open } = event.detail;
        this.kept.actedOn.add(questionId);
        if (open) {
            this.openAnswerId = questionId;
        } else if (this.openAnswerId === questionId) {
            this.openAnswerId = undefined;
        }
    }

    handleAsk(event: CustomEvent<QuestionDraft>): void {
        event.stopPropagation();
        const { reply } = event.detail;
        const wrapped: SaveReply = {
            saved: () => reply.saved(),
            failed: (message, isStale) => {
                this.keepAskForm = true;
                reply.failed(message, isStale);
            }
        };
        this.dispatchEvent(
            new CustomEvent('askquestion', { detail: { ...event.detail, reply: wrapped } })
        );
    }

    /** An item's save goes to the panel as it is: the item hears the outcome itself. */
    handleItemEvent(event: CustomEvent<{ questionId: string }>): void {
        event.stopPropagation();
        this.kept.actedOn.add(event.detail.questionId);
        this.dispatchEvent(new CustomEvent(event.type, { detail: event.detail }));
    }

    handleShowMore(): void {
        this.focusAfterMore = this.window(this.ordered()).hiddenIds;
        this.limit += QUESTION_PAGE_SIZE;
    }

    /** A keyboard user who asked for more lands on the first question it showed. */
    renderedCallback(): void {
        const before = this.focusAfterMore;
        if (!before) {
            return;
        }
        this.focusAfterMore = undefined;
        const items = this.template?.querySelectorAll<HTMLElement>('li.slds-item:not([hidden])');
        Array.from(items ?? [])
            .find((item) => before.has(item.dataset.id ?? ''))
            ?.focus();
    }

    private window(ordered: QuestionView[]): QuestionWindow {
        return questionWindow(
            ordered,
            this.filter,
            this.limit,
            this.kept.actedOn,
            this.openAnswerId
        );
    }

    /** The viewer's order, taken afresh only when the filter or the set of questions changes. */
    private ordered(): QuestionView[] {
        const questions = this.questions ?? [];
        const byId = new Map(questions.map((question) => [question.id, question]));
        const { kept } = this;
        const sameSet =
            kept.order.length === questions.length && kept.order.every((id) => byId.has(id));
        if (!sameSet) {
            kept.order = orderForViewer(questions).map((question) => question.id);
        }
        return kept.order.map((id) => byId.get(id)).filter((q): q is QuestionView => Boolean(q));
    }
}
