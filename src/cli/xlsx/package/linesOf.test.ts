import { linesOf } from './linesOf';

describe('linesOf', () => {
  it('breaks running text at spaces, as a cell that wraps does', () => {
    expect(linesOf('Kotihoidon yöpartio laajenee koko alueelle', 20)).toBe(3);
    expect(linesOf('Kotihoidon yöpartio', 20)).toBe(1);
  });

  it('starts a line at each line break the manager typed', () => {
    expect(linesOf('Ei /\nkorona', 40)).toBe(2);
  });

  it('breaks a word longer than a line inside it', () => {
    expect(linesOf('sosiaali-ja-terveyspalvelukokonaisuus', 10)).toBe(4);
  });
});
