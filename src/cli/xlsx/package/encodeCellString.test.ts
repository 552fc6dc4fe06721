import { encodeCellString } from './encodeCellString';

describe('encodeCellString', () => {
  it("codes control characters as Excel's _xHHHH_ instead of losing them", () => {
    expect(encodeCellString('Tila\u0007valmis')).toBe('Tila_x0007_valmis');
  });

  it('keeps a literal _xHHHH_ in a user text literal by coding its underscore', () => {
    expect(encodeCellString('koodi _x0041_ ja _y_')).toBe('koodi _x005F_x0041_ ja _y_');
  });

  it('escapes markup and leaves formula-looking text as text', () => {
    expect(encodeCellString('=SUMMA(A1:A3) & <b>')).toBe('=SUMMA(A1:A3) &amp; &lt;b&gt;');
  });
});
