/** The use cases the pane runs, as one injectable object (the app's real ones, or stand-ins in tests). */
import type { Report } from '../core';
import type { SeurantaSettings, WorkbookHost } from '../app/workbookHost';

export interface PaneUseCases {
  validate(host: WorkbookHost, settings: SeurantaSettings): Promise<Report>;
  /** `since`: the date of the earlier summary to compare with (the latest on or before it); null: the latest earlier one. */
  summary(host: WorkbookHost, settings: SeurantaSettings, since: string | null): Promise<{ report: Report; sheet: string }>;
  /** `sheet` is null when the workbook has no budget table (nothing is written then). */
  budget(host: WorkbookHost, settings: SeurantaSettings): Promise<{ report: Report; sheet: string | null }>;
  /** `columns`: how many status columns got the rules (0 when no table was found). */
  colours(host: WorkbookHost, settings: SeurantaSettings): Promise<{ result: 'added' | 'removed'; columns: number }>;
}
