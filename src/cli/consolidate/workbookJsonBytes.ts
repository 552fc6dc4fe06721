/** One unit's row of `koonti.json`, written where the unit was read. */
import type { WorkbookSummary } from '../../core';

/** `[[summary]]` puts the summary two levels deep, as `workbooks[i]` is in the consolidation: the same indentation. */
const OPENING = '[\n  [\n    ';
const CLOSING = '\n  ]\n]';
const encoder = new TextEncoder();

/**
 * The summary as `JSON.stringify(consolidation, null, 2)` writes it inside `workbooks`, as UTF-8: made by the worker that
 * read the unit, so the main thread writes the 7.6 MB of 200 units' rows as bytes instead of stringifying and encoding
 * them after the last file, while the other core waits. Its own buffer, so the worker can hand it over without a copy.
 * @example new TextDecoder().decode(workbookJsonBytes(summary)).split('\n')[1] //=> '      "file": "yksiköt/kotihoito.xlsx",'
 */
export function workbookJsonBytes(summary: WorkbookSummary): Uint8Array<ArrayBuffer> {
  const nested = JSON.stringify([[summary]], null, 2);
  return encoder.encode(nested.slice(OPENING.length, nested.length - CLOSING.length));
}
