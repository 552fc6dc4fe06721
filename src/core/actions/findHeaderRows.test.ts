import type { CellValue, Grid } from '../grid';
import { findHeaderRows } from './findHeaderRows';

const row = (cells: CellValue[], col = 1): Grid => ({ sheet: 'S', origin: { row: 4, col }, values: [cells], tables: [] });

describe('findHeaderRows', () => {
  it('reads seed 000’s header into column roles', () => {
    const [h, ...rest] = findHeaderRows(row(['Toimenpide', 'Tavoite', 'Toteuma']), 4, 1, 3, []);
    expect(rest).toEqual([]);
    expect(h).toEqual({ row: 4, left: 1, right: 3, columns: { action: 1, goal: 2, status: 3 }, sectionCol: null, category: null });
  });
  it('keeps an unnamed column (Kommentit) inside the table’s width', () => {
    const [h] = findHeaderRows(row(['Toimenpide', 'Aikataulu', 'Mittarit', 'Toteutunut', 'Kommentit']), 4, 1, 5, []);
    expect(h?.right).toBe(5);
  });
  it('needs an action column and one more role', () => {
    expect(findHeaderRows(row(['Toimenpide', 'Huomiot']), 4, 1, 2, [])).toEqual([]);
    expect(findHeaderRows(row(['Sitova tavoite', 'Tavoitteen mittari', 'Tavoitetaso 2024']), 4, 1, 3, [])).toEqual([]);
    expect(findHeaderRows(row(['Tavoite', 'Mittari', 'Toteuma']), 4, 1, 3, [])).toEqual([]);
  });
  it('never takes a budget header for an action header, even with Toteuma in it', () => {
    const budget = ['Sosiaali- ja terveystoimi 1 000 €', 'Talousarvio 2023', 'Toteuma', 'Ennuste 2023', 'TA-esitys 2024', 'Kehys 2024'];
    expect(findHeaderRows(row(budget), 4, 1, 6, [])).toEqual([]);
  });
  it('takes a run naming two amount columns for a budget header even when it names an action', () => {
    expect(findHeaderRows(row(['Toimenpide', 'Talousarvio 2023', 'Toteuma', 'Ennuste 2023']), 4, 1, 4, [])).toEqual([]);
    // One cost column does not make an action plan a budget.
    expect(findHeaderRows(row(['Toimenpide', 'Aikataulu', 'Budjetti']), 4, 1, 3, [])).toHaveLength(1);
  });
  it('finds an action header beside a budget header, and ignores cells in excluded ranges', () => {
    const cells = ['Tili', 'Talousarvio 2023', 'Toteuma', null, 'Toimenpide', 'Tila'];
    const found = findHeaderRows(row(cells), 4, 1, 6, []);
    expect(found.map((h) => [h.left, h.right])).toEqual([[5, 6]]);
    expect(findHeaderRows(row(cells), 4, 1, 6, [{ top: 4, left: 5, bottom: 9, right: 6 }])).toEqual([]);
  });
  it('reads a category and a spearhead column', () => {
    expect(findHeaderRows(row(['Toimenpide/kansalaispalvelut', 'Aikataulu', 'Toteuma'], 3), 4, 3, 5, [])[0]).toMatchObject({
      left: 3,
      category: 'kansalaispalvelut',
      columns: { action: 3, schedule: 4, status: 5 },
    });
    expect(findHeaderRows(row(['Kärki', 'Toimenpide']), 4, 1, 2, [])[0]).toMatchObject({ sectionCol: 1, columns: { action: 2 } });
  });
});
