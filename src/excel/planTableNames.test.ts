import type { PlanTable } from '../core';
import { planTableNames } from './planTableNames';

const plan = (...names: string[]): { tables: PlanTable[] } => ({
  tables: names.map((name, i) => ({ name, range: `A${i * 10 + 1}:B${i * 10 + 3}` })),
});

describe('planTableNames', () => {
  it('gives a first summary the names it wants when no table of the workbook has them', () => {
    expect(planTableNames([{ plan: plan('Myöhässä', 'Huomiot'), old: null }], [{ name: 'Taulukko1', sheet: 'Hyte' }])).toEqual([
      { temp: ['Myöhässä', 'Huomiot'], final: ['Myöhässä', 'Huomiot'] },
    ]);
  });

  it('keeps the earlier sheet’s names for its rewrite, and gives the new sheet others while those still exist', () => {
    const existing = [
      { name: 'Myöhässä', sheet: 'Yhteenveto' },
      { name: 'Huomiot', sheet: 'Yhteenveto' },
    ];
    expect(planTableNames([{ plan: plan('Myöhässä', 'Huomiot'), old: 'Yhteenveto' }], existing)).toEqual([
      { temp: ['Myöhässä_2', 'Huomiot_2'], final: ['Myöhässä', 'Huomiot'] },
    ]);
  });

  it('never takes a name a user’s table has, nor one another plan took', () => {
    const names = planTableNames(
      [
        { plan: plan('Huomiot'), old: null },
        { plan: plan('Huomiot'), old: null },
      ],
      [{ name: 'huomiot', sheet: 'Omat' }],
    );
    expect(names).toEqual([
      { temp: ['Huomiot_2'], final: ['Huomiot_2'] },
      { temp: ['Huomiot_3'], final: ['Huomiot_3'] },
    ]);
  });
});
