/** `koonti.json` as pieces to write: the consolidation's own fields, and each unit's row as its worker encoded it. */
import type { Consolidation, WorkbookSummary } from '../../core';
import { workbookJsonBytes } from './workbookJsonBytes';

/** Where the rows go in the consolidation stringified without them: a member of the top-level object, so two spaces in. */
const EMPTY_WORKBOOKS = '\n  "workbooks": []';

/**
 * Joined, the pieces are exactly `JSON.stringify(consolidation, null, 2)` as UTF-8. Each row is the one in `rowBytes`
 * (the summary's workbookJsonBytes, made by the worker that read it) found by the very summary object the consolidation
 * lists; a row the consolidation made anew (a unit renamed by its file because its title is shared) is encoded here.
 * @example Buffer.concat(consolidationJsonPieces(c, rows).map((p) => Buffer.from(p))).toString() === JSON.stringify(c, null, 2) //=> true
 */
export function consolidationJsonPieces(
  consolidation: Consolidation,
  rowBytes: ReadonlyMap<WorkbookSummary, Uint8Array>,
): (string | Uint8Array)[] {
  const skeleton = JSON.stringify({ ...consolidation, workbooks: [] }, null, 2);
  // Unambiguous: a string value cannot hold a raw line break, and deeper members are indented further.
  const at = skeleton.indexOf(EMPTY_WORKBOOKS);
  if (consolidation.workbooks.length === 0 || at < 0) return [JSON.stringify(consolidation, null, 2)];
  const pieces: (string | Uint8Array)[] = [`${skeleton.slice(0, at)}\n  "workbooks": [\n    `];
  consolidation.workbooks.forEach((w, i) => {
    if (i > 0) pieces.push(',\n    ');
    pieces.push(rowBytes.get(w) ?? workbookJsonBytes(w));
  });
  pieces.push(`\n  ]${skeleton.slice(at + EMPTY_WORKBOOKS.length)}`);
  return pieces;
}
