/** Reads one value of an indicator (a period's actual, the baseline) with its unit. */
import { cellText } from '../cellText';
import type { CellValue } from '../grid';
import { parseNumber } from '../numbers/parseNumber';

export type IndicatorReading =
  | { readonly kind: 'empty' }
  /** `typed` when the cell held a number, not text: a cell formatted as percent holds its fraction. */
  | { readonly kind: 'number'; readonly value: number; readonly unit: string | null; readonly typed: boolean }
  | { readonly kind: 'invalid'; readonly text: string };

/** A number and one word after it ("12 vrk", "537 hlö"). */
const WITH_UNIT = /^(.*?\d)\s*(\p{L}[\p{L}.]*)$/u;

/**
 * The cell as a number through `parseNumber` (`9,3 %` is 9.3 with unit '%'), or a number followed by a
 * unit word; an empty cell or a lone dash is empty; anything else is invalid, never 0.
 * @example readIndicatorValue('9,3 %') //=> { kind: 'number', value: 9.3, unit: '%', typed: false }
 * @example readIndicatorValue('12 vrk') //=> { kind: 'number', value: 12, unit: 'vrk', typed: false }
 */
export function readIndicatorValue(value: CellValue | undefined): IndicatorReading {
  const parsed = parseNumber(value);
  if (parsed.kind === 'empty') return parsed;
  if (parsed.kind === 'number')
    return { kind: 'number', value: parsed.value, unit: parsed.percent ? '%' : null, typed: typeof value === 'number' };
  const m = typeof value === 'string' ? WITH_UNIT.exec(cellText(value)) : null;
  const number = m ? parseNumber(m[1] ?? '') : null;
  if (m && number?.kind === 'number' && !number.percent)
    return { kind: 'number', value: number.value, unit: (m[2] ?? '').toLowerCase(), typed: false };
  return parsed;
}
