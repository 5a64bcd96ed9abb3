import { ROW_FIELDS, type ReportDocument, type ReportRow } from './reportDocument';

// Spreadsheets run a text cell that starts with one of these as a formula (CSV injection);
// a leading apostrophe makes Excel, LibreOffice and Google Sheets show it as plain text.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function csvCell(value: ReportRow[keyof ReportRow]): string {
    if (value === null) {
        return '';
    }
    // Numbers are the report's own figures; only text can come from what users typed.
    const text =
        typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report as CSV: a header row, the whole team, one row per manager, then one per seller.
 * @param document the report
 * @returns CSV text with CRLF line ends (RFC 4180)
 */
export function reportCsv(document: ReportDocument): string {
    const rows = [document.team, ...document.managers, ...document.sellers];
    const lines = [
        ROW_FIELDS.join(','),
        ...rows.map((row) => ROW_FIELDS.map((name) => csvCell(row[name])).join(','))
    ];
    return `${lines.join('\r\n')}\r\n`;
}

/**
 * The report as JSON.
 * @param document the report
 * @returns indented JSON
 */
export function reportJson(document: ReportDocument): string {
    return `${JSON.stringify(document, null, 2)}\n`;
}
