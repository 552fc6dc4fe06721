import { isNumberedGoal } from './isNumberedGoal';

describe('isNumberedGoal', () => {
  it('needs a goal word followed by a number', () => {
    expect(isNumberedGoal('Tavoite 3. Kotihoidon kehittäminen')).toBe(true);
    expect(isNumberedGoal('TAVOITE 4: Kotikuntoutuksen kehittäminen')).toBe(true);
    expect(isNumberedGoal('Mål 2 Boende')).toBe(true);
    expect(isNumberedGoal('Tavoite')).toBe(false);
    expect(isNumberedGoal('Tavoitteet')).toBe(false);
    expect(isNumberedGoal('Muut toteutukset')).toBe(false);
  });
});
