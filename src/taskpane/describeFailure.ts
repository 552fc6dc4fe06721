/** Turns what went wrong in Excel into a message a manager can act on, not a stack trace. */
import type { PaneNotice, UiErrorKey } from './paneTypes';

/** The host's error codes (HostError.code) and, should one slip through unmapped, Office.js's own. */
const ADVICE: Readonly<Record<string, UiErrorKey>> = {
  protectedSheet: 'errors.protectedSheet',
  AccessDenied: 'errors.protectedSheet',
  protectedStructure: 'errors.protectedStructure',
  cellEditMode: 'errors.cellEditMode',
  InvalidOperationInCellEditMode: 'errors.cellEditMode',
  tooLarge: 'errors.tooLarge',
  RequestPayloadSizeLimitExceeded: 'errors.tooLarge',
  ResponsePayloadSizeLimitExceeded: 'errors.tooLarge',
  unsupported: 'errors.unsupported',
  ApiNotFound: 'errors.unsupported',
};

/**
 * The notice for a failed task: a refusal the user can fix (protected sheet, cell-edit mode, …) gets
 * its advice, anything else shows what Excel said.
 * @example describeFailure(new HostError('cellEditMode', 'Excel is in cell-editing mode.', 'InvalidOperationInCellEditMode'))
 * //=> { intent: 'warning', key: 'errors.cellEditMode' }
 */
export function describeFailure(error: unknown): PaneNotice {
  const code = field(error, 'code');
  const advice = code === null ? undefined : ADVICE[code];
  if (advice !== undefined) return { intent: 'warning', key: advice };
  const detail = field(error, 'detail') ?? field(error, 'message') ?? String(error);
  return { intent: 'error', key: 'unexpectedError', params: { detail } };
}

function field(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null || !(name in value)) return null;
  const v = (value as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : null;
}
