/** JSON.stringify without indentation, as pieces that can be written one at a time. */

/** About the largest piece made of whole elements of one list (an element larger than this is one piece). */
export const LEAF_BATCH_CHARS = 1 << 16;

/**
 * JSON.stringify(value)'s text in pieces split between members and elements down to `depth` levels;
 * deeper values come out whole, and the whole elements of a list in batches of about LEAF_BATCH_CHARS.
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
      // The elements come out whole: joined here into batches, not a generator step (through every
      // level above) per element; at 100 000 items that was most of the time of writing report.json.
      let batch = '';
      for (let i = 0; i < value.length; i++) {
        batch += `${i > 0 ? ',' : ''}${JSON.stringify(value[i]) ?? 'null'}`;
        if (batch.length >= LEAF_BATCH_CHARS) {
          yield batch;
          batch = '';
        }
      }
      if (batch !== '') yield batch;
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
