/** The verdict a manager gives an indicator by reading its row: met, not met, no data yet, or no comparison. */
import type { IndicatorTarget, Verdict } from '../schema/report';
import type { ParsedTarget } from './parseTarget';

/** Values equal to the target within float noise meet `=`, `<=` and `>=`. */
const EPSILON = 1e-9;

function holds(value: number, target: IndicatorTarget): boolean {
  switch (target.op) {
    case '<':
      return value < target.value - EPSILON;
    case '<=':
      return value <= target.value + EPSILON;
    case '>':
      return value > target.value + EPSILON;
    case '>=':
      return value >= target.value - EPSILON;
    case '=':
      return Math.abs(value - target.value) <= EPSILON;
  }
}

/**
 * `unreadable` for a target that cannot be read, `qualitative` for one with no number and no direction (or no
 * target at all), `no_data` when there is no value yet or nothing a relative target can be resolved from,
 * else `met` or `not_met` by the latest value.
 * @example judgeIndicator({ kind: 'level', op: '<', value: 10, unit: '%' }, { op: '<', value: 10, unit: '%' }, 8.2) //=> 'met'
 */
export function judgeIndicator(parsed: ParsedTarget, target: IndicatorTarget | null, latest: number | null): Verdict {
  if (parsed.kind === 'unreadable') return 'unreadable';
  if (parsed.kind === 'qualitative' || parsed.kind === 'none') return 'qualitative';
  if (latest === null || target === null) return 'no_data';
  return holds(latest, target) ? 'met' : 'not_met';
}
