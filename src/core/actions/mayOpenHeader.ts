/** A quick "no" for the cells that cannot open a header: nearly every cell of a sheet is asked. */
import { foldStatusText } from '../status/foldStatusText';
import { headerVocabulary } from './headerVocabulary';
import { isLatin1WordChar } from './isLatin1WordChar';

/** Folded first two characters (`first * 0x10000 + second`, 0 for a one-character word) of every header phrase's first word. */
let openings: ReadonlySet<number> | null = null;

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
    if (isLatin1WordChar(c)) break;
  }
  if (i === n) return false;
  const a = value.charCodeAt(i);
  const b = i + 1 < n ? value.charCodeAt(i + 1) : -1;
  const after = i + 2 < n ? value.charCodeAt(i + 2) : -1;
  if (b > 0xff || after > 0xff) return true;
  openings ??= buildOpenings();
  const bInWord = b >= 0 && isLatin1WordChar(b);
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

/** `\p{L}` on Latin-1. */
function isLetter(c: number): boolean {
  return isLatin1WordChar(c) && !(c >= 48 && c <= 57) && c !== 0xb2 && c !== 0xb3 && c !== 0xb9 && c !== 0xbc && c !== 0xbd && c !== 0xbe;
}

/** Each Latin-1 code as foldStatusText folds it alone (case, marks), worked out once from foldStatusText itself. */
let folded: Uint16Array | null = null;

/** One character as foldStatusText folds it: lower case, marks dropped, a 6 beside a letter read as o. */
function fold(c: number, sixBesideLetter: boolean): number {
  if (c === 0x36) return sixBesideLetter ? 0x6f : c;
  if (folded === null) {
    folded = new Uint16Array(256);
    for (let code = 0; code < 256; code++) folded[code] = foldStatusText(String.fromCharCode(code)).charCodeAt(0);
  }
  return folded[c] ?? c;
}
