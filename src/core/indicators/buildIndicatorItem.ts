/** One indicator row as the report gives it: its target read and resolved, its values, verdict and trend. */
import { cellAddress } from '../a1/cellAddress';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { createIssue } from '../issues/createIssue';
import type { CanonicalStatus, IndicatorItem, IndicatorRole, Issue } from '../schema/report';
import { isFilled } from '../actions/isFilled';
import { normalizeStatus } from '../status/normalizeStatus';
import type { IndicatorHeader } from './findIndicatorHeaders';
import { indicatorTrend } from './indicatorTrend';
import { judgeIndicator } from './judgeIndicator';
import { parseTarget, type ParsedTarget } from './parseTarget';
import { readIndicatorRow, type ValueCell } from './readIndicatorRow';
import { resolveTarget } from './resolveTarget';
import { splitEmbeddedTarget } from './splitEmbeddedTarget';

export interface IndicatorRowContext {
  goal: string | null;
  section: string | null;
}

interface TargetCell {
  indicator: string;
  targetText: string;
  parsed: ParsedTarget;
  /** Where the target is written: its own cell, or the indicator's. */
  col: number;
}

/** The target from its own cell, else from the indicator's cell when the manager wrote it there. */
function targetOf(grid: Grid, row: number, header: IndicatorHeader): TargetCell {
  const indicatorCol = header.columns.indicator ?? header.left;
  const targetCol = header.columns.target ?? indicatorCol;
  const indicator = cellText(cellAt(grid, row, indicatorCol));
  const value = cellAt(grid, row, targetCol);
  const targetText = cellText(value);
  if (targetText !== '') return { indicator, targetText, parsed: parseTarget(value), col: targetCol };
  const embedded = splitEmbeddedTarget(indicator);
  if (embedded)
    return { indicator: embedded.indicator, targetText: embedded.target, parsed: parseTarget(embedded.target), col: indicatorCol };
  return { indicator, targetText: '', parsed: { kind: 'none' }, col: targetCol };
}

/** What a relative target is relative to: the baseline, else the row's first value when a later one exists. */
function referenceOf(baseline: ValueCell | null, values: readonly ValueCell[]): ValueCell | null {
  if (baseline?.value != null) return baseline;
  return values.length >= 2 ? (values[0] ?? null) : null;
}

function cellsOf(row: number, header: IndicatorHeader, latestCol: number | null): Partial<Record<IndicatorRole, string>> {
  const cells: Partial<Record<IndicatorRole, string>> = {};
  for (const [role, col] of Object.entries(header.columns) as [IndicatorRole, number][]) cells[role] = cellAddress(row, col);
  if (latestCol !== null) cells.actual = cellAddress(row, latestCol);
  return cells;
}

/** What the values must be: numbers when the target compares, in the target's unit where it names one. */
function valueExpectations(parsed: ParsedTarget): { targetUnit: string | null; targetValue: number | null; expectNumbers: boolean } {
  const quantitative = parsed.kind === 'level' || parsed.kind === 'change';
  // A change in percent is relative: the values keep the baseline's unit, whatever it is.
  const targetUnit = parsed.kind === 'level' || (parsed.kind === 'change' && parsed.unit !== '%') ? parsed.unit : null;
  return { targetUnit, targetValue: parsed.kind === 'level' ? parsed.value : null, expectNumbers: quantitative };
}

/** A target that cannot be read is an issue at the cell it is written in. */
function targetIssues(grid: Grid, row: number, target: TargetCell, ctx: CoreContext): Issue[] {
  if (target.parsed.kind !== 'unreadable') return [];
  return [
    createIssue(ctx, 'indicator.targetUnreadable', 'warning', grid.sheet, cellAddress(row, target.col), { value: target.targetText }),
  ];
}

/** The row's status, canonical; null where the table has no status column or the cell is empty. */
function statusOf(grid: Grid, row: number, col: number | undefined): CanonicalStatus | null {
  if (col === undefined || !isFilled(cellAt(grid, row, col))) return null;
  return normalizeStatus(cellAt(grid, row, col)).status;
}

function textOrNull(grid: Grid, row: number, col: number | undefined): string | null {
  const text = col === undefined ? '' : cellText(cellAt(grid, row, col));
  return text === '' ? null : text;
}

/**
 * The item of an indicator row and the issues at its cells (a target that cannot be read, values that are not
 * numbers or not in the target's unit). Never throws.
 * @example // seed 002, row 11: 'Hyvinvointialueella on … pitovoimaa | Lähtövaihtuvuus alle 10 % | | 11,2 % | 0,124'
 * buildIndicatorItem(seed002IndicatorGrid, 11, header, ctx, { goal: null, section: 'Henkilöstö' }).item.verdict //=> 'not_met'
 */
export function buildIndicatorItem(
  grid: Grid,
  row: number,
  header: IndicatorHeader,
  ctx: CoreContext,
  at: IndicatorRowContext,
): { item: IndicatorItem; issues: Issue[] } {
  const target = targetOf(grid, row, header);
  const read = readIndicatorRow(grid, row, header, ctx, valueExpectations(target.parsed));
  const values = read.actuals.filter((a): a is ValueCell & { value: number } => a.value !== null);
  const reference = referenceOf(read.baseline, values);
  const resolved = resolveTarget(target.parsed, reference?.value ?? null, reference?.unit ?? null);
  const last = values[values.length - 1];
  const latest = last ? { label: last.label, value: last.value } : null;
  const verdict = judgeIndicator(target.parsed, resolved, latest?.value ?? null);
  const judged = verdict === 'met' || verdict === 'not_met';
  const item: IndicatorItem = {
    row,
    indicator: target.indicator,
    goal: at.goal,
    owner: textOrNull(grid, row, header.columns.owner),
    targetText: target.targetText,
    target: resolved,
    baseline: read.baseline?.value ?? null,
    actuals: read.actuals.map((a) => ({ label: a.label, value: a.value })),
    latest,
    verdict,
    trend: judged
      ? indicatorTrend(
          values.map((a) => a.value),
          resolved,
        )
      : null,
    status: statusOf(grid, row, header.columns.status),
    section: at.section,
    cells: cellsOf(row, header, last?.col ?? null),
  };
  return { item, issues: [...targetIssues(grid, row, target, ctx), ...read.issues] };
}
