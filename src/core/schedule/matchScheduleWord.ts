/** Finds which schedule word, if any, starts at a given word of a cell. */
import { scheduleVocabulary, type ScheduleWordMeaning } from './scheduleVocabulary';

export interface ScheduleWordMatch {
  readonly meaning: ScheduleWordMeaning;
  /** How many of the given words the match covers (phrases cover more than one). */
  readonly length: number;
}

/**
 * Matches the vocabulary against `words` from `at` on (folded words, in cell order); where several
 * match, the longest wins, so `kesäkuussa` is June and not summer.
 * @example matchScheduleWord(['alkaen', 'syyskuu', '2021'], 1) //=> { meaning: { kind: 'month', month: 9 }, length: 1 }
 */
export function matchScheduleWord(words: readonly (string | null)[], at: number): ScheduleWordMatch | null {
  let best: { match: ScheduleWordMatch; chars: number } | null = null;
  for (const entry of scheduleVocabulary()) {
    const { parts } = entry;
    let chars = 0;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) {
      const word = words[at + k];
      const part = parts[k] ?? '';
      const last = k === parts.length - 1;
      ok = typeof word === 'string' && (word === part || (last && entry.stem && word.startsWith(part)));
      chars += part.length;
    }
    if (ok && (best === null || chars > best.chars)) {
      best = { match: { meaning: entry.meaning, length: parts.length }, chars };
    }
  }
  return best?.match ?? null;
}
