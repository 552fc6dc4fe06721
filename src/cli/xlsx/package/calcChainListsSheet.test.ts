import { calcChainListsSheet } from './calcChainListsSheet';

const SML = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('calcChainListsSheet', () => {
  it("tells a chain that names a cell of the summary's sheet from one that names only the user's", () => {
    const chain = `<calcChain ${SML}><c r="B4" i="1"/><c r="B5"/><c r="E20" i="9"/><c r="E21"/><c r="C3" i="3" l="1"/></calcChain>`;
    expect(calcChainListsSheet(chain, new Set(['9']))).toBe(true);
    expect(calcChainListsSheet(chain, new Set(['10', '11']))).toBe(false);
  });

  it('reads prefixed entries, quotes of either kind and spaces around the id', () => {
    expect(calcChainListsSheet(`<x:calcChain xmlns:x="urn:sml"><x:c r="A1" i = '12' /></x:calcChain>`, new Set(['12']))).toBe(true);
    expect(calcChainListsSheet(`<calcChain ${SML}><c r="A1" i="12"></c><calc r="A2" i="9"/></calcChain>`, new Set(['9']))).toBe(false);
  });

  it('takes a chain whose first cell names no sheet as naming one, so it is not kept pointing at a sheet that went', () => {
    expect(calcChainListsSheet(`<calcChain ${SML}><c r="A1"/><c r="A2" i="2"/></calcChain>`, new Set(['9']))).toBe(true);
    expect(calcChainListsSheet(`<calcChain ${SML}/>`, new Set(['9']))).toBe(false);
  });
});
