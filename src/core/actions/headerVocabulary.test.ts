import { headerVocabulary } from './headerVocabulary';

describe('headerVocabulary', () => {
  it('holds the words of all three languages together', () => {
    const actions = headerVocabulary()
      .filter((p) => p.role === 'action')
      .map((p) => p.words.join(' '));
    expect(actions).toEqual(expect.arrayContaining(['toimenpide', 'atgard', 'action']));
  });
  it('lists longer phrases first, so a metric of a goal is a metric', () => {
    const order = headerVocabulary().map((p) => p.words.join(' '));
    expect(order.indexOf('tavoitteen mittari')).toBeLessThan(order.indexOf('tavoite'));
  });
});
