/** Writes generated sheets all or nothing, rewriting the tool's own earlier sheets (found by their marker) where they stand. */
import type { SheetPlan } from '../core';
import { clearSheet } from './clearSheet';
import { createBatchWriter, type BatchWriter } from './createBatchWriter';
import { excelRunner, type ExcelRun } from './excelRunner';
import { HostError } from './HostError';
import { payloadBudget } from './payloadBudget';
import { placePlans, type Placement } from './placePlans';
import { planTableNames, type TableNames } from './planTableNames';
import { probeLayout, type LayoutSheet, type WorkbookLayout } from './probeLayout';
import { toHostError } from './toHostError';
import { writeFeatures, type WriteFeatures } from './writeFeatures';
import { writePlan } from './writePlan';

export interface WriteSheetsOptions {
  budget?: number;
  run?: ExcelRun;
  /** The sheets as the read of this use case found them; without it the write asks Excel first (two more syncs). */
  layout?: WorkbookLayout;
  /** Bring the first plan's sheet to the front (when it is visible), in the same batch. */
  activate?: boolean;
}

/** A placement with the earlier sheet it rewrites, as the layout knows it. */
interface Target extends Placement {
  earlier: LayoutSheet | null;
  /** The names its tables take on the new sheet and, in a rewrite, on the earlier one. */
  tableNames: TableNames;
}

/**
 * Writes each plan on a new sheet first; once every plan stands in full there, the new sheets are renamed, the tool's earlier
 * sheet of each plan's kind is cleared and the plan written into it again, and the new sheet deleted: the earlier sheet keeps
 * its place and every formula of the user's that refers to it (`=Yhteenveto!B4`) keeps working. Other earlier sheets of the
 * kinds written are deleted; the sheets take the plans' names (a user's own "Yhteenveto" keeps its name and the generated one
 * becomes "Yhteenveto (2)"). All of it goes in one batch (more syncs only where the payload budget forces chunks): Excel stops
 * a batch at its first failing statement, so nothing of the earlier sheets is touched before the new ones stand in full, and
 * the names the new sheets have after a failure tell how far it got. If a write on the new sheets fails, they are deleted
 * again and a `HostError` with `undone: true` is thrown; if the rewrite in place fails, the new sheet takes the earlier one's
 * place and name instead (references to it break then, but the sheet is whole). A protected workbook structure (ExcelApi 1.7)
 * is refused before anything changes. A rewrite sends the plan twice.
 * @example await writeSheets([planSummarySheet(report, ctx)], { layout, activate: true }) //=> ['Yhteenveto']
 */
export async function writeSheets(plans: readonly SheetPlan[], options: WriteSheetsOptions = {}): Promise<string[]> {
  if (plans.length === 0) return [];
  const run = options.run ?? excelRunner();
  const features = writeFeatures(options.budget ?? payloadBudget());
  const layout = options.layout ?? (await probeLayout(run));
  if (layout.structureProtected) throw new HostError('protectedStructure', 'The workbook structure is protected.', null);

  const { placements, leftovers } = placePlans(plans, layout.sheets);
  const tableNames = planTableNames(placements, tablesOf(layout));
  const targets = placements.map((p, i): Target => ({
    ...p,
    earlier: layout.sheets.find((s) => s.name === p.old) ?? null,
    tableNames: tableNames[i] ?? { temp: [], final: [] },
  }));
  const extra = leftovers.flatMap((name) => layout.sheets.filter((s) => s.name === name));
  const activate = options.activate ?? false;
  try {
    await run((context) => writeAll(context, targets, extra, features, activate));
  } catch (error) {
    await recover(targets, extra, layout, run, error, activate);
  }
  return placements.map((p) => p.final);
}

/**
 * The whole write, in the order that makes a failure's extent readable from the sheet names: the plans on new sheets under
 * their proving names; all of them renamed (the proof); the sheet to show activated; the leftovers deleted and the earlier
 * sheets given their final names; each earlier sheet rewritten, its new sheet deleted at once; last, a new sheet that stays
 * given its final name.
 */
async function writeAll(
  context: Excel.RequestContext,
  targets: readonly Target[],
  extra: readonly LayoutSheet[],
  features: WriteFeatures,
  activate: boolean,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const writer = createBatchWriter(context, features.budget);
  const added = await writeOnNewSheets(worksheets, targets, writer, features);
  await writer.reserve(100 * (targets.length * 4 + extra.length + 1));
  added.forEach((sheet, i) => (sheet.name = targets[i]?.temp ?? sheet.name));
  if (activate) showFirst(worksheets, targets, added);
  for (const sheet of extra) worksheets.getItem(sheet.id).delete();
  for (const t of targets) if (t.earlier && t.earlier.name !== t.final) worksheets.getItem(t.earlier.id).name = t.final;
  await rewriteInPlace(worksheets, targets, added, writer, features);
  targets.forEach((t, i) => {
    const sheet = added[i];
    if (t.earlier === null && t.temp !== t.final && sheet) sheet.name = t.final;
  });
  await writer.flush();
}

/** Each plan on a new sheet under its proving name; the sheets in the order of the plans. */
async function writeOnNewSheets(
  worksheets: Excel.WorksheetCollection,
  targets: readonly Target[],
  writer: BatchWriter,
  features: WriteFeatures,
): Promise<Excel.Worksheet[]> {
  const added: Excel.Worksheet[] = [];
  for (const t of targets) {
    await writer.reserve(100);
    const sheet = worksheets.add(t.proving);
    added.push(sheet);
    await writePlan(sheet, t.plan, writer, features, t.tableNames.temp);
  }
  return added;
}

/** Activates the first plan's sheet: the earlier one, which stays, where there is one and it is visible, else the new one. */
function showFirst(worksheets: Excel.WorksheetCollection, targets: readonly Target[], added: readonly Excel.Worksheet[]): void {
  const first = targets[0];
  if (!first) return;
  if (first.earlier === null) added[0]?.activate();
  else if (first.earlier.visible) worksheets.getItem(first.earlier.id).activate();
}

/** Every table of the workbook with its sheet: a new table's name must be one none of them has. */
function tablesOf(layout: WorkbookLayout): { name: string; sheet: string }[] {
  return layout.sheets.flatMap((s) => s.tables.map((name) => ({ name, sheet: s.name })));
}

/** Clears each earlier sheet (its charts and tables by the names the read saw), writes its plan into it again, then deletes the new sheet. */
async function rewriteInPlace(
  worksheets: Excel.WorksheetCollection,
  targets: readonly Target[],
  added: readonly Excel.Worksheet[],
  writer: BatchWriter,
  features: WriteFeatures,
): Promise<void> {
  for (const [i, t] of targets.entries()) {
    if (t.earlier === null) continue;
    const sheet = worksheets.getItem(t.earlier.id);
    const charts = t.earlier.charts.map((name) => sheet.charts.getItem(name));
    const tables = t.earlier.tables.map((name) => sheet.tables.getItem(name));
    await writer.reserve(clearSheet(sheet, charts, tables, features));
    await writePlan(sheet, t.plan, writer, features, t.tableNames.final);
    await writer.reserve(100);
    added[i]?.delete();
  }
}

/**
 * After a failed write, reads which of the new sheets' names exist and acts on what they say. A sheet under its proving name,
 * or no new sheet at all, means no earlier sheet was touched: the new sheets are deleted and the failure thrown as undone.
 * Otherwise every plan stood in full on its new sheet: a plan whose new sheet is still there takes the earlier sheet's place
 * and name (the earlier one, perhaps half rewritten, is deleted); a plan whose new sheet is gone had its rewrite finish, so
 * its earlier sheet stays. The user has a whole sheet either way. If even this fails, the original failure is reported, not
 * undone: the new sheets are left as they are (the next run replaces them, by their marker).
 */
async function recover(
  targets: readonly Target[],
  extra: readonly LayoutSheet[],
  layout: WorkbookLayout,
  run: ExcelRun,
  cause: unknown,
  activate: boolean,
): Promise<void> {
  const before = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
  let undone = false;
  try {
    await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const mine = (name: string): Excel.Worksheet | null => (before.has(name.toLowerCase()) ? null : worksheets.getItemOrNullObject(name));
      const proving = targets.map((t) => mine(t.proving));
      const temps = targets.map((t) => mine(t.temp));
      const earlier = targets.map((t) => (t.earlier === null ? null : worksheets.getItemOrNullObject(t.earlier.id)));
      const leftovers = extra.map((s) => worksheets.getItemOrNullObject(s.id));
      await context.sync();
      const exists = (ws: Excel.Worksheet | null | undefined): ws is Excel.Worksheet => !!ws && !ws.isNullObject;
      if (proving.some(exists) || !temps.some(exists)) {
        // The proof renames in plan order, after every plan is written: only the new sheets before the first one still under
        // its proving name got their second name. A sheet of that name beyond them is someone else's, added since the read.
        const renamed = Math.max(0, proving.findIndex(exists));
        for (const ws of [...proving, ...temps.slice(0, renamed)]) if (exists(ws)) ws.delete();
        undone = true;
      } else {
        for (const ws of leftovers) if (exists(ws)) ws.delete();
        targets.forEach((t, i) => swapIn(t, temps[i], earlier[i], exists));
        const shown = temps[0] && exists(temps[0]) ? temps[0] : earlier[0];
        if (activate && exists(shown) && (targets[0]?.earlier?.visible ?? true)) shown.activate();
      }
      await context.sync();
    });
  } catch {
    throw toHostError(cause, false);
  }
  if (undone) throw toHostError(cause, true);
}

/** A plan's new sheet, where it still stands, takes the earlier sheet's place and name; else the earlier sheet takes the name. */
function swapIn(
  t: Target,
  temp: Excel.Worksheet | null | undefined,
  earlier: Excel.Worksheet | null | undefined,
  exists: (ws: Excel.Worksheet | null | undefined) => ws is Excel.Worksheet,
): void {
  if (exists(temp)) {
    if (exists(earlier)) earlier.delete();
    if (t.earlier !== null) temp.position = t.oldPosition;
    if (t.temp !== t.final) temp.name = t.final;
  } else if (exists(earlier) && t.earlier !== null && t.earlier.name !== t.final) {
    earlier.name = t.final;
  }
}
