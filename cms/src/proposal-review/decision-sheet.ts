/**
 * The sheet for the decision meeting: one row per proposal, opened in a spreadsheet. Belgian
 * spreadsheet programs expect semicolons and decimal commas; the byte-order mark tells them UTF-8.
 * Cells that start like a formula are quoted as text, so a title such as "=HYPERLINK(…)" typed by an
 * applicant cannot run in a reviewer's spreadsheet.
 */

export interface SheetRow {
  reference: string;
  projectTitle: string;
  applicant: string;
  municipalities: string;
  status: string;
  requestedAmount: number;
  score: number | undefined;
  reviews: number;
  grantedAmount: number | null | undefined;
}

export const SHEET_COLUMNS: readonly [keyof SheetRow, string][] = [
  ['reference', 'Reference'],
  ['projectTitle', 'Project'],
  ['applicant', 'Applicant'],
  ['municipalities', 'Municipalities'],
  ['status', 'Status'],
  ['requestedAmount', 'Requested (EUR)'],
  ['score', 'Score (0-100)'],
  ['reviews', 'Reviews'],
  ['grantedAmount', 'Granted (EUR)'],
];

const BOM = '\uFEFF';

export function decisionSheet(rows: readonly SheetRow[]): string {
  const lines = [SHEET_COLUMNS.map(([, title]) => cell(title)), ...rows.map((row) => SHEET_COLUMNS.map(([key]) => cell(row[key])))];
  return BOM + lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
