import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { findActionTables } from './findActionTables';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'fi', locale: getLocale('fi') };

describe('findActionTables', () => {
  it('reads two workstreams kept one under the other on one sheet as two tables with their own titles', () => {
    const grid: Grid = {
      sheet: 'Perusturva',
      origin: { row: 2, col: 1 },
      values: [
        ['Vammaispalvelut', null, null],
        ['Puheenjohtaja Mari Levonen', null, null],
        ['Toimenpide', 'Tavoite', 'Toteuma'],
        ['Tukiasumisen lisääminen', 'Nousu 10 asukasta/vuosi', 'Ei'],
        [null, null, null],
        [null, null, null],
        [null, null, null],
        ['Lastensuojelu', null, null],
        ['Puheenjohtaja Mari Levonen', null, null],
        ['Toimenpide', 'Tavoite', 'Toteuma'],
        ['Sähköinen perhekeskus', 'Perustettu 2023 loppuun mennessä', 'Ei toteutunut, suunnittelu käynnissä'],
        ['Nuorten ja vanhempien verkkoauttaminen', 'Pilotoitu', 'Toteutunut'],
      ],
      tables: [],
    };
    const { tables, issues } = findActionTables(grid, ctx, []);
    expect(issues).toEqual([]);
    expect(tables.map((t) => [t.title, t.chair, t.range, t.total])).toEqual([
      ['Vammaispalvelut', 'Mari Levonen', 'A4:C5', 1],
      ['Lastensuojelu', 'Mari Levonen', 'A11:C13', 2],
    ]);
  });

  it('leaves a sheet with no action table empty, whatever else it holds', () => {
    const grid: Grid = {
      sheet: 'Muistio',
      origin: { row: 1, col: 1 },
      values: [['Vuoden 2024 reunaehdot'], ['- HVA uudistuksen tavoitteet (edelleen)'], ['Toimenpide'], [45000]],
      tables: [],
    };
    expect(findActionTables(grid, ctx, []).tables).toEqual([]);
  });

  it('reads numbers typed as text and real numbers in a status-free plan alike', () => {
    const grid: Grid = {
      sheet: 'Suunnitelma',
      origin: { row: 1, col: 1 },
      values: [
        ['Nro', 'Toimenpide', 'Aikataulu'],
        [1, 'Viestintä', 'Kevät 2021 - 2024'],
        [' 2', 'Työhyvinvointiagentit', 'Kevät 2021'],
      ],
      tables: [],
    };
    const [t] = findActionTables(grid, ctx, []).tables;
    expect(t?.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});
