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

const otherManager = toActor({ userId: OTHER, isManager: true, isAdmin: false }, OWNER);

const openReview = { reviewerId: MANAGER, sellerId: OWNER, intent: 'Why we review', isOpen: true };
const OPEN = { isOpen: true, reviewerId: MANAGER };
const CLOSED = { isOpen: false, reviewerId: MANAGER };

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
            isDirective: false,
            hasResponse: false,
            askedBySeller: false
        };
        expect(questionPermissions(seller, question, OPEN).canAnswer).toBe(true);
        // A review closed with its questions kept open for the seller still takes their answers.
        expect(questionPermissions(seller, question, CLOSED).canAnswer).toBe(true);
        expect(questionPermissions(manager, question, CLOSED).canAnswer).toBe(false);
        expect(
            questionPermissions(seller, { ...question, status: 'No Answer Needed' }, CLOSED)
                .canAnswer
        ).toBe(false);
        expect(questionPermissions(seller, question, OPEN).canEditAnswer).toBe(false);
        expect(
            questionPermissions(seller, { ...question, status: 'Answered' }, OPEN).canEditAnswer
        ).toBe(true);
        expect(
            questionPermissions(seller, { ...question, status: 'Resolved' }, OPEN).canEditAnswer
        ).toBe(false);
        expect(
            questionPermissions(manager, { ...question, status: 'Answered' }, OPEN).canEditAnswer
        ).toBe(false);
        expect(
            questionPermissions(seller, { ...question, status: 'Answered' }, OPEN).canAnswer
        ).toBe(false);
    });

    it('offers an idea response once, to the owner', () => {
        const idea = {
            authorId: MANAGER,
            status: 'Open' as const,
            answer: '',
            isSuggestion: true,
            isDirective: false,
            hasResponse: false,
            askedBySeller: false
        };
        expect(questionPermissions(seller, idea, CLOSED).canRespondToIdea).toBe(true);
        expect(questionPermissions(manager, idea, OPEN).canRespondToIdea).toBe(false);
        expect(
            questionPermissions(seller, { ...idea, hasResponse: true }, OPEN).canRespondToIdea
        ).toBe(false);
    });

    describe('the conversation on a question', () => {
        const unanswered = {
            authorId: MANAGER,
            status: 'Open' as const,
            answer: '',
            isSuggestion: false,
            isDirective: false,
            hasResponse: false,
            askedBySeller: false
        };

        it('lets the asker withdraw or reword only while nobody has answered', () => {
            expect(questionPermissions(manager, unanswered, OPEN)).toMatchObject({
                canWithdraw: true,
                canReword: true
            });
            expect(questionPermissions(seller, unanswered, OPEN).canWithdraw).toBe(false);
            const answered = { ...unanswered, status: 'Answered' as const, answer: 'Yes' };
            expect(questionPermissions(manager, answered, OPEN)).toMatchObject({
                canWithdraw: false,
                canReword: false
            });
            expect(questionPermissions(manager, unanswered, CLOSED).canReword).toBe(false);
        });

        it('lets the reviewer answer what the seller asked, and not the seller', () => {
            const sellersQuestion = { ...unanswered, authorId: OWNER, askedBySeller: true };
            expect(questionPermissions(manager, sellersQuestion, OPEN).canAnswer).toBe(true);
            expect(questionPermissions(seller, sellersQuestion, OPEN).canAnswer).toBe(false);
            expect(questionPermissions(seller, sellersQuestion, OPEN).canWithdraw).toBe(true);
            expect(questionPermissions(seller, sellersQuestion, OPEN).canSetAside).toBe(false);
        });

        it('lets the seller set aside an idea or a directive once', () => {
            const directive = { ...unanswered, isDirective: true };
            expect(questionPermissions(seller, directive, OPEN).canSetAside).toBe(true);
            expect(questionPermissions(manager, directive, OPEN).canSetAside).toBe(false);
            expect(
                questionPermissions(seller, { ...directive, hasResponse: true }, OPEN).canSetAside
            ).toBe(false);
            expect(questionPermissions(seller, unanswered, OPEN).canSetAside).toBe(false);
        });

        it('gives the reply box to the reviewer and the seller, never on a withdrawn question', () => {
            expect(questionPermissions(seller, unanswered, OPEN).canReply).toBe(true);
            expect(questionPermissions(manager, unanswered, OPEN).canReply).toBe(true);
            expect(questionPermissions(otherManager, unanswered, OPEN).canReply).toBe(false);
            const withdrawn = { ...unanswered, status: 'Withdrawn' as const };
            expect(questionPermissions(manager, withdrawn, OPEN).canReply).toBe(false);
        });
    });

    it.each([
        ['its creator', seller, true],
        ['the manager', manager, false],
        ['an admin', admin, true]
    ])('a next step is editable by %s: %s', (_name, actor: Actor, expected) => {
        expect(canEditStep(actor, OWNER)).toBe(expected);
    });
});
