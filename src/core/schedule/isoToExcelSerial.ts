/** Writes an ISO date as the Excel serial a host puts in a date cell. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The Excel 1900-system serial of an ISO date, the inverse of `excelSerialToIso`: dates from
 * 1 March 1900 on count the phantom 29 February 1900 that Excel keeps. Null for a non-date or a
 * date before 1900-01-01.
 * @example isoToExcelSerial('2024-09-01') //=> 45536
 * @example isoToExcelSerial('1900-02-28') //=> 59
 */
export function isoToExcelSerial(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  const daysAfterDec31 = Math.round((d.getTime() - Date.UTC(1899, 11, 31)) / 86_400_000);
  if (daysAfterDec31 < 1) return null;
  return daysAfterDec31 < 60 ? daysAfterDec31 : daysAfterDec31 + 1;
}
