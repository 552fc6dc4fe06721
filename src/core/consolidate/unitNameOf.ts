/** The unit's name as the finance office knows it, from the workbook's file name. */

/**
 * The file's base name without its extension, with the `_` and `-` people put for spaces read as spaces.
 * @example unitNameOf('2024/Q2/Kotihoito_Pori.xlsx') //=> 'Kotihoito Pori'
 */
export function unitNameOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = base.replace(/\.[^.]+$/, '').replace(/[_]+|\s-\s|(?<=\S)-(?=\S)/g, ' ');
  return name.replace(/\s+/g, ' ').trim() || base;
}
