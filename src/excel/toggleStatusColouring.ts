/** Adds the status colour rules to the user's status columns, or takes exactly the tool's rules off again. */
import type { StatusColouring } from '../core';
import { addConditionalFormat } from './addConditionalFormat';
import { excelRunner, type ExcelRun } from './excelRunner';
import { HostError } from './HostError';
import { isSeurantaRule } from './isSeurantaRule';

/**
 * Looks at every conditional format on the sheets concerned: if any carries the tool's tag, those (and only those) are
 * deleted; otherwise the colourings' rules are added. The user's values and own rules are never touched. A protected sheet
 * stops the whole toggle before anything changes (half-coloured tables would confuse). Three syncs: the formats' types and
 * the sheets' protection, the custom ones' formulas, the change.
 * @example await toggleStatusColouring(planStatusColouring(report)) //=> 'added'; again //=> 'removed'
 */
export async function toggleStatusColouring(
  colouring: readonly StatusColouring[],
  run: ExcelRun = excelRunner(),
): Promise<'added' | 'removed'> {
  const sheets = [...new Set(colouring.map((c) => c.sheet))];
  return run(async (context) => {
    const worksheets = sheets.map((name) => context.workbook.worksheets.getItem(name));
    const protections = worksheets.map((ws) => ws.protection.load('protected'));
    const collections = worksheets.map((ws) => ws.getRange().conditionalFormats.load('items/type'));
    await context.sync();
    const locked = sheets.filter((_, i) => protections[i]?.protected);
    if (locked.length > 0) throw new HostError('protectedSheet', `Protected: ${locked.join(', ')}`, 'AccessDenied');
    const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom'));
    for (const cf of custom) cf.custom.rule.load('formula');
    await context.sync();
    const ours = custom.filter((cf) => isSeurantaRule(cf.custom.rule.formula));
    if (ours.length > 0) {
      for (const cf of ours) cf.delete();
      await context.sync();
      return 'removed';
    }
    for (const c of colouring) addConditionalFormat(context.workbook.worksheets.getItem(c.sheet).getRange(c.format.range), c.format);
    await context.sync();
    return 'added';
  });
}
