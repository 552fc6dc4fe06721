/** Lays out the budget comparison sheet: every budget table's rows, amounts, the five comparisons coloured, and the budget issues linked to their cells. */
import { parseRange } from '../a1/parseRange';
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';
import { HEADING_FILL } from '../palette';
import {
  BUDGET_COLUMNS,
  BUDGET_COMPARISONS,
  type BudgetRow,
  type BudgetTable,
  type Issue,
  type Report,
} from '../schema/report';
import type { PlanFormat, PlanLink, PlanValue, SheetPlan } from '../schema/sheetPlan';
import { NEUTRAL_BAND_PCT, PACE_TOLERANCE_PCT } from './budgetTolerances';
import { formatActualPeriod } from './formatActualPeriod';
import { formatBudgetNumber } from './formatBudgetNumber';
import { varianceFill } from './varianceFill';
import { yearShare } from './yearShare';

/** A: label; B–F: amounts; G–K: comparisons; L: link to the source row. */
const AMOUNT_COL = 2;
const COMPARISON_COL = AMOUNT_COL + BUDGET_COLUMNS.length;
const LINK_COL = COMPARISON_COL + BUDGET_COMPARISONS.length;
const WIDTH = LINK_COL;
const LETTERS = 'ABCDEFGHIJKL';
const letter = (col: number): string => LETTERS[col - 1] ?? 'A';

const AMOUNT_FORMAT = '#,##0';
const PCT_FORMAT = '0.0 %';
const BORDER = '#8EA9DB';

function isBudgetIssue(issue: Issue, tables: readonly BudgetTable[]): boolean {
  if (issue.code.startsWith('budget.')) return true;
  const cell = parseRange(issue.cell);
  return (
    cell !== null &&
    tables.some((t) => {
      const r = t.sheet === issue.sheet ? parseRange(t.range) : null;
      return r !== null && cell.top >= r.top && cell.top <= r.bottom && cell.left >= r.left && cell.left <= r.right;
    })
  );
}

function displayDate(iso: string, ctx: CoreContext): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || ctx.lang === 'en') return iso;
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}

/** The reference each comparison is coloured against, in the row's own amounts. */
function comparisonFills(row: BudgetRow, table: BudgetTable): (string | null)[] {
  const share = table.actualPeriod ? yearShare(table.actualPeriod) : 1;
  return [
    varianceFill(row.actual, row.budget === null ? null : row.budget * share, row.budget),
    varianceFill(row.forecast, row.budget),
    varianceFill(row.proposal, row.budget),
    varianceFill(row.proposal, row.forecast),
    varianceFill(row.proposal, row.frame),
  ];
}

/**
 * The budget comparison sheet for a report, or null when the report has no budget tables. Amounts keep the
 * source's unit with invariant format codes (`#,##0`; Excel shows them the user's way), comparisons are
 * stored as fractions (0.973) under `0.0 %`, each coloured by `varianceFill` against its reference
 * (partial-year actuals against the share of the year passed), and the budget issues follow with links.
 * @example planBudgetSheet(buildReport(seed002BudgetWorkbook(), { asOf: '2023-08-15', lang: 'fi' }), ctx)?.values[8]?.[6] //=> 0.505 (row 9, G: Toimintatuotot actual vs budget)
 */
export function planBudgetSheet(report: Report, ctx: CoreContext): SheetPlan | null {
  const tables = report.budgetTables;
  if (tables.length === 0) return null;
  const t = ctx.locale.budgetSheet;
  const values: PlanValue[][] = [];
  const formats: PlanFormat[] = [];
  const links: PlanLink[] = [];
  const push = (...cells: PlanValue[]): number => {
    values.push([...cells, ...Array<PlanValue>(Math.max(0, WIDTH - cells.length)).fill(null)].slice(0, WIDTH));
    return values.length;
  };
  const span = (row: number, from = 1, to = WIDTH) => `${letter(from)}${row}:${letter(to)}${row}`;

  formats.push({ range: 'A1', bold: true, fontSize: 14 });
  push(t.title);
  push(formatMessage(t.asOf, { date: displayDate(report.asOf, ctx) }));
  const legendRow = push(formatMessage(t.legend, { band: formatBudgetNumber(NEUTRAL_BAND_PCT, ctx.lang, 1) }));
  formats.push({ range: `A${legendRow}`, italic: true });

  for (const table of tables) {
    push();
    const headingRow = push(formatMessage(t.tableHeading, { sheet: table.sheet, title: table.title ?? table.range }));
    formats.push({ range: span(headingRow), bold: true, fontSize: 12 });
    push(
      formatMessage(t.source, { sheet: table.sheet, range: table.range }),
      null,
      null,
      null,
      table.unit ? formatMessage(t.unit, { unit: table.unit }) : null,
    );
    if (table.actualPeriod) {
      const p = table.actualPeriod;
      const share = yearShare(p) * 100;
      push(
        formatMessage(t.pace, {
          period: formatActualPeriod(p),
          share: Math.round(share * 10) / 10,
          limit: Math.round((share + PACE_TOLERANCE_PCT) * 10) / 10,
        }),
      );
    }
    const headerCells: PlanValue[] = [t.label];
    for (const c of BUDGET_COLUMNS) {
      const col = table.columns[c];
      const period = c === 'actual' && table.actualPeriod ? formatActualPeriod(table.actualPeriod) : col?.year;
      headerCells.push(period === undefined || period === null ? t.columns[c] : `${t.columns[c]} ${period}`);
    }
    for (const k of BUDGET_COMPARISONS) headerCells.push(t.columns[k]);
    headerCells.push(t.link);
    const headerRow = push(...headerCells);
    formats.push({ range: span(headerRow), bold: true, wrap: true, fill: HEADING_FILL, border: { style: 'bottom', color: BORDER } });

    const first = values.length + 1;
    for (const row of table.rows) {
      const r = push(
        row.label,
        ...BUDGET_COLUMNS.map((c) => row[c]),
        ...BUDGET_COMPARISONS.map((k) => {
          const v = row[k];
          return v === null ? null : k === 'proposalMinusFrame' ? v : Math.round(v * 10) / 1000;
        }),
        table.labelColumn ? `${table.labelColumn}${row.row}` : null,
      );
      if (row.level > 0) formats.push({ range: `A${r}`, indent: row.level });
      else formats.push({ range: span(r, 1, LINK_COL - 1), bold: true });
      comparisonFills(row, table).forEach((fill, i) => {
        if (fill) formats.push({ range: `${letter(COMPARISON_COL + i)}${r}`, fill });
      });
      if (table.labelColumn) {
        links.push({ cell: `${letter(LINK_COL)}${r}`, sheet: table.sheet, target: `${table.labelColumn}${row.row}`, text: `${table.labelColumn}${row.row}` });
      }
    }
    const last = values.length;
    if (last >= first) {
      formats.push({ range: `${letter(AMOUNT_COL)}${first}:${letter(COMPARISON_COL - 1)}${last}`, numberFormat: AMOUNT_FORMAT });
      formats.push({ range: `${letter(COMPARISON_COL)}${first}:${letter(LINK_COL - 2)}${last}`, numberFormat: PCT_FORMAT });
      formats.push({ range: `${letter(LINK_COL - 1)}${first}:${letter(LINK_COL - 1)}${last}`, numberFormat: AMOUNT_FORMAT });
    }
  }

  push();
  const issuesHeading = push(t.issuesHeading);
  formats.push({ range: span(issuesHeading), bold: true, fontSize: 12 });
  const issues = report.issues.filter((i) => isBudgetIssue(i, tables));
  if (issues.length === 0) {
    push(t.noIssues);
  } else {
    const head = push(t.issueColumns.severity, t.issueColumns.sheet, t.issueColumns.cell, t.issueColumns.message);
    formats.push({ range: span(head), bold: true, fill: HEADING_FILL, border: { style: 'bottom', color: BORDER } });
    for (const issue of issues) {
      const r = push(t.severity[issue.severity], issue.sheet, issue.cell, issue.message);
      links.push({ cell: `C${r}`, sheet: issue.sheet, target: issue.cell, text: issue.cell });
    }
  }

  return {
    kind: 'budget',
    name: t.sheetName,
    values,
    formats,
    conditionalFormats: [],
    links,
    columnWidths: [46, 13, 13, 13, 13, 13, 12, 12, 12, 12, 12, 11],
    freeze: { rows: 0, cols: 1 },
  };
}
