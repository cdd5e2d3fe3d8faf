/**
 * The sheet for the decision meeting: one row per proposal, opened in a spreadsheet. Belgian
 * spreadsheet programs expect semicolons and decimal commas; the byte-order mark tells them UTF-8.
 * Cells that start like a formula are quoted as text, so a title such as "=HYPERLINK(…)" typed by an
 * applicant cannot run in a reviewer's spreadsheet.
 */

import type { Locale } from '@cb/domain';
import { staffText, type StaffTextId } from '../staff-texts';

export interface SheetRow {
  reference: string;
  projectTitle: string;
  applicant: string;
  municipalities: string;
  /** The proposal's status as staff read it (not its code). */
  status: string;
  requestedAmount: number;
  score: number | undefined;
  reviews: number;
  grantedAmount: number | null | undefined;
}

/** The sheet's columns and their headings, in the staff member's language. */
export const SHEET_COLUMNS: readonly [keyof SheetRow, StaffTextId][] = [
  ['reference', 'review.sheet.reference'],
  ['projectTitle', 'review.sheet.project'],
  ['applicant', 'review.sheet.applicant'],
  ['municipalities', 'review.sheet.municipalities'],
  ['status', 'review.sheet.status'],
  ['requestedAmount', 'review.sheet.requested'],
  ['score', 'review.sheet.score'],
  ['reviews', 'review.sheet.reviews'],
  ['grantedAmount', 'review.sheet.granted'],
];

const BOM = '\uFEFF';

/** The sheet for staff reading `locale`: the headings in that language (the rows carry their status already said in it). */
export function decisionSheet(rows: readonly SheetRow[], locale: Locale): string {
  const headings = SHEET_COLUMNS.map(([, heading]) => cell(staffText(locale, heading)));
  const lines = [headings, ...rows.map((row) => SHEET_COLUMNS.map(([key]) => cell(row[key])))];
  return BOM + lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
