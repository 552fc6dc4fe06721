/** Excel conditional-format rules that colour a status column the way normalizeStatus reads it, live. */
import { cellAddress } from '../a1/cellAddress';
import { parseRange } from '../a1/parseRange';
import { STATUS_PALETTE } from '../palette';
import type { CanonicalStatus } from '../schema/report';
import type { PlanConditionalRule } from '../schema/sheetPlan';
import { excelString } from '../text/excelString';
import { excelFoldedLetters } from './excelFoldedLetters';
import { excelFoldedText } from './excelFoldedText';
import { OCR_DIGITS } from '../text/foldText';
import { STOPPING_STATUSES } from './normalizeStatus';
import { statusPhrases, type WrittenStatus } from './statusPhrases';

/** The tag every rule of the tool carries, so a host removes exactly these rules and no user's. */
export const SEURANTA_RULE_TAG = 'N("seuranta")=0';

/** Statuses read from the leading phrase, in the order used when no phrase of one extends another's. */
const LEADING_ORDER: readonly WrittenStatus[] = ['done', 'partial', 'in_progress', 'not_started', 'not_done'];

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** What a ticked (TRUE) or cleared (FALSE) checkbox reads as, as normalizeStatus reads a boolean. */
function booleanAnswer(status: WrittenStatus, ref: string): string {
  if (status === 'done') return ref;
  if (status === 'not_done') return `NOT(${ref})`;
  return 'FALSE';
}

function styled(status: CanonicalStatus, formula: string, stopIfTrue: boolean): PlanConditionalRule {
  const style = STATUS_PALETTE[status];
  const rule: PlanConditionalRule = { formula, stopIfTrue };
  // An outline alone leaves the user's own font and fill as they are.
  if (style.fill) {
    rule.fill = style.fill;
    rule.fontColor = style.fontColor;
  }
  if (style.strike) rule.strike = true;
  if (style.outline) rule.outline = style.outline;
  return rule;
}

/** Each status's phrases exactly as normalizeStatus matches them (folded, single-spaced). */
function phrasesByStatus(): Map<WrittenStatus, string[]> {
  const byStatus = new Map<WrittenStatus, string[]>();
  const statusOf = new Map<string, WrittenStatus>();
  for (const { status, phrase } of statusPhrases()) {
    const other = statusOf.get(phrase);
    if (other !== undefined && other !== status) throw new Error(`statusWords: "${phrase}" means both ${other} and ${status}`);
    statusOf.set(phrase, status);
    byStatus.set(status, [...(byStatus.get(status) ?? []), phrase]);
  }
  return byStatus;
}

/** A letter in no status phrase: digits become it in Excel, so they stay parts of words without ever matching one. */
function digitStandIn(phrases: readonly string[]): string {
  const letter = [...'qxzwjfbcdghklmnprstuvyaeio'].find((l) => phrases.every((p) => !p.includes(l)));
  if (!letter) throw new Error('statusWords: no letter is left to stand in for digits');
  return letter;
}

/**
 * The Excel side turns every scan digit into its letter, also where no letter touches it (normalizeStatus leaves those).
 * That is the same reading as long as each such letter in a phrase has a letter beside it in the phrase: then a phrase
 * can only match where the digit did touch a letter.
 */
function checkOcrLettersHaveNeighbours(phrases: readonly string[], standIn: string): void {
  const ocrLetters = new Set(Object.values(OCR_DIGITS));
  const plainLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c) && !ocrLetters.has(c) && c !== standIn;
  for (const phrase of phrases) {
    [...phrase].forEach((c, i) => {
      if (ocrLetters.has(c) && !plainLetter(phrase[i - 1]) && !plainLetter(phrase[i + 1])) {
        throw new Error(`statusWords: "${phrase}" has a lone "${c}" a scan's digit could stand for`);
      }
    });
  }
}

/**
 * Orders the leading statuses so that a status whose phrase extends another's ("ei aloitettu"
 * after "ei") is tested first: Excel stops at the first rule that holds, normalizeStatus takes
 * the longest phrase, and this order makes the two agree.
 */
function leadingOrder(phrases: Map<WrittenStatus, string[]>): WrittenStatus[] {
  const extendsWord = (longer: string, shorter: string): boolean =>
    longer.length > shorter.length && longer.startsWith(shorter) && !WORD_CHAR.test(longer[shorter.length] ?? '');
  const mustPrecede = (b: WrittenStatus, a: WrittenStatus): boolean =>
    (phrases.get(a) ?? []).some((pa) => (phrases.get(b) ?? []).some((pb) => extendsWord(pb, pa)));
  const remaining = [...LEADING_ORDER];
  const ordered: WrittenStatus[] = [];
  while (remaining.length > 0) {
    const next = remaining.find((s) => !remaining.some((t) => t !== s && mustPrecede(t, s)));
    if (!next) throw new Error('statusWords: the leading phrases of two statuses extend each other');
    ordered.push(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ordered;
}

/** Excel's array constant of texts. */
function textArray(texts: readonly string[]): string {
  return `{${texts.map(excelString).join(',')}}`;
}

/**
 * True in Excel when one of `phrases` stands in `text` (a padded, folded text) as whole words: anywhere, or as its first
 * word. Tried at every position (1 to the cell's length) for every phrase at once, as a SUMPRODUCT, which every Excel and
 * LibreOffice evaluates over arrays whether or not the formula was entered as an array formula. A match is a slice of
 * the text whose upper case equals itself with the phrase upper-cased in: the phrase is there, and the character each
 * side of it is one UPPER leaves alone, i.e. no letter or digit (excelFoldedText made digits letters). For the first
 * word the slice runs from the text's start, so nothing before the phrase may be a letter or digit either.
 * Most cells hold none of a status's phrases at all: a FIND of each phrase's first word in the merely folded `letters`
 * says so first, so the slicing runs only where a phrase may be (in LibreOffice, over the test's texts, it halves the
 * time).
 */
function wholePhraseTest(text: string, letters: string, ref: string, phrases: readonly string[], where: 'anywhere' | 'leading'): string {
  const at = `ROW(INDIRECT("1:"&LEN(${ref})+2))`;
  const lengths = `{${phrases.map((p) => p.length).join(',')}}`;
  const slice = where === 'anywhere' ? `MID(${text},${at},${lengths}+2)` : `LEFT(${text},${at}+${lengths}+1)`;
  const phraseStart = where === 'anywhere' ? '2' : `${at}+1`;
  const firstWords = [...new Set(phrases.map((p) => p.split(/[^\p{L}\p{N}]/u)[0] ?? p))];
  const maybe = `SUMPRODUCT(--ISNUMBER(FIND(${textArray(firstWords)},${letters})))>0`;
  const whole = `SUMPRODUCT(--EXACT(UPPER(${slice}),REPLACE(${slice},${phraseStart},${lengths},UPPER(${textArray(phrases)}))))>0`;
  return `IF(${maybe},${whole},FALSE)`;
}

/**
 * Formula rules, in priority order, that reproduce normalizeStatus in Excel (2019 and later, and LibreOffice, as plain
 * or as array formulas) for a range whose top-left cell is `topLeftA1`: a removal phrase anywhere, then a suspension
 * phrase anywhere, then the leading phrase of each other status, each stopping the rules below it; then the purple
 * outline for anything else (the range holds item rows only, where an empty status is missing), which does not stop,
 * so the user's own rules still colour what the tool does not recognise. Text is read as the reader reads it (tidied,
 * folded, whole words, leading punctuation skipped; excelFoldedText); a ticked checkbox is done, a cleared one not done.
 * Built from the locales' status words of all languages; every formula carries `N("seuranta")` so the rules can be told
 * from the user's own.
 * @example statusConditionalRules('E5')[0]?.formula.startsWith('=AND(N("seuranta")=0,IF(ISLOGICAL(E5),FALSE,IF(SUMPRODUCT(') //=> true
 */
export function statusConditionalRules(topLeftA1: string): PlanConditionalRule[] {
  const corner = parseRange(topLeftA1);
  if (!corner) throw new Error(`statusConditionalRules: not an A1 cell: ${topLeftA1}`);
  const ref = cellAddress(corner.top, corner.left);
  const phrases = phrasesByStatus();
  const all = [...phrases.values()].flat();
  const standIn = digitStandIn(all);
  checkOcrLettersHaveNeighbours(all, standIn);
  const text = excelFoldedText(ref, standIn);
  const letters = excelFoldedLetters(ref);

  const rule = (status: WrittenStatus, where: 'anywhere' | 'leading'): PlanConditionalRule[] => {
    const words = phrases.get(status) ?? [];
    if (words.length === 0) return [];
    const test = wholePhraseTest(text, letters, ref, words, where);
    return [styled(status, `=AND(${SEURANTA_RULE_TAG},IF(ISLOGICAL(${ref}),${booleanAnswer(status, ref)},${test}))`, true)];
  };
  return [
    ...STOPPING_STATUSES.flatMap((status) => rule(status, 'anywhere')),
    ...leadingOrder(phrases).flatMap((status) => rule(status, 'leading')),
    styled('unknown', `=AND(${SEURANTA_RULE_TAG},TRUE)`, false),
  ];
}
