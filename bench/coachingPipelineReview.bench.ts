/**
 * Renders the pipeline review page for a team of 8 sellers and 200 open deals (2 reviews, 6
 * questions and 3 planned steps each) and prints the GraphQL requests it took, the median time
 * from the data to the rendered page, to apply a filter and to step to the next deal in meeting
 * mode; then the request count for 1,000 deals. Run with `npm run bench:pipeline`; it prints
 * figures and asserts no timing.
 */
import { createElement } from 'lwc';
import * as graphqlModule from 'lightning/graphql';
import CoachingPipelineReview from 'c/coachingPipelineReview';

jest.mock('@salesforce/user/Id', () => ({ default: '005000000000099AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Coaching_Manager', () => ({ default: true }), {
    virtual: true
});

const SELLERS = 8;
const REVIEWS_PER_DEAL = 2;
const QUESTIONS_PER_REVIEW = 3;
const STEPS_PER_DEAL = 3;
// The page's query asks for these many of each per request.
const DEALS_PER_PAGE = 200;
const QUESTIONS_PER_PAGE = 2000;
const RUNS = 5;
const STAGES = ['Qualification', 'Needs Analysis', 'Value Proposition', 'Proposal/Price Quote'];
const KINDS = ['Open question', 'Closed question', 'Suggestion', 'Directive'];

interface GraphQLTestAdapter {
    emit(value: unknown): void;
    getLastConfig(): { variables: Record<string, unknown> };
}

type Node = Record<string, unknown> & { Id: string };

const graphqlAdapter = graphqlModule.graphql as unknown as GraphQLTestAdapter;

function id(prefix: string, index: number): string {
    return `${prefix}${String(index).padStart(12, '0')}AAA`;
}

function value<T>(fieldValue: T): { value: T } {
    return { value: fieldValue };
}

function day(offset: number): string {
    return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

function review(deal: number, index: number): Node {
    const date = day(-7 * (index + 1));
    return {
        Id: id('a01', deal * REVIEWS_PER_DEAL + index),
        LastModifiedDate: value(`${date}T10:00:00.000Z`),
        CreatedDate: value(`${date}T09:00:00.000Z`),
        Intent__c: value('Agree what the customer needs to decide this quarter.'),
        Seller_Focus__c: value('Getting time with the economic buyer.'),
        Reviewer__c: value('005000000000099AAA'),
        Reviewer__r: { Name: value('Morgan Lee') },
        Seller__c: value(id('005', deal % SELLERS)),
        Review_Date__c: value(date),
        Status__c: value(index === 0 ? 'Open' : 'Closed'),
        Shared_Learning__c: value(null),
        Close_Date_At_Start__c: value(day(20 - index * 10)),
        Amount_At_Start__c: value(10000 + deal * 100),
        Stage_At_Start__c: value(STAGES[(deal + index) % STAGES.length])
    };
}

function question(reviewIndex: number, index: number): Node {
    const created = `${day(-7)}T10:${String(index % 60).padStart(2, '0')}:00.000Z`;
    return {
        Id: id('a02', reviewIndex * QUESTIONS_PER_REVIEW + index),
        LastModifiedDate: value(created),
        CreatedDate: value(created),
        CreatedById: value('005000000000099AAA'),
        Coaching_Review__c: value(id('a01', reviewIndex)),
        Question__c: value('What would make this an easy yes for the CFO?'),
        Kind__c: value(KINDS[index % KINDS.length]),
        Answer__c: value(null),
        Answered_At__c: value(null),
        Status__c: value('Open'),
        Changed_My_View__c: value(false),
        Idea_Response__c: value(null)
    };
}

function step(deal: number, index: number): Node {
    return {
        Id: id('a03', deal * STEPS_PER_DEAL + index),
        LastModifiedDate: value(`${day(-3)}T12:00:00.000Z`),
        CreatedDate: value(`${day(-3)}T12:00:00.000Z`),
        CreatedById: value(id('005', deal % SELLERS)),
        Coaching_Review__c: value(null),
        Adopted_From_Question__c: value(null),
        Action__c: value('Send the customer the payback summary'),
        Customer_Value__c: value(null),
        Due_Date__c: value(day(index - 1)),
        Status__c: value('Planned')
    };
}

function deal(index: number): Node {
    return {
        Id: id('006', index),
        Name: value(`Deal ${index}`),
        OwnerId: value(id('005', index % SELLERS)),
        Owner: { Name: value(`Seller ${index % SELLERS}`) },
        Account: { Name: value(`Account ${index}`) },
        StageName: value(STAGES[index % STAGES.length]),
        Amount: value(10000 + index * 250),
        CloseDate: value(day(index % 180)),
        Coaching_Reviews__r: {
            edges: Array.from({ length: REVIEWS_PER_DEAL }, (_, r) => ({ node: review(index, r) }))
        },
        Seller_Next_Steps__r: {
            edges: Array.from({ length: STEPS_PER_DEAL }, (_, s) => ({ node: step(index, s) }))
        }
    };
}

function slice<N>(nodes: N[], page: number, size: number): unknown {
    const start = page * size;
    return {
        edges: nodes.slice(start, start + size).map((node) => ({ node })),
        pageInfo: { hasNextPage: start + size < nodes.length, endCursor: `page${page}` }
    };
}

/** Serves the page's requests as the org would, page by page; returns how many it took. */
async function load(deals: number): Promise<{ element: HTMLElement; requests: number }> {
    const dealNodes = Array.from({ length: deals }, (_, index) => deal(index));
    const questionNodes = Array.from({ length: deals * REVIEWS_PER_DEAL }, (_, reviewIndex) =>
        Array.from({ length: QUESTIONS_PER_REVIEW }, (__, q) => question(reviewIndex, q))
    ).flat();
    const element = createElement('c-coaching-pipeline-review', { is: CoachingPipelineReview });
    document.body.appendChild(element);
    let requests = 0;
    let page = 0;
    for (;;) {
        requests += 1;
        graphqlAdapter.emit({
            uiapi: {
                query: {
                    Opportunity: slice(dealNodes, page, DEALS_PER_PAGE),
                    Coaching_Question__c: slice(questionNodes, page, QUESTIONS_PER_PAGE)
                }
            }
        });
        await flushPromises();
        const variables = graphqlAdapter.getLastConfig().variables;
        if (!variables.dealsAfter && !variables.questionsAfter) {
            break;
        }
        if (variables.dealsAfter !== `page${page}` && variables.questionsAfter !== `page${page}`) {
            break;
        }
        page += 1;
        const more = (element.shadowRoot?.querySelector('.loading-more')?.textContent ?? '') !== '';
        if (!more) {
            break;
        }
    }
    return { element, requests };
}

function flushPromises(): Promise<void> {
    return new Promise((resolve) => process.nextTick(resolve));
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function report(name: string, times: number[]): void {
    const figures = times.map((time) => time.toFixed(1)).join(', ');
    process.stdout.write(`${name}: median ${median(times).toFixed(1)} ms (runs: ${figures})\n`);
}

function shownDeals(element: HTMLElement): number {
    return element.shadowRoot?.querySelectorAll('li.deal').length ?? 0;
}

describe('coachingPipelineReview benchmark', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('renders a team of 200 deals, filters it and steps through it', async () => {
        const firstRender: number[] = [];
        const filter: number[] = [];
        const next: number[] = [];
        let requests = 0;
        for (let run = 0; run < RUNS; run += 1) {
            const started = performance.now();
            const loaded = await load(200);
            firstRender.push(performance.now() - started);
            requests = loaded.requests;
            const element = loaded.element;
            expect(shownDeals(element)).toBe(200);

            const filtering = performance.now();
            element.shadowRoot
                ?.querySelector('lightning-combobox.period')
                ?.dispatchEvent(new CustomEvent('change', { detail: { value: 'thisQuarter' } }));
            await flushPromises();
            filter.push(performance.now() - filtering);
            expect(shownDeals(element)).toBeLessThan(200);

            (
                element.shadowRoot?.querySelector('lightning-button.start-meeting') as HTMLElement
            ).click();
            await flushPromises();
            const stepping = performance.now();
            (element.shadowRoot?.querySelector('lightning-button.next') as HTMLElement).click();
            await flushPromises();
            next.push(performance.now() - stepping);
            document.body.removeChild(element);
        }
        const large = await load(1000);

        process.stdout.write(
            `\ncoachingPipelineReview, ${SELLERS} sellers, ${REVIEWS_PER_DEAL} reviews, ${REVIEWS_PER_DEAL * QUESTIONS_PER_REVIEW} questions and ${STEPS_PER_DEAL} steps per deal (jsdom, ${RUNS} runs)\n`
        );
        process.stdout.write(`GraphQL requests for 200 deals: ${requests}\n`);
        report('200 deals, data to rendered page', firstRender);
        report('filter to this quarter', filter);
        report('meeting mode, next deal', next);
        process.stdout.write(`GraphQL requests for 1,000 deals: ${large.requests}\n`);
    });
});
