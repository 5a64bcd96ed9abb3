/** @jest-environment node */
import { recordsOf } from '../../__tests__/support/demoExpectations';
import { questionContribution, stepContribution } from '../contributions';

const QUESTION = {
    Id: 'a07000000000001AAA',
    CreatedDate: '2025-03-03T09:00:00.000+0000',
    Kind__c: null,
    Question__c: null,
    Status__c: 'Open',
    Answered_At__c: null,
    Changed_My_View__c: 'false',
    Idea_Response__c: null
};

describe('questionContribution', () => {
    it('takes the kind from Kind__c', () => {
        expect(questionContribution({ ...QUESTION, Kind__c: 'Closed question' }, false).kind).toBe(
            'closed-question'
        );
    });

    // Texts the demo data labels itself, saved without a kind: the classifier must agree.
    it.each(
        recordsOf('Coaching_Question__c').map((question) => [
            question.fields.Question__c,
            question.fields.Kind__c
        ])
    )('classifies "%s" as %s when Kind__c is empty', (text, label) => {
        const kind = questionContribution({ ...QUESTION, Question__c: String(text) }, false).kind;
        expect(kind?.replace('-', ' ')).toBe(String(label).toLowerCase());
    });

    it('leaves a question with neither kind nor text unclassified', () => {
        expect(questionContribution(QUESTION, false).kind).toBeUndefined();
    });

    it('counts an answer and the hours it took', () => {
        const contribution = questionContribution(
            { ...QUESTION, Status__c: 'Answered', Answered_At__c: '2025-03-03T15:30:00.000Z' },
            false
        );
        expect(contribution).toMatchObject({ answered: true, hoursToAnswer: 6.5 });
    });

    it('counts resolved questions as answered and a changed view', () => {
        expect(
            questionContribution(
                { ...QUESTION, Status__c: 'Resolved', Changed_My_View__c: 'true' },
                false
            )
        ).toMatchObject({ answered: true, changedMyView: true, hoursToAnswer: undefined });
    });

    it('counts ideas adopted, set aside, or adopted as a step without a saved response', () => {
        const idea = { ...QUESTION, Kind__c: 'Suggestion' };
        expect(questionContribution({ ...idea, Idea_Response__c: 'Adopted' }, false)).toMatchObject(
            {
                ideaAdopted: true,
                ideaSetAside: false
            }
        );
        expect(
            questionContribution({ ...idea, Idea_Response__c: 'Set aside' }, false)
        ).toMatchObject({ ideaAdopted: false, ideaSetAside: true });
        expect(questionContribution(idea, true).ideaAdopted).toBe(true);
        expect(questionContribution(idea, false).ideaAdopted).toBe(false);
    });

    it('counts a directive set aside apart from ideas set aside', () => {
        expect(
            questionContribution(
                {
                    ...QUESTION,
                    Kind__c: 'Directive',
                    Status__c: 'Answered',
                    Idea_Response__c: 'Set aside'
                },
                false
            )
        ).toMatchObject({ directiveSetAside: true, ideaSetAside: false, answered: true });
    });

    it('counts a statement without waiting for its answer', () => {
        expect(questionContribution({ ...QUESTION, Kind__c: 'Statement' }, false)).toMatchObject({
            counted: true,
            needsAnswer: false,
            answered: false
        });
        expect(
            questionContribution({ ...QUESTION, Kind__c: 'Open question' }, false)
        ).toMatchObject({ counted: true, needsAnswer: true, answered: false });
    });
});

describe('questionContribution in the conversation', () => {
    it("counts the seller's own question apart from the reviewer's kinds and answers", () => {
        expect(
            questionContribution(
                { ...QUESTION, Kind__c: 'Open question', Asked_By__c: 'Seller' },
                false
            )
        ).toMatchObject({ sellerQuestion: true, counted: false, needsAnswer: false });
    });

    it('leaves a withdrawn question out, even a changed view on it', () => {
        expect(
            questionContribution(
                {
                    ...QUESTION,
                    Kind__c: 'Directive',
                    Status__c: 'Withdrawn',
                    Changed_My_View__c: 'true'
                },
                false
            )
        ).toMatchObject({ counted: false, sellerQuestion: false, changedMyView: false });
    });

    it('counts a released question without waiting for its answer', () => {
        expect(
            questionContribution(
                { ...QUESTION, Kind__c: 'Open question', Status__c: 'No Answer Needed' },
                false
            )
        ).toMatchObject({ counted: true, needsAnswer: false, answered: false });
    });
});

describe('stepContribution', () => {
    it.each([
        ['Planned', 'planned'],
        ['Done', 'done'],
        ['Dropped', 'dropped'],
        [null, 'planned']
    ])('counts a step with status %s as %s', (status, bucket) => {
        expect(stepContribution({ Status__c: status })).toBe(bucket);
    });
});
