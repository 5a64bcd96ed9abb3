/** @jest-environment node */
import { createRecord, updateRecord } from '../recordWrites';
import { retrieveRecord } from '../recordReads';
import {
    openSeededOrg,
    PROJECT_ROOT,
    refusal,
    type SeededOrg
} from '../../../../test-support/localOrgFixture';
import { loadDemoData } from '../../../../data/demoData';
import type { RequestContext } from '../../requestContext';

// The conversation's rules (issue 12) judged end to end through the record API, per role: the
// seller (the deal's owner), the reviewer, another manager above them who is not the reviewer,
// a viewer and an admin. Messages are asserted word for word: they are the panel's user text.
const MESSAGES = {
    answer: 'Only the person this was asked of can answer it or respond to it. To add your view, post a reply under the question.',
    authorEdits:
        'Only the person who asked this question can change it or its status. If it was asked of you, answer it or post a reply instead.',
    askedBy:
        "Asked By says who asked, and it can't be changed later. On your own deal, ask as the Seller; on someone else's deal, ask as the Reviewer.",
    answeredWording:
        "This question has been answered, so it can't be reworded or withdrawn any more. Post a reply, or ask a new question.",
    withdrawnQuestion:
        'This question was withdrawn, so it takes no answer and no further changes. Ask a new question if it still matters.',
    setAsideReason:
        'Say in a sentence why you are setting this directive aside. Your reviewer reads your reason with it.',
    changedViewNote:
        'Say in a sentence what changed in how you see the deal. The other person sees your note.',
    replyRequired: 'Write your reply before posting it.',
    replyAuthor:
        'Only the person who wrote this reply can change or withdraw it. Post a reply of your own instead.',
    replyParticipants:
        'Only the reviewer and the seller of this deal can reply here. Share your view with one of them directly.',
    replyPosted:
        'A new reply starts as Posted. Save it with the status Posted; you can withdraw it later.',
    replyWithdrawn:
        "This reply was withdrawn, so it can't be changed or posted again. Write a new reply instead.",
    replyUnderWithdrawn:
        'This question was withdrawn, so it takes no replies. Reply under another question, or ask a new one.',
    intentRequired:
        'Add the intent of this review: say why you are reviewing the deal and what you want to achieve together.',
    reviewerIntent:
        "Only the reviewer can write the intent. To start a review, name yourself as its reviewer; on someone else's review, ask the reviewer to make this change.",
    reviewerChange:
        "The reviewer of a review can't be changed. Start your own review on this deal, or ask your Salesforce admin to hand this review over.",
    reviewerStatus:
        'Only the reviewer can close or reopen this review. Ask the reviewer to change its status.',
    sellerRequests:
        "Only the deal's seller can request a review. To start one yourself, save it as Open with your intent.",
    notOwnReviewer:
        "The reviewer can't be the deal's seller. Choose your manager, or another manager, as the reviewer.",
    requestedOpens:
        'A requested review can only be opened, and no review goes back to Requested. Open it with your intent, or ask the seller to request a new review.',
    sellerRates: 'Only the seller can rate this review. Ask them whether it helped.',
    ratedWhenClosed: 'You can rate this review once the reviewer closes it.'
};

let org: SeededOrg;
let seller: RequestContext;
let manager: RequestContext;
let coach: RequestContext;
let viewer: RequestContext;
let admin: RequestContext;

beforeAll(() => {
    // Another manager who sees the seller's deals without reviewing them: the manager's own
    // manager, between the manager and the director.
    const data = loadDemoData(PROJECT_ROOT);
    data.users = data.users.map((user) =>
        user.ref === 'manager' ? { ...user, ManagerId: '@coach' } : user
    );
    data.users.push({
        ref: 'coach',
        Username: 'coach@coaching.local',
        FirstName: 'Jordan',
        LastName: 'Okafor',
        Email: 'coach@coaching.local',
        ManagerId: '@director',
        permissionSets: ['Coaching_Manager']
    });
    org = openSeededOrg(data);
    seller = org.contextAs('seller');
    manager = org.contextAs('manager');
    coach = org.contextAs('coach');
    viewer = org.contextAs('director');
    admin = org.contextAs('admin');
});
afterAll(() => org.close());

const ref = (name: string) => org.refs.get(name) as string;

function refusedWith(work: () => unknown): { message: unknown; fields: unknown }[] {
    return refusal(work).errors.map((error) => ({ message: error.message, fields: error.fields }));
}

function refusedCodes(work: () => unknown): unknown[] {
    return refusal(work).errors.map((error) => error.errorCode);
}

function refusalMessage(work: () => unknown): unknown {
    return refusal(work).errors.map((error) => error.message)[0];
}

function rule(message: string, field: string) {
    return { message, fields: [field] };
}

function ask(context: RequestContext, fields: Record<string, unknown>): string {
    return createRecord(context, 'Coaching_Question__c', {
        Coaching_Review__c: ref('fleetReview'),
        Kind__c: 'Open question',
        ...fields
    });
}

function question(id: string, fields: string[]): Record<string, unknown> {
    return retrieveRecord(admin, 'Coaching_Question__c', id, fields);
}

describe('questions the seller asks the reviewer', () => {
    const sellerAsks = { Question__c: 'How would you open with their CFO?', Asked_By__c: 'Seller' };

    it('lets the seller ask as the seller, and nobody ask as someone they are not', () => {
        const id = ask(seller, sellerAsks);
        expect(question(id, ['Asked_By__c', 'Status__c'])).toMatchObject({
            Asked_By__c: 'Seller',
            Status__c: 'Open'
        });
        expect(refusedWith(() => ask(manager, sellerAsks))).toEqual([
            rule(MESSAGES.askedBy, 'Asked_By__c')
        ]);
        expect(refusedWith(() => ask(seller, { ...sellerAsks, Asked_By__c: 'Reviewer' }))).toEqual([
            rule(MESSAGES.askedBy, 'Asked_By__c')
        ]);
        expect(
            refusedWith(() =>
                updateRecord(seller, 'Coaching_Question__c', id, { Asked_By__c: 'Reviewer' })
            )
        ).toEqual([rule(MESSAGES.askedBy, 'Asked_By__c')]);
    });

    it('lets another manager ask the seller, never the viewer; an admin asks as anyone', () => {
        expect(ask(coach, { Question__c: 'What would the CFO need to see?' })).toMatch(/^a/);
        expect(refusalMessage(() => ask(viewer, { Question__c: 'What is the plan?' }))).toBe(
            "You can't create Coaching Questions: none of your permission sets allows it. Ask your admin for access."
        );
        expect(ask(admin, sellerAsks)).toMatch(/^a/);
    });

    it('lets only the reviewer answer it', () => {
        const id = ask(seller, sellerAsks);
        const answer = { Answer__c: 'Open with the savings per depot.' };
        expect(refusedWith(() => updateRecord(seller, 'Coaching_Question__c', id, answer))).toEqual(
            [rule(MESSAGES.answer, 'Answer__c')]
        );
        expect(refusedWith(() => updateRecord(coach, 'Coaching_Question__c', id, answer))).toEqual([
            rule(MESSAGES.answer, 'Answer__c')
        ]);
        expect(
            refusedCodes(() => updateRecord(viewer, 'Coaching_Question__c', id, answer))
        ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
        updateRecord(manager, 'Coaching_Question__c', id, { ...answer, Status__c: 'Answered' });
        expect(question(id, ['Answer__c', 'Status__c'])).toMatchObject({
            ...answer,
            Status__c: 'Answered'
        });
    });

    it('lets the seller mark that the answer changed their view, with a note', () => {
        const id = ask(seller, sellerAsks);
        updateRecord(manager, 'Coaching_Question__c', id, {
            Answer__c: 'Lead with the depot savings.',
            Status__c: 'Answered'
        });
        expect(
            refusedWith(() =>
                updateRecord(seller, 'Coaching_Question__c', id, { Changed_My_View__c: true })
            )
        ).toEqual([rule(MESSAGES.changedViewNote, 'Changed_My_View_Note__c')]);
        updateRecord(seller, 'Coaching_Question__c', id, {
            Changed_My_View__c: true,
            Changed_My_View_Note__c: 'I was going to lead with the price.'
        });
        expect(question(id, ['Changed_My_View_Note__c']).Changed_My_View_Note__c).toBe(
            'I was going to lead with the price.'
        );
    });
});

describe("the reviewer's questions: reword, withdraw, changed my view", () => {
    it('lets only the asker reword or withdraw an unanswered question', () => {
        const id = ask(manager, { Question__c: 'Who signs?' });
        expect(
            refusedWith(() =>
                updateRecord(seller, 'Coaching_Question__c', id, { Question__c: 'Who buys?' })
            )
        ).toEqual([rule(MESSAGES.authorEdits, 'Question__c')]);
        expect(
            refusedWith(() =>
                updateRecord(coach, 'Coaching_Question__c', id, { Status__c: 'Withdrawn' })
            )
        ).toEqual([rule(MESSAGES.authorEdits, 'Question__c')]);
        updateRecord(manager, 'Coaching_Question__c', id, {
            Question__c: 'Who signs off on the budget, and how do they decide?'
        });
        updateRecord(manager, 'Coaching_Question__c', id, { Status__c: 'Withdrawn' });
        expect(question(id, ['Status__c']).Status__c).toBe('Withdrawn');
    });

    it('keeps a withdrawn question final, except for an admin', () => {
        const id = ask(manager, { Question__c: 'Is the CFO involved yet?' });
        updateRecord(manager, 'Coaching_Question__c', id, { Status__c: 'Withdrawn' });
        expect(
            refusedWith(() =>
                updateRecord(seller, 'Coaching_Question__c', id, {
                    Answer__c: 'Not yet.',
                    Status__c: 'Answered'
                })
            )
        ).toEqual([rule(MESSAGES.withdrawnQuestion, 'Status__c')]);
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Question__c', id, { Status__c: 'Open' })
            )
        ).toEqual([rule(MESSAGES.withdrawnQuestion, 'Status__c')]);
        updateRecord(admin, 'Coaching_Question__c', id, { Status__c: 'Open' });
        expect(question(id, ['Status__c']).Status__c).toBe('Open');
    });

    it('keeps the wording of an answered question', () => {
        const id = ask(manager, { Question__c: 'When does finance sign?' });
        updateRecord(seller, 'Coaching_Question__c', id, {
            Answer__c: 'On the 15th.',
            Status__c: 'Answered'
        });
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Question__c', id, { Question__c: 'Who signs?' })
            )
        ).toEqual([rule(MESSAGES.answeredWording, 'Question__c')]);
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Question__c', id, { Status__c: 'Withdrawn' })
            )
        ).toEqual([rule(MESSAGES.answeredWording, 'Question__c')]);
        updateRecord(manager, 'Coaching_Question__c', id, { Status__c: 'Resolved' });
    });

    it("takes a note with changed-my-view, and refuses the seller marking the reviewer's", () => {
        const id = ask(manager, { Question__c: 'What does the champion gain?' });
        updateRecord(seller, 'Coaching_Question__c', id, {
            Answer__c: 'A promotion if the pilot works.',
            Status__c: 'Answered'
        });
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Question__c', id, { Changed_My_View__c: true })
            )
        ).toEqual([rule(MESSAGES.changedViewNote, 'Changed_My_View_Note__c')]);
        expect(
            refusedWith(() =>
                updateRecord(seller, 'Coaching_Question__c', id, {
                    Changed_My_View__c: true,
                    Changed_My_View_Note__c: 'Mine now.'
                })
            )
        ).toEqual([rule(MESSAGES.authorEdits, 'Question__c')]);
        updateRecord(manager, 'Coaching_Question__c', id, {
            Changed_My_View__c: true,
            Changed_My_View_Note__c: 'The champion has a personal stake; the risk is lower.'
        });
    });

    it('keeps questions open for the seller after the review closes', () => {
        const review = createRecord(manager, 'Coaching_Review__c', {
            Opportunity__c: ref('migrationDeal'),
            Reviewer__c: ref('manager'),
            Seller__c: ref('seller'),
            Intent__c: 'Learn from the migration together.'
        });
        const kept = createRecord(manager, 'Coaching_Question__c', {
            Coaching_Review__c: review,
            Question__c: 'What would you repeat on the next migration?'
        });
        const released = createRecord(manager, 'Coaching_Question__c', {
            Coaching_Review__c: review,
            Question__c: 'How long did the data mapping take?'
        });
        updateRecord(manager, 'Coaching_Question__c', released, {
            Status__c: 'No Answer Needed'
        });
        updateRecord(manager, 'Coaching_Review__c', review, { Status__c: 'Closed' });
        updateRecord(seller, 'Coaching_Question__c', kept, {
            Answer__c: 'The weekly data check with their IT lead.',
            Status__c: 'Answered'
        });
        expect(question(kept, ['Status__c']).Status__c).toBe('Answered');
        expect(question(released, ['Status__c']).Status__c).toBe('No Answer Needed');
    });
});

describe('setting a directive aside', () => {
    it('takes a reason from the seller, and only from the seller', () => {
        const id = ask(manager, { Question__c: 'Send the proposal today.', Kind__c: 'Directive' });
        expect(
            refusedWith(() =>
                updateRecord(seller, 'Coaching_Question__c', id, { Idea_Response__c: 'Set aside' })
            )
        ).toEqual([rule(MESSAGES.setAsideReason, 'Response_Reason__c')]);
        const reason = { Response_Reason__c: 'Their legal team asked for the draft first.' };
        // The demo manager is also a seller (the Seller set lets them edit the reason field).
        expect(
            refusedWith(() => updateRecord(manager, 'Coaching_Question__c', id, reason))
        ).toEqual([rule(MESSAGES.answer, 'Answer__c')]);
        expect(refusedCodes(() => updateRecord(coach, 'Coaching_Question__c', id, reason))).toEqual(
            ['INVALID_FIELD_FOR_INSERT_UPDATE']
        );
        updateRecord(seller, 'Coaching_Question__c', id, {
            Idea_Response__c: 'Set aside',
            ...reason
        });
        expect(question(id, ['Idea_Response__c', 'Response_Reason__c'])).toMatchObject({
            Idea_Response__c: 'Set aside',
            ...reason
        });
    });
});

describe('replies', () => {
    let questionId: string;

    beforeAll(() => {
        questionId = ask(manager, { Question__c: 'What is the biggest risk to the close date?' });
    });

    function reply(context: RequestContext, fields: Record<string, unknown> = {}): string {
        return createRecord(context, 'Coaching_Reply__c', {
            Coaching_Question__c: questionId,
            Reply__c: 'Procurement, if legal starts late.',
            ...fields
        });
    }

    it('lets the seller, the reviewer and an admin reply; not another manager or a viewer', () => {
        expect(reply(seller)).toMatch(/^a/);
        expect(reply(manager)).toMatch(/^a/);
        expect(reply(admin)).toMatch(/^a/);
        expect(refusedWith(() => reply(coach))).toEqual([
            rule(MESSAGES.replyParticipants, 'Reply__c')
        ]);
        expect(refusalMessage(() => reply(viewer))).toBe(
            "You can't create Coaching Replies: none of your permission sets allows it. Ask your admin for access."
        );
    });

    it('needs text, and starts posted', () => {
        expect(refusedWith(() => reply(seller, { Reply__c: '' }))).toEqual([
            rule(MESSAGES.replyRequired, 'Reply__c')
        ]);
        expect(refusedWith(() => reply(seller, { Status__c: 'Withdrawn' }))).toEqual([
            rule(MESSAGES.replyPosted, 'Status__c')
        ]);
    });

    it('lets only its author edit or withdraw it, and keeps a withdrawn reply final', () => {
        const id = reply(seller);
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Reply__c', id, { Reply__c: 'What you meant.' })
            )
        ).toEqual([rule(MESSAGES.replyAuthor, 'Reply__c')]);
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Reply__c', id, { Status__c: 'Withdrawn' })
            )
        ).toEqual([rule(MESSAGES.replyAuthor, 'Reply__c')]);
        updateRecord(seller, 'Coaching_Reply__c', id, { Reply__c: 'Procurement, and legal.' });
        updateRecord(seller, 'Coaching_Reply__c', id, { Status__c: 'Withdrawn' });
        expect(
            refusedWith(() =>
                updateRecord(seller, 'Coaching_Reply__c', id, { Status__c: 'Posted' })
            )
        ).toEqual([rule(MESSAGES.replyWithdrawn, 'Status__c')]);
        expect(
            retrieveRecord(admin, 'Coaching_Reply__c', id, ['Reply__c', 'Status__c'])
        ).toMatchObject({ Reply__c: 'Procurement, and legal.', Status__c: 'Withdrawn' });
    });

    it('takes no replies under a withdrawn question', () => {
        const withdrawn = ask(manager, { Question__c: 'Is the pilot still on?' });
        updateRecord(manager, 'Coaching_Question__c', withdrawn, { Status__c: 'Withdrawn' });
        expect(
            refusedWith(() =>
                createRecord(seller, 'Coaching_Reply__c', {
                    Coaching_Question__c: withdrawn,
                    Reply__c: 'It is.'
                })
            )
        ).toEqual([rule(MESSAGES.replyUnderWithdrawn, 'Reply__c')]);
    });
});

describe('requested reviews', () => {
    function request(context: RequestContext, fields: Record<string, unknown> = {}): string {
        return createRecord(context, 'Coaching_Review__c', {
            Opportunity__c: ref('pilotDeal'),
            Seller__c: ref('seller'),
            Reviewer__c: ref('manager'),
            Status__c: 'Requested',
            ...fields
        });
    }

    const opening = {
        Status__c: 'Open',
        Intent__c: 'Decide together whether the pilot is worth pursuing.'
    };

    it('lets only the seller request one, naming someone else as reviewer', () => {
        const id = request(seller, { Seller_Focus__c: 'Help me scope the pilot.' });
        expect(
            retrieveRecord(admin, 'Coaching_Review__c', id, ['Status__c', 'Intent__c'])
        ).toMatchObject({ Status__c: 'Requested', Intent__c: null });
        expect(refusedWith(() => request(manager))).toEqual([
            rule(MESSAGES.sellerRequests, 'Status__c')
        ]);
        expect(refusedWith(() => request(seller, { Reviewer__c: ref('seller') }))).toEqual([
            rule(MESSAGES.notOwnReviewer, 'Reviewer__c')
        ]);
        // Field security keeps the intent from the seller before any rule runs.
        expect(
            refusedCodes(() => request(seller, { Intent__c: 'I will set the intent myself.' }))
        ).toEqual(['INVALID_FIELD_FOR_INSERT_UPDATE']);
        expect(refusedCodes(() => request(viewer))).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
        expect(request(admin)).toMatch(/^a/);
    });

    it('is opened by its reviewer with an intent, never by the seller', () => {
        const id = request(seller);
        expect(
            refusedWith(() => updateRecord(seller, 'Coaching_Review__c', id, { Status__c: 'Open' }))
        ).toEqual([
            rule(MESSAGES.intentRequired, 'Intent__c'),
            rule(MESSAGES.reviewerStatus, 'Status__c')
        ]);
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Review__c', id, { Status__c: 'Open' })
            )
        ).toEqual([rule(MESSAGES.intentRequired, 'Intent__c')]);
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Review__c', id, { ...opening, Status__c: 'Closed' })
            )
        ).toEqual([rule(MESSAGES.requestedOpens, 'Status__c')]);
        updateRecord(manager, 'Coaching_Review__c', id, opening);
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Review__c', id, { Status__c: 'Requested' })
            )
        ).toEqual([rule(MESSAGES.requestedOpens, 'Status__c')]);
    });

    it('may be taken over by another manager who makes themselves its reviewer', () => {
        const id = request(seller, { Seller_Focus__c: 'Help me scope the pilot.' });
        updateRecord(coach, 'Coaching_Review__c', id, { ...opening, Reviewer__c: ref('coach') });
        expect(
            retrieveRecord(admin, 'Coaching_Review__c', id, [
                'Reviewer__c',
                'Status__c',
                'Seller_Focus__c'
            ])
        ).toMatchObject({
            Reviewer__c: ref('coach'),
            Status__c: 'Open',
            Seller_Focus__c: 'Help me scope the pilot.'
        });
        expect(
            refusedWith(() =>
                updateRecord(manager, 'Coaching_Review__c', id, { Reviewer__c: ref('manager') })
            )
        ).toEqual([rule(MESSAGES.reviewerChange, 'Reviewer__c')]);
    });

    it('is never handed to someone else by a manager or the seller', () => {
        const id = request(seller);
        expect(
            refusedWith(() =>
                updateRecord(coach, 'Coaching_Review__c', id, { Reviewer__c: ref('admin') })
            )
        ).toEqual([rule(MESSAGES.reviewerChange, 'Reviewer__c')]);
        expect(
            refusedWith(() =>
                updateRecord(seller, 'Coaching_Review__c', id, { Reviewer__c: ref('coach') })
            )
        ).toEqual([rule(MESSAGES.reviewerChange, 'Reviewer__c')]);
    });
});

describe("the seller's rating", () => {
    let review: string;
    const rating = { Helpfulness__c: 'Somewhat helpful', Helpfulness_Note__c: 'More on pricing.' };

    beforeAll(() => {
        review = createRecord(manager, 'Coaching_Review__c', {
            Opportunity__c: ref('renewalDeal'),
            Reviewer__c: ref('manager'),
            Seller__c: ref('seller'),
            Intent__c: 'Plan the renewal call together.'
        });
    });

    it('waits for the review to close, then is the seller’s alone', () => {
        expect(
            refusedWith(() => updateRecord(seller, 'Coaching_Review__c', review, rating))
        ).toEqual([rule(MESSAGES.ratedWhenClosed, 'Helpfulness__c')]);
        updateRecord(manager, 'Coaching_Review__c', review, { Status__c: 'Closed' });
        // The demo manager is also a seller, so field security lets the rule answer.
        expect(
            refusedWith(() => updateRecord(manager, 'Coaching_Review__c', review, rating))
        ).toEqual([rule(MESSAGES.sellerRates, 'Helpfulness__c')]);
        expect(
            refusedCodes(() => updateRecord(coach, 'Coaching_Review__c', review, rating))
        ).toEqual(['INVALID_FIELD_FOR_INSERT_UPDATE']);
        expect(
            refusedCodes(() => updateRecord(viewer, 'Coaching_Review__c', review, rating))
        ).toEqual(['INSUFFICIENT_ACCESS_OR_READONLY']);
        updateRecord(seller, 'Coaching_Review__c', review, rating);
        expect(
            retrieveRecord(seller, 'Coaching_Review__c', review, Object.keys(rating))
        ).toMatchObject(rating);
        updateRecord(admin, 'Coaching_Review__c', review, { Helpfulness__c: 'Helpful' });
    });
});
