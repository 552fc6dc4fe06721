import { STATUS_PALETTE } from '../palette';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { statusChartColor } from './statusChartColor';

describe('statusChartColor', () => {
  it('fills a status in a chart as its cells are filled on every sheet', () => {
    for (const s of CANONICAL_STATUSES.filter((s) => STATUS_PALETTE[s].fill !== null))
      expect({ s, color: statusChartColor(s) }).toEqual({ s, color: STATUS_PALETTE[s].fill });
  });

  it('gives unknown its outline purple and missing a lighter one, so neighbours in a stack stay apart', () => {
    expect(statusChartColor('unknown')).toBe(STATUS_PALETTE.unknown.outline);
    expect(statusChartColor('missing')).not.toBe(statusChartColor('unknown'));
    expect(new Set(CANONICAL_STATUSES.map(statusChartColor)).size).toBe(CANONICAL_STATUSES.length);
  });
});
