import { matchScheduleWord } from './matchScheduleWord';
import { tokenizeSchedule } from './tokenizeSchedule';

describe('matchScheduleWord', () => {
  const words = (text: string) => tokenizeSchedule(text).map((t) => (t.kind === 'word' ? t.word : null));

  it('prefers the longest word, so June is not summer', () => {
    expect(matchScheduleWord(words('kesäkuussa'), 0)?.meaning).toEqual({ kind: 'month', month: 6 });
    expect(matchScheduleWord(words('kesällä'), 0)?.meaning).toEqual({ kind: 'season', season: 'summer' });
  });

  it('reads OCR-damaged and inflected Finnish and multi-word Swedish phrases', () => {
    expect(matchScheduleWord(words('kevaalla'), 0)?.meaning).toEqual({ kind: 'season', season: 'spring' });
    expect(matchScheduleWord(words('syysy'), 0)?.meaning).toEqual({ kind: 'season', season: 'autumn' });
    expect(matchScheduleWord(words('tills vidare'), 0)).toEqual({ meaning: { kind: 'ongoing' }, length: 2 });
  });

  it('does not take an ordinary word for a schedule word', () => {
    expect(matchScheduleWord(words('majoitus'), 0)).toBeNull();
    expect(matchScheduleWord(words('toimintaa'), 0)).toBeNull();
  });
});
