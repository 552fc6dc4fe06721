/** Where a relationship points, by OPC's rules for part names. */

/**
 * The part a relationship's `Target` names, as a zip entry name (no leading slash): relative targets
 * resolve against the folder of the part that holds the relationship (`''` for the package itself).
 * @example resolvePartTarget('xl/workbook.xml', 'worksheets/sheet1.xml') //=> 'xl/worksheets/sheet1.xml'
 */
export function resolvePartTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decodeURI(target).split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}
