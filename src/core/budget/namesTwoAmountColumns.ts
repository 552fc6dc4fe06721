/** The rule that makes a header a budget's: two amount columns. */
import type { BudgetColumn } from '../schema/report';

/**
 * True when at least two different amount columns are named, so one is not actuals: "Toteuma" alone
 * heads an action table's status column as often as a budget's actuals.
 * @example namesTwoAmountColumns(new Map([['budget', b], ['actual', a]])) //=> true ("Talousarvio 2023 | Toteuma 1-6/2023")
 * @example namesTwoAmountColumns(new Map([['actual', a]])) //=> false ("Toimenpide | Toteuma")
 */
export function namesTwoAmountColumns(amounts: ReadonlyMap<BudgetColumn, unknown>): boolean {
  return amounts.size >= 2;
}
