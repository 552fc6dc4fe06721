/** The indicator section of the summary sheet: counts by verdict, then every indicator per table and goal. */
import { columnLetter } from '../a1/columnLetter';
import { rangeAddress } from '../a1/rangeAddress';
import type { CoreContext } from '../context';
import { formatMessage } from '../i18n/formatMessage';
import { HEADING_FILL } from '../palette';
import type { IndicatorItem, IndicatorTable, Report, Verdict } from '../schema/report';
import { VERDICTS } from '../schema/vocabulary';
import type { PlanFormat, PlanLink, PlanValue } from '../schema/sheetPlan';
import { countVerdicts } from './countVerdicts';
import { TREND_ARROWS, VERDICT_PALETTE } from './verdictPalette';

/** The most indicators the section lists; report.json has them all. */
export const INDICATOR_LIST_LIMIT = 500;
const BORDER = '#9BC2E6';

export interface PlanBlock {
  /** Rows from `firstRow` on. */
  values: PlanValue[][];
  formats: PlanFormat[];
  links: PlanLink[];
}

class Block implements PlanBlock {
  readonly values: PlanValue[][] = [];
  readonly formats: PlanFormat[] = [];
  readonly links: PlanLink[] = [];
  constructor(private readonly firstRow: number) {}

  row(cells: readonly PlanValue[], format: Omit<PlanFormat, 'range'> | null = null, width = 1): number {
    this.values.push([...cells]);
    const r = this.firstRow + this.values.length - 1;
    if (format) this.format(r, 1, width, format);
    return r;
  }

  format(row: number, fromCol: number, toCol: number, format: Omit<PlanFormat, 'range'>): void {
    this.formats.push({ range: rangeAddress({ top: row, left: fromCol, bottom: row, right: toCol }), ...format });
  }

  verdictFill(row: number, col: number, verdict: Verdict): void {
    const style = VERDICT_PALETTE[verdict];
    this.format(row, col, col, {
      ...(style.fill ? { fill: style.fill } : {}),
      fontColor: style.fontColor,
      ...(style.outline ? { border: { style: 'outline' as const, color: style.outline } } : {}),
    });
  }
}

function heading(b: Block, text: string): void {
  b.row([]);
  b.row([text], { bold: true, fontSize: 12 });
}

function columnHeader(b: Block, cells: readonly string[]): void {
  b.row(cells, { bold: true, fill: HEADING_FILL, wrap: true, border: { style: 'bottom', color: BORDER } }, cells.length);
}

function verdictCounts(b: Block, report: Report, ctx: CoreContext): void {
  const s = ctx.locale.indicators.summary;
  heading(b, s.countsHeading);
  columnHeader(b, [s.verdictColumn, s.countColumn]);
  const counts = report.totals.indicators ?? countVerdicts(report.indicatorTables ?? []);
  for (const verdict of VERDICTS) b.verdictFill(b.row([ctx.locale.indicators.verdictLabels[verdict], counts[verdict]]), 1, verdict);
}

function itemRow(b: Block, table: IndicatorTable, item: IndicatorItem, ctx: CoreContext): void {
  const words = ctx.locale.indicators;
  const trend = item.trend === null ? null : `${TREND_ARROWS[item.trend]} ${words.trendLabels[item.trend]}`;
  const cell = item.cells.indicator ?? `${columnLetter(1)}${item.row}`;
  const r = b.row([
    item.indicator,
    item.targetText,
    item.baseline,
    item.latest?.value ?? null,
    item.latest?.label ?? null,
    words.verdictLabels[item.verdict],
    trend,
    cell,
  ]);
  b.format(r, 1, 2, { wrap: true, indent: 1 });
  b.verdictFill(r, 6, item.verdict);
  b.links.push({ cell: `${columnLetter(8)}${r}`, sheet: table.sheet, target: cell, text: cell });
}

/** Each table's indicators under its name, grouped by goal in the order the goals come. */
function itemRows(b: Block, report: Report, ctx: CoreContext): number {
  const s = ctx.locale.indicators.summary;
  let listed = 0;
  for (const table of report.indicatorTables ?? []) {
    if (listed >= INDICATOR_LIST_LIMIT) break;
    b.row([formatMessage(ctx.locale.summary.tableAt, { sheet: table.sheet, range: table.range })], { bold: true });
    let goal: string | null | undefined;
    for (const item of table.items.slice(0, INDICATOR_LIST_LIMIT - listed)) {
      if (item.goal !== goal && (item.goal !== null || goal !== undefined)) b.row([item.goal ?? s.noGoal], { italic: true, wrap: true });
      goal = item.goal;
      itemRow(b, table, item, ctx);
      listed += 1;
    }
  }
  return listed;
}

/**
 * The rows the summary sheet gives indicators, starting at Excel row `firstRow`: a heading with the counts by
 * verdict in the verdict colours, then per table and goal each indicator with its target, baseline, latest
 * value and period, verdict (colour and word), trend (arrow and word) and a link to its cell; at most
 * INDICATOR_LIST_LIMIT indicators, with a line saying how many more. Empty when the report has no indicators.
 * @example planIndicatorSection(buildReport(indicatorWorkbook(), options), ctx, 40).values[1] //=> ['Mittarit arvioittain']
 */
export function planIndicatorSection(report: Report, ctx: CoreContext, firstRow: number): PlanBlock {
  const b = new Block(firstRow);
  const total = (report.indicatorTables ?? []).reduce((n, t) => n + t.items.length, 0);
  if (total === 0) return b;
  verdictCounts(b, report, ctx);
  const s = ctx.locale.indicators.summary;
  heading(b, s.heading);
  columnHeader(b, [
    s.indicatorColumn,
    s.targetColumn,
    s.baselineColumn,
    s.latestColumn,
    s.periodColumn,
    s.verdictColumn,
    s.trendColumn,
    s.cellColumn,
  ]);
  const listed = itemRows(b, report, ctx);
  if (listed < total) b.row([formatMessage(s.more, { count: total - listed, limit: INDICATOR_LIST_LIMIT })], { italic: true });
  return b;
}
