import type { CoreContext } from '../context';
import type { CellValue, Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { findHeaderRows } from './findHeaderRows';
import { readRowTable, type RowTableOptions } from './readRowTable';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'fi', locale: getLocale('fi') };

function read(values: CellValue[][], extra: Partial<Grid> = {}, opts: Partial<RowTableOptions> = {}) {
  const grid: Grid = { sheet: 'S', origin: { row: 1, col: 1 }, values, tables: [], ...extra };
  const header = findHeaderRows(grid, 1, 1, 4, [])[0];
  if (!header) throw new Error('fixture has no header on row 1');
  return readRowTable(grid, header, ctx, {
    layout: 'rows',
    excelTable: null,
    lastRow: values.length,
    endGap: 3,
    exclude: [],
    title: null,
    chair: null,
    ...opts,
  });
}

const H = ['Toimenpide', 'Tavoite', 'Toteuma'];
const e = [null, null, null];

describe('readRowTable', () => {
  it('keeps a section across a plain repeated header and skips that header', () => {
    const t = read([
      H,
      ['Tavoite 2. Lyhyen aikavälin operatiivisen johtamisen kehittäminen', null, null],
      ['2 a. Olemassa olevien tietojärjestelmien tehokkaampi käyttö', 'Koulutukset järjestetty', 'Osittain toteutunut, keskeytetty'],
      ['  Toimenpide ', 'TAVOITE', 'Toteuma'],
      ['2b. Tiedolla johtamisessa tähdätään jatkuvaan kehittämiseen', 'Oma mittari', 'Toteutunut'],
    ]);
    expect(t.items.map((i) => [i.row, i.section])).toEqual([
      [3, 'Tavoite 2. Lyhyen aikavälin operatiivisen johtamisen kehittäminen'],
      [5, 'Tavoite 2. Lyhyen aikavälin operatiivisen johtamisen kehittäminen'],
    ]);
    expect(t.sections[0]?.total).toBe(2);
  });

  it('starts a category at a repeated header with one, closing the section above', () => {
    const t = read([
      H,
      ['Muut toteutukset', null, null],
      ['Digitaaliset harjoitusohjelmat', '2021 →', 'Kyllä'],
      e,
      ['Toimenpide/kansalaispalvelut', 'Aikataulu', 'Toteuma'],
      ['Sähköiset lomakkeet mahdollisimman laajaan käyttöön', '2021 →', 'Kyllä'],
    ]);
    expect(t.items.map((i) => [i.section, i.category])).toEqual([
      ['Muut toteutukset', null],
      [null, 'kansalaispalvelut'],
    ]);
    expect(t.columns).toEqual({ action: 'A', goal: 'B', status: 'C', schedule: 'B' });
  });

  it('reads continuation rows as items of their own and skips fully empty rows', () => {
    const t = read([
      H,
      ['1.b Sairaalapalveluiden optimaaliset potilasvirrat', 'Hoitotarvikekustannukset korkeintaan +10 %', 'Ei'],
      e,
      [null, 'Satasairaalasta potilaat siirretään välittömästi', 'Osittain toteutunut'],
      ['   ', '\n', null],
      [null, 'Perusturvan osastolta siirrytään välittömästi pois', 'Osittain toteutunut'],
    ]);
    expect(t.items.map((i) => [i.row, i.continuation, i.number])).toEqual([
      [2, false, '1.b'],
      [4, true, null],
      [6, true, null],
    ]);
    expect(new Set(t.items.map((i) => i.action)).size).toBe(1);
    expect(t.range).toBe('A1:C6');
  });

  it('counts an action with no status as missing rather than dropping it', () => {
    const t = read([H, ['1a. Tiedonhallinta on tiedon keräämistä', null, null], ['1b. Yhteinen malli', 'Malli kuvattu', 'Kyllä']]);
    expect(t.items.map((i) => i.status)).toEqual(['missing', 'done']);
  });

  it('reads a merged row as a section even without section words', () => {
    const t = read([H, ['Palvelut', null, null], ['Sähköinen perhekeskus', 'Perustettu', 'Ei']], { merges: ['A2:C2'] });
    expect(t.items[0]?.section).toBe('Palvelut');
  });

  it('ends at a long run of empty rows, a chair line or the title of the next table', () => {
    const afterGap = read([H, ['Sähköinen perhekeskus', 'Perustettu', 'Ei'], e, e, e, ['Verkkoauttaminen', 'Pilotoitu', 'Kyllä']]);
    expect(afterGap.total).toBe(1);
    expect(afterGap.range).toBe('A1:C2');
    const atChair = read([
      H,
      ['Sähköinen perhekeskus', 'Perustettu', 'Ei'],
      ['Puheenjohtaja Mari Levonen', null, null],
      ['Verkkoauttaminen', 'Pilotoitu', 'Kyllä'],
    ]);
    expect(atChair.total).toBe(1);
    const atTitle = read([
      H,
      ['Sähköinen perhekeskus', 'Perustettu', 'Ei'],
      e,
      ['Tiedolla johtaminen', null, null],
      H,
      ['Koulutus', 'Järjestetty', 'Kyllä'],
    ]);
    expect(atTitle.total).toBe(1);
  });

  it('leaves a dated signature line out and stops there', () => {
    const t = read([
      H,
      ['Kehityskeskustelut', 'Tilastointi', 'Kesken'],
      ['24.1.2024 Etunimi Sukunimi', null, null],
      ['Muu rivi', 'x', 'Kyllä'],
    ]);
    expect(t.items.map((i) => i.action)).toEqual(['Kehityskeskustelut']);
  });

  it('stops at another table’s header', () => {
    const t = read([
      H,
      ['Sähköinen perhekeskus', 'Perustettu', 'Ei'],
      ['Tavoite', 'Toimenpide', 'Tila'],
      ['Palvelut', 'Masa-ryhmä', 'Kyllä'],
    ]);
    expect(t.total).toBe(1);
  });
});

describe('readRowTable on templates', () => {
  const T = ['Nro', 'Tavoite', 'Toimenpide', 'Tila'];
  function readT(values: CellValue[][]) {
    const grid: Grid = { sheet: 'S', origin: { row: 1, col: 1 }, values, tables: [] };
    const header = findHeaderRows(grid, 1, 1, 4, [])[0]!;
    return readRowTable(grid, header, ctx, {
      layout: 'rows',
      excelTable: null,
      lastRow: values.length,
      endGap: 3,
      exclude: [],
      title: null,
      chair: null,
    });
  }
  it('leaves a template’s pre-numbered empty rows out', () => {
    const t = readT([
      T,
      [1, 'Kehityskeskustelut', 'Kehityskeskustelujen toteuttaminen', 'Kesken'],
      [2, null, null, null],
      [3, null, null, null],
    ]);
    expect(t.items.map((i) => i.row)).toEqual([2]);
    expect(t.range).toBe('A1:D2');
  });
  it('carries a goal written on a row of its own to the actions below it, and counts that row as none', () => {
    const t = readT([
      T,
      [null, 'testi', null, null],
      [null, 'Henkilöstö', null, null],
      [1, null, 'Työhyvinvointikysely tehdään', 'Valmis'],
      [2, null, 'Lähtövaihtuvuuden seuranta', 'Käynnissä'],
    ]);
    expect(t.items.map((i) => [i.row, i.goal, i.continuation])).toEqual([
      [4, 'Henkilöstö', false],
      [5, 'Henkilöstö', false],
    ]);
  });
});
