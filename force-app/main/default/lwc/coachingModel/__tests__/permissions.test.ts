import {
    canEditStep,
    panelPermissions,
    questionPermissions,
    reviewPermissions,
    sameId,
    toActor
} from '../permissions';
import type { Actor } from '../permissions';

const OWNER = '005000000000001AAA';
const MANAGER = '005000000000002AAA';
const OTHER = '005000000000003AAA';
const ADMIN = '005000000000004AAA';

const seller = toActor({ userId: OWNER, isManager: false, isAdmin: false }, OWNER);
const manager = toActor({ userId: MANAGER, isManager: true, isAdmin: false }, OWNER);
const stranger = toActor({ userId: OTHER, isManager: false, isAdmin: false }, OWNER);
const admin = toActor({ userId: ADMIN, isManager: true, isAdmin: true }, OWNER);

const openReview = { reviewerId: MANAGER, sellerId: OWNER, intent: 'Why we review', isOpen: true };

describe('c-coaching-model permissions', () => {
    it.each([
        ['the same 18-character id', OWNER, OWNER, true],
        ['a 15-character id and its 18-character form', OWNER.slice(0, 15), OWNER, true],
        ['ids that differ only in case', 'a0B000000000001AAA', 'a0b000000000001AAA', false],
        ['different users', OWNER, MANAGER, false],
        ['an empty id', '', '', false]
    ])('sameId: %s', (_name, a, b, expected) => {
        expect(sameId(a, b)).toBe(expected);
    });

    it('knows the owner', () => {
        expect([seller, manager, stranger, admin].map((actor) => actor.isOwner)).toEqual([
            true,
            false,
            false,
            false
        ]);
    });

    it.each([
        ['seller', seller, false, { canStartReview: false, canAddStep: true }],
        ['manager', manager, false, { canStartReview: true, canAddStep: false }],
        [
            'manager, review already open',
            manager,
            true,
            { canStartReview: false, canAddStep: false }
        ],
        ['stranger', stranger, false, { canStartReview: false, canAddStep: false }],
        ['admin', admin, false, { canStartReview: true, canAddStep: true }]
    ])('panel: %s', (_name, actor: Actor, hasOpenReview, expected) => {
        expect(panelPermissions(actor, hasOpenReview)).toEqual(expected);
    });

    it('offers no question before the intent is stated, even to the reviewer', () => {
        expect(reviewPermissions(manager, { ...openReview, intent: '  ' }).canAskQuestion).toBe(
            false
        );
        expect(reviewPermissions(manager, openReview).canAskQuestion).toBe(true);
    });

    it('lets nobody but an admin act as the reviewer of a review without one', () => {
        const orphan = { ...openReview, reviewerId: '' };
        expect(reviewPermissions(manager, orphan).canEditIntent).toBe(false);
        expect(reviewPermissions(admin, orphan).canEditIntent).toBe(true);
    });

    it('keeps answered questions from being answered again; open ones of closed reviews still take answers', () => {
        const question = {
            authorId: MANAGER,
            status: 'Open' as const,
            answer: '',
            isSuggestion: false,
            hasResponse: false
        };
        expect(questionPermissions(seller, question, true).canAnswer).toBe(true);
        // A review closed with its questions kept open for the seller still takes their answers.
        expect(questionPermissions(seller, question, false).canAnswer).toBe(true);
        expect(questionPermissions(manager, question, false).canAnswer).toBe(false);
        expect(
            questionPermissions(seller, { ...question, status: 'No Answer Needed' }, false)
                .canAnswer
        ).toBe(false);
        expect(questionPermissions(seller, question, true).canEditAnswer).toBe(false);
        expect(
            questionPermissions(seller, { ...question, status: 'Answered' }, true).canEditAnswer
        ).toBe(true);
        expect(
            questionPermissions(seller, { ...question, status: 'Resolved' }, true).canEditAnswer
        ).toBe(false);
        expect(
            questionPermissions(manager, { ...question, status: 'Answered' }, true).canEditAnswer
        ).toBe(false);
        expect(
            questionPermissions(seller, { ...question, status: 'Answered' }, true).canAnswer
        ).toBe(false);
    });

    it('offers an idea response once, to the owner', () => {
        const idea = {
            authorId: MANAGER,
            status: 'Open' as const,
            answer: '',
            isSuggestion: true,
            hasResponse: false
        };
        expect(questionPermissions(seller, idea, false).canRespondToIdea).toBe(true);
        expect(questionPermissions(manager, idea, true).canRespondToIdea).toBe(false);
        expect(
            questionPermissions(seller, { ...idea, hasResponse: true }, true).canRespondToIdea
        ).toBe(false);
    });

    it.each([
        ['its creator', seller, true],
        ['the manager', manager, false],
        ['an admin', admin, true]
    ])('a next step is editable by %s: %s', (_name, actor: Actor, expected) => {
        expect(canEditStep(actor, OWNER)).toBe(expected);
    });
});
