import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapeHtml, htmlPage, inlineScript, jsonForScript } from '../lib/html';
import { KIND_COLUMNS, type ReportDocument, type ReportRow } from './reportDocument';

type Format = 'count' | 'share' | 'hours' | 'decimal';

interface Column {
    field: keyof ReportRow;
    heading: string;
    format: Format;
}

const QUESTION_COLUMNS: Column[] = [
    { field: 'reviewsHeld', heading: 'Reviews held', format: 'count' },
    { field: 'dealsReviewed', heading: 'Deals reviewed', format: 'count' },
    {
        field: 'reviewsPerDealPer30Days',
        heading: 'Reviews per deal per 30 days',
        format: 'decimal'
    },
    { field: 'questions', heading: 'Questions', format: 'count' },
    { field: 'openQuestions', heading: 'Open', format: 'count' },
    { field: 'closedQuestions', heading: 'Closed', format: 'count' },
    { field: 'suggestions', heading: 'Suggestions', format: 'count' },
    { field: 'directives', heading: 'Directives', format: 'count' },
    { field: 'statements', heading: 'Statements', format: 'count' },
    { field: 'directiveShare', heading: 'Directive share', format: 'share' },
    { field: 'openQuestionShare', heading: 'Open-question share', format: 'share' }
];

const LISTENING_COLUMNS: Column[] = [
    { field: 'answered', heading: 'Answered', format: 'count' },
    { field: 'answerRate', heading: 'Answer rate', format: 'share' },
    { field: 'medianHoursToAnswer', heading: 'Median hours to answer', format: 'hours' },
    { field: 'changedMyView', heading: 'Changed my view', format: 'count' },
    { field: 'ideasAdopted', heading: 'Ideas adopted', format: 'count' },
    { field: 'ideasSetAside', heading: 'Ideas set aside', format: 'count' },
    { field: 'stepsPlanned', heading: 'Steps planned', format: 'count' },
    { field: 'stepsDone', heading: 'Steps done', format: 'count' },
    { field: 'stepsDropped', heading: 'Steps dropped', format: 'count' }
];

// The conversation both ways: pushback, the seller's questions, replies and the sellers' ratings.
const CONVERSATION_COLUMNS: Column[] = [
    { field: 'directivesSetAside', heading: 'Directives set aside with a reason', format: 'count' },
    { field: 'sellerQuestions', heading: 'Questions from sellers', format: 'count' },
    { field: 'repliesFromManager', heading: 'Replies from the manager', format: 'count' },
    { field: 'repliesFromSeller', heading: 'Replies from sellers', format: 'count' },
    { field: 'ratedHelpful', heading: 'Rated helpful', format: 'count' },
    { field: 'ratedSomewhatHelpful', heading: 'Rated somewhat helpful', format: 'count' },
    { field: 'ratedNotHelpful', heading: 'Rated not helpful', format: 'count' }
];

// What a seller's row says about how they were coached: listened to, answered, owning ideas.
const SELLER_COLUMNS: Column[] = [
    { field: 'reviewsHeld', heading: 'Reviews', format: 'count' },
    { field: 'questions', heading: 'Questions', format: 'count' },
    { field: 'directiveShare', heading: 'Directive share', format: 'share' },
    { field: 'answerRate', heading: 'Answered share', format: 'share' },
    { field: 'medianHoursToAnswer', heading: 'Median hours to answer', format: 'hours' },
    { field: 'ideasAdopted', heading: 'Ideas adopted', format: 'count' },
    { field: 'changedMyView', heading: 'Changed my view', format: 'count' },
    { field: 'directivesSetAside', heading: 'Directives set aside', format: 'count' },
    { field: 'sellerQuestions', heading: 'Questions asked', format: 'count' },
    { field: 'repliesFromSeller', heading: 'Replies', format: 'count' },
    { field: 'stepsPlanned', heading: 'Steps planned', format: 'count' },
    { field: 'stepsDone', heading: 'Steps done', format: 'count' }
];

function formatValue(value: ReportRow[keyof ReportRow], format: Format): string {
    if (value === null || typeof value !== 'number') {
        return value === null ? '—' : String(value);
    }
    switch (format) {
        case 'share':
            return `${(value * 100).toFixed(1)}%`;
        case 'hours':
            return value.toFixed(1);
        case 'decimal':
            return value.toFixed(2);
        default:
            return String(value);
    }
}

function rowName(row: ReportRow): string {
    return row.scope === 'seller' ? row.seller : row.manager;
}

function table(
    caption: string,
    rows: ReportRow[],
    columns: Column[],
    nameHeading = 'Manager'
): string {
    const head = columns
        .map((column) => `<th scope="col" class="number">${escapeHtml(column.heading)}</th>`)
        .join('');
    const body = rows
        .map((row) => {
            const cells = columns
                .map(
                    (column) =>
                        `<td class="number" data-field="${column.field}">${escapeHtml(formatValue(row[column.field], column.format))}</td>`
                )
                .join('');
            const id =
                row.scope === 'seller'
                    ? `data-seller-id="${escapeHtml(row.sellerId ?? '')}"`
                    : `data-manager-id="${escapeHtml(row.managerId ?? '')}"`;
            return `<tr data-scope="${row.scope}" ${id}><th scope="row">${escapeHtml(rowName(row))}</th>${cells}</tr>`;
        })
        .join('\n');
    return `<div class="table-wrap"><table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">${escapeHtml(nameHeading)}</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>`;
}

function chartLibrary(): string {
    // chart.js exports its CommonJS entry; the UMD build that defines window.Chart sits beside it.
    const file = join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
    return readFileSync(file, 'utf8');
}

// Draws the charts from the data element; runs in the browser, so it is plain JavaScript.
const CHART_SCRIPT = `
(function () {
  var report = JSON.parse(document.getElementById('report-data').textContent);
  var rows = report.managers.length > 0 ? report.managers : [report.team];
  var labels = rows.map(function (row) { return row.manager; });
  var palette = ['#0176d3', '#2e844a', '#dd7a01', '#ba0517', '#747474', '#9050e9'];
  function column(field) { return rows.map(function (row) { return row[field]; }); }
  function stacked(id, fields, names) {
    new Chart(document.getElementById(id), {
      type: 'bar',
      data: { labels: labels, datasets: fields.map(function (field, index) {
        return { label: names[index], data: column(field), backgroundColor: palette[index] };
      }) },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } }
    });
  }
  var kindFields = Object.keys(report.kindLabels);
  stacked('chart-kinds', kindFields, kindFields.map(function (field) { return report.kindLabels[field]; }));
  new Chart(document.getElementById('chart-rates'), {
    type: 'bar',
    data: { labels: labels, datasets: [
      { label: 'Directive share (%)', data: column('directiveShare').map(function (v) { return v * 100; }), backgroundColor: palette[3] },
      { label: 'Open-question share (%)', data: column('openQuestionShare').map(function (v) { return v * 100; }), backgroundColor: palette[0] },
      { label: 'Answer rate (%)', data: column('answerRate').map(function (v) { return v * 100; }), backgroundColor: palette[1] }
    ] },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, max: 100 } } }
  });
  stacked('chart-steps', ['stepsPlanned', 'stepsDone', 'stepsDropped'], ['Planned', 'Done', 'Dropped']);
})();
`;

function chart(id: string, label: string): string {
    return `<div class="chart"><canvas id="${id}" role="img" aria-label="${escapeHtml(label)}"></canvas></div>`;
}

/**
 * The report as a self-contained HTML page: tables, and charts drawn by chart.js, whose UMD build
 * and the report data are inlined.
 * @param document the report
 * @returns the HTML page
 */
export function reportHtml(document: ReportDocument): string {
    const rows = [document.team, ...document.managers];
    const kindNames = Object.values(KIND_COLUMNS)
        .map((field) => document.kindLabels[field])
        .join(', ');
    const body = `<h1>${escapeHtml(document.title)}</h1>
<p class="meta">${escapeHtml(document.org)} · signed in as ${escapeHtml(document.signedInAs)} · ${document.days} days · generated ${escapeHtml(document.generatedAt)}</p>
<h2>Reviews and questions</h2>
${table('Reviews held and questions asked, by kind', rows, QUESTION_COLUMNS)}
${chart('chart-kinds', `Questions by kind (${kindNames}) per manager`)}
${chart('chart-rates', 'Directive share, open-question share and answer rate per manager, in percent')}
<h2>Listening and ownership</h2>
${table('Answers, changed views, ideas and seller-owned next steps', rows, LISTENING_COLUMNS)}
${chart('chart-steps', 'Seller-owned next steps planned, done and dropped per manager')}
<h2>Conversation</h2>
${table('Directives set aside, questions from sellers, replies both ways, and how sellers rated the reviews (— where fewer than three sellers rated)', rows, CONVERSATION_COLUMNS)}
<h2>Per seller</h2>
${
    document.sellers.length === 0
        ? '<p>No seller had a review, a question or a next step in this period.</p>'
        : table(
              'How each seller was coached: directives, answers, ideas adopted and changed views',
              document.sellers,
              SELLER_COLUMNS,
              'Seller'
          )
}
<h2>Notes</h2>
<ul>${document.notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>
<script type="application/json" id="report-data">${jsonForScript(document)}</script>
<script>${inlineScript(chartLibrary())}</script>
<script>${CHART_SCRIPT}</script>`;
    return htmlPage(document.title, body);
}
