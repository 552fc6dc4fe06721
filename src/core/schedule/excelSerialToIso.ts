/** Reads an Excel date serial (what Office.js hands over for a date cell) as an ISO date. */
import { isoDate } from './isoDate';

/** The last serial Excel accepts (9999-12-31). */
const MAX_SERIAL = 2958465;
/** Excel's day 60 is 29 February 1900, a day that never was (kept for Lotus 1-2-3 compatibility). */
const PHANTOM_LEAP_DAY = 60;

/**
 * The ISO date of an Excel 1900-system serial (time of day ignored). Serials from 61 on are one day
 * ahead of the real calendar because of the phantom 29 February 1900, so they count from 1899-12-30;
 * serials 1–59 count from 1899-12-31. The phantom day itself and out-of-range numbers give null.
 * @example excelSerialToIso(45536) //=> '2024-09-01'
 * @example excelSerialToIso(61) //=> '1900-03-01'
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === PHANTOM_LEAP_DAY) return null;
  const daysAfterDec31 = day < PHANTOM_LEAP_DAY ? day : day - 1;
  const d = new Date(Date.UTC(1899, 11, 31) + daysAfterDec31 * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
