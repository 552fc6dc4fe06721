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
