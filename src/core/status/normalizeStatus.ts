/** Reads a status cell as written by a manager into one of the canonical statuses, with its reason. */
import { cellText } from '../cellText';
import type { CellValue } from '../grid';
import { isCellError } from '../isCellError';
import { memoize } from '../memo/memoize';
import type { CanonicalStatus } from '../schema/report';
import { findWholePhrase } from './findWholePhrase';
import { foldText } from '../text/foldText';
import { statusPhrases, type WrittenStatus } from './statusPhrases';

export interface NormalizedStatus {
  status: CanonicalStatus;
  /** What the cell says besides its status word, e.g. "korona" in "Ei /korona"; null when nothing. */
  reason: string | null;
}

/**
 * Statuses that stop an action, in precedence order. Their words decide wherever they stand:
 * "Kyllä, mutta keskeytetty" was stopped, whatever it achieved first; removal outranks suspension.
 */
export const STOPPING_STATUSES: readonly WrittenStatus[] = ['removed', 'suspended'];

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LEADING_SEPARATORS = /^[\s,;:/\\.\-–—(]+/u;
const TRAILING_SEPARATORS = /[\s,;:/\\.\-–—)]+$/u;

/** The text after the deciding phrase, without the separators people put between ("Ei /korona"). */
function reasonAfter(text: string, end: number): string | null {
  const rest = text.slice(end).replace(LEADING_SEPARATORS, '').replace(TRAILING_SEPARATORS, '');
  return rest === '' ? null : rest;
}

/**
 * Classifies a status cell. A stopping word (removed, then suspended) anywhere in the text
 * decides; otherwise the longest known phrase the text starts with, as whole words, in any of
 * the three languages. Case, spacing, line breaks, no-break spaces and lost ä/ö marks do not
 * matter. Empty (or only punctuation) is `missing`; anything else unrecognised is `unknown`.
 * Never throws: a cell holds whatever a person typed.
 * @example normalizeStatus('Ei /\nkorona') //=> { status: 'not_done', reason: 'korona' }
 * @example normalizeStatus('Osittain toteutunut, keskeytetty') //=> { status: 'suspended', reason: null }
 * @example normalizeStatus('Eikä') //=> { status: 'unknown', reason: null }
 */
export function normalizeStatus(value: CellValue | undefined): NormalizedStatus {
  if (value === null || value === undefined) return { status: 'missing', reason: null };
  // A ticked checkbox is the one status Excel itself writes.
  if (typeof value === 'boolean') return { status: value ? 'done' : 'not_done', reason: null };
  if (isCellError(value)) return { status: 'unknown', reason: null };
  if (typeof value === 'string') return normalizedText(value);
  return normalizeText(value);
}

/**
 * Results by cell text: a status column repeats a handful of answers on thousands of rows. Frozen, so
 * sharing is safe; the memo's size cap means a column of all-different texts costs bounded memory.
 */
const normalizedText = memoize((text: string): NormalizedStatus => Object.freeze(normalizeText(text)), 10_000);

function normalizeText(value: Exclude<CellValue, null | boolean>): NormalizedStatus {
  const text = cellText(value).normalize('NFC');
  if (!WORD_CHAR.test(text)) return { status: 'missing', reason: null };
  if (typeof value !== 'string') return { status: 'unknown', reason: null };

  const folded = foldText(text);
  const phrases = statusPhrases();

  for (const stopping of STOPPING_STATUSES) {
    let best: { index: number; end: number } | null = null;
    for (const { status, phrase } of phrases) {
      if (status !== stopping) continue;
      const index = findWholePhrase(folded, phrase);
      if (index !== -1 && (best === null || index < best.index)) best = { index, end: index + phrase.length };
    }
    if (best) return { status: stopping, reason: reasonAfter(text, best.end) };
  }

  // Leading bullets or quotes ("- Kyllä") are not part of the answer.
  const start = folded.search(WORD_CHAR);
  const body = folded.slice(start);
  for (const { status, phrase } of phrases) {
    if (findWholePhrase(body, phrase) === 0) return { status, reason: reasonAfter(text, start + phrase.length) };
  }
  return { status: 'unknown', reason: null };
}
