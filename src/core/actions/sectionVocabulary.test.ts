import { sectionVocabulary } from './sectionVocabulary';

describe('sectionVocabulary', () => {
  it('joins the section words of every language, folded', () => {
    const words = sectionVocabulary().sectionWords.map((w) => w.join(' '));
    expect(words).toEqual(expect.arrayContaining(['muut', 'ovriga', 'other']));
  });
  it('counts goal header words and spearhead words as goal words', () => {
    const words = sectionVocabulary().goalWords.map((w) => w.join(' '));
    expect(words).toEqual(expect.arrayContaining(['tavoite', 'mal', 'goal', 'karki']));
  });
});
