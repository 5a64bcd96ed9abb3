import { LightningElement, api } from 'lwc';
import { classifyCoachingText } from 'c/coachingLanguage';
import { openEdit, recordShown, staleSave } from 'c/coachingModel';
import type { EditBase, ReviewView } from 'c/coachingModel';
import type { TextFormDraft, TextFormSave } from 'c/coachingTextForm';
import type { CloseProgress, UnansweredChoice } from 'c/coachingCloseReview';
import { formatLabel } from 'c/coachingLabelFormat';
import LOCALE from '@salesforce/i18n/locale';
import LABELS from './labels';

/** A new review's intent, from the manager who starts it. */
export interface IntentDraft {
    key: string;
    text: string;
}

/** New text for one of a review's fields (intent, focus, shared learning), or the closing learning. */
export interface ReviewTextDraft {
    key: string;
    reviewId: string;
    lastModifiedDate: string;
    text: string;
}

/** The closing learning, and what happens to the questions still unanswered. */
export interface CloseDraft extends ReviewTextDraft {
    /** Absent when every question is answered. */
    unanswered?: UnansweredChoice;
}

/** The close form's unanswered-questions step, as the intent reads it. */
interface CloseChooser {
    choice?: UnansweredChoice;
    reportValidity(): boolean;
}

type EditKey = 'start' | 'intent' | 'focus' | 'learning' | 'close';

const EVENT_BY_KEY: Record<EditKey, string> = {
    start: 'startreview',
    intent: 'saveintent',
    focus: 'savefocus',
    learning: 'savelearning',
    close: 'closereview'
};

type TextKey = 'intent' | 'focus' | 'learning';

/** One of a review's texts, and what the viewer may do with it. */
interface TextSpec {
    key: TextKey;
    heading?: string;
    text: string;
    emptyText: string;
    formLabel: string;
    editLabel: string;
    canEdit: boolean;
    canClose?: boolean;
}

/** One of a review's texts as the template shows it: the text or its open form, and its buttons. */
interface TextSection {
    key: TextKey;
    heading?: string;
    /** The saved text, which an open form starts from. */
    value: string;
    /** The text, or what to say when there is none yet. */
    text: string;
    textClass: string;
    form?: {
        className: string;
        label: string;
        saveLabel: string;
        hint?: string;
        /** After a stale save, the text as it is now saved, shown above the user's draft. */
        savedText?: string;
        /** Whether this form writes the intent, which is read live for orders. */
        readsIntent: boolean;
        /** Whether this form closes the review, which first asks about unanswered questions. */
        isClosing: boolean;
    };
    editButton?: { className: string; label: string };
    showCloseButton: boolean;
}

/**
 * A review's intent, the seller's focus ("where I'd like help") and its shared learning, with the
 * forms to start a review, edit each text the viewer may edit, and close the review.
 */
export default class CoachingIntent extends LightningElement {
    /** Whether the viewer may start a new review (a manager, when no review is open). */
    @api canStartReview = false;
    /** While closing marks questions no answer needed: how far it has gone. */
    @api closeProgress?: CloseProgress;

    labels = LABELS;
    editing?: EditKey;
    savingKey?: string;
    errorMessage?: string;
    /** The open intent form's draft reads as an order. */
    intentReadsAsOrder = false;

    private currentReview?: ReviewView;
    /** The review's last-modified date the open form's save is checked against. */
    private editBase?: EditBase;
    /** The open form's last save was refused because someone else changed the review. */
    private wasStale = false;
    /** A save just failed: once the error shows, focus moves to it for keyboard users. */
    private errorNeedsFocus = false;

    /** The review shown; undefined when the deal has none. */
    @api
    get review(): ReviewView | undefined {
        return this.currentReview;
    }
    set review(value: ReviewView | undefined) {
        if (value?.id !== this.currentReview?.id && this.editing !== 'start') {
            // A form opened for one review must never save into another.
            this.closeForm();
        }
        this.currentReview = value;
        if (this.editBase) {
            this.editBase = recordShown(this.editBase, value?.lastModifiedDate);
        }
    }

    /** The save for `key` went through: the form closes. */
    @api
    saveSucceeded(key: string): void {
        if (key === this.editing) {
            this.closeForm();
        }
    }

    /**
     * The save for `key` failed: the form stays open with the user's text and says why. `isStale`
     * says someone else changed the review: the next save builds on their change once it is shown.
     */
    @api
    saveFailed(key: string, message: string, isStale = false): void {
        if (key === this.editing) {
            this.savingKey = undefined;
            this.errorMessage = message;
            this.errorNeedsFocus = true;
            if (isStale && this.editBase) {
                this.wasStale = true;
                this.editBase = staleSave(this.editBase, this.currentReview?.lastModifiedDate);
            }
        }
    }

    renderedCallback(): void {
        if (this.errorNeedsFocus) {
            this.errorNeedsFocus = false;
            const form = this.template?.querySelector<HTMLElement & { focusError?(): void }>(
                'c-coaching-text-form'
            );
            form?.focusError?.();
        }
    }

    get showStartButton(): boolean {
        return this.canStartReview && this.editing !== 'start';
    }

    get isStarting(): boolean {
        return this.canStartReview && this.editing === 'start';
    }

    get isSaving(): boolean {
        return this.savingKey !== undefined;
    }

    /** Said calmly under the intent form while its draft reads as an order. */
    get intentFlag(): string | undefined {
        return this.intentReadsAsOrder ? LABELS.readsAsDirective : undefined;
    }

    get statusLabel(): string {
        return this.currentReview?.isOpen ? LABELS.statusOpen : LABELS.statusClosed;
    }

    /** A closed review whose questions were kept open says so, to the seller and to others. */
    get closedOpenNote(): string | undefined {
        const review = this.currentReview;
        const count = review && !review.isOpen ? review.unansweredCount : 0;
        if (!review || count === 0) {
            return undefined;
        }
        const number = new Intl.NumberFormat(LOCALE).format(count);
        return review.questions.some((question) => question.canAnswer)
            ? formatLabel(LABELS.closedOpenForYou, number)
            : formatLabel(LABELS.closedOpenForSeller, number, review.sellerName);
    }

    /** The intent, the seller's focus and the shared learning, each with what the viewer may do. */
    get sections(): TextSection[] {
        const review = this.currentReview;
        if (!review) {
            return [];
        }
        const specs: TextSpec[] = [
            {
                key: 'intent',
                text: review.intent,
                emptyText: '',
                formLabel: LABELS.intentLabel,
                editLabel: LABELS.editIntent,
                canEdit: review.canEditIntent
            },
            {
                key: 'focus',
                // Each reader sees it from their side: the seller's "I", everyone else's "the seller".
                heading: review.canEditFocus ? LABELS.focusHeading : LABELS.focusHeadingOthers,
                text: review.sellerFocus,
                emptyText: LABELS.focusEmpty,
                formLabel: LABELS.focusLabel,
                editLabel: review.sellerFocus ? LABELS.editFocus : LABELS.addFocus,
                canEdit: review.canEditFocus
            },
            {
                key: 'learning',
                heading: LABELS.learningHeading,
                text: review.sharedLearning,
                emptyText: LABELS.learningEmpty,
                formLabel: LABELS.learningLabel,
                editLabel: review.sharedLearning ? LABELS.editLearning : LABELS.addLearning,
                canEdit: review.canShareLearning,
                canClose: review.canClose
            }
        ];
        return specs.map((spec) => this.toSection(spec));
    }

    handleStartClick(): void {
        this.openForm('start');
    }

    handleEditClick(event: Event): void {
        this.openForm((event.currentTarget as HTMLElement).dataset.key as TextKey);
    }

    handleCloseClick(): void {
        this.openForm('close');
    }

    /** Reads the intent as it is typed, with the same rules as a manager's questions. */
    handleIntentDraft(event: CustomEvent<TextFormDraft>): void {
        if (this.editing !== 'start' && this.editing !== 'intent') {
            return;
        }
        const text = event.detail.text.trim();
        this.intentReadsAsOrder = text !== '' && classifyCoachingText(text).kind === 'directive';
    }

    handleCancel(): void {
        this.closeForm();
    }

    handleSave(event: CustomEvent<TextFormSave>): void {
        const key = this.editing;
        if (!key) {
            return;
        }
        const chooser =
            key === 'close'
                ? (this.template?.querySelector('c-coaching-close-review') as CloseChooser | null)
                : null;
        if (chooser && !chooser.reportValidity()) {
            return;
        }
        this.savingKey = key;
        this.errorMessage = undefined;
        const text = event.detail.text;
        const review = this.currentReview;
        const base = this.editBase;
        const detail: IntentDraft | ReviewTextDraft | CloseDraft =
            key === 'start' || !review || !base
                ? { key, text }
                : {
                      key,
                      text,
                      reviewId: review.id,
                      lastModifiedDate: base.lastModifiedDate,
                      ...(chooser?.choice ? { unanswered: chooser.choice } : {})
                  };
        this.dispatchEvent(new CustomEvent(EVENT_BY_KEY[key], { detail }));
    }

    private toSection(spec: TextSpec): TextSection {
        // Closing a review means writing its learning, in the learning's place.
        const isClosing = spec.key === 'learning' && this.editing === 'close';
        const isOpen = isClosing || this.editing === spec.key;
        return {
            key: spec.key,
            heading: spec.heading,
            value: spec.text,
            text: spec.text || spec.emptyText,
            textClass: `${spec.key} slds-var-m-vertical_x-small${spec.text ? '' : ' slds-text-color_weak'}`,
            form: isOpen
                ? {
                      className: isClosing ? 'close-form' : `${spec.key}-form`,
                      label: spec.formLabel,
                      saveLabel: isClosing ? LABELS.closeSave : LABELS.save,
                      hint: isClosing ? LABELS.closeHint : undefined,
                      // Their change is hidden behind the open form; after a stale save it shows.
                      savedText: this.wasStale ? spec.text : undefined,
                      readsIntent: spec.key === 'intent',
                      isClosing
                  }
                : undefined,
            editButton:
                spec.canEdit && !isOpen
                    ? { className: `edit-${spec.key}`, label: spec.editLabel }
                    : undefined,
            showCloseButton: Boolean(spec.canClose) && !isClosing
        };
    }

    private openForm(key: EditKey): void {
        // Closing carries on the learning form's draft, and so the date that draft started from.
        const keepsDraft = key === 'close' && this.editing === 'learning';
        if (!keepsDraft) {
            const date = key === 'start' ? undefined : this.currentReview?.lastModifiedDate;
            this.editBase = date ? openEdit(date) : undefined;
            this.wasStale = false;
        }
        this.editing = key;
        this.savingKey = undefined;
        this.errorMessage = undefined;
        // An intent opened for editing is read as it stands, before any key is pressed
        const intent = key === 'intent' ? this.currentReview?.intent.trim() : '';
        this.intentReadsAsOrder =
            Boolean(intent) && classifyCoachingText(intent ?? '').kind === 'directive';
    }

    private closeForm(): void {
        this.editing = undefined;
        this.editBase = undefined;
        this.wasStale = false;
        this.savingKey = undefined;
        this.errorMessage = undefined;
        this.intentReadsAsOrder = false;
    }
}
