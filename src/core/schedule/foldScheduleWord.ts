/** Makes a word comparable with the schedule vocabulary despite case and OCR damage. */

/**
 * Lower-cases and folds the letters OCR loses in Finnish text: ä → a, ö → o, and a `6` among
 * letters → o (`ty6` for `työ`). Swedish å is kept: folding it would turn `vår` into the word `var`.
 * @example foldScheduleWord('Kevät') //=> 'kevat'
 * @example foldScheduleWord('Syyskuussa') //=> 'syyskuussa'
 */
export function foldScheduleWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/(?<=\p{L})6|6(?=\p{L})/gu, 'o');
}
