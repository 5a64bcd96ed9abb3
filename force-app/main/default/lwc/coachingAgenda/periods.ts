import { addDays } from 'c/coachingModel';

function pad(value: number): string {
    return String(value).padStart(2, '0');
}

/**
 * The fiscal quarter holding a day, or one some quarters away.
 * @param today YYYY-MM-DD
 * @param offset 0 for this quarter, 1 for the next, -1 for the last
 * @param fiscalYearStartMonth the month the fiscal year starts in, 1..12
 * @returns the first and last day of the quarter, YYYY-MM-DD
 */
export function fiscalQuarter(
    today: string,
    offset = 0,
    fiscalYearStartMonth = 1
): { from: string; to: string } {
    const [year, month] = today.split('-').map(Number);
    // Months counted from the fiscal year's first month, so quarters start on multiples of 3.
    const sinceStart = (month - fiscalYearStartMonth + 12) % 12;
    const quarterStart = year * 12 + (month - 1) - (sinceStart % 3) + offset * 3;
    const next = quarterStart + 3;
    const from = `${Math.floor(quarterStart / 12)}-${pad((quarterStart % 12) + 1)}-01`;
    const to = addDays(`${Math.floor(next / 12)}-${pad((next % 12) + 1)}-01`, -1);
    return { from, to };
}
