/** Tells a goal column that groups the actions to its right from a goal column that is each action's own. */
import type { ColumnRole } from '../schema/report';

/**
 * True when the goal column stands left of the action: a goal written once for the actions beside and
 * below it, as a merged cell shows it (seed 002's template). A goal right of the action is the item's own.
 * @example isGroupingGoal({ goal: 1, action: 2, schedule: 3 }) //=> true ('Tavoite | Toimenpide | Aikataulu')
 * @example isGroupingGoal({ number: 1, action: 2, goal: 3 }) //=> false ('Nro | Toimenpide | Tavoite')
 */
export function isGroupingGoal(columns: Partial<Record<ColumnRole, number>>): boolean {
  return columns.goal !== undefined && columns.action !== undefined && columns.goal < columns.action;
}
