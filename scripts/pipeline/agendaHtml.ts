import type { SellerGroup } from 'c/coachingAgenda';
import { escapeHtml, htmlPage } from '../lib/html';
import { customLabels } from '../lib/labels';
import { recordUrl, type Agenda, type AgendaDeal, type AgendaStep } from './agenda';
import {
    closesIn,
    describeChange,
    describeSignal,
    describeSummary,
    formatMoney,
    waited
} from './agendaText';

function stepList(list: AgendaStep[], className = ''): string {
    if (list.length === 0) {
        return '<p>none</p>';
    }
    const items = list
        .map(
            (step) =>
                `<li${className ? ` class="${className}"` : ''}>${escapeHtml(step.action)}${step.dueDate ? ` <span class="meta">(due ${escapeHtml(step.dueDate)})</span>` : ''}</li>`
        )
        .join('');
    return `<ul>${items}</ul>`;
}

function changesHtml(item: AgendaDeal, agenda: Agenda): string {
    if (!item.changesSince) {
        return '';
    }
    const text =
        item.changes.length === 0
            ? 'no change'
            : item.changes.map((change) => describeChange(change, agenda.currency)).join('; ');
    return `<dt>Since the review of ${escapeHtml(item.changesSince)}</dt>
<dd>${escapeHtml(text)}</dd>
`;
}

function signalsHtml(item: AgendaDeal): string {
    if (item.signals.length === 0) {
        return '';
    }
    const labels = customLabels();
    return `<dt>Risks</dt>
<dd><ul>${item.signals
        .map(
            (signal) =>
                `<li>${escapeHtml(describeSignal(signal))}: ask “${escapeHtml(labels.get(signal.promptLabel) ?? '')}”</li>`
        )
        .join('')}</ul></dd>
`;
}

function deal(item: AgendaDeal, index: number, agenda: Agenda): string {
    const review = item.review;
    const reviewHtml = review
        ? `<dt>Intent <span class="meta">(review of ${escapeHtml(review.date ?? 'no date')}, ${review.isOpen ? 'open' : 'closed'})</span></dt>
<dd>${escapeHtml(review.intent || 'not stated yet')}</dd>
<dt>Seller's focus</dt>
<dd>${escapeHtml(review.sellerFocus || 'not stated yet')}</dd>`
        : '<dt>Intent</dt><dd>no review yet</dd>';
    const preparedHtml = item.preparedFocus
        ? `\n<dt>Prepared for the next review</dt>\n<dd>${escapeHtml(item.preparedFocus)}</dd>`
        : '';
    const questions =
        item.openQuestions.length === 0
            ? '<p>none</p>'
            : `<ul>${item.openQuestions
                  .map(
                      (question) =>
                          `<li>${escapeHtml(question.text)} <span class="meta">(${escapeHtml(question.kind ?? 'unclassified')}, ${waited(question.waitedDays)})</span></li>`
                  )
                  .join('')}</ul>`;
    return `<section data-opportunity-id="${escapeHtml(item.id)}">
<h3>${index}. <a href="${escapeHtml(recordUrl(agenda.instanceUrl, item.id))}">${escapeHtml(item.name)}</a></h3>
<p class="meta">${escapeHtml(item.ownerName)} · ${escapeHtml(item.accountName || 'no account')} · ${escapeHtml(item.stage)}${item.forecastCategory ? ` · ${escapeHtml(item.forecastCategory)}` : ''} · ${escapeHtml(formatMoney(item.amount, agenda.currency))} · ${escapeHtml(closesIn(item))}</p>
<dl>
${changesHtml(item, agenda)}${signalsHtml(item)}${reviewHtml}${preparedHtml}
<dt>Open questions</dt>
<dd>${questions}</dd>
<dt>Planned next steps</dt>
<dd>${stepList(item.plannedSteps)}</dd>
<dt>Overdue next steps</dt>
<dd>${stepList(item.overdueSteps, 'overdue')}</dd>
</dl>
</section>`;
}

function seller(group: SellerGroup, firstIndex: number, agenda: Agenda): string {
    return `<section data-seller-id="${escapeHtml(group.sellerId)}">
<h2>${escapeHtml(group.sellerName)}</h2>
<p class="meta">${escapeHtml(describeSummary(group.summary, agenda.currency))}</p>
${group.deals.map((item, offset) => deal(item, firstIndex + offset, agenda)).join('\n')}
</section>`;
}

/**
 * The agenda as a self-contained HTML page, one section per seller.
 * @param agenda the agenda
 * @returns the HTML page
 */
export function agendaHtml(agenda: Agenda): string {
    const title = `Pipeline review: ${agenda.managerName}'s team`;
    const counts = agenda.view.counts;
    const team =
        agenda.teamNames.length > 0
            ? agenda.teamNames.join(', ')
            : 'nobody reports to this manager';
    let next = 1;
    const sellers = agenda.view.groups.map((group) => {
        const html = seller(group, next, agenda);
        next += group.deals.length;
        return html;
    });
    const body = `<h1>${escapeHtml(title)}</h1>
<p class="meta">${agenda.asOf} · ${counts.shown} open opportunit${counts.shown === 1 ? 'y' : 'ies'} · ${escapeHtml(formatMoney(counts.amount, agenda.currency))} · ${escapeHtml(team)}</p>
${agenda.signals.map((signal) => `<p class="signal" role="note">${escapeHtml(signal)}</p>`).join('\n')}
${sellers.join('\n')}`;
    return htmlPage(title, body);
}
