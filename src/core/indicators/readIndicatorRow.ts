/** Reads the value cells of one indicator row: every period's value and the baseline, in one unit. */
import { cellAddress } from '../a1/cellAddress';
import { cellAt } from '../cellAt';
import { cellText } from '../cellText';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { createIssue } from '../issues/createIssue';
import type { Issue } from '../schema/report';
import type { IndicatorHeader } from './findIndicatorHeaders';
import { readIndicatorValue, type IndicatorReading } from './readIndicatorValue';

export interface ValueCell {
  label: string;
  col: number;
  value: number | null;
  unit: string | null;
}

export interface IndicatorRowValues {
  /** Period columns in time order, then the one actual column (labelled by its header). */
  actuals: ValueCell[];
  baseline: ValueCell | null;
  issues: Issue[];
}

interface Read {
  label: string;
  col: number;
  reading: IndicatorReading;
}

/** A fraction as percent, without the float noise of the multiplication (0,131 → 13.1, not 13.100000000000001). */
function percentOf(fraction: number): number {
  return Math.round(fraction * 1e11) / 1e9;
}

/** A row whose percentages are written with % (or whose target is in %) reads a number cell of 0.093 as 9.3 %. */
function percentScaled(reads: readonly Read[], targetUnit: string | null, targetValue: number | null): Read[] {
  const writtenPercent = reads.some((r) => r.reading.kind === 'number' && r.reading.unit === '%' && Math.abs(r.reading.value) > 1);
  const targetPercent = targetUnit === '%' && targetValue !== null && Math.abs(targetValue) > 1;
  const fractions = reads.filter((r) => r.reading.kind === 'number' && r.reading.typed);
  const allFractions = fractions.every((r) => r.reading.kind === 'number' && Math.abs(r.reading.value) <= 1);
  if (!(writtenPercent || targetPercent) || fractions.length === 0 || !allFractions) return [...reads];
  return reads.map((r) =>
    r.reading.kind === 'number' && r.reading.typed ? { ...r, reading: { ...r.reading, value: percentOf(r.reading.value), unit: '%' } } : r,
  );
}

/** The baseline's unit, which the values must share when the target names none ("pienenee" from "5,8 %"). */
function baselineUnit(reads: readonly Read[], baselineCol: number | undefined): string | null {
  const baseline = reads.find((r) => r.col === baselineCol)?.reading;
  return baseline?.kind === 'number' ? baseline.unit : null;
}

/** Exactly one side in percent: the same figure cannot be compared. */
function unitsClash(unit: string | null, targetUnit: string | null): boolean {
  return unit !== null && targetUnit !== null && (unit === '%') !== (targetUnit === '%');
}

/**
 * The row's values, percentages typed as fractions scaled to percent, with an issue at each cell whose text is
 * not a number (when `expectNumbers`) or whose unit is not the target's (that value is left out).
 * @example // seed 001's NHG row 7: 'Kotihoidon asiakkaat, NHG:n prosentti | vähintään 14 % | 0,12 | 0,125 | 0,131 | 0,129 | | '
 * readIndicatorRow(grid, 7, header, ctx, { targetUnit: '%', targetValue: 14, expectNumbers: true }).actuals.map((a) => a.value) //=> [12, 12.5, 13.1, 12.9, null, null]
 */
export function readIndicatorRow(
  grid: Grid,
  row: number,
  header: IndicatorHeader,
  ctx: CoreContext,
  target: { targetUnit: string | null; targetValue: number | null; expectNumbers: boolean },
): IndicatorRowValues {
  const reads: Read[] = header.periods.map((p) => ({ label: p.label, col: p.col, reading: readIndicatorValue(cellAt(grid, row, p.col)) }));
  const actualCol = header.columns.actual;
  if (actualCol !== undefined)
    reads.push({
      label: cellText(cellAt(grid, header.row, actualCol)),
      col: actualCol,
      reading: readIndicatorValue(cellAt(grid, row, actualCol)),
    });
  const baselineCol = header.columns.baseline;
  if (baselineCol !== undefined) reads.push({ label: '', col: baselineCol, reading: readIndicatorValue(cellAt(grid, row, baselineCol)) });
  const issues: Issue[] = [];
  const scaled = percentScaled(reads, target.targetUnit, target.targetValue);
  const expectedUnit = target.targetUnit ?? baselineUnit(scaled, baselineCol);
  const cells = scaled.map((r): ValueCell => {
    const cell = cellAddress(row, r.col);
    const { reading } = r;
    if (reading.kind === 'invalid') {
      if (target.expectNumbers) issues.push(createIssue(ctx, 'indicator.notNumber', 'warning', grid.sheet, cell, { value: reading.text }));
      return { label: r.label, col: r.col, value: null, unit: null };
    }
    if (reading.kind === 'empty') return { label: r.label, col: r.col, value: null, unit: null };
    if (r.col !== baselineCol && unitsClash(reading.unit, expectedUnit)) {
      const params = { value: String(cellAt(grid, row, r.col) ?? ''), unit: reading.unit ?? '', targetUnit: expectedUnit ?? '' };
      issues.push(createIssue(ctx, 'indicator.unitMismatch', 'warning', grid.sheet, cell, params));
      return { label: r.label, col: r.col, value: null, unit: reading.unit };
    }
    return { label: r.label, col: r.col, value: reading.value, unit: reading.unit };
  });
  const baseline = baselineCol === undefined ? null : (cells.pop() ?? null);
  return { actuals: cells, baseline, issues };
}
