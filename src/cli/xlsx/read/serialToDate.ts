/** Excel's serial day numbers to dates. */

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH = 25_569;
/** Days between the 1900 and 1904 date systems' day zero. */
const DAYS_1900_TO_1904 = 1_462;

/**
 * The moment a serial number stands for, as a UTC `Date` (the clock time Excel shows, without a
 * time zone), rounded to the millisecond.
 * @example serialToDate(45657, false) //=> 2024-12-31T00:00:00.000Z
 * @example serialToDate(44195, true) //=> 2024-12-31T00:00:00.000Z
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
}
