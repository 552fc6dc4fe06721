/** The user's settings as saved in the workbook, whatever of them is still valid. */
import type { SeurantaSettings } from '../app/workbookHost';

const LANGS = ['fi', 'sv', 'en'] as const;

/**
 * Keeps only the well-formed fields of the saved `seuranta.settings` value (an object, or its JSON as older hosts kept it), so
 * a hand-edited or older setting never breaks the pane or the ribbon.
 * @example parseSavedSettings({ lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje', 7] }) //=> { lang: 'sv', asOf: '2024-06-30', skipSheets: ['Ohje'] }
 */
export function parseSavedSettings(raw: unknown): Partial<SeurantaSettings> {
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
