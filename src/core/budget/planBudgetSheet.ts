/** Lays out the budget comparison sheet: every budget table's rows, amounts, the five comparisons coloured, and the budget issues linked to their cells. */
import { parseRange } from '../a1/parseRange';
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';
import { HEADING_FILL } from '../palette';
import type { BudgetRow, BudgetTable, Issue, Report } from '../schema/report';
import { BUDGET_COLUMNS, BUDGET_COMPARISONS } from '../schema/vocabulary';
import type { PlanFormat, PlanLink, PlanTable, PlanValue, SheetPlan } from '../schema/sheetPlan';
import { uniqueTableName } from '../generated/uniqueTableName';
import { planPageSetup } from '../print/planPageSetup';
import { planTable } from '../print/planTable';
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

const COLUMN_WIDTHS = [46, 13, 13, 13, 13, 13, 12, 12, 12, 12, 12, 11];
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

/** The sheet being written: its rows so far, and the formats and links that go with them. */
interface Sheet {
  readonly values: PlanValue[][];
  readonly formats: PlanFormat[];
  readonly links: PlanLink[];
  readonly tables: PlanTable[];
}

type Texts = CoreContext['locale']['budgetSheet'];

/** Adds a row of `cells`, padded to the sheet's width; gives its row number. */
function push(sheet: Sheet, ...cells: PlanValue[]): number {
  sheet.values.push([...cells, ...Array<PlanValue>(Math.max(0, WIDTH - cells.length)).fill(null)].slice(0, WIDTH));
  return sheet.values.length;
}

const span = (row: number, from = 1, to = WIDTH) => `${letter(from)}${row}:${letter(to)}${row}`;

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
  const sheet: Sheet = { values: [], formats: [], links: [], tables: [] };
  const titleRows = writeTitle(sheet, report, ctx);
  for (const table of tables) writeTable(sheet, table, ctx);
  writeIssues(
    sheet,
    report.issues.filter((i) => isBudgetIssue(i, tables)),
    t,
  );
  return {
    kind: 'budget',
    name: t.sheetName,
    values: sheet.values,
    formats: sheet.formats,
    conditionalFormats: [],
    links: sheet.links,
    columnWidths: COLUMN_WIDTHS,
    freeze: { rows: 0, cols: 1 },
    pageSetup: planPageSetup({ title: t.title, columnWidths: COLUMN_WIDTHS, titleRows }, ctx),
    tables: sheet.tables,
  };
}

/** Title, as-of date and the colours' legend (stating the neutral band); gives the rows a printed page repeats. */
function writeTitle(sheet: Sheet, report: Report, ctx: CoreContext): number {
  const t = ctx.locale.budgetSheet;
  sheet.formats.push({ range: 'A1', bold: true, fontSize: 14 });
  push(sheet, t.title);
  const asOf = push(sheet, formatMessage(t.asOf, { date: displayDate(report.asOf, ctx) }));
  const legendRow = push(sheet, formatMessage(t.legend, { band: formatBudgetNumber(NEUTRAL_BAND_PCT, ctx.lang, 1) }));
  sheet.formats.push({ range: `A${legendRow}`, italic: true });
  return asOf;
}

/** One table: heading, source and unit, the pace note for partial-year actuals, the column headings, its rows. */
function writeTable(sheet: Sheet, table: BudgetTable, ctx: CoreContext): void {
  const t = ctx.locale.budgetSheet;
  push(sheet);
  const headingRow = push(sheet, formatMessage(t.tableHeading, { sheet: table.sheet, title: table.title ?? table.range }));
  sheet.formats.push({ range: span(headingRow), bold: true, fontSize: 12 });
  push(
    sheet,
    formatMessage(t.source, { sheet: table.sheet, range: table.range }),
    null,
    null,
    null,
    table.unit ? formatMessage(t.unit, { unit: table.unit }) : null,
  );
  if (table.actualPeriod) {
    const share = yearShare(table.actualPeriod) * 100;
    push(
      sheet,
      formatMessage(t.pace, {
        period: formatActualPeriod(table.actualPeriod),
        share: formatBudgetNumber(share, ctx.lang, 1),
        limit: formatBudgetNumber(share + PACE_TOLERANCE_PCT, ctx.lang, 1),
      }),
    );
  }
  const headerRow = push(sheet, ...columnHeadings(table, t));
  sheet.formats.push({ range: span(headerRow), bold: true, wrap: true, fill: HEADING_FILL, border: { style: 'bottom', color: BORDER } });
  const first = sheet.values.length + 1;
  for (const row of table.rows) writeRow(sheet, row, table);
  const last = sheet.values.length;
  const name = uniqueTableName(
    ctx.locale.print.tableNames.budget,
    sheet.tables.map((x) => x.name),
  );
  const rows = planTable(name, sheet.values, headerRow, last, WIDTH);
  if (rows) sheet.tables.push(rows);
  if (last >= first) {
    // A long label wraps in its column instead of being cut off by the amount beside it.
    sheet.formats.push({ range: `A${first}:A${last}`, wrap: true });
    sheet.formats.push({ range: `${letter(AMOUNT_COL)}${first}:${letter(COMPARISON_COL - 1)}${last}`, numberFormat: AMOUNT_FORMAT });
    sheet.formats.push({ range: `${letter(COMPARISON_COL)}${first}:${letter(LINK_COL - 2)}${last}`, numberFormat: PCT_FORMAT });
    sheet.formats.push({ range: `${letter(LINK_COL - 1)}${first}:${letter(LINK_COL - 1)}${last}`, numberFormat: AMOUNT_FORMAT });
  }
}

/** The amounts headed with their years (the actuals with their period), then the comparisons and the link. */
function columnHeadings(table: BudgetTable, t: Texts): PlanValue[] {
  const amounts = BUDGET_COLUMNS.map((c) => {
    const when = c === 'actual' && table.actualPeriod ? formatActualPeriod(table.actualPeriod) : table.columns[c]?.year;
    return when === undefined || when === null ? t.columns[c] : `${t.columns[c]} ${when}`;
  });
  return [t.label, ...amounts, ...BUDGET_COMPARISONS.map((k) => t.columns[k]), t.link];
}

/** One line: label, amounts, comparisons as fractions coloured against their references, and a link back. */
function writeRow(sheet: Sheet, row: BudgetRow, table: BudgetTable): void {
  const source = table.labelColumn ? `${table.labelColumn}${row.row}` : null;
  const r = push(
    sheet,
    row.label,
    ...BUDGET_COLUMNS.map((c) => row[c]),
    ...BUDGET_COMPARISONS.map((k) => {
      const v = row[k];
      return v === null ? null : k === 'proposalMinusFrame' ? v : Math.round(v * 10) / 1000;
    }),
    source,
  );
  if (row.level > 0) sheet.formats.push({ range: `A${r}`, indent: row.level });
  else sheet.formats.push({ range: span(r, 1, LINK_COL - 1), bold: true });
  comparisonFills(row, table).forEach((fill, i) => {
    if (fill) sheet.formats.push({ range: `${letter(COMPARISON_COL + i)}${r}`, fill });
  });
  if (source !== null) sheet.links.push({ cell: `${letter(LINK_COL)}${r}`, sheet: table.sheet, target: source, text: source });
}

/** The budget issues, each linked to its cell, or a line saying there are none. */
function writeIssues(sheet: Sheet, issues: readonly Issue[], t: Texts): void {
  push(sheet);
  const heading = push(sheet, t.issuesHeading);
  sheet.formats.push({ range: span(heading), bold: true, fontSize: 12 });
  if (issues.length === 0) {
    push(sheet, t.noIssues);
    return;
  }
  const head = push(sheet, t.issueColumns.severity, t.issueColumns.sheet, t.issueColumns.cell, t.issueColumns.message);
  sheet.formats.push({ range: span(head), bold: true, fill: HEADING_FILL, border: { style: 'bottom', color: BORDER } });
  for (const issue of issues) {
    const r = push(sheet, t.severity[issue.severity], issue.sheet, issue.cell, issue.message);
    sheet.links.push({ cell: `C${r}`, sheet: issue.sheet, target: issue.cell, text: issue.cell });
  }
}
