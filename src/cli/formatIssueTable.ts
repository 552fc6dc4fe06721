/** The issues as a plain-text table per sheet, for a terminal. */
import { formatMessage, type Issue, type Locale } from '../core';

/**
 * Groups issues by sheet (in the order given, which the core sorts by tab, row and column) and lines
 * up cell, severity and message; a message's line breaks are folded so each issue is one line.
 * @example formatIssueTable([{ sheet: 'Lastensuojelu', cell: 'D9', severity: 'warning', code: 'status.unknown', message: "Tuntematon tila 'Ehkä'. …" }], fi)
 * //=> ['Välilehti: Lastensuojelu', '  Solu  Vakavuus  Huomio', "  D9    varoitus  Tuntematon tila 'Ehkä'. …"]
 */
export function formatIssueTable(issues: readonly Issue[], locale: Locale): string[] {
  const cli = locale.cli;
  const bySheet = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    list.push(issue);
    bySheet.set(issue.sheet, list);
  }
  const cellWidth = Math.max(cli.columnCell.length, ...issues.map((i) => i.cell.length));
  const severityWidth = Math.max(cli.columnSeverity.length, ...Object.values(cli.severityLabels).map((s) => s.length));
  const line = (cell: string, severity: string, message: string) =>
    `  ${cell.padEnd(cellWidth)}  ${severity.padEnd(severityWidth)}  ${message.replace(/\s*\n\s*/g, ' ')}`;

  const lines: string[] = [];
  for (const [sheet, list] of bySheet) {
    if (lines.length > 0) lines.push('');
    lines.push(formatMessage(cli.validateSheet, { sheet }));
    lines.push(line(cli.columnCell, cli.columnSeverity, cli.columnMessage));
    for (const issue of list) lines.push(line(issue.cell, cli.severityLabels[issue.severity], issue.message));
  }
  return lines;
}
