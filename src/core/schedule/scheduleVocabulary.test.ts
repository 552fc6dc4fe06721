import { scheduleVocabulary } from './scheduleVocabulary';

describe('scheduleVocabulary', () => {
  const find = (...parts: string[]) => scheduleVocabulary().find((w) => w.parts.join(' ') === parts.join(' '));

  it('joins the words of all three languages, folded', () => {
    expect(find('keva')?.meaning).toEqual({ kind: 'season', season: 'spring' });
    expect(find('hosten')?.meaning).toEqual({ kind: 'season', season: 'autumn' });
    expect(find('autumn')?.meaning).toEqual({ kind: 'season', season: 'autumn' });
    expect(find('senast')?.meaning).toEqual({ kind: 'deadline' });
    expect(find('tehty')?.meaning).toEqual({ kind: 'done' });
  });

  it('numbers the months from January and marks Finnish stems', () => {
    expect(find('syyskuu')).toEqual({ parts: ['syyskuu'], stem: true, meaning: { kind: 'month', month: 9 } });
    expect(find('december')).toEqual({ parts: ['december'], stem: false, meaning: { kind: 'month', month: 12 } });
  });

  it('splits phrases into words', () => {
    expect(find('tills', 'vidare')?.meaning).toEqual({ kind: 'ongoing' });
  });
});
