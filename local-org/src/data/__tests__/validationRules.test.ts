/** @jest-environment node */
import { join } from 'node:path';
import { loadSchema, type ObjectSchema } from '../../../../metadata/schema';
import { failingRules, ruleFails, type RuleContext } from '../validationRules';
import ruleCases from './data/validationRuleCases.json';
import { PROJECT_ROOT } from '../../../../test-support/localOrgFixture';

interface RuleCase {
    rule: string;
    base: string;
    as: string;
    isNew: boolean;
    changes: Record<string, unknown>;
    fails: boolean;
    scenario: string;
}

const cases = ruleCases as RuleCase[];
const schema = loadSchema(join(PROJECT_ROOT, 'force-app', 'main', 'default'));

// Stand-in ids: the owner (seller), the reviewer (manager), another manager and an admin.
const IDS: Record<string, string> = {
    owner: '0050L0000000001AAA',
    manager: '0050L0000000002AAA',
    other: '0050L0000000003AAA',
    admin: '0050L0000000004AAA',
    opp: '0060L0000000001AAA',
    review: 'a000L0000000001AAA',
    closedReview: 'a000L0000000002AAA',
    otherOpp: '0060L0000000002AAA',
    otherReview: 'a000L0000000003AAA',
    idea: 'a010L0000000001AAA',
    otherIdea: 'a010L0000000002AAA',
    openQuestion: 'a010L0000000003AAA',
    withdrawnQuestion: 'a010L0000000004AAA'
};

const opportunity = { Id: IDS.opp, OwnerId: IDS.owner };
const review = {
    Id: IDS.review,
    Opportunity__c: IDS.opp,
    Reviewer__c: IDS.manager,
    Seller__c: IDS.owner,
    Intent__c: 'Agree on the next two weeks together.',
    Seller_Focus__c: null,
    Status__c: 'Open',
    Shared_Learning__c: null,
    CreatedById: IDS.manager
};
const question = {
    Coaching_Review__c: IDS.review,
    Question__c: 'What does success look like for them?',
    Kind__c: 'Open question',
    Answer__c: null,
    Answered_At__c: null,
    Status__c: 'Open',
    Changed_My_View__c: 0,
    Changed_My_View_Note__c: null,
    Idea_Response__c: null,
    Response_Reason__c: null,
    Asked_By__c: 'Reviewer',
    CreatedById: IDS.manager
};
const answered = {
    Answer__c: 'Fewer missed delivery windows.',
    Status__c: 'Answered'
};
const reply = {
    Coaching_Question__c: IDS.openQuestion,
    Reply__c: 'I see it differently: the champion owns the budget.',
    Status__c: 'Posted',
    CreatedById: IDS.owner
};
const BASES: Record<string, { object: string; record: Record<string, unknown> }> = {
    review: { object: 'Coaching_Review__c', record: review },
    question: { object: 'Coaching_Question__c', record: question },
    requestedReview: {
        object: 'Coaching_Review__c',
        record: {
            ...review,
            Intent__c: null,
            Seller_Focus__c: 'Help me reach their CFO.',
            Status__c: 'Requested',
            CreatedById: IDS.owner
        }
    },
    closedReview: {
        object: 'Coaching_Review__c',
        record: { ...review, Status__c: 'Closed' }
    },
    ratedReview: {
        object: 'Coaching_Review__c',
        record: { ...review, Status__c: 'Closed', Helpfulness__c: 'Helpful' }
    },
    questionOnClosedReview: {
        object: 'Coaching_Question__c',
        record: { ...question, Coaching_Review__c: IDS.closedReview }
    },
    answeredQuestion: {
        object: 'Coaching_Question__c',
        record: { ...question, ...answered }
    },
    withdrawnQuestion: {
        object: 'Coaching_Question__c',
        record: { ...question, Status__c: 'Withdrawn' }
    },
    idea: {
        object: 'Coaching_Question__c',
        record: { ...question, Kind__c: 'Suggestion' }
    },
    directive: {
        object: 'Coaching_Question__c',
        record: { ...question, Question__c: 'Call the CFO this week.', Kind__c: 'Directive' }
    },
    sellerQuestion: {
        object: 'Coaching_Question__c',
        record: {
            ...question,
            Question__c: 'How would you open with their CFO?',
            Asked_By__c: 'Seller',
            CreatedById: IDS.owner
        }
    },
    answeredSellerQuestion: {
        object: 'Coaching_Question__c',
        record: {
            ...question,
            ...answered,
            Asked_By__c: 'Seller',
            CreatedById: IDS.owner
        }
    },
    reply: { object: 'Coaching_Reply__c', record: reply },
    withdrawnReply: { object: 'Coaching_Reply__c', record: { ...reply, Status__c: 'Withdrawn' } },
    replyOnWithdrawnQuestion: {
        object: 'Coaching_Reply__c',
        record: { ...reply, Coaching_Question__c: IDS.withdrawnQuestion }
    },
    step: {
        object: 'Seller_Next_Step__c',
        record: {
            Opportunity__c: IDS.opp,
            Action__c: 'Send the ROI model',
            Status__c: 'Planned',
            CreatedById: IDS.owner
        }
    }
};
const DATABASE: Record<string, Record<string, unknown>> = {
    [IDS.opp]: opportunity,
    [IDS.review]: review,
    [IDS.closedReview]: { ...review, Id: IDS.closedReview, Status__c: 'Closed' },
    [IDS.otherOpp]: { Id: IDS.otherOpp, OwnerId: IDS.owner },
    [IDS.otherReview]: { ...review, Id: IDS.otherReview, Opportunity__c: IDS.otherOpp },
    [IDS.idea]: { ...question, Id: IDS.idea, Kind__c: 'Suggestion' },
    [IDS.openQuestion]: { ...question, Id: IDS.openQuestion },
    [IDS.withdrawnQuestion]: { ...question, Id: IDS.withdrawnQuestion, Status__c: 'Withdrawn' },
    [IDS.otherIdea]: {
        ...question,
        Id: IDS.otherIdea,
        Coaching_Review__c: IDS.otherReview,
        Kind__c: 'Suggestion'
    },
    ...Object.fromEntries(
        ['owner', 'manager', 'other', 'admin'].map((name) => [IDS[name], { Id: IDS[name] }])
    )
};

// Who holds the Coaching_Manager custom permission besides the admin: the reviewer and another manager.
const MANAGERS = new Set(['manager', 'other']);

function resolve(value: unknown): unknown {
    if (typeof value === 'string' && value.startsWith('@')) {
        return IDS[value.slice(1)];
    }
    return value === true ? 1 : value === false ? 0 : value;
}

function contextFor(testCase: RuleCase): RuleContext {
    const base = BASES[testCase.base];
    const changes = Object.fromEntries(
        Object.entries(testCase.changes).map(([name, value]) => [name, resolve(value)])
    );
    const prior = testCase.isNew ? undefined : base.record;
    const record = { ...base.record, ...changes };
    if (testCase.isNew) {
        record.CreatedById = IDS[testCase.as];
    }
    return {
        object: schema.objects.get(base.object) as ObjectSchema,
        isNew: testCase.isNew,
        record,
        prior,
        userId: IDS[testCase.as],
        customPermissions: new Set(
            testCase.as === 'admin'
                ? ['Coaching_Admin', 'Coaching_Manager']
                : MANAGERS.has(testCase.as)
                  ? ['Coaching_Manager']
                  : []
        ),
        lookup: (_objectName, id) => DATABASE[id],
        objectSchema: (name) => schema.objects.get(name)
    };
}

describe('validationRules', () => {
    describe.each(cases)('$rule: $scenario (as $as), refused: $fails', (testCase) => {
        it('gives the expected verdict', () => {
            const context = contextFor(testCase);
            const rule = context.object.validationRules.find(
                (entry) => entry.name === testCase.rule
            );
            expect(rule).toBeDefined();
            expect(ruleFails(rule!, context)).toBe(testCase.fails);
        });
    });

    it('covers every active rule in force-app, each refusing and allowing at least once', () => {
        const ruleNames = [...schema.objects.values()].flatMap((object) =>
            object.validationRules.map((rule) => rule.name)
        );
        expect(ruleNames.length).toBeGreaterThan(0);
        for (const name of ruleNames) {
            const outcomes = cases
                .filter((entry) => entry.rule === name)
                .map((entry) => entry.fails);
            expect({ name, refuses: outcomes.includes(true) }).toEqual({ name, refuses: true });
            expect({ name, allows: outcomes.includes(false) }).toEqual({ name, allows: true });
        }
    });

    it('passes every rule for the owner answering and the reviewer asking', () => {
        const answering = contextFor({
            rule: '',
            base: 'question',
            as: 'owner',
            isNew: false,
            changes: { Answer__c: 'Yes.', Status__c: 'Answered' },
            fails: false,
            scenario: ''
        });
        expect(failingRules(answering)).toEqual([]);
        const asking = contextFor({
            rule: '',
            base: 'question',
            as: 'manager',
            isNew: true,
            changes: {},
            fails: false,
            scenario: ''
        });
        expect(failingRules(asking)).toEqual([]);
    });

    it('evaluates PRIORVALUE and reports formulas it cannot evaluate with the rule name', () => {
        const context = contextFor({
            rule: '',
            base: 'step',
            as: 'owner',
            isNew: false,
            changes: { Status__c: 'Done' },
            fails: false,
            scenario: ''
        });
        const rule = {
            objectName: 'Seller_Next_Step__c',
            name: 'Prior_Check',
            active: true,
            formula: "TEXT(PRIORVALUE(Status__c)) = 'Planned' && ISPICKVAL(Status__c, 'Done')",
            errorMessage: 'x',
            file: 'x'
        };
        expect(ruleFails(rule, context)).toBe(true);
        expect(() => ruleFails({ ...rule, formula: '$Profile.Name = "x"' }, context)).toThrow(
            /Seller_Next_Step__c\.Prior_Check cannot be evaluated/
        );
        // As an org refuses to save it, the local org refuses to run a long text's prior value.
        expect(() =>
            ruleFails(
                { ...rule, formula: 'PRIORVALUE(Customer_Value__c) != Customer_Value__c' },
                context
            )
        ).toThrow(/PRIORVALUE of Customer_Value__c, a long text area/);
    });
});
