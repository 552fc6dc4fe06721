/** Which way an indicator moves, judged by its target's direction. */
import type { IndicatorTarget, Trend } from '../schema/report';

/**
 * From the last two values: `improving` when the later one is better in the target's direction (lower for
 * `<`/`<=`, higher for `>`/`>=`, closer for `=`), `worsening` when worse, `flat` when equal; null with fewer
 * than two values or no target.
 * @example indicatorTrend([9.3, 8.8], { op: '<', value: 8, unit: '%' }) //=> 'improving'
 */
export function indicatorTrend(values: readonly number[], target: IndicatorTarget | null): Trend | null {
  const later = values[values.length - 1];
  const earlier = values[values.length - 2];
  if (target === null || later === undefined || earlier === undefined) return null;
  if (later === earlier) return 'flat';
  const better =
    target.op === '<' || target.op === '<='
      ? later < earlier
      : target.op === '>' || target.op === '>='
        ? later > earlier
        : Math.abs(later - target.value) < Math.abs(earlier - target.value);
  if (target.op === '=' && Math.abs(later - target.value) === Math.abs(earlier - target.value)) return 'flat';
  return better ? 'improving' : 'worsening';
}
