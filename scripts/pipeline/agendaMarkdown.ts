import type { Agenda, AgendaDeal, AgendaStep } from './agenda';
import { closesIn, formatAmount, waited } from './agendaText';

// Text from the org goes into Markdown as one line, with the characters that would format it escaped.
function inline(text: string): string {
    return text
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function steps(list: AgendaStep[], none: string): string {
    if (list.length === 0) {
        return ` ${none}`;
    }
    return list
        .map(
            (step) => `\n  - ${inline(step.action)}${step.dueDate ? ` (due ${step.dueDate})` : ''}`
        )
        .join('');
}

function deal(item: AgendaDeal, index: number): string {
    const lines = [
        `## ${index + 1}. ${inline(item.name)}`,
        '',
        `${inline(item.ownerName)} · ${inline(item.accountName || 'no account')} · ${inline(item.stage)} · ${formatAmount(item.amount)} · ${closesIn(item)}`,
        ''
    ];
    const review = item.review;
    if (review) {
        const when = `review of ${review.date ?? 'no date'}, ${review.isOpen ? 'open' : 'closed'}`;
        lines.push(`- **Intent** (${when}): ${inline(review.intent) || 'not stated yet'}`);
        lines.push(`- **Seller's focus:** ${inline(review.sellerFocus) || 'not stated yet'}`);
    } else {
        lines.push('- **Intent:** no review yet');
    }
    lines.push(
        `- **Open questions:**${
            item.openQuestions.length === 0
                ? ' none'
                : item.openQuestions
                      .map(
                          (question) =>
                              `\n  - ${inline(question.text)} (${question.kind ?? 'unclassified'}, ${waited(question.waitedDays)})`
                      )
                      .join('')
        }`
    );
    lines.push(`- **Planned next steps:**${steps(item.plannedSteps, 'none')}`);
    lines.push(`- **Overdue next steps:**${steps(item.overdueSteps, 'none')}`);
    return lines.join('\n');
}

/**
 * The agenda as Markdown, to paste into meeting notes.
 * @param agenda the agenda
 * @returns Markdown
 */
export function agendaMarkdown(agenda: Agenda): string {
    const count = agenda.deals.length;
    const header = [
        `# Pipeline review: ${inline(agenda.managerName)}'s team`,
        '',
        `${agenda.asOf} · ${count} open opportunit${count === 1 ? 'y' : 'ies'} · ${
            agenda.teamNames.length > 0
                ? agenda.teamNames.map(inline).join(', ')
                : 'nobody reports to this manager'
        }`
    ];
    for (const signal of agenda.signals) {
        header.push('', `> ${inline(signal)}`);
    }
    return `${[header.join('\n'), ...agenda.deals.map(deal)].join('\n\n')}\n`;
}
