import { keyItems } from './keyItems';

describe('keyItems', () => {
  it('keeps a matched item’s key and gives new items keys no snapshot has used', () => {
    const keyed = keyItems(['1', '7'], { earlierOf: Int32Array.from([1, -1, -1]), added: [1, 2], dropped: [0] }, ['1', '7']);
    expect(keyed).toEqual(['7', '8', '9']);
  });

  it('numbers indicators apart from actions, after their own prefix', () => {
    const keyed = keyItems([], { earlierOf: Int32Array.from([-1, -1]), added: [0, 1], dropped: [] }, ['12', 'M3'], 'M');
    expect(keyed).toEqual(['M4', 'M5']);
  });
});
