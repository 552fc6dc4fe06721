/** Where each generated sheet goes among the workbook's sheets, decided before anything is written. */
import { uniqueSheetName, type SheetKind, type SheetPlan } from '../core';

/** Where a plan goes: a new sheet first (the proof), then the tool's earlier sheet of its kind, if there is one. */
export interface Placement {
  plan: SheetPlan;
  /** A name no sheet has: the new sheet's name while the plan is being written on it. */
  proving: string;
  /** Another name no sheet has, and none of the earlier sheets takes: the new sheet's name once the plan is on it in full. */
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
 * Final names clash with no sheet that stays, so a user's own "Yhteenveto" keeps its name. The two names of the new sheet
 * clash with no sheet at all and with no final name of an earlier sheet (which is renamed while the new sheet still stands);
 * a new sheet that stays takes its final name from the start where that is free.
 * @example placePlans([summaryPlan], [{ name: 'Yhteenveto', kind: null }])
 * //=> { placements: [{ plan: summaryPlan, proving: 'Yhteenveto (3)', temp: 'Yhteenveto (2)', final: 'Yhteenveto (2)', old: null, oldPosition: -1 }], leftovers: [] }
 */
export function placePlans(
  plans: readonly SheetPlan[],
  sheets: readonly { name: string; kind: SheetKind | null }[],
): { placements: Placement[]; leftovers: string[] } {
  const kinds = new Set<SheetKind>(plans.map((p) => p.kind));
  const allNames = sheets.map((s) => s.name);
  const replaced = sheets.filter((s) => s.kind !== null && kinds.has(s.kind)).map((s) => s.name);
  const staying = allNames.filter((n) => !replaced.includes(n));
  const finals: string[] = [];
  for (const plan of plans) finals.push(uniqueSheetName(plan.name, [...staying, ...finals]));
  const used: string[] = [];
  const placements = plans.map((plan, i): Placement => {
    const oldPosition = sheets.findIndex((s) => s.kind === plan.kind);
    const final = finals[i] ?? plan.name;
    const keepsFinal = oldPosition < 0 && !hasName([...allNames, ...used], final);
    const temp = keepsFinal ? final : uniqueSheetName(plan.name, [...allNames, ...finals, ...used]);
    const proving = uniqueSheetName(plan.name, [...allNames, ...finals, ...used, temp]);
    used.push(temp, proving);
    return { plan, proving, temp, final, old: sheets[oldPosition]?.name ?? null, oldPosition };
  });
  const leftovers = replaced.filter((n) => !placements.some((p) => p.old === n));
  return { placements, leftovers };
}

function hasName(names: readonly string[], name: string): boolean {
  return names.some((n) => n.toLowerCase() === name.toLowerCase());
}
