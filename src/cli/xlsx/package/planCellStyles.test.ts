import { planCellStyles } from './planCellStyles';

const key = (row: number, col: number) => (row - 1) * 16384 + col - 1;

describe('planCellStyles', () => {
  it("lays later formats over earlier ones: a heading's bottom border keeps its bold and fill", () => {
    const styles = planCellStyles({
      formats: [
        { range: 'A7:C7', bold: true, fill: '#DDEBF7' },
        { range: 'A7:C7', border: { style: 'bottom', color: '#8EA9DB' } },
        { range: 'C7', numberFormat: '0.0 %', hAlign: 'right' },
      ],
      links: [],
    });
    expect(styles.get(key(7, 1))).toEqual({ bold: true, fill: '#DDEBF7', border: { bottom: '#8EA9DB' } });
    expect(styles.get(key(7, 3))).toEqual({
      bold: true,
      fill: '#DDEBF7',
      border: { bottom: '#8EA9DB' },
      numberFormat: '0.0 %',
      hAlign: 'right',
    });
    expect(styles.has(key(8, 1))).toBe(false);
  });

  it('draws an outline on all four edges, over an earlier bottom border', () => {
    const styles = planCellStyles({
      formats: [
        { range: 'B9', border: { style: 'bottom', color: '#8EA9DB' } },
        { range: 'B9', border: { style: 'outline', color: '#7F7F7F' } },
      ],
      links: [],
    });
    expect(styles.get(key(9, 2))?.border).toEqual({ top: '#7F7F7F', right: '#7F7F7F', bottom: '#7F7F7F', left: '#7F7F7F' });
  });

  it('shows link cells blue and underlined, on top of their format', () => {
    const styles = planCellStyles({
      formats: [{ range: 'E20', italic: true }],
      links: [{ cell: 'E20', sheet: 'Lastensuojelu', target: 'C5', text: 'C5' }],
    });
    expect(styles.get(key(20, 5))).toEqual({ italic: true, fontColor: '#0563C1', underline: true });
  });

  it('throws on a plan range that is not A1: that is a bug in the planner, not bad user data', () => {
    expect(() => planCellStyles({ formats: [{ range: 'Yhteenveto', bold: true }], links: [] })).toThrow(/no A1 range/);
  });
});
