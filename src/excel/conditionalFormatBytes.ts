/** What a plan's conditional format costs in a request, so a batch can be closed before it would pass the budget. */
import type { PlanConditionalFormat } from '../core';

/**
 * The bytes `addConditionalFormat` sends for `format`: each rule's formula (a status rule is a few kB) and the format
 * around it.
 * @example conditionalFormatBytes({ range: 'E6:E40', rules: [{ formula: '=A1', stopIfTrue: true }] }) //=> 203
 */
export function conditionalFormatBytes(format: PlanConditionalFormat): number {
  return format.rules.reduce((n, rule) => n + 200 + rule.formula.length, 0);
}
