/** The summary's section on what moved since the earlier report: the board's first question. */
import { formatMessage } from '../i18n/formatMessage';
import type { CoreContext } from '../context';
import type { CanonicalStatus, ChangedItem, Changes, Report, Verdict } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { formatBudgetNumber } from '../budget/formatBudgetNumber';
import type { PlanFormat, PlanValue } from '../schema/sheetPlan';
import { formatIsoDate } from '../validation/formatIsoDate';

/** As the summary's other lists: a board reads a few hundred rows at most; report.json has them all. */
const LIST_LIMIT = 500;
/** The trend table shows the latest snapshots, a row each: three years of quarters. */
const TREND_ROWS = 12;

/** Where the trend's figures are: its header row, its last row, and the statuses of its columns from B on. */
export interface TrendFigures {
  header: number;
  last: number;
  statuses: CanonicalStatus[];
}

/** The summary sheet's builder, as far as this section uses it: rows top to bottom, their formats and links. */
export interface SheetBuilder {
  /** Adds a row and returns its Excel row number. */
  row(cells?: readonly PlanValue[]): number;
  format(row: number, fromCol: number, toCol: number, format: Omit<PlanFormat, 'range'>): void;
  heading(text: string): void;
  columnHeader(cells: readonly string[]): number;
  statusFill(row: number, col: number, status: CanonicalStatus): void;
  link(row: number, col: number, sheet: string, target: string): void;
}

/**
 * "Muutokset edellisestä raportista (31.3.2024)": per status the count then and now and the change; how many
 * were newly done; the items whose status changed (from → to in their status colours, linked to their cells);
 * the newly overdue, the added and the dropped items; the indicators whose verdict changed; and the status counts of the
 * latest snapshots, a row each, whose place it returns for the chart of the quarters. Nothing when the workbook's history
 * has no earlier snapshot.
 * @example planChangesSection(b, juneReport, ctx) // adds rows from 'Muutokset edellisestä raportista (31.3.2024)' on
 */
export function planChangesSection(b: SheetBuilder, report: Report, ctx: CoreContext): TrendFigures | null {
  const changes = report.changes;
  if (changes === null) return null;
  const h = ctx.locale.history;
  b.heading(formatMessage(h.changesHeading, { date: formatIsoDate(changes.since, ctx) }));
  statusDeltas(b, report, changes.since, ctx);
  const done = changes.items.filter((i) => i.to === 'done' && i.from !== 'done').length;
  b.row([formatMessage(h.newlyDone, { count: done })]);
  const cellOf = cellFinder(report, [changes.items, changes.newlyOverdue, changes.added]);

  b.heading(h.changedHeading);
  if (changes.items.length === 0) b.row([h.noChanges]);
  else b.columnHeader([ctx.locale.summary.actionColumn, h.sheetColumn, h.fromColumn, h.toColumn, ctx.locale.summary.cellColumn]);
  for (const item of changes.items.slice(0, LIST_LIMIT)) {
    const r = b.row([item.action, item.sheet, ctx.locale.statusLabels[item.from], ctx.locale.statusLabels[item.to], cellOf(item)]);
    b.format(r, 1, 1, { wrap: true });
    b.statusFill(r, 3, item.from);
    b.statusFill(r, 4, item.to);
    b.link(r, 5, item.sheet, cellOf(item));
  }
  more(b, changes.items.length, ctx);
  itemList(b, h.newlyOverdueHeading, changes.newlyOverdue, cellOf, ctx);
  itemList(b, h.addedHeading, changes.added, cellOf, ctx);
  if (changes.dropped.length > 0) {
    b.heading(h.droppedHeading);
    b.columnHeader([ctx.locale.summary.actionColumn, h.sheetColumn]);
    for (const item of changes.dropped.slice(0, LIST_LIMIT)) b.format(b.row([item.action, item.sheet]), 1, 1, { wrap: true });
    more(b, changes.dropped.length, ctx);
  }
  indicatorChanges(b, report, changes, ctx);
  return trend(b, report, ctx);
}

function statusDeltas(b: SheetBuilder, report: Report, since: string, ctx: CoreContext): void {
  const h = ctx.locale.history;
  const then = report.history.find((s) => s.asOf === since);
  const header = b.columnHeader([
    ctx.locale.summary.statusColumn,
    formatIsoDate(since, ctx),
    formatIsoDate(report.asOf, ctx),
    h.deltaColumn,
  ]);
  b.format(header, 2, 4, { hAlign: 'right' });
  for (const status of CANONICAL_STATUSES) {
    const now = report.totals.byStatus[status];
    const before = then?.byStatus[status] ?? now;
    if (now === 0 && before === 0) continue;
    const r = b.row([ctx.locale.statusLabels[status], before, now, signed(report.changes?.byStatusDelta[status] ?? 0)]);
    b.statusFill(r, 1, status);
    b.format(r, 4, 4, { hAlign: 'right' });
  }
  const totalBefore = then?.total ?? report.totals.total;
  const t = b.row([ctx.locale.summary.totalRow, totalBefore, report.totals.total, signed(report.totals.total - totalBefore)]);
  b.format(t, 1, 4, { bold: true });
  b.format(t, 4, 4, { hAlign: 'right' });
}

/** Indicators whose verdict moved: met now and not then, or the other way, with the latest values then and now. */
function indicatorChanges(b: SheetBuilder, report: Report, changes: Changes, ctx: CoreContext): void {
  if (changes.indicators.length === 0) return;
  const indicatorCells = new Map<string, string>();
  for (const table of report.indicatorTables ?? []) {
    for (const item of table.items) if (item.cells.indicator) indicatorCells.set(`${table.sheet}\u0000${item.row}`, item.cells.indicator);
  }
  const h = ctx.locale.history;
  const verdicts = ctx.locale.indicators.verdictLabels;
  b.heading(h.indicatorsHeading);
  b.columnHeader([h.indicatorColumn, h.sheetColumn, h.fromColumn, h.toColumn, ctx.locale.summary.cellColumn]);
  const withValue = (verdict: Verdict, value: number | null): string =>
    value === null ? verdicts[verdict] : `${verdicts[verdict]} (${formatBudgetNumber(value, ctx.lang, 2)})`;
  for (const ind of changes.indicators.slice(0, LIST_LIMIT)) {
    const cell = indicatorCells.get(`${ind.sheet}\u0000${ind.row}`) ?? `A${ind.row}`;
    const r = b.row([ind.indicator, ind.sheet, withValue(ind.from, ind.fromValue), withValue(ind.to, ind.toValue), cell]);
    // "Ei saavutettu (84)" is wider than the status columns: wrapped, the row grows instead of running over.
    b.format(r, 1, 4, { wrap: true });
    b.link(r, 5, ind.sheet, cell);
  }
  more(b, changes.indicators.length, ctx);
}

/** A change as the board reads it: +2, −1, 0. */
function signed(delta: number): string {
  if (delta > 0) return `+${delta}`;
  return delta < 0 ? `−${-delta}` : '0';
}

function itemList(
  b: SheetBuilder,
  heading: string,
  items: readonly ChangedItem[],
  cellOf: (i: ChangedItem) => string,
  ctx: CoreContext,
): void {
  if (items.length === 0) return;
  b.heading(heading);
  b.columnHeader([ctx.locale.summary.actionColumn, ctx.locale.history.sheetColumn, ctx.locale.summary.cellColumn]);
  for (const item of items.slice(0, LIST_LIMIT)) {
    const r = b.row([item.action, item.sheet, cellOf(item)]);
    b.format(r, 1, 1, { wrap: true });
    b.link(r, 3, item.sheet, cellOf(item));
  }
  more(b, items.length, ctx);
}

function more(b: SheetBuilder, count: number, ctx: CoreContext): void {
  if (count <= LIST_LIMIT) return;
  const r = b.row([formatMessage(ctx.locale.history.more, { count: count - LIST_LIMIT })]);
  b.format(r, 1, 1, { italic: true });
}

/**
 * The cell a listed item links to: its status cell, else its action cell, found by sheet and row. Only the items the
 * lists show are looked up: at 100 000 actions a map of every item's cell cost a tenth of a second for a few hundred.
 */
function cellFinder(report: Report, lists: readonly (readonly ChangedItem[])[]): (item: ChangedItem) => string {
  const wanted = new Map<string, Set<number>>();
  for (const list of lists) {
    for (const item of list.slice(0, LIST_LIMIT)) {
      const rows = wanted.get(item.sheet) ?? new Set<number>();
      wanted.set(item.sheet, rows.add(item.row));
    }
  }
  const cells = new Map<string, string>();
  for (const table of report.actionTables) {
    const rows = wanted.get(table.sheet);
    if (!rows) continue;
    for (const item of table.items) {
      const cell = rows.has(item.row) ? (item.cells.status ?? item.cells.action) : undefined;
      if (cell) cells.set(`${table.sheet}\u0000${item.row}`, cell);
    }
  }
  return (item) => cells.get(`${item.sheet}\u0000${item.row}`) ?? `A${item.row}`;
}

/**
 * Status counts per snapshot, a row per as-of date (the latest `TREND_ROWS`) and a column per status any of them has,
 * then the total: the figures of the chart of the quarters, which this returns (the dates and the statuses' columns).
 */
function trend(b: SheetBuilder, report: Report, ctx: CoreContext): TrendFigures | null {
  const shown = report.history.slice(-TREND_ROWS);
  const statuses = CANONICAL_STATUSES.filter((status) => shown.some((s) => s.byStatus[status] > 0));
  b.heading(ctx.locale.history.trendHeading);
  const header = b.columnHeader([
    ctx.locale.history.asOfColumn,
    ...statuses.map((s) => ctx.locale.statusLabels[s]),
    ctx.locale.summary.totalRow,
  ]);
  b.format(header, 2, statuses.length + 2, { hAlign: 'right' });
  statuses.forEach((status, i) => b.statusFill(header, i + 2, status));
  let last = header;
  for (const s of shown) last = b.row([formatIsoDate(s.asOf, ctx), ...statuses.map((status) => s.byStatus[status]), s.total]);
  return statuses.length === 0 ? null : { header, last, statuses };
}
