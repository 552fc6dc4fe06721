/** The Excel versions the host's tests run at: the manifest's minimum, the last without strikethrough, and the newest the typings know. */
import { LATEST_EXCEL_API } from './excelApiMembers.generated';

/**
 * ExcelApi 1.6 (Excel 2016, the manifest's minimum: no freeze panes, hyperlinks or workbook protection), 1.8 (Excel 2019: those,
 * but no strikethrough, indents or cell properties) and the newest release the installed typings know.
 */
export const HOST_VERSIONS = ['1.6', '1.8', LATEST_EXCEL_API] as const;
