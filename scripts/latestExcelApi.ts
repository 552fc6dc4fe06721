/** The newest ExcelApi requirement set the installed typings know. */

/**
 * The highest `ExcelApi x.y` any `[Api set: …]` tag of `@types/office-js` names: the version a host with every released
 * feature reports, and the newest the tests run the host at.
 * @example latestExcelApi(readFileSync('node_modules/@types/office-js/index.d.ts', 'utf8')) //=> '1.21'
 */
export function latestExcelApi(dts: string): string {
  let best: [number, number] = [1, 1];
  for (const m of dts.matchAll(/\[Api set: ExcelApi (\d+)\.(\d+)/g)) {
    const v: [number, number] = [Number(m[1]), Number(m[2])];
    if (v[0] > best[0] || (v[0] === best[0] && v[1] > best[1])) best = v;
  }
  return `${best[0]}.${best[1]}`;
}
