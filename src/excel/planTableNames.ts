/** The names each plan's tables take on the new sheet and, where one is rewritten, on the earlier sheet. */
import { uniqueTableName, type SheetPlan } from '../core';

export interface TableNames {
  /** Names on the new sheet, written while every table already in the workbook is still there. */
  temp: string[];
  /** Names once the earlier sheet is rewritten: its own tables are gone by then, so it takes their names back. */
  final: string[];
}

/**
 * Table names are unique across a workbook. A plan written on a new sheet only takes names no table has; a plan that will
 * rewrite an earlier sheet (`old`) first takes such names on the new sheet, then, in the rewrite, the names free once that
 * sheet's own tables are deleted (normally its old ones, so `=ROWS(Myöhässä)` keeps working).
 * @example planTableNames([{ plan: summary, old: 'Yhteenveto' }], [{ name: 'Myöhässä', sheet: 'Yhteenveto' }])
 * //=> [{ temp: ['Myöhässä_2', …], final: ['Myöhässä', …] }]
 */
export function planTableNames(
  placements: readonly { plan: Pick<SheetPlan, 'tables'>; old: string | null }[],
  existing: readonly { name: string; sheet: string }[],
): TableNames[] {
  const assigned: string[] = [];
  const take = (wanted: string, taken: readonly string[]): string => {
    const name = uniqueTableName(wanted, [...taken, ...assigned]);
    assigned.push(name);
    return name;
  };
  const all = existing.map((t) => t.name);
  return placements.map(({ plan, old }) => {
    const wanted = (plan.tables ?? []).map((t) => t.name);
    if (old === null) {
      const names = wanted.map((w) => take(w, all));
      return { temp: names, final: names };
    }
    const stay = existing.filter((t) => t.sheet.toLowerCase() !== old.toLowerCase()).map((t) => t.name);
    const final = wanted.map((w) => take(w, stay));
    return { temp: wanted.map((w) => take(w, all)), final };
  });
}
