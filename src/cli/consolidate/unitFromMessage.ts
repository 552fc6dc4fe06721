/** A unit's result as a worker sends it back, and as the main thread reads it. */
import type { WorkbookSummary } from '../../core';
import type { UnitResult } from './readUnitWorkbook';

/**
 * The worker sends the row of koonti.json alone, its bytes handed over: the summary is that row parsed. Cloning the
 * summary's objects as well cost each worker ~0.5 ms a unit to serialise and the main thread as much to rebuild;
 * parsing the row costs the main thread less, and the totals are then made from exactly the rows the file holds.
 */
export type UnitMessage = { kind: 'read'; json: Uint8Array<ArrayBuffer> } | { kind: 'ownOutput'; file: string };

const decoder = new TextDecoder();

/**
 * The result a worker's message stands for.
 * @example unitFromMessage({ kind: 'read', json: workbookJsonBytes(summary) }).summary //=> summary's equal
 */
export function unitFromMessage(message: UnitMessage): UnitResult {
  if (message.kind === 'ownOutput') return message;
  return { kind: 'read', summary: JSON.parse(decoder.decode(message.json)) as WorkbookSummary, json: message.json };
}
