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
 * Maps whatever an `Excel.run` threw to a `HostError` by Office's error code; a HostError passes through.
 * @example toHostError({ code: 'InvalidOperationInCellEditMode', message: 'Excel is in cell-editing mode.' }).code //=> 'cellEditMode'
 */
export function toHostError(error: unknown, undone = false): HostError {
  if (error instanceof HostError) return undone && !error.undone ? new HostError(error.code, error.detail, error.officeCode, true) : error;
  const officeCode = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : null;
  const message = error instanceof Error ? error.message : typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return new HostError((officeCode && BY_OFFICE_CODE[officeCode]) || 'unexpected', message, officeCode, undone);
}
