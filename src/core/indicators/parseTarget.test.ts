import { parseTarget } from './parseTarget';
import { resolveTarget } from './resolveTarget';

/** Every target form issue 19 lists, with the comparison it makes from a baseline of 200 (and no unit). */
const FORMS: readonly [string, string | null][] = [
  ['Alle 10 %', '< 10 %'],
  ['< 10 %', '< 10 %'],
  ['enintään 3 vrk', '<= 3 vrk'],
  ['korkeintaan 10 %', '<= 10 %'],
  ['yli 50 %', '> 50 %'],
  ['>50%', '> 50 %'],
  ['vähintään 80 %', '>= 80 %'],
  ['≥ 9', '>= 9'],
  ['0 asiakasta', '<= 0 asiakasta'],
  ['100 %', '<= 100 %'],
  ['laskee 10 %', '<= 180'],
  ['vähenee 10 %', '<= 180'],
  ['kasvaa 5 %', '>= 210'],
  ['pienenee vuoteen 2023 verrattuna', '< 200'],
  ['paranee lähtötasosta', '> 200'],
  ['kasvaa vuosittain', '> 200'],
  ['under 10 %', '< 10 %'],
  ['högst 3', '<= 3'],
  ['minst 80 %', '>= 80 %'],
  ['minskar', '< 200'],
  ['ökar', '> 200'],
  ['below 10', '< 10'],
  ['at most 3', '<= 3'],
  ['at least 80 %', '>= 80 %'],
  ['decreases', '< 200'],
  ['increases', '> 200'],
  ['Kysely on toteutettu', null],
];

function comparison(text: string): string | null {
  const target = resolveTarget(parseTarget(text), 200, null);
  return target && `${target.op} ${target.value}${target.unit === null ? '' : ` ${target.unit}`}`;
}

describe('parseTarget', () => {
  it.each(FORMS)('reads %p as %p', (text, expected) => {
    expect(comparison(text)).toBe(expected);
  });

  it('tells qualitative targets from unreadable ones', () => {
    expect(parseTarget('Kysely on toteutettu').kind).toBe('qualitative');
    expect(parseTarget('Hyte-työ toteutuu 2023-2024 vuosien hytesuunnitelman mukaisesti.').kind).toBe('qualitative');
    expect(parseTarget('Yhteistyö- ja johtamisrakenteet muodostettu (K/E)').kind).toBe('qualitative');
    expect(parseTarget('alle kymmenen %').kind).toBe('unreadable');
    expect(parseTarget('< 1O %').kind).toBe('unreadable');
    expect(parseTarget('vähintään 2O').kind).toBe('unreadable');
    expect(parseTarget('').kind).toBe('none');
  });

  it('reads the seeds’ own sentences', () => {
    expect(parseTarget('Lastensuojelun sijoituksista perhehoidon osuus on >50%.')).toEqual({
      kind: 'level',
      op: '>',
      value: 50,
      unit: '%',
    });
    // The ≥ after the number belongs to the description, not to the target.
    expect(parseTarget('0 asiakasta joilla  ≥ 9  käyntiä /vuosi')).toEqual({ kind: 'level', op: null, value: 0, unit: 'asiakasta' });
    expect(parseTarget('Hoitotarvikekustannusten kokonaisuromäärä on korkeintaan 10 % noussut edellisestä vuodesta.')).toEqual({
      kind: 'change',
      direction: 'up',
      op: '<=',
      amount: 10,
      unit: '%',
    });
    expect(parseTarget('Lähetteen määrä erikoissairaanhoidon nuorten psykiatrisessa hoidossa -5%')).toMatchObject({
      kind: 'change',
      direction: 'down',
      amount: 5,
    });
    expect(parseTarget('Asiakkuuksien määrä rakkaissa palveluissa vähennee.')).toMatchObject({
      kind: 'change',
      direction: 'down',
      amount: null,
    });
  });

  it('reads numbers as the core does: spaces, decimal commas, numbers typed as numbers', () => {
    expect(parseTarget('enintään 1 234,5 €')).toMatchObject({ kind: 'level', op: '<=', value: 1234.5 });
    expect(parseTarget('Alle 9,3 %')).toEqual({ kind: 'level', op: '<', value: 9.3, unit: '%' });
    expect(parseTarget(14)).toEqual({ kind: 'level', op: null, value: 14, unit: null });
  });

  it('takes a bare number’s direction from the baseline', () => {
    expect(resolveTarget(parseTarget('4,5 %'), 9.3, '%')?.op).toBe('<=');
    expect(resolveTarget(parseTarget('80 %'), 64, '%')?.op).toBe('>=');
    expect(resolveTarget(parseTarget('80 %'), null, null)?.op).toBe('=');
  });
});
