import { planTable } from './planTable';

const rows = [
  ['Toimenpide', 'Välilehti', 'Tila'],
  ['Kotihoidon yöpartio', 'Hyte', 'Käynnissä'],
  ['Perhekeskus', 'Hyte', 'Ei aloitettu'],
];

describe('planTable', () => {
  it('covers the header row and every row under it, as wide as asked', () => {
    expect(planTable('Myöhässä', rows, 1, 3, 3)).toEqual({ name: 'Myöhässä', range: 'A1:C3' });
  });

  it('makes no table of a header alone', () => {
    expect(planTable('Myöhässä', rows, 3, 3, 3)).toBeNull();
  });

  it('makes no table where Excel would rename a column: an empty or repeated header text', () => {
    expect(planTable('Myöhässä', [['Toimenpide', null, 'Tila'], ...rows.slice(1)], 1, 3, 3)).toBeNull();
    expect(planTable('Myöhässä', [['Tila', 'Välilehti', 'tila'], ...rows.slice(1)], 1, 3, 3)).toBeNull();
    expect(planTable('Myöhässä', rows, 1, 3, 4)).toBeNull();
  });
});
