/** The core's public surface, for the hosts (CLI, Office.js, task pane). */
export * from './grid';
export * from './schema/vocabulary';
export * from './schema/report';
export * from './schema/sheetPlan';
export { buildReport, buildReportWithHistory, readUserSheets, type BuildReportOptions, type UserSheetsReport } from './buildReport';
export { isGeneratedGrid } from './isGeneratedGrid';
export { readUserSheet, type UserSheetTables } from './readUserSheet';
export { joinUserSheets } from './joinUserSheets';
export { planHistorySheet } from './history/planHistorySheet';
export { HISTORY_READ_COLUMNS } from './history/historyLayout';
export { recordHistory, type RecordedHistory } from './history/recordHistory';
export { readHistory } from './history/readHistory';
export { historyOfSnapshots } from './history/historyOfSnapshots';
export { snapshotAt } from './history/snapshotAt';
export { snapshotOfItems } from './history/snapshotOfItems';
export { itemsOfSnapshot } from './history/itemsOfSnapshot';
export type {
  History,
  HistoryRows,
  Snapshot,
  SnapshotActions,
  SnapshotIndicators,
  SnapshotIndicator,
  SnapshotItem,
  SnapshotOfItems,
} from './history/snapshot';
export { planSheets } from './planSheets';
export { generatedMarker, generatedKindOf, GENERATED_MARKER_CELL } from './generated/generatedMarker';
export { uniqueSheetName } from './generated/uniqueSheetName';
export { uniqueTableName } from './generated/uniqueTableName';
export { getLocale } from './locales/getLocale';
export type { Locale } from './locales/locale';
export { formatMessage } from './i18n/formatMessage';
export { isLang } from './i18n/isLang';
export { STATUS_PALETTE, OVERDUE_FLAG, type StatusStyle } from './palette';
export { columnLetter } from './a1/columnLetter';
export { columnNumber } from './a1/columnNumber';
export { cellAddress } from './a1/cellAddress';
export { parseRange, type CellRange } from './a1/parseRange';
export { rangeAddress } from './a1/rangeAddress';
export { sheetRef } from './a1/sheetRef';
export { cellText } from './cellText';
export { excelString } from './text/excelString';
export { isCellError } from './isCellError';
export { parseSchedule, type ParsedSchedule } from './schedule/parseSchedule';
export { isOverdue } from './schedule/isOverdue';
export { excelSerialToIso } from './schedule/excelSerialToIso';
export { isoToExcelSerial } from './schedule/isoToExcelSerial';
export { validateActionTable } from './validation/validateActionTable';
export { findCellErrors } from './validation/findCellErrors';
export { findBudgetTables } from './budget/findBudgetTables';
export { budgetLabelColumns } from './budget/budgetLabelColumns';
export { planBudgetSheet } from './budget/planBudgetSheet';
export { parseNumber, type ParsedNumber } from './numbers/parseNumber';
export { VARIANCE_COLORS } from './palette';
export { normalizeStatus, STOPPING_STATUSES, type NormalizedStatus } from './status/normalizeStatus';
export { statusConditionalRules, SEURANTA_RULE_TAG } from './status/statusConditionalRules';
export { planSummarySheet } from './summary/planSummarySheet';
export { planStatusColouring } from './summary/planStatusColouring';
export { findActionTables } from './actions/findActionTables';
export { matchHeaderRole, type HeaderMatch } from './actions/matchHeaderRole';
export { splitActionNumber, type SplitAction } from './actions/splitActionNumber';
export * from './schema/consolidation';
export { summarizeReport } from './consolidate/summarizeReport';
export { failedWorkbook } from './consolidate/failedWorkbook';
export { consolidate } from './consolidate/consolidate';
export { planConsolidationSheets } from './consolidate/planConsolidationSheets';
export { VERDICT_PALETTE, TREND_ARROWS } from './indicators/verdictPalette';
