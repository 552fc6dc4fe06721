/** Picks the name for a generated table without ever taking another table's name. */

/**
 * Returns `wanted` when no other table of the workbook has it (table names are unique across a workbook and compare
 * case-insensitively, as Excel does), else `wanted_2`, `wanted_3`, …
 * @example uniqueTableName('Myöhässä', ['myöhässä', 'Budjetti']) //=> 'Myöhässä_2'
 */
export function uniqueTableName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted}_${i}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
