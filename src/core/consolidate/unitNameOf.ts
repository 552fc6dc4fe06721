/** The unit's name as the finance office knows it: the workbook's title where it has one, else its file name. */

/**
 * The title the workbook carries (File → Info → Title, `dc:title` of the package), its spaces tidied; without one, the
 * file's base name without its extension, with the `_` and `-` people put for spaces read as spaces.
 * @example unitNameOf('2024/Q2/Kotihoito_Pori.xlsx') //=> 'Kotihoito Pori'
 * @example unitNameOf('2024/Q2/kh_pori_v3.xlsx', ' Kotihoito,  Pori ') //=> 'Kotihoito, Pori'
 */
export function unitNameOf(file: string, title: string | null = null): string {
  const titled = title?.replace(/\s+/g, ' ').trim() ?? '';
  return titled === '' ? fileUnitName(file) : titled;
}

function fileUnitName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = base.replace(/\.[^.]+$/, '').replace(/[_]+|\s-\s|(?<=\S)-(?=\S)/g, ' ');
  return name.replace(/\s+/g, ' ').trim() || base;
}
