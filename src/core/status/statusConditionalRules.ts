/** Excel conditional-format rules that colour a status column the way normalizeStatus reads it, live. */
import { cellAddress } from '../a1/cellAddress';
import { parseRange } from '../a1/parseRange';
import { STATUS_PALETTE } from '../palette';
import type { CanonicalStatus } from '../schema/report';
import type { PlanConditionalRule } from '../schema/sheetPlan';
import { STOPPING_STATUSES } from './normalizeStatus';
import { statusPhrases, type WrittenStatus } from './statusPhrases';

/** The tag every rule of the tool carries, so a host removes exactly these rules and no user's. */
export const SEURANTA_RULE_TAG = 'N("seuranta")=0';

/** Statuses read from the leading phrase, in the order used when no phrase of one extends another's. */
const LEADING_ORDER: readonly WrittenStatus[] = ['done', 'partial', 'in_progress', 'not_started', 'not_done'];

/**
 * The cell's text as normalizeStatus compares it, in Excel: lower case, separators and line breaks
 * as single spaces, ä/ö/å without marks, padded with a space each side so " word " finds whole words.
 */
function paddedText(ref: string): string {
  const toSpace = ['CHAR(10)', 'CHAR(13)', 'CHAR(9)', 'UNICHAR(160)', '","', '"/"', '";"', '":"', '"."', '"("', '")"', '"-"'];
  const folds: [string, string][] = [
    ['"ä"', '"a"'],
    ['"å"', '"a"'],
    ['"ö"', '"o"'],
  ];
  let expr = `LOWER(${ref})`;
  for (const c of toSpace) expr = `SUBSTITUTE(${expr},${c}," ")`;
  for (const [from, to] of folds) expr = `SUBSTITUTE(${expr},${from},${to})`;
  return `" "&TRIM(${expr})&" "`;
}

function arrayConstant(phrases: readonly string[]): string {
  return `{${phrases.map((p) => `" ${p.replace(/"/g, '""')} "`).join(',')}}`;
}

function styled(status: CanonicalStatus, formula: string): PlanConditionalRule {
  const style = STATUS_PALETTE[status];
  const rule: PlanConditionalRule = { formula, stopIfTrue: true };
  // An outline alone leaves the user's own font and fill as they are.
  if (style.fill) {
    rule.fill = style.fill;
    rule.fontColor = style.fontColor;
  }
  if (style.strike) rule.strike = true;
  if (style.outline) rule.outline = style.outline;
  return rule;
}

/** The phrases of each status as Excel will see them: only the separators kept as spaces. */
function excelPhrases(): Map<WrittenStatus, string[]> {
  const byStatus = new Map<WrittenStatus, string[]>();
  for (const { status, phrase } of statusPhrases()) {
    const excel = phrase.replace(/[,/;:.()-]/g, ' ').replace(/\s+/g, ' ').trim();
    const list = byStatus.get(status) ?? [];
    if (excel !== '' && !list.includes(excel)) list.push(excel);
    byStatus.set(status, list);
  }
  return byStatus;
}

/**
 * Orders the leading statuses so that a status whose phrase extends another's ("ei aloitettu"
 * after "ei") is tested first: Excel stops at the first rule that holds, normalizeStatus takes
 * the longest phrase, and this order makes the two agree.
 */
function leadingOrder(phrases: Map<WrittenStatus, string[]>): WrittenStatus[] {
  const mustPrecede = (b: WrittenStatus, a: WrittenStatus): boolean =>
    (phrases.get(a) ?? []).some((pa) => (phrases.get(b) ?? []).some((pb) => pb.startsWith(`${pa} `)));
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

/**
 * Formula rules, in priority order with stop-if-true, that reproduce normalizeStatus in Excel for
 * a range whose top-left cell is `topLeftA1`: a removal word anywhere, then a suspension word
 * anywhere, then the leading phrase of each other status, then the purple outline for anything
 * else (the range holds item rows only, where an empty status is missing). Built from the
 * locales' status words of all languages; every formula carries `N("seuranta")` so the rules can
 * be told from the user's own.
 * @example statusConditionalRules('E5')[0]?.formula.startsWith('=AND(N("seuranta")=0,OR(ISNUMBER(SEARCH({" poistettu "') //=> true
 */
export function statusConditionalRules(topLeftA1: string): PlanConditionalRule[] {
  const corner = parseRange(topLeftA1);
  if (!corner) throw new Error(`statusConditionalRules: not an A1 cell: ${topLeftA1}`);
  const ref = cellAddress(corner.top, corner.left);
  const text = paddedText(ref);
  const phrases = excelPhrases();

  const rules: PlanConditionalRule[] = [];
  for (const status of STOPPING_STATUSES) {
    const words = phrases.get(status) ?? [];
    if (words.length === 0) continue;
    rules.push(styled(status, `=AND(${SEURANTA_RULE_TAG},OR(ISNUMBER(SEARCH(${arrayConstant(words)},${text}))))`));
  }
  for (const status of leadingOrder(phrases)) {
    const words = phrases.get(status) ?? [];
    if (words.length === 0) continue;
    rules.push(styled(status, `=AND(${SEURANTA_RULE_TAG},OR(IFERROR(SEARCH(${arrayConstant(words)},${text}),0)=1))`));
  }
  rules.push(styled('unknown', `=AND(${SEURANTA_RULE_TAG},TRUE)`));
  return rules;
}
