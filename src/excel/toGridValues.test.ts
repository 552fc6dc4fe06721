import { toGridValues } from './toGridValues';

describe('toGridValues', () => {
  it('turns Office.js values into grid cells: empty to null, errors to { error }, the rest as they are', () => {
    expect(
      toGridValues(
        [
          ['Käynnissä', '', '#REF!', 45473, true],
          ['#N/A', ' Kyllä', 0, '', false],
        ],
        [
          ['String', 'Empty', 'Error', 'Double', 'Boolean'],
          ['String', 'String', 'Double', 'Empty', 'Boolean'],
        ],
      ),
    ).toEqual([
      ['Käynnissä', null, { error: '#REF!' }, 45473, true],
      ['#N/A', ' Kyllä', 0, null, false],
    ]);
  });
});
