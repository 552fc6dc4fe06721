import { readScheduleTokens } from './readScheduleTokens';
import { resolveYears } from './resolveYears';
import { tokenizeSchedule } from './tokenizeSchedule';

const resolved = (text: string) => {
  const reading = readScheduleTokens(tokenizeSchedule(text));
  const points = reading && resolveYears(reading.points);
  return points === null ? null : points.map((p) => `${p.start}..${p.end}`);
};

describe('resolveYears', () => {
  it('gives a season without a year the year of the next dated point', () => {
    expect(resolved('kevät - syksy 2024')).toEqual(['2024-01-01..2024-05-31', '2024-09-01..2024-12-31']);
  });

  it("takes the previous point's year when no dated point follows", () => {
    expect(resolved('syksy 2023 - kevät')).toEqual(['2023-09-01..2023-12-31', '2023-01-01..2023-05-31']);
  });

  it('leaves dated points as they are, and gives nothing when no point has a year', () => {
    expect(resolved('2020 - 2024')).toEqual(['2020-01-01..2020-12-31', '2024-01-01..2024-12-31']);
    expect(resolved('syksy')).toBeNull();
  });
});
