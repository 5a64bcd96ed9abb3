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

// Stand-in ids: the owner (seller), the reviewer (manager), another seller and an admin.
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
    otherIdea: 'a010L0000000002AAA'
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
    Idea_Response__c: null,
    CreatedById: IDS.manager
};
const BASES: Record<string, { object: string; record: Record<string, unknown> }> = {
    review: { object: 'Coaching_Review__c', record: review },
    question: { object: 'Coaching_Question__c', record: question },
    questionOnClosedReview: {
        object: 'Coaching_Question__c',
        record: { ...question, Coaching_Review__c: IDS.closedReview }
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
        customPermissions: new Set(testCase.as === 'admin' ? ['Coaching_Admin'] : []),
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
    });
});
