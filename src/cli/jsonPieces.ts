/** JSON.stringify without indentation, as pieces that can be written one at a time. */

/**
 * JSON.stringify(value)'s text in pieces split between members and elements down to `depth` levels;
 * deeper values come out whole. Joined, the pieces are exactly JSON.stringify(value).
 * @example [...jsonPieces({ sheet: 'Talous', rows: [1, 2] }, 2)] //=> ['{', '"sheet":', '"Talous"', ',"rows":', '[', '1', ',', '2', ']', '}']
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // As JSON.stringify writes a value it cannot represent inside an array.
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      yield* jsonPieces(value[i], depth - 1);
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
