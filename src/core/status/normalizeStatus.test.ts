import fc from 'fast-check';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { normalizeStatus } from './normalizeStatus';

describe('normalizeStatus', () => {
  describe('the Toteuma column of the Pori realisation report (seed 000), as written', () => {
    it.each([
      ['Kyllä', 'done', null],
      ['Ei', 'not_done', null],
      ['Osittain toteutunut', 'partial', null],
      ['Ei /korona', 'not_done', 'korona'],
      ['Ei /  \nkorona', 'not_done', 'korona'],
      ['Ei/korona', 'not_done', 'korona'],
      ['Ei toteutunut, suunnittelu käynnissä hyvinvointialueella', 'not_done', 'suunnittelu käynnissä hyvinvointialueella'],
      ['Kyllä, mutta keskeytetty', 'suspended', null],
      ['Osittain toteutunut, keskeytetty', 'suspended', null],
      ['Keskeytetty', 'suspended', null],
      ['Toteutunut', 'done', null],
      ['Poistettu', 'removed', null],
      [
        'Poistettu 2022 suunnitelmasta tulevan organisaatiomuutoksen vuoksi',
        'removed',
        '2022 suunnitelmasta tulevan organisaatiomuutoksen vuoksi',
      ],
      ['Ei toteutunut', 'not_done', null],
    ])('%j is %s', (written, status, reason) => {
      expect(normalizeStatus(written)).toEqual({ status, reason });
    });
  });

  describe('everyday Finnish of a running follow-up', () => {
    it.each([
      ['Käynnissä', 'in_progress'],
      ['Kesken', 'in_progress'],
      ['Valmis', 'done'],
      ['Ei aloitettu', 'not_started'],
      ['Osittain', 'partial'],
      ['Työn alla', 'in_progress'],
    ])('%j is %s', (written, status) => {
      expect(normalizeStatus(written).status).toBe(status);
    });
  });

  describe('Swedish (Itä-Uusimaa keeps its plans in both languages)', () => {
    it.each([
      ['Ja', 'done'],
      ['Nej', 'not_done'],
      ['Genomförd', 'done'],
      ['Delvis genomförd', 'partial'],
      ['Pågår', 'in_progress'],
      ['Inte påbörjad', 'not_started'],
      ['Avbruten', 'suspended'],
      ['Struken', 'removed'],
      ['Ja, men avbruten', 'suspended'],
      ['Delvis genomförd, struken 2023', 'removed'],
      ['Nej / corona', 'not_done'],
    ])('%j is %s', (written, status) => {
      expect(normalizeStatus(written).status).toBe(status);
    });
  });

  describe('English', () => {
    it.each([
      ['Yes', 'done'],
      ['No', 'not_done'],
      ['Done', 'done'],
      ['Partially done', 'partial'],
      ['In progress', 'in_progress'],
      ['Not started', 'not_started'],
      ['Not done', 'not_done'],
      ['Suspended', 'suspended'],
      ['Yes, but on hold', 'suspended'],
      ['Removed', 'removed'],
    ])('%j is %s', (written, status) => {
      expect(normalizeStatus(written).status).toBe(status);
    });
  });

  describe('the leading phrase decides, longest first and as whole words', () => {
    it('reads "Ei aloitettu" as not started, not as "Ei"', () => {
      expect(normalizeStatus('Ei aloitettu').status).toBe('not_started');
    });
    it('does not read "Eikä" as "Ei"', () => {
      expect(normalizeStatus('Eikä')).toEqual({ status: 'unknown', reason: null });
    });
    it('does not read "Jatko" (sv "ja" inside a word) as yes', () => {
      expect(normalizeStatus('Jatko').status).toBe('unknown');
    });
    it('lets the leading answer decide over a status word later in the text', () => {
      expect(normalizeStatus('Ei, käynnissä vasta 2025').status).toBe('not_done');
      expect(normalizeStatus('Kyllä, osittain myös muualla').status).toBe('done');
    });
    it('keeps the rest of the text as the reason', () => {
      expect(normalizeStatus('Kyllä (80 %)')).toEqual({ status: 'done', reason: '80 %' });
      expect(normalizeStatus('Keskeytetty koronan vuoksi')).toEqual({ status: 'suspended', reason: 'koronan vuoksi' });
    });
  });

  describe('a stopping word anywhere decides, removal over suspension', () => {
    it('suspension found after the answer', () => {
      expect(normalizeStatus('Osittain toteutunut, keskeytetty').status).toBe('suspended');
    });
    it('removal outranks suspension wherever each stands', () => {
      expect(normalizeStatus('Keskeytetty ja myöhemmin poistettu').status).toBe('removed');
      expect(normalizeStatus('Avbruten, sedan struken').status).toBe('removed');
    });
    it('a stopping word inside a longer word does not count', () => {
      expect(normalizeStatus('Kyllä, keskeytetyt palvelut avattu').status).toBe('done');
    });
  });

  describe('how it is typed never matters', () => {
    it.each([['  kyllä  '], ['KYLLÄ'], ['Kyllä\n'], ['\u00a0Kyllä\u00a0'], ['Kylla'], ['- Kyllä']])('%j is done', (written) => {
      expect(normalizeStatus(written).status).toBe('done');
    });
    it('reads decomposed ä (as some Mac exports write it) like the composed one', () => {
      expect(normalizeStatus('Kylla\u0308').status).toBe('done');
      expect(normalizeStatus('Ka\u0308ynnissa\u0308').status).toBe('in_progress');
    });
    it('tolerates the OCR damage of the scans: lost marks and 6 for ö', () => {
      expect(normalizeStatus('Kaynnissa').status).toBe('in_progress');
      expect(normalizeStatus('Ty6n alla').status).toBe('in_progress');
      expect(normalizeStatus('Osittain toteutunut,  keskeytetty').status).toBe('suspended');
      expect(normalizeStatus('Paborjad').status).toBe('in_progress');
    });
    it('keeps the reason as written, marks and case included', () => {
      expect(normalizeStatus('EI / Koronan vuoksi myöhässä')).toEqual({
        status: 'not_done',
        reason: 'Koronan vuoksi myöhässä',
      });
    });
  });

  describe('empty, odd and unrecognised cells', () => {
    it.each([[null], [undefined], [''], ['   '], ['\n'], ['-'], ['\u00a0']])('%j is missing', (value) => {
      expect(normalizeStatus(value)).toEqual({ status: 'missing', reason: null });
    });
    it.each([['Ehkä'], ['tarkistetaan'], ['?? selvitetään']])('%j is unknown', (value) => {
      expect(normalizeStatus(value)).toEqual({ status: 'unknown', reason: null });
    });
    it('a number, a date or a spreadsheet error is not a status', () => {
      expect(normalizeStatus(1).status).toBe('unknown');
      expect(normalizeStatus(new Date(Date.UTC(2024, 5, 30))).status).toBe('unknown');
      expect(normalizeStatus({ error: '#REF!' }).status).toBe('unknown');
    });
    it('a ticked checkbox is done, an unticked one not done', () => {
      expect(normalizeStatus(true).status).toBe('done');
      expect(normalizeStatus(false).status).toBe('not_done');
    });
  });

  describe('never throws', () => {
    const anyCell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.double(),
      fc.boolean(),
      fc.date({ noInvalidDate: false }),
      fc.record({ error: fc.string() }),
      fc.constant(null),
      fc.constant(undefined),
    );
    it('on any cell value, giving a canonical status and a non-empty reason or null', () => {
      fc.assert(
        fc.property(anyCell, (value) => {
          const result = normalizeStatus(value);
          expect(CANONICAL_STATUSES).toContain(result.status);
          expect(result.reason === null || result.reason.trim().length > 0).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
    it('on status words mixed with noise, keeping a stopping word decisive', () => {
      const noise = fc.constantFrom(' ', ',', '/', '\n', '\u00a0', ' mutta ', ' 2022 ');
      fc.assert(
        fc.property(
          fc.constantFrom('Kyllä', 'Ei', 'Osittain', 'Ja', 'Delvis', 'Yes'),
          noise,
          fc.constantFrom('keskeytetty', 'Avbruten', 'on hold'),
          (answer, sep, stop) => {
            expect(normalizeStatus(`${answer}${sep}${stop}`).status).toBe('suspended');
          },
        ),
      );
    });
  });
});
