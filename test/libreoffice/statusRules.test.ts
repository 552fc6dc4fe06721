/**
 * The status colouring, calculated by a real spreadsheet engine: LibreOffice evaluates every rule the tool writes, as
 * plain and as array formulas, over every status word, the seeds' status texts and their damaged variants, and the
 * first rule that holds must be the status the report reads (0 disagreements).
 */
import type { CellValue } from '../../src/core/grid';
import { STATUS_PALETTE } from '../../src/core/palette';
import type { PlanConditionalRule } from '../../src/core/schema/sheetPlan';
import { normalizeStatus } from '../../src/core/status/normalizeStatus';
import { statusConditionalRules } from '../../src/core/status/statusConditionalRules';
import { firstTrueRules } from './firstTrueRules';
import type { XlsxCell } from './sheetXlsx';
import { seedStatusTexts, statusTexts } from './statusTexts';

/** The status whose palette entry a rule paints; the catch-all outline paints unknown and missing alike. */
function paintedStatus(rule: PlanConditionalRule | undefined): string {
  if (!rule) return 'none';
  const hit = Object.entries(STATUS_PALETTE).find(
    ([, s]) => (s.fill ?? undefined) === rule.fill && (s.outline ?? undefined) === rule.outline,
  );
  return hit ? hit[0] : 'none';
}

function readerStatus(value: CellValue): string {
  const { status } = normalizeStatus(value);
  return status === 'missing' ? 'unknown' : status;
}

interface Case {
  label: string;
  cell: XlsxCell;
  value: CellValue;
}

const textCase = (text: string): Case => ({
  label: JSON.stringify(text),
  cell: text === '' ? null : { text },
  value: text === '' ? null : text,
});

/** Cells that are not text: a checkbox's TRUE and FALSE, numbers (a date is one), an empty cell, an error. */
const OTHER_CELLS: readonly Case[] = [
  { label: 'TRUE', cell: { bool: true }, value: true },
  { label: 'FALSE', cell: { bool: false }, value: false },
  { label: '0', cell: { number: 0 }, value: 0 },
  { label: '1', cell: { number: 1 }, value: 1 },
  { label: '6', cell: { number: 6 }, value: 6 },
  { label: '2022', cell: { number: 2022 }, value: 2022 },
  { label: '44742 (30.6.2022)', cell: { number: 44742 }, value: 44742 },
  { label: 'empty', cell: null, value: null },
  { label: '#N/A', cell: { error: '#N/A' }, value: { error: '#N/A' } },
];

interface Disagreement {
  label: string;
  reader: string;
  plain: string;
  array: string;
}

/** Every case whose first true rule, plain or as an array formula, is not the reader's status. */
function disagreements(cases: readonly Case[], rulesFor: (topLeftA1: string) => PlanConditionalRule[]): Disagreement[] {
  const rules = rulesFor('A1');
  const { plain, array } = firstTrueRules(
    cases.map((c) => c.cell),
    rulesFor,
  );
  return cases
    .map((c, i) => ({
      label: c.label,
      reader: readerStatus(c.value),
      plain: paintedStatus(rules[plain[i] ?? -1]),
      array: paintedStatus(rules[array[i] ?? -1]),
    }))
    .filter((d) => d.plain !== d.reader || d.array !== d.reader);
}

describe('status colouring rules in LibreOffice', () => {
  it('colour every status text as the report reads it, entered plainly or as array formulas', () => {
    const cases = [...statusTexts(3).map(textCase), ...OTHER_CELLS];
    const seeds = new Set(seedStatusTexts().map((t) => JSON.stringify(t)));
    expect(seeds.size).toBeGreaterThan(50);
    expect(cases.length).toBeGreaterThan(600);
    const found = disagreements(cases, statusConditionalRules);
    const count = (mode: 'plain' | 'array', onlySeeds: boolean): number =>
      found.filter((d) => d[mode] !== d.reader && (!onlySeeds || seeds.has(d.label))).length;
    const summary = `plain: ${count('plain', false)} (seed texts ${count('plain', true)} of ${seeds.size}), array: ${count('array', false)} (seed texts ${count('array', true)}) of ${cases.length}`;
    expect({ summary, first: found.slice(0, 20) }).toEqual({ summary: expect.stringMatching(/^plain: 0 .*array: 0 /), first: [] });
  }, 300_000);
});
