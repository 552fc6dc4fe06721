/** Writes generated sheets all or nothing, replacing only the tool's own earlier sheets (found by their marker). */
import { generatedKindOf, GENERATED_MARKER_CELL, uniqueSheetName, type SheetKind, type SheetPlan } from '../core';
import { createBatchWriter } from './createBatchWriter';
import { isExcelApiSupported } from './isExcelApiSupported';
import { payloadBudget } from './payloadBudget';
import { toHostError } from './toHostError';
import { writePlan } from './writePlan';

export interface WriteSheetsOptions {
  budget?: number;
}

/**
 * Adds a new sheet per plan under a name no sheet has, writes it, and only when every write has gone through deletes the
 * tool's earlier sheet of that kind and takes the wanted name (a user's own "Yhteenveto" keeps its name and the new sheet
 * becomes "Yhteenveto (2)"). If any write fails, the sheets added are deleted again, the earlier ones are untouched, and a
 * `HostError` with `undone: true` is thrown. Constant syncs: names, markers, the writes (more only past the payload budget),
 * the swap.
 * @example await writeSheets([planSummarySheet(report, ctx)]) //=> ['Yhteenveto']
 */
export async function writeSheets(plans: readonly SheetPlan[], options: WriteSheetsOptions = {}): Promise<string[]> {
  if (plans.length === 0) return [];
  const budget = options.budget ?? payloadBudget();
  const features = { budget, freeze: isExcelApiSupported('1.7'), indent: isExcelApiSupported('1.9') };
  const kinds = new Set<SheetKind>(plans.map((p) => p.kind));

  const found = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const markers = sheets.items.map((ws) => ({ name: ws.name, marker: ws.getRange(GENERATED_MARKER_CELL.address).load('values') }));
    await context.sync();
    return markers.map(({ name, marker }) => ({ name, kind: generatedKindOf(marker.values[0]?.[0]) }));
  });
  const allNames = found.map((s) => s.name);
  const replaced = found.filter((s) => s.kind !== null && kinds.has(s.kind)).map((s) => s.name);

  // Temporary names clash with nothing; final names clash with nothing that stays.
  const tempNames: string[] = [];
  for (const plan of plans) tempNames.push(uniqueSheetName(plan.name, [...allNames, ...tempNames]));
  const staying = allNames.filter((n) => !replaced.includes(n));
  const finalNames: string[] = [];
  for (const plan of plans) finalNames.push(uniqueSheetName(plan.name, [...staying, ...finalNames]));

  try {
    await Excel.run(async (context) => {
      const writer = createBatchWriter(context, budget);
      for (const [i, plan] of plans.entries()) {
        await writer.reserve(100);
        const sheet = context.workbook.worksheets.add(tempNames[i]);
        await writePlan(sheet, plan, writer, features);
      }
      await writer.flush();
    });
  } catch (error) {
    await removeSheets(tempNames, allNames);
    throw toHostError(error, true);
  }

  try {
    await Excel.run(async (context) => {
      for (const name of replaced) context.workbook.worksheets.getItem(name).delete();
      plans.forEach((_, i) => {
        const temp = tempNames[i];
        const final = finalNames[i];
        if (temp !== undefined && final !== undefined && temp !== final) context.workbook.worksheets.getItem(temp).name = final;
      });
      await context.sync();
    });
  } catch (error) {
    await removeSheets(tempNames, allNames);
    throw toHostError(error, true);
  }
  return finalNames;
}

/** Deletes the sheets this call added (never one that was there before it began). */
async function removeSheets(names: readonly string[], before: readonly string[]): Promise<void> {
  const existing = new Set(before.map((n) => n.toLowerCase()));
  try {
    await Excel.run(async (context) => {
      const candidates = names
        .filter((n) => !existing.has(n.toLowerCase()))
        .map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      await context.sync();
      for (const ws of candidates) if (!ws.isNullObject) ws.delete();
      await context.sync();
    });
  } catch {
    // The original failure is what the user needs to hear about.
  }
}
