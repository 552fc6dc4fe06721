/** `koonti.json` as pieces to write: the consolidation's own fields, and each unit's row as its worker encoded it. */
import type { Consolidation, WorkbookSummary } from '../../core';

/** Where the rows go in the consolidation stringified without them: a member of the top-level object, so two spaces in. */
const EMPTY_WORKBOOKS = '\n  "workbooks": []';

/**
 * Joined, the pieces are exactly `JSON.stringify(consolidation, null, 2)` as UTF-8. The rows come from `rowBytes` (each
 * summary's workbookJsonBytes), found by the very summary object the consolidation lists; should a row be missing, or
 * the consolidation list copies rather than the summaries it was given, the whole is stringified here instead.
 * @example Buffer.concat(consolidationJsonPieces(c, rows).map((p) => Buffer.from(p))).toString() === JSON.stringify(c, null, 2) //=> true
 */
export function consolidationJsonPieces(
  consolidation: Consolidation,
  rowBytes: ReadonlyMap<WorkbookSummary, Uint8Array>,
): (string | Uint8Array)[] {
  const whole = (): string[] => [JSON.stringify(consolidation, null, 2)];
  const rows = consolidation.workbooks.map((w) => rowBytes.get(w));
  if (rows.length === 0 || !rows.every((row): row is Uint8Array => row !== undefined)) return whole();
  const skeleton = JSON.stringify({ ...consolidation, workbooks: [] }, null, 2);
  // Unambiguous: a string value cannot hold a raw line break, and deeper members are indented further.
  const at = skeleton.indexOf(EMPTY_WORKBOOKS);
  if (at < 0) return whole();
  const pieces: (string | Uint8Array)[] = [`${skeleton.slice(0, at)}\n  "workbooks": [\n    `];
  rows.forEach((row, i) => {
    if (i > 0) pieces.push(',\n    ');
    pieces.push(row);
  });
  pieces.push(`\n  ]${skeleton.slice(at + EMPTY_WORKBOOKS.length)}`);
  return pieces;
}
