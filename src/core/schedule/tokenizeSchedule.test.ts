import { matchScheduleWord } from './matchScheduleWord';
import { tokenizeSchedule } from './tokenizeSchedule';

describe('tokenizeSchedule', () => {
  it('keeps month spans, month-years and days whole before splitting numbers and dashes', () => {
    expect(tokenizeSchedule('9-12/24 mennessä')).toEqual([
      { kind: 'monthSpan', year: 2024, fromMonth: 9, toMonth: 12 },
      { kind: 'word', word: 'mennessa' },
    ]);
    expect(tokenizeSchedule('1.9.2024 - 2020')).toEqual([
      { kind: 'day', iso: '2024-09-01' },
      { kind: 'dash' },
      { kind: 'year', year: 2020 },
    ]);
  });

  it('drops remarks in parentheses, whose numbers are counts', () => {
    expect(tokenizeSchedule('Kevät 2021 (2 agenttia)')).toEqual([
      { kind: 'word', word: 'kevat' },
      { kind: 'year', year: 2021 },
    ]);
  });
});

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
