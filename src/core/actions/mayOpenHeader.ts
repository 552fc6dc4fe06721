/** A quick "no" for the cells that cannot open a header: nearly every cell of a sheet is asked. */
import { foldStatusText } from '../status/foldStatusText';
import { headerVocabulary } from './headerVocabulary';

/** Folded first two characters (`first * 0x10000 + second`, 0 for a one-character word) of every header phrase's first word. */
let openings: ReadonlySet<number> | null = null;

/** Latin-1 letters and the letters their marks are folded away to, as foldStatusText does. */
const FOLDED: Readonly<Record<number, number>> = {
  0xe4: 0x61, 0xe5: 0x61, 0xe0: 0x61, 0xe1: 0x61, 0xe2: 0x61, // ä å à á â → a
  0xf6: 0x6f, 0xf8: 0x6f, 0xf3: 0x6f, 0xf2: 0x6f, 0xf4: 0x6f, // ö ø ó ò ô → o
  0xfc: 0x75, // ü → u
  0xe9: 0x65, 0xe8: 0x65, // é è → e
};

/**
 * False only when the text's first word cannot open any header phrase: its first two characters,
 * folded as foldStatusText folds them (case, ä → a, an OCR'd 6 beside a letter → o), open no header
 * phrase's first word. It reads the text's first characters in place, making no string; anything
 * beyond Latin-1 near the start answers true, for the full check to decide.
 * @example mayOpenHeader('1.a Konsultaatiokäytäntöjen kehittäminen') //=> false
 * @example mayOpenHeader('Kotihoidon päällikkö') //=> false
 * @example mayOpenHeader('  TOIMENPIDE') //=> true
 * @example mayOpenHeader('Vastuuhenkil6') //=> true
 */
export function mayOpenHeader(value: string): boolean {
  const n = value.length;
  let i = 0;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return true;
    if (isWordChar(c)) break;
  }
  if (i === n) return false;
  const a = value.charCodeAt(i);
  const b = i + 1 < n ? value.charCodeAt(i + 1) : -1;
  const after = i + 2 < n ? value.charCodeAt(i + 2) : -1;
  if (b > 0xff || after > 0xff) return true;
  openings ??= buildOpenings();
  const bInWord = b >= 0 && isWordChar(b);
  // What comes before the word is no letter, so a leading 6 turns into o only by the letter after it.
  const fa = fold(a, bInWord && isLetter(b));
  if (!bInWord) return openings.has(fa * 0x10000);
  const fb = fold(b, isLetter(a) || (after >= 0 && isLetter(after)));
  return openings.has(fa * 0x10000 + fb);
}

function buildOpenings(): ReadonlySet<number> {
  const keys = new Set<number>();
  for (const phrase of headerVocabulary()) {
    const word = foldStatusText(phrase.words[0] ?? '');
    if (word === '') continue;
    keys.add(word.charCodeAt(0) * 0x10000 + (word.length > 1 ? word.charCodeAt(1) : 0));
  }
  return keys;
}

/** `[\p{L}\p{N}]` on Latin-1: ASCII's letters and digits, ª ² ³ µ ¹ º ¼ ½ ¾, and À–ÿ but × and ÷. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0) return c !== 0xd7 && c !== 0xf7;
  return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || c === 0xbc || c === 0xbd || c === 0xbe;
}

/** `\p{L}` on Latin-1. */
function isLetter(c: number): boolean {
  return isWordChar(c) && !(c >= 48 && c <= 57) && c !== 0xb2 && c !== 0xb3 && c !== 0xb9 && c !== 0xbc && c !== 0xbd && c !== 0xbe;
}

/** One character as foldStatusText folds it: lower case, marks dropped, a 6 beside a letter read as o. */
function fold(c: number, sixBesideLetter: boolean): number {
  if (c === 0x36) return sixBesideLetter ? 0x6f : c;
  let lower = c;
  if (c >= 65 && c <= 90) lower = c + 32;
  else if (c >= 0xc0 && c <= 0xde && c !== 0xd7) lower = c + 32;
  return FOLDED[lower] ?? lower;
}
