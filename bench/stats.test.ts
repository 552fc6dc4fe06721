import { median } from './stats';
import { formatTable } from './formatTable';

describe('median', () => {
  it('takes the middle run, so one slow run (a GC pause) does not move the figure', () => {
    expect(median([120, 101, 99])).toBe(101);
    expect(median([100, 104, 98, 900])).toBe(102);
  });
});

describe('formatTable', () => {
  it('right-aligns numeric columns under their header', () => {
    const text = formatTable(
      ['rows', 'ms'],
      [
        ['1 000', '9.5'],
        ['100 000', '812'],
      ],
    );
    expect(text.split('\n')).toEqual(['rows     ms', '-------  ---', '  1 000  9.5', '100 000  812']);
  });
});
