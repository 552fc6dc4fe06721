import { seed002IndicatorGrid, seed004IndicatorGrid } from '../../../fixtures/indicators';
import { seed002Template, seed004Hierarchy } from '../../../fixtures/layouts';
import type { Grid } from '../grid';
import { findIndicatorHeaders } from './findIndicatorHeaders';

const row = (cells: Grid['values'][number]): Grid => ({ sheet: 'S', origin: { row: 1, col: 1 }, values: [cells], tables: [] });

describe('findIndicatorHeaders', () => {
  it('finds seed 002’s binding goals header with its columns', () => {
    expect(findIndicatorHeaders(seed002IndicatorGrid, 3, 2, 7, [])).toEqual([
      {
        row: 3,
        left: 2,
        right: 7,
        columns: { goal: 2, indicator: 3, target: 4, baseline: 5, status: 7 },
        periods: [{ col: 6, label: 'Toteuma 1-6/2024', key: 20240601 }],
      },
    ]);
  });

  it('puts period columns in time order', () => {
    const [header] = findIndicatorHeaders(row(['Mittari', 'Tavoite 2025', 'Q2/2024', '2023', 'Q1/2024']), 1, 1, 5, []);
    expect(header?.periods.map((p) => p.label)).toEqual(['2023', 'Q1/2024', 'Q2/2024']);
  });

  it('needs an indicator and a target column, and no action column', () => {
    expect(findIndicatorHeaders(row(['Mittari', 'Toteuma', 'Tila']), 1, 1, 3, [])).toEqual([]);
    expect(findIndicatorHeaders(row(['Toimenpide', 'Mittari', 'Tavoitetaso 2024']), 1, 1, 3, [])).toEqual([]);
    // The action tables of the seeds have metric columns but no target column.
    expect(findIndicatorHeaders(seed004Hierarchy, 3, 1, 6, [])).toEqual([]);
    expect(findIndicatorHeaders(seed002Template, 3, 1, 5, [])).toEqual([]);
  });

  it('finds an indicator table’s header even with a status column', () => {
    expect(findIndicatorHeaders(row(['Mittari', 'Tavoitetaso', 'Tila']), 1, 1, 3, [])[0]?.columns).toEqual({
      indicator: 1,
      target: 2,
      status: 3,
    });
  });

  it('finds the header of a table that starts off A1', () => {
    expect(findIndicatorHeaders(seed004IndicatorGrid, 3, 1, 10, [])[0]).toMatchObject({
      left: 2,
      right: 10,
      columns: { goal: 2, indicator: 3, baseline: 4, target: 5, owner: 10 },
    });
  });
});
