/** Writes generated sheets all or nothing, rewriting the tool's own earlier sheets (found by their marker) where they stand. */
import { generatedKindOf, GENERATED_MARKER_CELL, type SheetKind, type SheetPlan } from '../core';
import { clearSheet } from './clearSheet';
import { createBatchWriter, type BatchWriter } from './createBatchWriter';
import { excelRunner, type ExcelRun } from './excelRunner';
import { HostError } from './HostError';
import { isExcelApiSupported } from './isExcelApiSupported';
import { payloadBudget } from './payloadBudget';
import { placePlans, type Placement } from './placePlans';
import { planTableNames, type TableNames } from './planTableNames';
import { toHostError } from './toHostError';
import { writeFeatures, type WriteFeatures } from './writeFeatures';
import { writePlan } from './writePlan';

export interface WriteSheetsOptions {
  budget?: number;
  run?: ExcelRun;
}

/**
 * Writes each plan on a new sheet first, so that a failure can still be undone by deleting what this call added. Once every
 * write has gone through, the tool's earlier sheet of the plan's kind is cleared and the plan written into it again, and the
 * new sheet deleted: the earlier sheet keeps its place and every formula of the user's that refers to it (`=Yhteenveto!B4`)
 * keeps working. Other earlier sheets of the kinds written are deleted; the sheets take the plans' names (a user's own
 * "Yhteenveto" keeps its name and the generated one becomes "Yhteenveto (2)"). If a write on the new sheets fails, they are
 * deleted again and a `HostError` with `undone: true` is thrown; if the rewrite in place fails, the new sheet takes the
 * earlier one's place and name instead (references to it break then, but the sheet is whole). A protected workbook
 * structure (ExcelApi 1.7) is refused before anything changes.
 * Syncs, whatever the number of rows and sheets: names and structure protection, markers, the new sheets, the rewrite in
 * place with the deletes and renames (more only where the payload budget forces chunks). A rewrite sends the plan twice.
 * @example await writeSheets([planSummarySheet(report, ctx)]) //=> ['Yhteenveto']
 */
export async function writeSheets(plans: readonly SheetPlan[], options: WriteSheetsOptions = {}): Promise<string[]> {
  if (plans.length === 0) return [];
  const run = options.run ?? excelRunner();
  const features = writeFeatures(options.budget ?? payloadBudget());
  const { sheets, structureProtected, tables } = await probeSheets(run);
  if (structureProtected) throw new HostError('protectedStructure', 'The workbook structure is protected.', null);

  const allNames = sheets.map((s) => s.name);
  const { placements, leftovers } = placePlans(plans, sheets);
  const tableNames = planTableNames(placements, tables);

  let proved = false;
  try {
    await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const writer = createBatchWriter(context, features.budget);
      const oldCharts = placements.map((p) => (p.old === null ? null : worksheets.getItem(p.old).charts.load('items/name')));
      const oldTables = placements.map((p) => (p.old === null ? null : worksheets.getItem(p.old).tables.load('items/name')));
      for (const [i, p] of placements.entries()) {
        await writer.reserve(100);
        await writePlan(worksheets.add(p.temp), p.plan, writer, features, tableNames[i]?.temp);
      }
      await writer.flush();
      proved = true;
      await rewriteInPlace(worksheets, placements, { charts: oldCharts, tables: oldTables, names: tableNames }, writer, features);
      await writer.reserve(100 * (leftovers.length + placements.length * 2));
      settleNames(worksheets, placements, leftovers);
      await writer.flush();
    });
  } catch (error) {
    if (!proved) {
      await removeSheets(
        placements.map((p) => p.temp),
        allNames,
        run,
      );
      throw toHostError(error, true);
    }
    await swapIn(placements, leftovers, run, error);
  }
  return placements.map((p) => p.final);
}

/** Clears each earlier sheet of a plan's kind (its charts and tables loaded before) and writes the plan into it again. */
async function rewriteInPlace(
  worksheets: Excel.WorksheetCollection,
  placements: readonly Placement[],
  old: {
    charts: readonly (Excel.ChartCollection | null)[];
    tables: readonly (Excel.TableCollection | null)[];
    names: readonly TableNames[];
  },
  writer: BatchWriter,
  features: WriteFeatures,
): Promise<void> {
  for (const [i, p] of placements.entries()) {
    if (p.old === null) continue;
    const sheet = worksheets.getItem(p.old);
    await writer.reserve(clearSheet(sheet, old.charts[i]?.items ?? [], old.tables[i]?.items ?? [], features));
    await writePlan(sheet, p.plan, writer, features, old.names[i]?.final);
  }
}

/** Deletes the leftovers and the new sheets no longer needed, and gives each kept sheet its final name. */
function settleNames(worksheets: Excel.WorksheetCollection, placements: readonly Placement[], leftovers: readonly string[]): void {
  for (const name of leftovers) worksheets.getItem(name).delete();
  for (const p of placements) {
    if (p.old !== null) worksheets.getItem(p.temp).delete();
    const keep = p.old ?? p.temp;
    if (keep !== p.final) worksheets.getItem(keep).name = p.final;
  }
}

/**
 * The sheets in order with the kind of generated sheet each is (by its marker), whether the structure is protected, and the
 * workbook's tables with their sheets (a new table's name must be one none of them has).
 */
async function probeSheets(run: ExcelRun): Promise<{
  sheets: { name: string; kind: SheetKind | null }[];
  structureProtected: boolean;
  tables: { name: string; sheet: string }[];
}> {
  const withProtection = isExcelApiSupported('1.7');
  return run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    const protection = withProtection ? context.workbook.protection.load('protected') : null;
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    await context.sync();
    const markers = worksheets.items.map((ws) => ({ name: ws.name, marker: ws.getRange(GENERATED_MARKER_CELL.address).load('values') }));
    await context.sync();
    return {
      sheets: markers.map(({ name, marker }) => ({ name, kind: generatedKindOf(marker.values[0]?.[0]) })),
      structureProtected: protection?.protected ?? false,
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    };
  });
}

/**
 * The rewrite in place failed after the new sheets were written in full: each plan whose new sheet is still there takes the
 * earlier sheet's place and name (the earlier one, perhaps half rewritten, is deleted); a plan whose new sheet is gone had its
 * rewrite finish, so its earlier sheet stays. The user has a whole sheet either way. If even this fails, the original failure
 * is reported, not undone: the new sheets are left as they are (the next run replaces them, by their marker).
 */
async function swapIn(placements: readonly Placement[], leftovers: readonly string[], run: ExcelRun, cause: unknown): Promise<void> {
  try {
    await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const temps = placements.map((p) => worksheets.getItemOrNullObject(p.temp));
      const olds = placements.map((p) => (p.old === null ? null : worksheets.getItemOrNullObject(p.old)));
      const extra = leftovers.map((n) => worksheets.getItemOrNullObject(n));
      await context.sync();
      for (const ws of extra) if (!ws.isNullObject) ws.delete();
      placements.forEach((p, i) => {
        const temp = temps[i];
        const old = olds[i];
        if (temp && !temp.isNullObject) {
          if (old && !old.isNullObject) old.delete();
          if (p.old !== null) temp.position = p.oldPosition;
          if (p.temp !== p.final) temp.name = p.final;
        } else if (old && !old.isNullObject && p.old !== p.final) {
          old.name = p.final;
        }
      });
      await context.sync();
    });
  } catch {
    throw toHostError(cause, false);
  }
}

/** Deletes the sheets this call added (never one that was there before it began). */
async function removeSheets(names: readonly string[], before: readonly string[], run: ExcelRun): Promise<void> {
  const existing = new Set(before.map((n) => n.toLowerCase()));
  try {
    await run(async (context) => {
      const candidates = names.filter((n) => !existing.has(n.toLowerCase())).map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      await context.sync();
      for (const ws of candidates) if (!ws.isNullObject) ws.delete();
      await context.sync();
    });
  } catch {
    // The original failure is what the user needs to hear about.
  }
}
