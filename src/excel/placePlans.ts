/** Where each generated sheet goes among the workbook's sheets, decided before anything is written. */
import { uniqueSheetName, type SheetKind, type SheetPlan } from '../core';

/** Where a plan goes: a new sheet first (the proof), then the tool's earlier sheet of its kind, if there is one. */
export interface Placement {
  plan: SheetPlan;
  /** A name no sheet has: the new sheet the plan is first written on. */
  temp: string;
  /** The name the plan's sheet ends with. */
  final: string;
  /** The tool's earlier sheet of this kind, rewritten in place; null when there is none. */
  old: string | null;
  /** Its place among the sheets (-1 when there is none). */
  oldPosition: number;
}

/**
 * A placement per plan, and the leftovers: the tool's earlier sheets of the kinds written that no plan rewrites (deleted).
 * Temporary names clash with no sheet; final names clash with no sheet that stays, so a user's own "Yhteenveto" keeps its name.
 * @example placePlans([summaryPlan], [{ name: 'Yhteenveto', kind: null }])
 * //=> { placements: [{ plan: summaryPlan, temp: 'Yhteenveto (2)', final: 'Yhteenveto (2)', old: null, oldPosition: -1 }], leftovers: [] }
 */
export function placePlans(
  plans: readonly SheetPlan[],
  sheets: readonly { name: string; kind: SheetKind | null }[],
): { placements: Placement[]; leftovers: string[] } {
  const kinds = new Set<SheetKind>(plans.map((p) => p.kind));
  const allNames = sheets.map((s) => s.name);
  const replaced = sheets.filter((s) => s.kind !== null && kinds.has(s.kind)).map((s) => s.name);
  const staying = allNames.filter((n) => !replaced.includes(n));
  const placements: Placement[] = [];
  for (const plan of plans) {
    const oldPosition = sheets.findIndex((s) => s.kind === plan.kind);
    placements.push({
      plan,
      temp: uniqueSheetName(plan.name, [...allNames, ...placements.map((p) => p.temp)]),
      final: uniqueSheetName(plan.name, [...staying, ...placements.map((p) => p.final)]),
      old: sheets[oldPosition]?.name ?? null,
      oldPosition,
    });
  }
  const leftovers = replaced.filter((n) => !placements.some((p) => p.old === n));
  return { placements, leftovers };
}
