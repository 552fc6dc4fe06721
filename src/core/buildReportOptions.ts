/** What a report is built with, and the report of the user's sheets before the history has had its say. */
import type { Lang, Report } from './schema/report';

export interface BuildReportOptions {
  /** ISO date overdue is judged against; the host passes today when the user gives none. */
  asOf: string;
  lang: Lang;
  /** Sheets the user asked to leave out, by name. */
  skipSheets?: readonly string[];
  /** ISO date the user picked to compare with (the latest snapshot on or before it); absent: the latest earlier snapshot. */
  since?: string | null;
}

/** A report before the history has had its say: no `changes`, no `history`. */
export type UserSheetsReport = Omit<Report, 'changes' | 'history'>;
