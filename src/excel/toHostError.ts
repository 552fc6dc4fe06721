/** Office.js errors to the host's typed error. */
import { HostError, type HostErrorCode } from './HostError';

const BY_OFFICE_CODE: Record<string, HostErrorCode> = {
  AccessDenied: 'protectedSheet',
  InvalidOperationInCellEditMode: 'cellEditMode',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  PayloadTooLarge: 'tooLarge',
  ApiNotFound: 'unsupported',
};

/**
 * Maps whatever an `Excel.run` threw to a `HostError` by Office's error code; a HostError passes through. Microsoft's docs
 * name both `InvalidOperationInCellEditMode` and `InvalidOperation` for a batch refused while the user edits a cell; an
 * `InvalidOperation` counts as that only when no statement of the batch is blamed (`debugInfo.errorLocation` empty: the host
 * refused the whole batch) or Excel's words say so, so that e.g. deleting the last visible sheet keeps Excel's own message.
 * @example toHostError({ code: 'InvalidOperation', message: 'The operation attempted is invalid on the object.' }).code //=> 'cellEditMode'
 */
export function toHostError(error: unknown, undone = false): HostError {
  if (error instanceof HostError) return undone && !error.undone ? new HostError(error.code, error.detail, error.officeCode, true) : error;
  const officeCode = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;
  const message =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null && 'message' in error
        ? String(error.message)
        : String(error);
  const code =
    officeCode === 'InvalidOperation' && isBatchRefusal(error, message)
      ? 'cellEditMode'
      : (officeCode && BY_OFFICE_CODE[officeCode]) || 'unexpected';
  return new HostError(code, message, officeCode, undone);
}

const CELL_EDIT_WORDS = /cell[- ]?edit|edit(ing)? mode/i;

function isBatchRefusal(error: unknown, message: string): boolean {
  const debugInfo = typeof error === 'object' && error !== null && 'debugInfo' in error ? error.debugInfo : null;
  const location = typeof debugInfo === 'object' && debugInfo !== null && 'errorLocation' in debugInfo ? debugInfo.errorLocation : null;
  return !location || CELL_EDIT_WORDS.test(message);
}
