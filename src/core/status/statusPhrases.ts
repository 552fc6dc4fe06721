/** The status vocabulary of every language as one table, the way the readers and the Excel rules match it. */
import { LOCALES } from '../locales/locale';
import type { CanonicalStatus } from '../schema/report';
import { once } from '../memo/once';
import { foldText } from '../text/foldText';

/** A status a phrase stands for; only the statuses a person writes (never unknown or missing). */
export type WrittenStatus = Exclude<CanonicalStatus, 'unknown' | 'missing'>;

export interface StatusPhrase {
  status: WrittenStatus;
  /** Folded (`foldText`), single-spaced. */
  phrase: string;
}

/**
 * Every language's `statusWords` together (a workbook may mix languages), folded, without
 * duplicates, longest first so that "ei aloitettu" is tried before "ei".
 * @example statusPhrases().find((p) => p.phrase === 'kylla')?.status //=> 'done'
 */
export const statusPhrases = once((): readonly StatusPhrase[] => {
  const seen = new Set<string>();
  const phrases: StatusPhrase[] = [];
  for (const locale of Object.values(LOCALES)) {
    for (const [status, words] of Object.entries(locale.statusWords) as [WrittenStatus, readonly string[]][]) {
      for (const word of words) {
        const phrase = foldText(word.replace(/\s+/g, ' ').trim());
        const key = `${status}\u0000${phrase}`;
        if (phrase === '' || seen.has(key)) continue;
        seen.add(key);
        phrases.push({ status, phrase });
      }
    }
  }
  // Stable sort: equal lengths keep the locales' order.
  return phrases.sort((a, b) => b.phrase.length - a.phrase.length);
});
