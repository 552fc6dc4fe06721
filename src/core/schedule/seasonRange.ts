/** The dates a season word such as "kevät 2021" or "hösten 2024" stands for. */
import { isoDate } from './isoDate';
import type { DateRange } from './monthRange';

export type Season = 'spring' | 'summer' | 'autumn';

/**
 * Seasons as public-sector planning uses them, splitting the year into three terms without gaps:
 * spring (kevät / vår) is the spring term, 1 January–31 May; summer (kesä / sommar) 1 June–31 August;
 * autumn (syksy / höst) the autumn term, 1 September–31 December. Planning documents say "kevät" for
 * the first half of the working year, so a spring item is due by the end of May.
 * @example seasonRange('spring', 2021) //=> { start: '2021-01-01', end: '2021-05-31' }
 * @example seasonRange('autumn', 2024) //=> { start: '2024-09-01', end: '2024-12-31' }
 */
export function seasonRange(season: Season, year: number): DateRange | null {
  const [fromMonth, toMonth, toDay] = SEASONS[season];
  const start = isoDate(year, fromMonth, 1);
  const end = isoDate(year, toMonth, toDay);
  return start === null || end === null ? null : { start, end };
}

const SEASONS: Readonly<Record<Season, readonly [number, number, number]>> = {
  spring: [1, 5, 31],
  summer: [6, 8, 31],
  autumn: [9, 12, 31],
};
