import { once } from './once';

describe('once', () => {
  it('builds nothing until first asked, then the same value for every caller', () => {
    let builds = 0;
    const vocabulary = once(() => {
      builds++;
      return ['toimenpide', 'tavoite'];
    });
    expect(builds).toBe(0);
    const first = vocabulary();
    expect(vocabulary()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps a null or undefined value without building it again', () => {
    let builds = 0;
    const missing = once(() => {
      builds++;
      return null;
    });
    expect(missing()).toBeNull();
    expect(missing()).toBeNull();
    expect(builds).toBe(1);
  });
});
