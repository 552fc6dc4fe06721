/** JSON.stringify without indentation, as pieces that can be written one at a time. */

/**
 * About how many characters the elements of a list are stringified together in: few enough that each piece is an
 * ordinary string for V8 (a piece of hundreds of kilobytes took several times as long to stringify and encode, as
 * each went to the large-object space), many enough that a 100 000-item list is a few thousand pieces.
 */
export const PIECE_CHARS = 1 << 15;
/** The first block's element count, before the pieces say how long an element is. */
const FIRST_BLOCK = 16;

/**
 * JSON.stringify(value)'s text in pieces split between members and elements down to `depth` levels;
 * deeper values come out whole, and the whole elements of a list in blocks of about PIECE_CHARS characters.
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
      yield* elementBlocks(value);
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

/**
 * The elements, whole, stringified a block at a time (one JSON.stringify per element was most of the time of writing
 * report.json at 100 000 items) with the block's brackets cut off, so the pieces still join to JSON.stringify(list)'s
 * elements. Each block's element count follows from how long the elements before it came out.
 */
function* elementBlocks(list: readonly unknown[]): Generator<string> {
  let count = FIRST_BLOCK;
  for (let i = 0; i < list.length;) {
    const taken = Math.min(count, list.length - i);
    const block = JSON.stringify(list.slice(i, i + taken));
    yield `${i > 0 ? ',' : ''}${block.slice(1, -1)}`;
    i += taken;
    count = Math.max(1, Math.floor((PIECE_CHARS * taken) / block.length));
  }
}
