/** One palette for status colours, the same on every sheet and in the task pane (docs/ARCHITECTURE.md). */
import type { CanonicalStatus } from './schema/report';

export interface StatusStyle {
  fill: string | null;
  fontColor: string;
  strike: boolean;
  /** An outline instead of a fill (unknown and missing statuses). */
  outline: string | null;
}

export const STATUS_PALETTE: Record<CanonicalStatus, StatusStyle> = {
  done: { fill: '#63BE7B', fontColor: '#000000', strike: false, outline: null },
  partial: { fill: '#C6EFCE', fontColor: '#006100', strike: false, outline: null },
  in_progress: { fill: '#9BC2E6', fontColor: '#000000', strike: false, outline: null },
  not_started: { fill: '#BFBFBF', fontColor: '#000000', strike: false, outline: null },
  not_done: { fill: '#F8696B', fontColor: '#000000', strike: false, outline: null },
  suspended: { fill: '#F4B084', fontColor: '#000000', strike: false, outline: null },
  removed: { fill: '#EDEDED', fontColor: '#7F7F7F', strike: true, outline: null },
  unknown: { fill: null, fontColor: '#000000', strike: false, outline: '#7030A0' },
  missing: { fill: null, fontColor: '#000000', strike: false, outline: '#7030A0' },
};

/** The red flag of an overdue item, whatever its status colour. */
export const OVERDUE_FLAG = { fill: '#C00000', fontColor: '#FFFFFF' } as const;

/** Variance colours of the budget comparison. */
export const VARIANCE_COLORS = { bad: '#F8696B', good: '#C6EFCE', neutral: '#F2F2F2' } as const;

/** Heading fill of generated sheets. */
export const HEADING_FILL = '#DDEBF7';
