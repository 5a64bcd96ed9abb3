import { escapeHtml, htmlPage } from '../lib/html';
import type { Agenda, AgendaDeal, AgendaStep } from './agenda';
import { closesIn, formatAmount, waited } from './agendaText';

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

function deal(item: AgendaDeal, index: number): string {
    const review = item.review;
    const reviewHtml = review
        ? `<dt>Intent <span class="meta">(review of ${escapeHtml(review.date ?? 'no date')}, ${review.isOpen ? 'open' : 'closed'})</span></dt>
<dd>${escapeHtml(review.intent || 'not stated yet')}</dd>
<dt>Seller's focus</dt>
<dd>${escapeHtml(review.sellerFocus || 'not stated yet')}</dd>`
        : '<dt>Intent</dt><dd>no review yet</dd>';
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
<h2>${index + 1}. ${escapeHtml(item.name)}</h2>
<p class="meta">${escapeHtml(item.ownerName)} · ${escapeHtml(item.accountName || 'no account')} · ${escapeHtml(item.stage)} · ${formatAmount(item.amount)} · ${escapeHtml(closesIn(item))}</p>
<dl>
${reviewHtml}
<dt>Open questions</dt>
<dd>${questions}</dd>
<dt>Planned next steps</dt>
<dd>${stepList(item.plannedSteps)}</dd>
<dt>Overdue next steps</dt>
<dd>${stepList(item.overdueSteps, 'overdue')}</dd>
</dl>
</section>`;
}

/**
 * The agenda as a self-contained HTML page.
 * @param agenda the agenda
 * @returns the HTML page
 */
export function agendaHtml(agenda: Agenda): string {
    const title = `Pipeline review: ${agenda.managerName}'s team`;
    const count = agenda.deals.length;
    const team =
        agenda.teamNames.length > 0
            ? agenda.teamNames.join(', ')
            : 'nobody reports to this manager';
    const body = `<h1>${escapeHtml(title)}</h1>
<p class="meta">${agenda.asOf} · ${count} open opportunit${count === 1 ? 'y' : 'ies'} · ${escapeHtml(team)}</p>
${agenda.signals.map((signal) => `<p class="signal" role="note">${escapeHtml(signal)}</p>`).join('\n')}
${agenda.deals.map(deal).join('\n')}`;
    return htmlPage(title, body);
}
