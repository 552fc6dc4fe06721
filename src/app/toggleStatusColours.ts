/** "Väritä tilat": status colours on the user's own status columns, on and off. */
import { planStatusColouring } from '../core';
import { readReport } from './readReport';
import type { SeurantaSettings, WorkbookHost } from './workbookHost';

/**
 * Adds the conditional-format rules to every status column found, or, when the tool's rules are there, removes exactly them.
 * `columns` is how many status columns the rules were planned for (0 when no action table was found).
 * @example await toggleStatusColours(host, settings) //=> { result: 'added', columns: 7 }
 */
export async function toggleStatusColours(
  host: WorkbookHost,
  settings: SeurantaSettings,
): Promise<{ result: 'added' | 'removed'; columns: number }> {
  const report = await readReport(host, settings);
  const colouring = planStatusColouring(report);
  const result = await host.toggleStatusColouring(colouring);
  return { result, columns: colouring.length };
}
