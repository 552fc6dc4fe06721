/** JSON.stringify without indentation, as pieces that can be written one at a time. */

/** Elements of a list stringified together as one piece (a report's items: about 400 kB). */
export const LEAF_BLOCK = 500;

/**
 * JSON.stringify(value)'s text in pieces split between members and elements down to `depth` levels;
 * deeper values come out whole, and the whole elements of a list in blocks of LEAF_BLOCK.
 * Joined, the pieces are exactly JSON.stringify(value).
 * @example [...jsonPieces({ sheet: 'Talous', rows: [[1, 2], [3]] }, 2)] //=> ['{', '"sheet":', '"Talous"', ',"rows":', '[', '[1,2],[3]', ']', '}']
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // As JSON.stringify writes a value it cannot represent inside an array.
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    if (depth === 1) {
      // The elements come out whole: stringified a block at a time (one JSON.stringify per element was
      // most of the time of writing report.json at 100 000 items), its brackets cut off, so the
      // pieces still join to exactly JSON.stringify(value).
      for (let i = 0; i < value.length; i += LEAF_BLOCK) {
        const block = JSON.stringify(value.slice(i, i + LEAF_BLOCK));
        yield `${i > 0 ? ',' : ''}${block.slice(1, -1)}`;
      }
    } else {
      for (let i = 0; i < value.length; i++) {
        if (i > 0) yield ',';
        yield* jsonPieces(value[i], depth - 1);
      }
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    // JSON.stringify leaves these members out.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(member, depth - 1);
  }
  yield '}';
}
