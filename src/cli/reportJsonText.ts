/** The text of report.json: indented for a person to read when small, compact when indenting would only cost time and disk. */
import type { Report } from '../core/schema/report';

/**
 * Above this many characters of compact JSON nobody reads the file by eye, and indenting only adds size
 * and time (100 000 rows: 101 MB indented, 65 MB compact).
 */
export const PRETTY_JSON_LIMIT = 2_000_000;

/**
 * The report as JSON text ending in a newline; indented by two spaces up to PRETTY_JSON_LIMIT, compact above.
 * Both forms parse to the same value.
 * @example reportJsonText({ asOf: '2024-06-30', … }) //=> '{\n  "asOf": "2024-06-30",\n …}\n'
 */
export function reportJsonText(report: Report): string {
  const compact = JSON.stringify(report);
  return `${compact.length <= PRETTY_JSON_LIMIT ? JSON.stringify(report, null, 2) : compact}\n`;
}
