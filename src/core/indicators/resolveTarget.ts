/** Turns a parsed target into one absolute comparison, against the baseline where the target is relative. */
import type { IndicatorTarget } from '../schema/report';
import type { ParsedTarget } from './parseTarget';

/** Sums of decimals ("9,3 × 0,9") carry float noise no one wrote. */
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** A bare level's direction: from a baseline above it, lower is better; below it, higher; else it must be hit. */
function bareOp(value: number, reference: number | null): IndicatorTarget['op'] {
  if (reference === null || reference === value) return '=';
  return reference > value ? '<=' : '>=';
}

/**
 * The absolute comparison a target makes, or null when it makes none (qualitative, unreadable, empty) or
 * is relative with nothing to be relative to. `reference` is the baseline (or the first value the row has).
 * A change in percent is relative to the reference (`laskee 10 %` from 200 is `<= 180`); a change in a
 * unit is absolute (`vähenee 5 asiakasta`); a direction alone compares with the reference itself.
 * @example resolveTarget({ kind: 'change', direction: 'down', op: null, amount: 10, unit: '%' }, 200, null) //=> { op: '<=', value: 180, unit: null }
 * @example resolveTarget({ kind: 'level', op: null, value: 0, unit: 'asiakasta' }, 12, null) //=> { op: '<=', value: 0, unit: 'asiakasta' }
 */
export function resolveTarget(parsed: ParsedTarget, reference: number | null, referenceUnit: string | null): IndicatorTarget | null {
  if (parsed.kind === 'level') return { op: parsed.op ?? bareOp(parsed.value, reference), value: parsed.value, unit: parsed.unit };
  if (parsed.kind !== 'change' || reference === null) return null;
  const sign = parsed.direction === 'down' ? -1 : 1;
  const defaultOp = parsed.direction === 'down' ? '<=' : '>=';
  if (parsed.amount === null) return { op: parsed.direction === 'down' ? '<' : '>', value: reference, unit: referenceUnit };
  const amount = Math.abs(parsed.amount);
  const value = parsed.unit === '%' ? reference * (1 + (sign * amount) / 100) : reference + sign * amount;
  const unit = parsed.unit === '%' ? referenceUnit : (parsed.unit ?? referenceUnit);
  return { op: parsed.op ?? defaultOp, value: tidy(value), unit };
}
