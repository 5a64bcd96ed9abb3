/**
 * Renders the coaching review panel for a large deal (50 reviews, 1,000 questions, 300 next steps)
 * and prints the median time to first render and to re-render after one new question. Run with
 * `npx jest --config bench/jest.bench.config.js`; it prints figures and asserts no timing.
 */
import { createElement } from 'lwc';
import * as graphqlModule from 'lightning/graphql';
import CoachingReviewPanel from 'c/coachingReviewPanel';

// The benchmark looks at the deal as its seller, who gets the most controls.
jest.mock('@salesforce/user/Id', () => ({ default: '005000000000001AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Manager', () => ({ default: undefined }), {
    virtual: true
});
jest.mock('@salesforce/customPermission/Coaching_Admin', () => ({ default: undefined }), {
    virtual: true
});

const SELLER_ID = '005000000000001AAA';
const MANAGER_ID = '005000000000002AAA';
const REVIEWS = 50;
const QUESTIONS = 1000;
const STEPS = 300;
const RUNS = 7;
const KINDS = ['Open question', 'Closed question', 'Suggestion', 'Directive', 'Statement'];
const STEP_STATUSES = ['Planned', 'Done', 'Dropped'];

interface GraphQLTestAdapter {
    emit(value: unknown): void;
}

interface Node {
    Id: string;
    [field: string]: unknown;
}

const graphqlAdapter = graphqlModule.graphql as unknown as GraphQLTestAdapter;

function id(prefix: string, index: number): string {
    return `${prefix}${String(index).padStart(12, '0')}AAA`;
}

function value<T>(fieldValue: T, displayValue?: string): { value: T; displayValue?: string } {
    return displayValue === undefined ? { value: fieldValue } : { value: fieldValue, displayValue };
}

function day(offset: number): string {
    return new Date(Date.UTC(2026, 10, 24) - offset * 86_400_000).toISOString().slice(0, 10);
}

function reviewNode(index: number): Node {
    const date = day(index * 7);
    return {
        Id: id('a01', index),
        LastModifiedDate: value(`${date}T10:00:00.000Z`),
        CreatedDate: value(`${date}T09:00:00.000Z`),
        Intent__c: value(`Review ${index}: agree what the customer needs to decide this quarter.`),
        Seller_Focus__c: value('Getting time with the economic buyer.'),
        Reviewer__c: value(MANAGER_ID),
        Reviewer__r: { Name: value('Morgan Lee') },
        Seller__c: value(SELLER_ID),
        Review_Date__c: value(date, date),
        Status__c: index === 0 ? value('Open', 'Open') : value('Closed', 'Closed'),
        Shared_Learning__c: value(index === 0 ? null : 'Bring the architect in early.')
    };
}

function questionNode(index: number, reviewIndex: number): Node {
    const created = `${day(reviewIndex * 7)}T10:${String(index % 60).padStart(2, '0')}:00.000Z`;
    const answered = index % 2 === 0;
    const kind = KINDS[index % KINDS.length];
    return {
        Id: id('a02', index),
        LastModifiedDate: value(created),
        CreatedDate: value(created),
        CreatedById: value(MANAGER_ID),
        Coaching_Review__c: value(id('a01', reviewIndex)),
        Question__c: value(`Question ${index}: what would make this an easy yes for the CFO?`),
        Kind__c: value(kind, kind),
        Answer__c: value(answered ? 'Seeing the payback inside twelve months.' : null),
        Answered_At__c: value(answered ? created.replace('T10', 'T15') : null),
        Status__c: answered ? value('Answered', 'Answered') : value('Open', 'Open'),
        Changed_My_View__c: value(index % 7 === 0),
        Idea_Response__c: value(kind === 'Suggestion' && index % 3 === 0 ? 'Set aside' : null)
    };
}

function stepNode(index: number): Node {
    const status = STEP_STATUSES[index % STEP_STATUSES.length];
    const created = `${day(index % 300)}T12:00:00.000Z`;
    return {
        Id: id('a03', index),
        LastModifiedDate: value(created),
        CreatedDate: value(created),
        CreatedById: value(SELLER_ID),
        Coaching_Review__c: value(id('a01', index % REVIEWS)),
        Adopted_From_Question__c: value(null),
        Action__c: value(`Step ${index}: send the customer the payback summary`),
        Customer_Value__c: value('They can take it to their board.'),
        Due_Date__c: value(day(-(index % 30)), day(-(index % 30))),
        Status__c: value(status, status)
    };
}

function connection(nodes: Node[], cursor: string): unknown {
    return {
        edges: nodes.map((node) => ({ node })),
        pageInfo: { hasNextPage: false, endCursor: cursor }
    };
}

/** The whole deal as one result, as the wire holds it once every page is in. */
function dealPayload(extraQuestions = 0): unknown {
    const reviews = Array.from({ length: REVIEWS }, (_, index) => reviewNode(index));
    const questions = Array.from({ length: QUESTIONS + extraQuestions }, (_, index) =>
        // Beyond the first 1,000, new questions go into the open review, as a manager adds them.
        questionNode(index, index < QUESTIONS ? index % REVIEWS : 0)
    );
    const steps = Array.from({ length: STEPS }, (_, index) => stepNode(index));
    return {
        uiapi: {
            query: {
                Opportunity: {
                    edges: [
                        {
                            node: {
                                Id: '006000000000001AAA',
                                Name: value('Northwind Traders - 500 seats'),
                                OwnerId: value(SELLER_ID)
                            }
                        }
                    ]
                },
                Coaching_Review__c: connection(reviews, 'reviews'),
                Coaching_Question__c: connection(questions, 'questions'),
                Seller_Next_Step__c: connection(steps, 'steps')
            }
        }
    };
}

function flushPromises(): Promise<void> {
    return new Promise((resolve) => process.nextTick(resolve));
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function countInChild(element: HTMLElement, child: string, selector: string): number {
    return (
        element.shadowRoot?.querySelector(child)?.shadowRoot?.querySelectorAll(selector).length ?? 0
    );
}

function report(name: string, times: number[]): void {
    const figures = times.map((time) => time.toFixed(1)).join(', ');
    process.stdout.write(`${name}: median ${median(times).toFixed(1)} ms (runs: ${figures})\n`);
}

describe('coachingReviewPanel benchmark', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('renders a deal of 50 reviews, 1,000 questions and 300 next steps', async () => {
        const payload = dealPayload();
        const withNewQuestion = dealPayload(1);
        const firstRender: number[] = [];
        const reRender: number[] = [];

        for (let run = 0; run < RUNS; run += 1) {
            const element = createElement('c-coaching-review-panel', { is: CoachingReviewPanel });
            Object.assign(element, { recordId: '006000000000001AAA' });

            const started = performance.now();
            document.body.appendChild(element);
            graphqlAdapter.emit(payload);
            await flushPromises();
            firstRender.push(performance.now() - started);

            const before = countInChild(
                element,
                'c-coaching-questions',
                'c-coaching-question-item'
            );
            const restarted = performance.now();
            graphqlAdapter.emit(withNewQuestion);
            await flushPromises();
            reRender.push(performance.now() - restarted);

            expect(countInChild(element, 'c-coaching-questions', 'c-coaching-question-item')).toBe(
                before + 1
            );
            expect(
                countInChild(element, 'c-coaching-next-steps', 'c-coaching-next-step-item')
            ).toBe(STEPS);
            document.body.removeChild(element);
        }

        process.stdout.write(
            `\ncoachingReviewPanel with ${REVIEWS} reviews, ${QUESTIONS} questions, ${STEPS} next steps (jsdom, ${RUNS} runs)\n`
        );
        report('time to first render', firstRender);
        report('re-render after one new question', reRender);
    }, 120_000);
});
