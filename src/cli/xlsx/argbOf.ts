/** Plan colours are `#RRGGBB`; ExcelJS wants ARGB. */

/**
 * The opaque ARGB form of a `#RRGGBB` colour.
 * @example argbOf('#63BE7B') //=> 'FF63BE7B'
 */
export function argbOf(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}
