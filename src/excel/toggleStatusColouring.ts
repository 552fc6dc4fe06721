/** Adds the status colour rules to the user's status columns, or takes exactly the tool's rules off again. */
import type { StatusColouring } from '../core';
import { addConditionalFormat } from './addConditionalFormat';
import { conditionalFormatBytes } from './conditionalFormatBytes';
import { createBatchWriter } from './createBatchWriter';
import { excelRunner, type ExcelRun } from './excelRunner';
import { HostError } from './HostError';
import { isSeurantaRule } from './isSeurantaRule';
import { payloadBudget } from './payloadBudget';
import { toHostError } from './toHostError';

/** The longest formula Excel keeps in a rule (8 192 characters), with room for its framing in the response. */
const FORMULA_BYTES_AT_MOST = 8_500;

/**
 * The tool's rules (and only those) on the given sheets' conditional formats, loaded: two syncs, more only when the
 * formulas could pass `budget` in one response (they are read in groups sized for the longest formula Excel allows).
 * @example (await loadToolRules(context, ['Hyte'], 4_000_000)).length //=> 224 once 32 status columns are coloured
 */
async function loadToolRules(context: Excel.RequestContext, sheets: readonly string[], budget: number): Promise<Excel.ConditionalFormat[]> {
  const collections = sheets.map((name) => context.workbook.worksheets.getItem(name).getRange().conditionalFormats.load('items/type'));
  await context.sync();
  const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom'));
  const group = Math.max(1, Math.floor(budget / FORMULA_BYTES_AT_MOST));
  for (let start = 0; start < custom.length; start += group) {
    for (const cf of custom.slice(start, start + group)) cf.custom.rule.load('formula');
    await context.sync();
  }
  return custom.filter((cf) => isSeurantaRule(cf.custom.rule.formula));
}

/**
 * Looks at every conditional format on the sheets concerned: if any carries the tool's tag, those (and only those) are
 * deleted; otherwise the colourings' rules are added. The user's values and own rules are never touched. A protected sheet
 * stops the whole toggle before anything changes (half-coloured tables would confuse). The rules are sent in batches that
 * stay under `budget` (each status rule is a few kB, so a workbook of hundreds of status columns passes Excel on the web's
 * 5 MB request limit in one), and read back in groups when removed; if a batch fails, the rules already added are taken
 * off again. Three syncs when everything fits one.
 * @example await toggleStatusColouring(planStatusColouring(report)) //=> 'added'; again //=> 'removed'
 */
export async function toggleStatusColouring(
  colouring: readonly StatusColouring[],
  run: ExcelRun = excelRunner(),
  budget: number = payloadBudget(),
): Promise<'added' | 'removed'> {
  const sheets = [...new Set(colouring.map((c) => c.sheet))];
  return run(async (context) => {
    const protections = sheets.map((name) => context.workbook.worksheets.getItem(name).protection.load('protected'));
    const ours = await loadToolRules(context, sheets, budget);
    const locked = sheets.filter((_, i) => protections[i]?.protected);
    if (locked.length > 0) throw new HostError('protectedSheet', `Protected: ${locked.join(', ')}`, 'AccessDenied');
    if (ours.length > 0) {
      for (const cf of ours) cf.delete();
      await context.sync();
      return 'removed';
    }
    const writer = createBatchWriter(context, budget);
    try {
      for (const c of colouring) {
        await writer.reserve(conditionalFormatBytes(c.format));
        addConditionalFormat(context.workbook.worksheets.getItem(c.sheet).getRange(c.format.range), c.format);
      }
      await writer.flush();
    } catch (error) {
      await takeOffAgain(context, sheets, budget);
      throw toHostError(error, true);
    }
    return 'added';
  });
}

/** After a failed batch: the rules the earlier batches added go again, so no table is left half coloured. */
async function takeOffAgain(context: Excel.RequestContext, sheets: readonly string[], budget: number): Promise<void> {
  try {
    for (const cf of await loadToolRules(context, sheets, budget)) cf.delete();
    await context.sync();
  } catch {
    // The original failure is what the user needs to hear about.
  }
}
