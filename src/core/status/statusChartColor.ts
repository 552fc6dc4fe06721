/** A status's colour where it fills a bar or a column of a chart. */
import { STATUS_PALETTE } from '../palette';
import type { CanonicalStatus } from '../schema/report';

/**
 * In a chart, missing stands right beside unknown, and both are a purple outline on the sheets: unknown takes that
 * purple, missing a lighter one, so the two parts of a column stay apart.
 */
const OUTLINED: Partial<Record<CanonicalStatus, string>> = { unknown: '#7030A0', missing: '#B4A0D2' };

/**
 * The status's fill on the sheets; the outlined ones (unknown, missing) in their purple.
 * @example statusChartColor('done') //=> '#63BE7B'
 * @example statusChartColor('missing') //=> '#B4A0D2'
 */
export function statusChartColor(status: CanonicalStatus): string {
  return STATUS_PALETTE[status].fill ?? OUTLINED[status] ?? STATUS_PALETTE[status].fontColor;
}
