/** Finds the comparison and change words of every language in a folded target text. */
import { indicatorVocabulary, type TargetWordKind } from './indicatorVocabulary';

export interface TargetWordHit {
  kind: TargetWordKind;
  /** Index of the phrase's first letter in the text. */
  index: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

interface Word {
  text: string;
  index: number;
}

function matches(word: string | undefined, phraseWord: string, stem: boolean): boolean {
  return word !== undefined && (stem ? word.startsWith(phraseWord) : word === phraseWord);
}

/**
 * Every target phrase in the text (folded with `foldText`), as whole words, the longest phrase
 * at a place winning; a phrase's last word ending in `*` in the locale is a stem.
 * @example findTargetWords('lahteiden kokonaismaara laskee 10 %') //=> [{ kind: 'decrease', index: 24 }]
 */
export function findTargetWords(folded: string): TargetWordHit[] {
  const words: Word[] = [...folded.matchAll(WORD)].map((m) => ({ text: m[0], index: m.index ?? 0 }));
  const hits: TargetWordHit[] = [];
  const { targets } = indicatorVocabulary();
  for (let i = 0; i < words.length; i++) {
    for (const phrase of targets) {
      const last = phrase.words.length - 1;
      const ok = phrase.words.every((w, k) => matches(words[i + k]?.text, w, phrase.stem && k === last));
      if (!ok) continue;
      hits.push({ kind: phrase.kind, index: words[i]?.index ?? 0 });
      i += last;
      break;
    }
  }
  return hits;
}
