/** The text of report.json in pieces, so a large report is written without ever holding all of it as one string. */
import type { Report } from '../core';
import { jsonPieces, PIECE_CHARS } from './jsonPieces';

/**
 * Above this many action items, issues and budget rows together nobody reads the file by eye; it is written
 * compact (100 000 rows: 65 MB instead of 101 MB indented) and in pieces of about PIECE_CHARS characters.
 */
export const PRETTY_JSON_LIMIT = 10_000;

/** Levels split into pieces: the report, its lists, a table, a table's items; deeper values are stringified whole. */
const SPLIT_DEPTH = 4;

/**
 * The report as JSON text ending in a newline, in pieces: indented by two spaces (one piece) while small, else
 * compact and exactly what JSON.stringify(report) gives, split between values.
 * @example [...reportJsonChunks(smallReport)].join('') //=> '{\n  "asOf": "2024-06-30",\n …}\n'
 */
export function* reportJsonChunks(report: Report): Generator<string> {
  const size =
    report.actionTables.reduce((n, t) => n + t.items.length, 0) +
    report.budgetTables.reduce((n, t) => n + t.rows.length, 0) +
    report.issues.length;
  if (size <= PRETTY_JSON_LIMIT) {
    yield `${JSON.stringify(report, null, 2)}\n`;
    return;
  }
  // Short pieces (a key, a bracket) go out together; a block of items goes out as it is, as joining blocks into
  // longer strings made strings V8 handles slowly (see PIECE_CHARS).
  let short = '';
  for (const piece of jsonPieces(report, SPLIT_DEPTH)) {
    if (short.length + piece.length <= PIECE_CHARS) {
      short += piece;
      continue;
    }
    if (short !== '') yield short;
    short = piece;
  }
  yield `${short}\n`;
}
