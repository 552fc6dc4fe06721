/** How a cell naming a status looks on every sheet of the tool: the palette's fill, font and outline. */
import { STATUS_PALETTE } from '../palette';
import type { CanonicalStatus } from '../schema/report';
import type { PlanFormat } from '../schema/sheetPlan';

/**
 * The status's colours as a cell format, as every sheet of the tool shows them.
 * @example statusLook('done') //=> { fill: '#63BE7B', fontColor: '#000000' }
 * @example statusLook('unknown') //=> { fontColor: '#000000', border: { style: 'outline', color: '#7030A0' } }
 */
export function statusLook(status: CanonicalStatus): Omit<PlanFormat, 'range'> {
  const style = STATUS_PALETTE[status];
  return {
    ...(style.fill ? { fill: style.fill } : {}),
    fontColor: style.fontColor,
    ...(style.strike ? { strike: true } : {}),
    ...(style.outline ? { border: { style: 'outline' as const, color: style.outline } } : {}),
  };
}
