import fc from 'fast-check';
import { jsonPieces, PIECE_CHARS } from './jsonPieces';

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify gives, at any split depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value));
      }),
    );
  });

  it('leaves out undefined members and writes undefined elements as null, as JSON.stringify does', () => {
    const item = { action: 'Perhetyön resurssien lisääminen', owner: undefined, schedule: { end: '2024-05-31', start: undefined } };
    const value = { items: [item, undefined], asOf: new Date(Date.UTC(2024, 5, 30)) };
    for (const depth of [1, 2, 3, 4]) expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value));
  });

  it('splits a report between its members, each item kept whole', () => {
    const value = {
      asOf: '2024-06-30',
      issues: [
        { sheet: 'Talous', cell: 'D7' },
        { sheet: "Lasten'suojelu", cell: 'C12' },
      ],
    };
    expect([...jsonPieces(value, 2)]).toEqual([
      '{',
      '"asOf":',
      '"2024-06-30"',
      ',"issues":',
      '[',
      '{"sheet":"Talous","cell":"D7"},{"sheet":"Lasten\'suojelu","cell":"C12"}',
      ']',
      '}',
    ]);
  });

  it('hands a long list of whole items out in blocks, never as one piece', () => {
    const item = {
      row: 7,
      action: '4.b Työllisyyden hoidon kehittäminen',
      status: 'not_done',
      cells: { action: 'A7', status: 'C7' },
      owner: undefined,
    };
    const items = Array.from({ length: (20 * PIECE_CHARS) / 80 }, (_, i) => ({ ...item, row: i + 7 }));
    const pieces = [...jsonPieces({ items }, 2)];
    expect(pieces.join('')).toBe(JSON.stringify({ items }));
    const longest = Math.max(...pieces.map((p) => p.length));
    expect(pieces.length).toBeGreaterThan(20);
    expect(longest).toBeLessThanOrEqual(PIECE_CHARS * 1.1);
  });

  it('makes blocks of long items as short as blocks of short ones, each item whole', () => {
    const long = { row: 8, action: 'Perhetyön resurssien lisääminen '.repeat(100) };
    const items = Array.from({ length: 400 }, (_, i) => ({ ...long, row: i + 8 }));
    const pieces = [...jsonPieces(items, 1)];
    expect(pieces.join('') === JSON.stringify(items)).toBe(true);
    const blocks = pieces.slice(2, -1);
    expect(blocks.length).toBeGreaterThan(20);
    expect(Math.max(...blocks.map((p) => p.length))).toBeLessThanOrEqual(PIECE_CHARS);
    for (const block of pieces.slice(1, -1)) expect(() => JSON.parse(`[${block.replace(/^,/, '')}]`)).not.toThrow();
  });
});
