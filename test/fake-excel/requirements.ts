/** What the fake host offers: the typings' members of each Excel class, and whether the configured host has a member's requirement set. */
import type { ExcelApiMember } from '../../scripts/excelApiMembers';
import { EXCEL_API_MEMBERS } from './excelApiMembers.generated';

/** The member `name` of Excel class `apiClass` as @types/office-js declares it, or undefined when the typings have none. */
export function memberOf(apiClass: string, name: string): ExcelApiMember | undefined {
  const members = EXCEL_API_MEMBERS[apiClass];
  if (!members)
    throw new TypeError(
      `Excel.${apiClass} is not in test/fake-excel/excelApiMembers.generated.ts: add it to scripts/renderExcelApiMembers.ts and regenerate.`,
    );
  return Object.prototype.hasOwnProperty.call(members, name) ? members[name] : undefined;
}

function atLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

/**
 * True when a host at ExcelApi `excelApi` on `platform` has `requirement` (e.g. `ExcelApi 1.9`; null: part of the JS library,
 * always there). ExcelApiOnline sets exist only in Excel on the web, ExcelApiDesktop ones only on the desktop.
 */
export function hostHas(host: { excelApi: string; platform: string }, requirement: string | null): boolean {
  if (requirement === null) return true;
  const [set = '', version = '1.1'] = requirement.split(' ');
  if (set === 'ExcelApi') return atLeast(host.excelApi, version);
  if (set === 'ExcelApiOnline') return host.platform === 'OfficeOnline';
  if (set === 'ExcelApiDesktop') return host.platform !== 'OfficeOnline';
  // Every host with ExcelApi 1.6 has the dialog API 1.1; 1.2 (the iframe's messageChild) came with the same builds.
  if (set === 'DialogApi') return atLeast('1.2', version);
  return false;
}

/** Excel's own refusal of a member its host lacks, as Office.js reports it at sync. */
export function apiNotFoundMessage(what: string, requirement: string | null): string {
  return `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${what} needs ${requirement ?? 'nothing'})`;
}

/** The requirement set that brings `value` of Excel enum `enumName` (e.g. `Hyperlinks` of ClearApplyTo: ExcelApi 1.7); undefined when the typings have no such value. */
export function enumValueSince(enumName: string, value: string): { since: string | null } | undefined {
  const members = EXCEL_API_MEMBERS[enumName];
  if (!members)
    throw new TypeError(
      `Excel.${enumName} is not in test/fake-excel/excelApiMembers.generated.ts: add it to scripts/renderExcelApiMembers.ts and regenerate.`,
    );
  for (const m of Object.values(members)) if (m.kind === 'enumValue' && m.value === value) return { since: m.since };
  return undefined;
}

/** The enums of the map as Office.js exposes them (`Excel.ClearApplyTo.hyperlinks === 'Hyperlinks'`). */
export function excelEnums(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, members] of Object.entries(EXCEL_API_MEMBERS)) {
    const values = Object.entries(members).flatMap(([key, m]) => (m.kind === 'enumValue' ? [[key, m.value] as const] : []));
    if (values.length > 0 && values.length === Object.keys(members).length) out[name] = Object.fromEntries(values);
  }
  return out;
}
