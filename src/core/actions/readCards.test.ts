import { seed003Cards } from '../../../fixtures/layouts';
import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { readCards } from './readCards';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'fi', locale: getLocale('fi') };

describe('readCards', () => {
  it('reads one item per card that names an action, none for the service promises', () => {
    const [table, ...rest] = readCards(seed003Cards, ctx, []);
    expect(rest).toEqual([]);
    expect(table?.total).toBe(5);
    expect(table?.items.some((i) => i.action.includes('asiakaspalvelu'))).toBe(false);
    expect(table?.range).toBe('A2:B35');
  });
  it('takes the goal from the operational goal key, the one nearest the action', () => {
    const [table] = readCards(seed003Cards, ctx, []);
    expect(table?.items[2]?.goal).toMatch(/^Perusturvan kaikkien palveluiden/);
  });
  it('reads a status key when a card has one', () => {
    const grid: Grid = {
      sheet: 'Kortit',
      origin: { row: 3, col: 2 },
      values: [
        ['Toimenpide', 'Etähoivan käyttöönotto'],
        ['Vastuuhenkilö', 'Pirjo Rehula'],
        ['Tilanne:', 'Osittain toteutunut'],
      ],
      tables: [],
    };
    const [table] = readCards(grid, ctx, []);
    expect(table?.items[0]).toMatchObject({
      row: 3,
      owner: 'Pirjo Rehula',
      status: 'partial',
      cells: { action: 'C3', owner: 'C4', status: 'C5' },
    });
  });
  it('finds no cards where key cells are inside tables already read', () => {
    expect(readCards(seed003Cards, ctx, [{ top: 1, left: 1, bottom: 40, right: 2 }])).toEqual([]);
  });
});

describe('readCards on two-cell rows that are no cards', () => {
  it('needs more than a Toimenpide key', () => {
    const grid: Grid = {
      sheet: 'S',
      origin: { row: 1, col: 1 },
      values: [
        ['Toimenpide', 'Kuvaus'],
        ['Sähköinen perhekeskus', 'Perustetaan 2023'],
      ],
      tables: [],
    };
    expect(readCards(grid, ctx, [])).toEqual([]);
  });
});
