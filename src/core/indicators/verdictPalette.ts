/** One palette for indicator verdicts, the same on the summary sheet and in the task pane. */
import type { Verdict } from '../schema/report';
import { STATUS_PALETTE, type StatusStyle } from '../palette';

/** Met is done's green and not met is not done's red, so a sheet reads alike for actions and indicators. */
export const VERDICT_PALETTE: Record<Verdict, StatusStyle> = {
  met: STATUS_PALETTE.done,
  not_met: STATUS_PALETTE.not_done,
  no_data: STATUS_PALETTE.not_started,
  qualitative: { fill: '#DDEBF7', fontColor: '#000000', strike: false, outline: null },
  unreadable: STATUS_PALETTE.unknown,
};

/** The arrow before a trend's word: up is better, whichever way the figure moves. */
export const TREND_ARROWS = { improving: '↗', worsening: '↘', flat: '→' } as const;
