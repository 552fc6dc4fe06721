/** What the use cases need from a host workbook; the Office.js adapter and test fakes implement it. */
import type { Lang, SheetPlan, StatusColouring, WorkbookData } from '../core';

export type { StatusColouring } from '../core';

/** The user's settings, kept in the workbook's own settings so they travel with the file. */
export interface SeurantaSettings {
  lang: Lang;
  /** ISO date; null means today. */
  asOf: string | null;
  /** Sheets to leave out, by name. */
  skipSheets: string[];
}

/** Settings made from what the workbook has saved (the ribbon's command, which has no pane to hold them). */
export type SettingsFromSaved = (saved: Partial<SeurantaSettings>) => SeurantaSettings;

/** What a use case tells the host about a write beyond the plans. */
export interface WriteSheetsRequest {
  /**
   * The workbook as this use case has just read it through the same host: a host that kept what it saw of the sheets while
   * reading (names, the tool's earlier sheets) need not ask Excel again.
   */
  read?: WorkbookData;
  /** Bring the first sheet written to the front, as part of the write. */
  activate?: boolean;
}

export interface WorkbookHost {
  /** Every sheet's used range, Excel tables and merges, in a constant number of syncs. */
  readWorkbook(): Promise<WorkbookData>;
  /**
   * The workbook as `readWorkbook` gives it and the settings saved in it, in the read's syncs alone. Optional: a use case
   * falls back on `loadSettings` and then `readWorkbook` where a host lacks it.
   */
  readWorkbookAndSettings?(): Promise<{ workbook: WorkbookData; saved: Partial<SeurantaSettings> }>;
  /**
   * Writes the plans as new sheets, replacing the tool's own earlier sheets of the same kind and
   * nothing else. All or nothing: on failure no generated sheet is left behind. Returns the names used.
   */
  writeSheets(plans: readonly SheetPlan[], request?: WriteSheetsRequest): Promise<string[]>;
  activateSheet(name: string): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Adds the rules when none of the tool's are there, else removes exactly the tool's rules. */
  toggleStatusColouring(colouring: readonly StatusColouring[]): Promise<'added' | 'removed'>;
  loadSettings(): Promise<Partial<SeurantaSettings>>;
  /** Whether the host can set how generated sheets print (Office.js: ExcelApi 1.9); a host without it can. */
  canSetPageLayout?(): boolean;
  saveSettings(settings: SeurantaSettings): Promise<void>;
}
