/** The summary sheet as a plan: where a manager sees in one place how the follow-up stands and what needs attention. */
import { rangeAddress } from '../a1/rangeAddress';
import { columnLetter } from '../a1/columnLetter';
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';
import { HEADING_FILL, OVERDUE_FLAG } from '../palette';
import { isoToExcelSerial } from '../schedule/isoToExcelSerial';
import type { ActionItem, ActionTable, CanonicalStatus, Report, StatusCounts } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import type { PlanFormat, PlanLink, PlanTable, PlanValue, SheetPlan } from '../schema/sheetPlan';
import { countStatuses } from '../countStatuses';
import { planChangesSection } from '../history/planChangesSection';
import { statusChartColor } from '../status/statusChartColor';
import { statusLook } from '../status/statusLook';
import { planPageSetup } from '../print/planPageSetup';
import { planTable } from '../print/planTable';
import { planIndicatorSection, type PlanBlock } from '../indicators/planIndicatorSection';

/** Columns: A holds the long texts (actions, messages, names), B the first figure or sheet, C–K a count per status. */
const WIDTH = 2 + CANONICAL_STATUSES.length;
const COLUMN_WIDTHS = [56, 24, 14, 14, 14, 14, 14, 14, 14, 14, 14];
const DATE_FORMAT = 'd.m.yyyy';
/** The chart's first column: E, one clear of the counts in A–C. */
const CHART_FROM_COL = 5;
const SHARE_FORMAT = '0 %';
const BORDER = '#9BC2E6';

/**
 * The most overdue items, and the most issues, the sheet lists; a line under the list says how many more
 * there are and where they all are. A board reads a few hundred rows at most, and 100 000-row workbooks
 * gave 24 000-row sheets that took seconds to write.
 */
export const SUMMARY_LIST_LIMIT = 500;

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Rows, formats and links of the sheet as they are added, top to bottom. */
class SheetBuilder {
  readonly values: PlanValue[][] = [];
  readonly formats: PlanFormat[] = [];
  readonly links: PlanLink[] = [];
  readonly tables: PlanTable[] = [];

  /** Adds a row and returns its Excel row number. */
  row(cells: readonly PlanValue[] = []): number {
    const padded: PlanValue[] = [...cells];
    while (padded.length < WIDTH) padded.push(null);
    this.values.push(padded);
    return this.values.length;
  }

  format(row: number, fromCol: number, toCol: number, format: Omit<PlanFormat, 'range'>): void {
    this.formats.push({ range: rangeAddress({ top: row, left: fromCol, bottom: row, right: toCol }), ...format });
  }

  heading(text: string): void {
    this.row();
    const r = this.row([text]);
    this.format(r, 1, 1, { bold: true, fontSize: 12 });
  }

  columnHeader(cells: readonly string[]): number {
    const r = this.row(cells);
    this.format(r, 1, cells.length, { bold: true, fill: HEADING_FILL, wrap: true, border: { style: 'bottom', color: BORDER } });
    return r;
  }

  statusFill(row: number, col: number, status: CanonicalStatus): void {
    this.format(row, col, col, statusLook(status));
  }

  /** The rows from `headerRow` to the last one so far as a table, `width` columns wide, where they can be one. */
  table(name: string, headerRow: number, width: number): void {
    const table = planTable(name, this.values, headerRow, this.values.length, width);
    if (table) this.tables.push(table);
  }

  /** Rows planned elsewhere (the indicator section), with their formats and links, from the next row on. */
  append(block: PlanBlock): void {
    for (const cells of block.values) this.row(cells);
    this.formats.push(...block.formats);
    this.links.push(...block.links);
  }

  link(row: number, col: number, sheet: string, target: string): void {
    this.links.push({ cell: `${columnLetter(col)}${row}`, sheet, target, text: target });
  }
}

/** The name a manager knows a table by: its title where it has one, else where it sits. */
function tableName(table: ActionTable, ctx: CoreContext): string {
  const s = ctx.locale.summary;
  if (table.title && table.title !== table.sheet) return formatMessage(s.tableName, { sheet: table.sheet, title: table.title });
  return formatMessage(s.tableAt, { sheet: table.sheet, range: table.range });
}

/** Total and one count per canonical status, in the order of the status columns. */
function countCells(total: number, counts: StatusCounts): PlanValue[] {
  return [total, ...CANONICAL_STATUSES.map((s) => counts[s])];
}

/** The counts by status; gives the rows of their heading, first and last status and total line. */
function statusTotals(b: SheetBuilder, report: Report, ctx: CoreContext): { heading: number; first: number; last: number; total: number } {
  const s = ctx.locale.summary;
  b.heading(s.statusHeading);
  const heading = b.values.length;
  b.columnHeader([s.statusColumn, s.countColumn, s.shareColumn]);
  const total = report.totals.total;
  let first = 0;
  let last = 0;
  for (const status of CANONICAL_STATUSES) {
    const count = report.totals.byStatus[status];
    const r = b.row([ctx.locale.statusLabels[status], count, total > 0 ? count / total : null]);
    if (first === 0) first = r;
    last = r;
    b.statusFill(r, 1, status);
  }
  b.formats.push({ range: rangeAddress({ top: first, left: 3, bottom: last, right: 3 }), numberFormat: SHARE_FORMAT });
  const t = b.row([s.totalRow, total, total > 0 ? 1 : null]);
  b.format(t, 1, 3, { bold: true, border: { style: 'bottom', color: BORDER } });
  b.format(t, 3, 3, { numberFormat: SHARE_FORMAT });
  return { heading, first, last, total: t };
}

function statusColumnsHeader(b: SheetBuilder, first: string, ctx: CoreContext): number {
  const r = b.columnHeader([first, ctx.locale.summary.totalRow, ...CANONICAL_STATUSES.map((st) => ctx.locale.statusLabels[st])]);
  CANONICAL_STATUSES.forEach((status, i) => b.statusFill(r, 3 + i, status));
  b.format(r, 3, WIDTH, { bold: true, wrap: true });
  return r;
}

function byTable(b: SheetBuilder, report: Report, ctx: CoreContext): void {
  const s = ctx.locale.summary;
  b.heading(s.byTableHeading);
  statusColumnsHeader(b, s.tableColumn, ctx);
  for (const table of report.actionTables) {
    const r = b.row([tableName(table, ctx), ...countCells(table.total, table.byStatus)]);
    b.format(r, 1, WIDTH, { bold: true });
    b.format(r, 1, 1, { wrap: true });
    const unsectioned = table.items.filter((i) => i.section === null);
    // Items above the first goal row would otherwise vanish from the goal breakdown.
    if (table.sections.length > 0 && unsectioned.length > 0) {
      const u = b.row([s.noSection, ...countCells(unsectioned.length, countStatuses(unsectioned.map((i) => i.status)))]);
      b.format(u, 1, 1, { indent: 1, italic: true });
    }
    for (const section of table.sections) {
      const sr = b.row([section.title, ...countCells(section.total, section.byStatus)]);
      b.format(sr, 1, 1, { indent: 1, wrap: true });
    }
  }
}

/** Owner per item: the owner column, else the table's chair ("Puheenjohtaja …"). */
function ownerOf(item: ActionItem, table: ActionTable): string | null {
  return item.owner?.trim() || (table.columns.owner ? null : table.chair?.trim()) || null;
}

function byOwner(b: SheetBuilder, report: Report, ctx: CoreContext): void {
  const s = ctx.locale.summary;
  const groups = new Map<string, CanonicalStatus[]>();
  const unowned: CanonicalStatus[] = [];
  for (const table of report.actionTables) {
    for (const item of table.items) {
      const owner = ownerOf(item, table);
      if (owner === null) unowned.push(item.status);
      else {
        // Appending in place: a copy of the list per item would make this quadratic.
        const statuses = groups.get(owner);
        if (statuses) statuses.push(item.status);
        else groups.set(owner, [item.status]);
      }
    }
  }
  if (groups.size === 0) return;
  b.heading(s.byOwnerHeading);
  const header = statusColumnsHeader(b, s.ownerColumn, ctx);
  const sorted = [...groups].sort(([a, x], [c, y]) => y.length - x.length || a.localeCompare(c, ctx.lang));
  for (const [owner, statuses] of sorted) b.row([owner, ...countCells(statuses.length, countStatuses(statuses))]);
  // One format for the names' column: a long name wraps instead of running under the counts.
  b.formats.push({ range: rangeAddress({ top: header + 1, left: 1, bottom: header + sorted.length, right: 1 }), wrap: true });
  if (unowned.length > 0) {
    const r = b.row([s.noOwner, ...countCells(unowned.length, countStatuses(unowned))]);
    b.format(r, 1, 1, { italic: true });
  }
  b.table(ctx.locale.print.tableNames.owners, header, WIDTH);
}

function overdue(b: SheetBuilder, report: Report, ctx: CoreContext): void {
  const s = ctx.locale.summary;
  b.heading(s.overdueHeading);
  const items = report.actionTables.flatMap((table) => table.items.filter((i) => i.overdue).map((item) => ({ table, item })));
  if (items.length === 0) {
    b.row([s.noOverdue]);
    return;
  }
  const header = b.columnHeader([s.actionColumn, s.sheetColumn, s.scheduleEndColumn, s.statusColumn, s.cellColumn]);
  for (const { table, item } of items.slice(0, SUMMARY_LIST_LIMIT)) {
    const end = item.schedule?.end ? isoToExcelSerial(item.schedule.end) : null;
    const target = item.cells.status ?? item.cells.action ?? `${table.columns.status ?? table.columns.action ?? 'A'}${item.row}`;
    const r = b.row([item.action, table.sheet, end, ctx.locale.statusLabels[item.status], target]);
    b.format(r, 1, 1, { wrap: true });
    b.format(r, 3, 3, { numberFormat: DATE_FORMAT, fill: OVERDUE_FLAG.fill, fontColor: OVERDUE_FLAG.fontColor });
    b.statusFill(r, 4, item.status);
    b.link(r, 5, table.sheet, target);
  }
  b.table(ctx.locale.print.tableNames.overdue, header, 5);
  more(b, items.length - SUMMARY_LIST_LIMIT, s.moreOverdue);
}

/** The line under a capped list: how many are left out and where they all are. */
function more(b: SheetBuilder, count: number, template: string): void {
  if (count <= 0) return;
  const r = b.row([formatMessage(template, { count })]);
  b.format(r, 1, 1, { italic: true });
}

function issues(b: SheetBuilder, report: Report, ctx: CoreContext): void {
  const s = ctx.locale.summary;
  b.heading(s.issuesHeading);
  if (report.issues.length === 0) {
    b.row([s.noIssues]);
    return;
  }
  const header = b.columnHeader([s.messageColumn, s.sheetColumn, s.cellColumn, s.severityColumn]);
  // When the list is capped, errors go first so none is left out for a warning.
  const listed =
    report.issues.length > SUMMARY_LIST_LIMIT
      ? [...report.issues].sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]).slice(0, SUMMARY_LIST_LIMIT)
      : report.issues;
  for (const issue of listed) {
    const r = b.row([issue.message, issue.sheet, issue.cell, s.severity[issue.severity]]);
    b.format(r, 1, 1, { wrap: true });
    if (issue.severity === 'error') b.format(r, 4, 4, { bold: true, fontColor: OVERDUE_FLAG.fill });
    b.link(r, 3, issue.sheet, issue.cell);
  }
  b.table(ctx.locale.print.tableNames.issues, header, 4);
  more(b, report.issues.length - listed.length, s.moreIssues);
}

/**
 * The summary sheet: title, source and as-of date; counts and shares by status in the palette's
 * colours with a chart; the breakdown per table and goal and per owner; then the overdue items and
 * the issues (errors first), each linked to its cell, at most SUMMARY_LIST_LIMIT of each with a line
 * saying how many more there are. The owners, overdue items and issues are Excel tables (filter buttons, a name to refer
 * to); the sheet prints A4 one page wide with its title rows repeated. Every text comes from the chosen language's locale. A
 * workbook without action tables still gets a sheet that says so, with its issues.
 * @example planSummarySheet(report, ctx).values[0] //=> ['Seurannan yhteenveto', null, null, …]
 */
export function planSummarySheet(report: Report, ctx: CoreContext): SheetPlan {
  const s = ctx.locale.summary;
  const b = new SheetBuilder();
  const title = b.row([s.title]);
  b.format(title, 1, 1, { bold: true, fontSize: 16 });
  b.row([s.source, report.source ?? s.noSource]);
  const asOf = b.row([s.asOf, isoToExcelSerial(report.asOf) ?? report.asOf]);
  b.format(asOf, 2, 2, { numberFormat: DATE_FORMAT, hAlign: 'left' });
  const total = b.row([s.total, report.totals.total]);
  b.format(total, 1, 2, { bold: true });
  b.format(total, 2, 2, { hAlign: 'left' });
  if (report.actionTables.length === 0) {
    const r = b.row([s.noTables]);
    b.format(r, 1, 1, { wrap: true, italic: true });
  }

  const counts = statusTotals(b, report, ctx);
  const trend = planChangesSection(b, report, ctx);
  if (report.actionTables.length > 0) {
    byTable(b, report, ctx);
    byOwner(b, report, ctx);
  }
  b.append(planIndicatorSection(report, ctx, b.values.length + 1));
  overdue(b, report, ctx);
  issues(b, report, ctx);

  const plan: SheetPlan = {
    kind: 'summary',
    name: s.sheetName,
    values: b.values,
    formats: b.formats,
    conditionalFormats: [],
    links: b.links,
    columnWidths: COLUMN_WIDTHS.slice(0, WIDTH),
    freeze: { rows: asOf, cols: 0 },
    pageSetup: planPageSetup({ title: s.title, columnWidths: COLUMN_WIDTHS, titleRows: asOf }, ctx),
    tables: b.tables,
  };
  // Beside the counts, over the columns they leave empty: it hides no figure, and it prints within the sheet's own
  // width, so fitting the page to one page wide does not shrink the text for it.
  const anchor = rangeAddress({ top: counts.heading, left: CHART_FROM_COL, bottom: counts.total, right: WIDTH });
  if (trend) {
    // With an earlier report, the quarters side by side (today's the last column) say more than today's counts alone.
    plan.chart = {
      type: 'stackedColumn',
      title: ctx.locale.history.trendHeading,
      dataRange: rangeAddress({ top: trend.header, left: 1, bottom: trend.last, right: 1 + trend.statuses.length }),
      anchor,
      seriesColors: trend.statuses.map(statusChartColor),
    };
  } else if (report.totals.total > 0) {
    plan.chart = {
      type: 'bar',
      title: s.chartTitle,
      dataRange: rangeAddress({ top: counts.first, left: 1, bottom: counts.last, right: 2 }),
      anchor,
    };
  }
  return plan;
}
