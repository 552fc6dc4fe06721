import { STATUS_PALETTE } from '../palette';
import { fi } from '../locales/fi';
import { sv } from '../locales/sv';
import { en } from '../locales/en';
import type { PlanConditionalRule } from '../schema/sheetPlan';
import { planConditionalRuleSchema } from '../schema/sheetPlan';
import { normalizeStatus } from './normalizeStatus';
import { statusConditionalRules } from './statusConditionalRules';

const rules = statusConditionalRules('E5');

/** Which palette entry a rule paints, by its colours. */
function statusOf(rule: PlanConditionalRule): string {
  const hit = Object.entries(STATUS_PALETTE).find(
    ([, s]) => (s.fill ?? undefined) === rule.fill && (s.outline ?? undefined) === rule.outline,
  );
  return hit ? hit[0] : 'none';
}

/** The quoted words of a rule's array constant, without their padding. */
function wordsOf(rule: PlanConditionalRule): string[] {
  const constant = /\{(".*?")\}/.exec(rule.formula)?.[1] ?? '';
  return [...constant.matchAll(/" ([^"]*) "/g)].map((m) => m[1] ?? '');
}

/**
 * Mirrors, in the test, what the formula asks of Excel: the padded text built by SUBSTITUTE/TRIM,
 * then SEARCH anywhere (ISNUMBER) or at position 1 (=1). Enough to check the rules against
 * normalizeStatus on the seeds' values; the formula text itself is checked separately below.
 */
function excelPick(value: string): string {
  let t = value.toLowerCase();
  for (const c of ['\n', '\r', '\t', '\u00a0', ',', '/', ';', ':', '.', '(', ')', '-']) t = t.split(c).join(' ');
  t = t.replace(/ä/g, 'a').replace(/å/g, 'a').replace(/ö/g, 'o');
  const padded = ` ${t.split(' ').filter(Boolean).join(' ')} `;
  for (const rule of rules) {
    const words = wordsOf(rule).map((w) => ` ${w} `);
    const anywhere = rule.formula.includes('ISNUMBER(SEARCH(');
    const leading = rule.formula.includes(',0)=1)');
    if (anywhere && words.some((w) => padded.includes(w))) return statusOf(rule);
    if (leading && words.some((w) => padded.startsWith(w))) return statusOf(rule);
    if (!anywhere && !leading) return statusOf(rule);
  }
  return 'none';
}

describe('statusConditionalRules', () => {
  it('are valid plan rules, each tagged so the tool can remove exactly its own', () => {
    for (const rule of rules) {
      expect(planConditionalRuleSchema.parse(rule)).toEqual(rule);
      expect(rule.formula.startsWith('=AND(N("seuranta")=0,')).toBe(true);
      expect(rule.stopIfTrue).toBe(true);
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
    for (const word of ['kylla', 'toteutunut', 'ja', 'genomford', 'yes', 'ei aloitettu', 'inte paborjad', 'poistettu', 'struken', 'keskeytetty', 'avbruten']) {
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

  describe('colour every seed value as normalizeStatus classifies it', () => {
    it.each([
      'Kyllä',
      'Ei',
      'Osittain toteutunut',
      'Ei /korona',
      'Ei /  \nkorona',
      'Ei/korona',
      'Ei toteutunut, suunnittelu käynnissä hyvinvointialueella',
      'Kyllä, mutta keskeytetty',
      'Osittain toteutunut, keskeytetty',
      'Keskeytetty',
      'Toteutunut',
      'Poistettu',
      'Poistettu 2022 suunnitelmasta tulevan organisaatiomuutoksen vuoksi',
      'Ei toteutunut',
      'Käynnissä',
      'Kesken',
      'Valmis',
      'Ei aloitettu',
      'Osittain',
      'Kylla',
      '  KYLLÄ ',
      'Ja',
      'Nej',
      'Genomförd',
      'Delvis genomförd',
      'Pågår',
      'Inte påbörjad',
      'Avbruten',
      'Struken',
      'Yes, but on hold',
      'Not started',
      'Eikä',
      'Ehkä',
    ])('%j', (value) => {
      const expected = normalizeStatus(value).status;
      expect(excelPick(value)).toBe(expected === 'missing' ? 'unknown' : expected);
    });
  });
});
