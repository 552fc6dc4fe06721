/** The user's settings as saved in the workbook, whatever of them is still valid. */
import type { SeurantaSettings } from '../app/workbookHost';
import { excelRunner, type ExcelRun } from './excelRunner';
import { SETTINGS_KEY } from './settingsKey';

const LANGS = ['fi', 'sv', 'en'] as const;

/**
 * Reads the workbook's `seuranta.settings` (workbook.settings, ExcelApi 1.4) and keeps only well-formed fields, so a hand-edited
 * or older setting never breaks the pane.
 * @example await loadSettings() //=> { lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje'] }
 */
export async function loadSettings(run: ExcelRun = excelRunner()): Promise<Partial<SeurantaSettings>> {
  const raw = await run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    await context.sync();
    return item.isNullObject ? null : (item.value as unknown);
  });
  const value = typeof raw === 'string' ? safeParse(raw) : raw;
  if (typeof value !== 'object' || value === null) return {};
  const out: Partial<SeurantaSettings> = {};
  const v = value as Record<string, unknown>;
  if (typeof v.lang === 'string' && (LANGS as readonly string[]).includes(v.lang)) out.lang = v.lang as SeurantaSettings['lang'];
  if (v.asOf === null || (typeof v.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.asOf))) out.asOf = v.asOf;
  if (Array.isArray(v.skipSheets)) out.skipSheets = v.skipSheets.filter((s): s is string => typeof s === 'string');
  return out;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
