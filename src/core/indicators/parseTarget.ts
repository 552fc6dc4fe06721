/** Reads a target as managers write it ("Alle 10 %", "laskee 10 %", "≥ 9", "kasvaa vuosittain") into what it compares. */
import { cellText } from '../cellText';
import { memoize } from '../memo/memoize';
import type { CellValue } from '../grid';
import { parseNumber } from '../numbers/parseNumber';
import type { IndicatorTarget } from '../schema/report';
import { foldText } from '../text/foldText';
import { findTargetWords, type TargetWordHit } from './findTargetWords';

export type TargetOp = IndicatorTarget['op'];

export type ParsedTarget =
  | { readonly kind: 'none' }
  /** No number and no direction: a target a person judges ("Kysely on toteutettu"). */
  | { readonly kind: 'qualitative' }
  /** A comparison or a number is written but cannot be read ("alle kymmenen", "< 1O %"). */
  | { readonly kind: 'unreadable' }
  /** A level: `op` null for a bare number, whose direction the baseline gives. */
  | { readonly kind: 'level'; readonly op: TargetOp | null; readonly value: number; readonly unit: string | null }
  /** A change from the baseline; `amount` null for a direction alone ("pienenee"). */
  | {
      readonly kind: 'change';
      readonly direction: 'down' | 'up';
      readonly op: TargetOp | null;
      readonly amount: number | null;
      readonly unit: string | null;
    };

/**
 * A number as written: an optional sign set off from what is before it, digits (thousands may be grouped
 * by spaces), a decimal part, a percent sign; then what touches it (a glued letter makes it unreadable).
 */
const NUMBER = /(^|[^\p{L}\p{N}])([-+\u2212]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)((?:[.,]\d+)?)(\s*%)?(\p{L}*)/gu;
const SYMBOL_OPS: readonly [string, TargetOp][] = [
  ['<=', '<='],
  ['>=', '>='],
  ['≤', '<='],
  ['≥', '>='],
  ['<', '<'],
  ['>', '>'],
  ['=', '='],
];
const WORD_OPS: Readonly<Record<string, TargetOp>> = { below: '<', atMost: '<=', above: '>', atLeast: '>=' };
/** The word after a number that names its unit ("3 vrk", "0 asiakasta"). */
const UNIT_WORD = /^\s+(\p{L}[\p{L}.]*)/u;

interface NumberToken {
  index: number;
  sign: string;
  text: string;
  percent: boolean;
  glued: string;
  end: number;
}

/** A four-digit number from 1900 to 2099 with nothing after it is a year, never a target level. */
function isYear(t: NumberToken): boolean {
  return t.sign === '' && !t.percent && t.glued === '' && /^(19|20)\d\d$/.test(t.text);
}

function firstNumber(text: string): NumberToken | null {
  for (const m of text.matchAll(NUMBER)) {
    const index = (m.index ?? 0) + (m[1]?.length ?? 0);
    const t: NumberToken = {
      index,
      sign: m[2] ?? '',
      text: `${m[3] ?? ''}${m[4] ?? ''}`,
      percent: (m[5] ?? '') !== '',
      glued: m[6] ?? '',
      end: (m.index ?? 0) + m[0].length,
    };
    if (!isYear(t)) return t;
  }
  return null;
}

/** The comparison written last before `end` (a symbol or a word), or null. */
function opBefore(text: string, words: readonly TargetWordHit[], end: number): TargetOp | null {
  let best: { at: number; op: TargetOp } | null = null;
  for (const [symbol, op] of SYMBOL_OPS) {
    const at = text.lastIndexOf(symbol, end - 1);
    if (at >= 0 && at < end && (best === null || at > best.at)) best = { at, op };
  }
  for (const w of words) {
    const op = WORD_OPS[w.kind];
    if (op && w.index < end && (best === null || w.index > best.at)) best = { at: w.index, op };
  }
  return best?.op ?? null;
}

function directionOf(words: readonly TargetWordHit[]): 'down' | 'up' | null {
  const change = words.find((w) => w.kind === 'decrease' || w.kind === 'increase');
  return change ? (change.kind === 'decrease' ? 'down' : 'up') : null;
}

/**
 * A comparison with no number that can be read: a symbol, or a comparison word in a text with a digit or a
 * percent sign ("alle kymmenen %"). A comparison word in prose without either ("yli rajojen") is not one.
 */
function writesComparison(text: string, words: readonly TargetWordHit[]): boolean {
  if (SYMBOL_OPS.some(([symbol]) => text.includes(symbol))) return true;
  return words.some((w) => WORD_OPS[w.kind] !== undefined) && /[\d%]/.test(text);
}

function unitAfter(text: string, t: NumberToken): string | null {
  if (t.percent) return '%';
  if (t.glued.length > 1) return t.glued.toLowerCase();
  return UNIT_WORD.exec(text.slice(t.end))?.[1]?.toLowerCase() ?? null;
}

/**
 * What a target cell compares: a level (`Alle 10 %`, `≥ 9`, `0 asiakasta`, `100 %`), a change from the
 * baseline (`laskee 10 %`, `kasvaa 5 %`, `korkeintaan 10 % noussut`, `-5 %`), a direction alone
 * (`pienenee vuoteen 2023 verrattuna`), qualitative (`Kysely on toteutettu`) or unreadable (`alle kymmenen
 * %`). Comparison words are taken before the number only ("0 asiakasta joilla ≥ 9 käyntiä" is 0); years
 * are never levels. Words in fi/sv/en from the locales. Never throws.
 * @example parseTarget('Alle 10 %') //=> { kind: 'level', op: '<', value: 10, unit: '%' }
 * @example parseTarget('Lähteiden kokonaismäärä laskee 10 %') //=> { kind: 'change', direction: 'down', op: null, amount: 10, unit: '%' }
 */
export function parseTarget(value: CellValue | undefined): ParsedTarget {
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'level', op: null, value, unit: null } : { kind: 'unreadable' };
  return typeof value === 'string' ? parseTargetText(value) : parseText(cellText(value));
}

/** Targets repeat down a sheet and over sheets: each text is read once (the answers are never changed). */
const parseTargetText = memoize((value: string): ParsedTarget => parseText(cellText(value)));

function parseText(text: string): ParsedTarget {
  if (text === '') return { kind: 'none' };
  const words = findTargetWords(foldText(text));
  const direction = directionOf(words);
  const t = firstNumber(text);
  if (t === null) {
    if (direction) return { kind: 'change', direction, op: null, amount: null, unit: null };
    return writesComparison(text, words) ? { kind: 'unreadable' } : { kind: 'qualitative' };
  }
  const parsed = parseNumber(`${t.text}${t.percent ? '%' : ''}`);
  // A letter glued to the digits ("1O %") is a typo or a scan's damage, not a unit.
  if (parsed.kind !== 'number' || t.glued.length === 1) return { kind: 'unreadable' };
  const op = opBefore(text, words, t.index);
  const unit = unitAfter(text, t);
  const signed = t.sign === '' ? null : t.sign === '+' ? 'up' : 'down';
  const change = direction ?? signed;
  if (change) return { kind: 'change', direction: change, op, amount: parsed.value, unit };
  return { kind: 'level', op, value: parsed.value, unit };
}
