/** Finds a target written into the indicator's own cell ("Lähtövaihtuvuus alle 10 %"). */
import { cellText } from '../cellText';
import { foldText } from '../text/foldText';
import { findTargetWords } from './findTargetWords';
import { parseTarget } from './parseTarget';

const SYMBOL = /[<>≤≥]/u;

/**
 * The indicator's name and its target when the cell holds both: the target starts at the first comparison
 * or change word (or symbol) after the name and reads as a level, a change or a direction. A word at the
 * very start is part of the name ("Yli 75-vuotiaat asukkaat"), so it is never split there. Null otherwise.
 * @example splitEmbeddedTarget('Lähtövaihtuvuus alle 10 %') //=> { indicator: 'Lähtövaihtuvuus', target: 'alle 10 %' }
 */
export function splitEmbeddedTarget(value: string): { indicator: string; target: string } | null {
  const text = cellText(value);
  const words = findTargetWords(foldText(text)).map((w) => w.index);
  const symbol = SYMBOL.exec(text)?.index;
  const starts = [...words, ...(symbol === undefined ? [] : [symbol])].filter((i) => i > 0).sort((a, b) => a - b);
  const start = starts[0];
  if (start === undefined) return null;
  const target = text.slice(start).trim();
  const parsed = parseTarget(target);
  if (parsed.kind !== 'level' && parsed.kind !== 'change') return null;
  const indicator = text
    .slice(0, start)
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
  return indicator === '' ? null : { indicator, target };
}
