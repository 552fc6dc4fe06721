/** A text as a string constant of an Excel formula. */

/**
 * The text in double quotes with its own quotes doubled, as a formula spells a string (`"Katso ""C7"""`). Every
 * character stands as itself: a formula the tool writes means the same in every host and locale.
 * @example excelString('Katso "C7"') //=> '"Katso ""C7"""'
 */
export function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
