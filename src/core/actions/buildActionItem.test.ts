import type { CoreContext } from '../context';
import type { Grid } from '../grid';
import { getLocale } from '../locales/getLocale';
import { buildActionItem } from './buildActionItem';

const ctx: CoreContext = { asOf: '2024-06-30', lang: 'fi', locale: getLocale('fi') };
const grid: Grid = {
  sheet: 'Yhteistyö',
  origin: { row: 7, col: 1 },
  values: [
    ['4.b Työllisyyden hoidon kehittäminen', 'Työttömien terveystarkastusten määrä kasvaa vuosittain', 'Ei /\nkorona', '2020 - 2023'],
    [null, 'Satasairaalasta potilaat siirretään välittömästi', ' Osittain toteutunut', null],
  ],
  tables: [],
};
const cells = { cols: { action: 1, goal: 2, status: 3, schedule: 4 } };

describe('buildActionItem', () => {
  it('reads number, status with its reason, schedule and overdue from the row', () => {
    const item = buildActionItem(grid, { row: 7, cells, continues: null, carriedGoal: null, section: 'Tavoite 4', category: null }, ctx);
    expect(item).toMatchObject({
      row: 7,
      action: '4.b Työllisyyden hoidon kehittäminen',
      number: '4.b',
      goal: 'Työttömien terveystarkastusten määrä kasvaa vuosittain',
      statusText: 'Ei /\nkorona',
      status: 'not_done',
      statusReason: 'korona',
      schedule: { text: '2020 - 2023', start: '2020-01-01', end: '2023-12-31' },
      overdue: true,
      section: 'Tavoite 4',
      continuation: false,
      cells: { action: 'A7', goal: 'B7', status: 'C7', schedule: 'D7' },
    });
  });
  it('makes a row with no action a continuation of the one above, without a number of its own', () => {
    const item = buildActionItem(
      grid,
      { row: 8, cells, continues: '4.b Työllisyyden hoidon kehittäminen', carriedGoal: null, section: null, category: null },
      ctx,
    );
    expect(item).toMatchObject({
      continuation: true,
      action: '4.b Työllisyyden hoidon kehittäminen',
      number: null,
      status: 'partial',
      schedule: null,
    });
    expect(item.statusText).toBe('Osittain toteutunut');
  });
  it('counts an action as missing its status when the table has no status column', () => {
    const item = buildActionItem(
      grid,
      { row: 7, cells: { cols: { action: 1 } }, continues: null, carriedGoal: 'Tavoite A', section: null, category: 'kansalaispalvelut' },
      ctx,
    );
    expect(item).toMatchObject({ status: 'missing', statusText: '', goal: 'Tavoite A', category: 'kansalaispalvelut', overdue: false });
  });
});
