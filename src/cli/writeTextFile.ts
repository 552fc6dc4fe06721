/** Writes a text file, turning a failure into a typed reason instead of a throw. */
import { promises as fs } from 'node:fs';

export type WriteTextResult = { ok: true } | { ok: false; reason: 'unwritable'; path: string; detail: string };

/**
 * The text may come in pieces (written one after another), so a large file never has to be one string.
 * @example await writeTextFile('raportti.json', '{}') //=> { ok: true }
 */
export async function writeTextFile(path: string, text: string | Iterable<string>): Promise<WriteTextResult> {
  try {
    await fs.writeFile(path, text, 'utf8');
    return { ok: true };
  } catch (e) {
    const detail = ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').slice(0, 200);
    return { ok: false, reason: 'unwritable', path, detail };
  }
}
