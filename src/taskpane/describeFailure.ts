/** Turns what went wrong in Excel into a message a manager can act on, not a stack trace. */
import type { PaneNotice } from './paneTypes';

/**
 * The notice for a failed task: a protected sheet and cell-edit mode get their own advice,
 * anything else shows its message.
 * @example describeFailure({ code: 'InvalidOperationInCellEditMode', message: '…' }) //=> { intent: 'warning', key: 'cellEditMode' }
 */
export function describeFailure(error: unknown): PaneNotice {
  const code = field(error, 'code') ?? field(error, 'kind');
  const message = field(error, 'message') ?? String(error);
  if (code === 'InvalidOperationInCellEditMode' || code === 'cellEditMode') {
    return { intent: 'warning', key: 'cellEditMode' };
  }
  if (code === 'AccessDenied' || code === 'protectedSheet' || code === 'SheetProtected') {
    return { intent: 'warning', key: 'protectedSheet' };
  }
  return { intent: 'error', key: 'unexpectedError', params: { detail: message } };
}

function field(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null || !(name in value)) return null;
  const v = (value as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : null;
}
