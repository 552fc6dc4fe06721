/** The typed failure every Office.js host call ends in, so the pane can explain it in the user's language. */

/**
 * Why a host call failed: `protectedSheet` (a sheet, or on Excel without ExcelApi 1.7 possibly the workbook structure, is
 * protected), `protectedStructure` (the workbook's structure is protected, so no sheet can be added; found before anything
 * changed), `cellEditMode` (the user is typing in a cell), `tooLarge` (a request passed Excel on the web's size limit even in
 * pieces), `unsupported` (this Excel lacks an API the call needs), `unexpected` (anything else; `detail` says what Excel said).
 */
export type HostErrorCode = 'protectedSheet' | 'protectedStructure' | 'cellEditMode' | 'tooLarge' | 'unsupported' | 'unexpected';

export class HostError extends Error {
  /** Office.js's own error code, e.g. `AccessDenied`, kept for logs. */
  readonly officeCode: string | null;
  constructor(
    readonly code: HostErrorCode,
    readonly detail: string,
    officeCode: string | null,
    /** True when a write failed and everything it had added was removed again. */
    readonly undone = false,
  ) {
    super(detail);
    this.name = 'HostError';
    this.officeCode = officeCode;
  }
}
