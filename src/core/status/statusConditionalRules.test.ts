import { STATUS_PALETTE } from '../palette';
import { fi } from '../locales/fi';
import { sv } from '../locales/sv';
import { en } from '../locales/en';
import type { PlanConditionalRule } from '../schema/sheetPlan';
import { planConditionalRuleSchema } from '../schema/sheetPlan';
import { statusConditionalRules } from './statusConditionalRules';

const rules = statusConditionalRules('E5');

/** Which palette entry a rule paints, by its colours. */
function statusOf(rule: PlanConditionalRule): string {
  const hit = Object.entries(STATUS_PALETTE).find(
    ([, s]) => (s.fill ?? undefined) === rule.fill && (s.outline ?? undefined) === rule.outline,
  );
  return hit ? hit[0] : 'none';
}

/** The words a rule looks for: its UPPER({…}) constant, unquoted. */
function wordsOf(rule: PlanConditionalRule): string[] {
  const constant = /UPPER\(\{(".*?")\}\)/.exec(rule.formula)?.[1] ?? '';
  return [...constant.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** The deepest nesting of function calls in a formula (strings skipped). */
function nesting(formula: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (const c of formula) {
    if (c === '"') inString = !inString;
    else if (!inString && c === '(') deepest = Math.max(deepest, (depth += 1));
    else if (!inString && c === ')') depth -= 1;
  }
  return deepest;
}

/** The formula with its string literals emptied, so only its functions and operators are left to inspect. */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** The array constants of a formula that are not inside a SUMPRODUCT, where a plain (non-array) formula sees one item. */
function constantsOutsideSumproduct(formula: string): number {
  const code = withoutStrings(formula);
  let outside = 0;
  const open: boolean[] = [];
  for (let i = 0; i < code.length; i += 1) {
    if (code[i] === '(') open.push(code.slice(0, i).endsWith('SUMPRODUCT'));
    else if (code[i] === ')') open.pop();
    else if (code[i] === '{' && !open.includes(true)) outside += 1;
  }
  return outside;
}

/** What Excel 2019 calculates and a file names without the `_xlfn.` prefix of newer functions. */
const EXCEL_2007_FUNCTIONS = new Set(
  'AND OR NOT IF N ISLOGICAL ISNUMBER SUMPRODUCT EXACT UPPER LOWER LEFT MID REPLACE FIND TRIM SUBSTITUTE CHAR ROW INDIRECT LEN'.split(' '),
);

describe('statusConditionalRules', () => {
  it('are valid plan rules, each tagged so the tool can remove exactly its own', () => {
    for (const rule of rules) {
      expect(planConditionalRuleSchema.parse(rule)).toEqual(rule);
      expect(rule.formula.startsWith('=AND(N("seuranta")=0,')).toBe(true);
    }
  });

  it('test removal, then suspension, then the answers, and end with the purple outline', () => {
    const order = rules.map(statusOf);
    expect(order.slice(0, 2)).toEqual(['removed', 'suspended']);
    expect(order.at(-1)).toBe('unknown');
    expect(new Set(order.slice(2, -1))).toEqual(new Set(['done', 'partial', 'in_progress', 'not_started', 'not_done']));
    expect(order.indexOf('not_started')).toBeLessThan(order.indexOf('not_done'));
  });

  it('paint with the palette: removed struck through in grey, unknown as an outline only', () => {
    const removed = rules[0];
    expect(removed).toMatchObject({ fill: STATUS_PALETTE.removed.fill, strike: true, fontColor: STATUS_PALETTE.removed.fontColor });
    const last = rules.at(-1);
    expect(last?.outline).toBe(STATUS_PALETTE.unknown.outline);
    expect(last?.fill).toBeUndefined();
  });

  it('are built from the word tables of all three languages, marks folded as the scans lose them', () => {
    const all = rules.flatMap(wordsOf);
    for (const word of [
      'kylla',
      'toteutunut',
      'ja',
      'genomford',
      'yes',
      'ei aloitettu',
      'inte paborjad',
      'poistettu',
      'struken',
      'keskeytetty',
      'avbruten',
    ]) {
      expect(all).toContain(word);
    }
    const written = [fi, sv, en].flatMap((l) => Object.values(l.statusWords).flat());
    expect(new Set(all).size).toBeLessThanOrEqual(written.length);
  });

  it('refer to the given top-left cell relatively, whatever form it was given in', () => {
    for (const rule of statusConditionalRules('$C$12').slice(0, -1)) expect(rule.formula).toContain('LOWER(C12)');
    expect(rules[0]?.formula).toContain('LOWER(E5)');
    expect(rules.every((r) => !r.formula.includes('$'))).toBe(true);
  });

  it('refuses a top-left that is not a cell (a programming error)', () => {
    expect(() => statusConditionalRules('Tila')).toThrow();
  });

  it('are formulas every Excel the add-in runs in accepts: at most 8192 characters, 64 levels, no newer functions', () => {
    for (const rule of rules) {
      expect(rule.formula.length).toBeLessThanOrEqual(8192);
      expect(nesting(rule.formula)).toBeLessThanOrEqual(64);
      const functions = [...withoutStrings(rule.formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      expect(functions.filter((f) => !EXCEL_2007_FUNCTIONS.has(f ?? ''))).toEqual([]);
    }
  });

  it('hold the same whether a host evaluates them as array formulas or not: every array constant is inside a SUMPRODUCT', () => {
    for (const rule of rules) expect(constantsOutsideSumproduct(rule.formula)).toBe(0);
  });

  it("leave what they do not recognise to the user's own rules: only the rules of a status stop, the outline does not", () => {
    const [unknown, ...statuses] = [...rules].reverse();
    expect(unknown?.outline).toBe(STATUS_PALETTE.unknown.outline);
    expect(unknown?.stopIfTrue).toBe(false);
    for (const rule of statuses) expect(rule.stopIfTrue).toBe(true);
  });

  it('read a ticked checkbox as done and a cleared one as not done, as the report does', () => {
    const byStatus = new Map(rules.map((r) => [statusOf(r), r.formula]));
    expect(byStatus.get('done')).toContain('IF(ISLOGICAL(E5),E5,');
    expect(byStatus.get('not_done')).toContain('IF(ISLOGICAL(E5),NOT(E5),');
    expect(byStatus.get('removed')).toContain('IF(ISLOGICAL(E5),FALSE,');
  });
});
