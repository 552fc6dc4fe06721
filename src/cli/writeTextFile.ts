/** Writes a text file, turning a failure into a typed reason instead of a throw. */
import { promises as fs } from 'node:fs';
import { errorLine } from './errorLine';

export type WriteTextResult = { ok: true } | { ok: false; reason: 'unwritable'; path: string; detail: string };

/**
 * The text may come in pieces (written one after another), so a large file never has to be one string.
 * @example await writeTextFile('raportti.json', '{}') //=> { ok: true }
 */
export async function writeTextFile(path: string, text: string | Iterable<string>): Promise<WriteTextResult> {
  try {
    // One write per piece on an open file: fs.writeFile given an iterable took several times as long
    // (0.5-0.9 s against ~0.15 s for report.json at 100 000 rows).
    const file = await fs.open(path, 'w');
    try {
      for (const piece of typeof text === 'string' ? [text] : text) await file.write(piece, null, 'utf8');
    } finally {
      await file.close();
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: 'unwritable', path, detail: errorLine(e) };
  }
}
