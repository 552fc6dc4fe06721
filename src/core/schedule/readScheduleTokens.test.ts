import { readScheduleTokens } from './readScheduleTokens';
import { tokenizeSchedule } from './tokenizeSchedule';

const read = (text: string) => readScheduleTokens(tokenizeSchedule(text));
const spans = (text: string) => read(text)?.points.map((p) => ('start' in p ? `${p.start}..${p.end}` : p));

describe('readScheduleTokens', () => {
  it('reads the dates in the order written, a season with the year after it, a two-digit one too', () => {
    expect(spans('Syksy 2020 - kevät 2021')).toEqual(['2020-09-01..2020-12-31', '2021-01-01..2021-05-31']);
    expect(spans('syksy 23')).toEqual(['2023-09-01..2023-12-31']);
    expect(spans('11-2/25')).toEqual(['2024-11-01..2025-02-28']);
  });

  it("leaves a season without a year pending, for its neighbour's year", () => {
    expect(spans('kevät - syksy 2024')).toEqual([{ season: 'spring' }, '2024-09-01..2024-12-31']);
  });

  it('counts the dates before each opener: an arrow, a trailing dash, an open-end or ongoing word', () => {
    expect(read('2021 →')?.openAt).toEqual([1]);
    expect(read('2020 -')?.openAt).toEqual([1]);
    expect(read('Syksy 2020 alkaen — 2024')?.openAt).toEqual([1]);
    expect(read('2020-2024, jatkuvaa')).toMatchObject({ openAt: [2], ongoing: true });
  });

  it('takes no dash between two dates, or before a number, for an opener', () => {
    expect(read('2020 - 2024')?.openAt).toEqual([]);
    expect(read('Kevät 2021 (2 agenttia), 1-2 lisää myöhemmin')?.openAt).toEqual([]);
    expect(read('2020 - syksy 2024')?.openAt).toEqual([]);
  });

  it('notes a deadline word and a done word', () => {
    expect(read('9-12/24 mennessä')).toMatchObject({ deadline: true, done: false });
    expect(read('tehty')).toMatchObject({ points: [], done: true });
  });

  it('gives nothing for a date that cannot be', () => {
    expect(read('31.2.2024')).toBeNull();
    expect(read('syksy 2024 - 13/2024')).toBeNull();
  });
});
