import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import { foldThread } from 'c/coachingModel';
import type { ReplyView, SaveReply } from 'c/coachingModel';
import { formatLabel } from 'c/coachingLabelFormat';
import type { RowAction, RowActionEvent } from 'c/coachingRowActions';
import LABELS from './labels';

/** A reply posted, edited or withdrawn; `reply` tells the thread how the save went. */
export interface ReplyDraft {
    questionId: string;
    change: 'post' | 'edit' | 'withdraw';
    /** The reply edited or withdrawn, as its author last saw it. */
    replyId?: string;
    lastModifiedDate?: string;
    text?: string;
    reply: SaveReply;
}

interface ThreadEntry extends ReplyView {
    createdTime: number;
    isEditing: boolean;
    isConfirming: boolean;
    showActions: boolean;
    error?: string;
}

const ACTIONS: RowAction[] = [
    { name: 'edit', label: LABELS.edit },
    { name: 'withdraw', label: LABELS.withdraw }
];

/**
 * The replies under one question, oldest first and folded to the latest few; a reply box for the
 * reviewer and the seller that keeps its draft when closed or refused; each author edits or
 * withdraws their own reply (withdrawn replies stay, marked). Sends `replychange`.
 */
export default class CoachingReplies extends LightningElement {
    /** The question's replies, oldest first. */
    @api replies: ReplyView[] = [];
    /** The question the replies are under. */
    @api questionId?: string;
    /** The question's text, which names the thread for screen readers. */
    @api questionText = '';
    /** Whether the viewer may post a reply (the reviewer or the seller). */
    @api canReply = false;

    labels = LABELS;
    actions = ACTIONS;
    isUnfolded = false;
    isComposing = false;
    draft = '';
    isPosting = false;
    postError?: string;
    editingId?: string;
    editDraft = '';
    editBase?: string;
    confirmingId?: string;
    /** The reply whose edit or withdrawal is being saved. */
    savingId?: string;
    /** The reply a refused edit or withdrawal belongs to, and why it was refused. */
    errorId?: string;
    rowError?: string;

    private focusSelector?: string;

    renderedCallback(): void {
        const selector = this.focusSelector;
        if (selector) {
            this.focusSelector = undefined;
            this.template?.querySelector<HTMLElement>(selector)?.focus();
        }
    }

    get threadLabel(): string {
        return formatLabel(LABELS.threadLabel, this.questionText);
    }

    get hasReplies(): boolean {
        return (this.replies ?? []).length > 0;
    }

    get entries(): ThreadEntry[] {
        const keep = new Set([this.editingId, this.confirmingId, this.errorId].filter(Boolean));
        const { shown } = foldThread(this.replies ?? [], this.isUnfolded, keep as Set<string>);
        return shown.map((reply) => ({
            ...reply,
            createdTime: Date.parse(reply.createdDate),
            isEditing: reply.id === this.editingId,
            isConfirming: reply.id === this.confirmingId,
            showActions:
                reply.canEdit && reply.id !== this.editingId && reply.id !== this.confirmingId,
            error: reply.id === this.errorId ? this.rowError : undefined
        }));
    }

    get hiddenCount(): number {
        return foldThread(this.replies ?? [], false).hidden;
    }

    get showEarlierText(): string {
        return formatLabel(
            LABELS.showEarlier,
            new Intl.NumberFormat(LOCALE).format(this.hiddenCount)
        );
    }

    get canFold(): boolean {
        return this.hiddenCount > 0;
    }

    get foldToggleLabel(): string {
        return this.isUnfolded ? LABELS.showFewer : this.showEarlierText;
    }

    get isRowSaving(): boolean {
        return this.savingId !== undefined;
    }

    get showReplyToggle(): boolean {
        return this.canReply && !this.isComposing;
    }

    get replyToggleLabel(): string {
        return this.draft.trim() ? LABELS.continueReply : LABELS.reply;
    }

    get isPostDisabled(): boolean {
        return this.isPosting || this.draft.trim().length === 0;
    }

    get isEditSaveDisabled(): boolean {
        return this.isRowSaving || this.editDraft.trim().length === 0;
    }

    handleFoldToggle(): void {
        this.isUnfolded = !this.isUnfolded;
        // Focus stays on the button, which now reads the other way.
        this.focusSelector = '.fold-toggle';
    }

    handleReplyToggle(): void {
        this.isComposing = true;
        this.focusSelector = '.reply-input';
    }

    handleDraftInput(event: CustomEvent<{ value: string }>): void {
        this.draft = event.detail.value ?? '';
    }

    /** Closing keeps the draft: the toggle then offers to continue it. */
    handleReplyCancel(): void {
        this.isComposing = false;
        this.postError = undefined;
        this.focusSelector = '.reply-toggle';
    }

    handleComposerKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.handleReplyCancel();
        }
    }

    handlePost(): void {
        if (this.isPostDisabled || !this.questionId) {
            return;
        }
        this.isPosting = true;
        this.postError = undefined;
        this.send({
            questionId: this.questionId,
            change: 'post',
            text: this.draft.trim(),
            reply: {
                saved: () => {
                    this.isPosting = false;
                    this.draft = '';
                    this.isComposing = false;
                    this.focusSelector = '.reply-toggle';
                },
                failed: (message) => {
                    this.isPosting = false;
                    this.postError = message;
                    this.focusSelector = '.post-error';
                }
            }
        });
    }

    handleRowAction(event: CustomEvent<RowActionEvent>): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        const reply = (this.replies ?? []).find((candidate) => candidate.id === id);
        if (!reply || this.isRowSaving) {
            return;
        }
        this.clearRowError();
        if (event.detail.name === 'edit') {
            this.editingId = reply.id;
            this.editDraft = reply.text;
            this.editBase = reply.lastModifiedDate;
            this.confirmingId = undefined;
            this.focusSelector = '.edit-input';
        } else {
            this.confirmingId = reply.id;
            this.editingId = undefined;
            this.focusSelector = '.withdraw-confirm';
        }
    }

    handleEditInput(event: CustomEvent<{ value: string }>): void {
        this.editDraft = event.detail.value ?? '';
    }

    handleEditKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') {
            event.stopPropagation();
            this.handleEditCancel();
        }
    }

    handleEditCancel(): void {
        this.focusSelector = `li[data-id="${this.editingId}"]`;
        this.editingId = undefined;
        this.clearRowError();
    }

    handleEditSave(): void {
        const id = this.editingId;
        if (!id || this.isEditSaveDisabled || !this.questionId) {
            return;
        }
        this.savingId = id;
        this.clearRowError();
        this.send({
            questionId: this.questionId,
            change: 'edit',
            replyId: id,
            lastModifiedDate: this.editBase,
            text: this.editDraft.trim(),
            reply: {
                saved: () => {
                    this.savingId = undefined;
                    this.editingId = undefined;
                    this.focusSelector = `li[data-id="${id}"]`;
                },
                failed: (message) => this.rowFailed(id, message)
            }
        });
    }

    handleWithdrawKeep(): void {
        this.focusSelector = `li[data-id="${this.confirmingId}"]`;
        this.confirmingId = undefined;
        this.clearRowError();
    }

    handleWithdrawConfirm(): void {
        const id = this.confirmingId;
        const reply = (this.replies ?? []).find((candidate) => candidate.id === id);
        if (!id || !reply || this.isRowSaving || !this.questionId) {
            return;
        }
        this.savingId = id;
        this.clearRowError();
        this.send({
            questionId: this.questionId,
            change: 'withdraw',
            replyId: id,
            lastModifiedDate: reply.lastModifiedDate,
            reply: {
                saved: () => {
                    this.savingId = undefined;
                    this.confirmingId = undefined;
                    this.focusSelector = `li[data-id="${id}"]`;
                },
                failed: (message) => this.rowFailed(id, message)
            }
        });
    }

    private rowFailed(id: string, message: string): void {
        this.savingId = undefined;
        this.errorId = id;
        this.rowError = message;
        this.focusSelector = '.row-error';
    }

    private clearRowError(): void {
        this.errorId = undefined;
        this.rowError = undefined;
    }

    private send(detail: ReplyDraft): void {
        this.dispatchEvent(new CustomEvent('replychange', { detail }));
    }
}
