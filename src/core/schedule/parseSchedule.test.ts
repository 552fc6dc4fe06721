import fc from 'fast-check';
import { isoDateSchema } from '../schema/report';
import { parseSchedule } from './parseSchedule';

const read = (value: Parameters<typeof parseSchedule>[0]) => {
  const p = parseSchedule(value);
  return [p.start, p.end, p.readable] as const;
};

describe('parseSchedule: the forms of the Finnish seeds', () => {
  it.each([
    ['2020 - 2023', '2020-01-01', '2023-12-31'],
    ['2021- 2024', '2021-01-01', '2024-12-31'],
    ['2021', '2021-01-01', '2021-12-31'],
    ['2020-2024, jatkuvaa', '2020-01-01', null],
    ['2020 - 2024\njatkuvaa', '2020-01-01', null],
    ['2020-2024\ntoteutetaan\nvuosittain', '2020-01-01', '2024-12-31'],
    ['2021 →', '2021-01-01', null],
    ['2020 >', '2020-01-01', null],
    ['2020 »>', '2020-01-01', null],
    ['2020 -', '2020-01-01', null],
    ['2021 alkaen', '2021-01-01', null],
    ['Alkaen 2022', '2022-01-01', null],
    ['Kevät 2021 - 2024', '2021-01-01', '2024-12-31'],
    ['Kevät 2021', '2021-01-01', '2021-05-31'],
    ['Syksy 2020\nalkaen — 2024', '2020-09-01', '2024-12-31'],
    ['Syksy 2020 —\n2021', '2020-09-01', '2021-12-31'],
    ['Syksy 2020 - kevät 2021', '2020-09-01', '2021-05-31'],
    // OCR lost the ä
    ['Syksy 2020 -\nkevat 2021', '2020-09-01', '2021-05-31'],
    ['Alkaen syyskuu 2021', '2021-09-01', null],
    ['Alkaen syyskuu 2021 jatkuvaa toimintaa', '2021-09-01', null],
    ['Palvelualueittain alkaen tammikuu 2021', '2021-01-01', null],
    ['Kevät 2021 (2 agenttia), 1-2 lisää myöhemmin tarpeen mukaan', '2021-01-01', '2021-05-31'],
    ['Kvartaaleittain alkaen kevät 2021', '2021-01-01', null],
    ['9-12/24 mennessä', '2024-09-01', '2024-12-31'],
    ['Syksy 2024', '2024-09-01', '2024-12-31'],
    ['  Syksy 2024 ', '2024-09-01', '2024-12-31'],
    ['syyskuussa 2024', '2024-09-01', '2024-09-30'],
    ['helmikuu 2024', '2024-02-01', '2024-02-29'],
    ['kesäkuussa 2024', '2024-06-01', '2024-06-30'],
    ['kesä 2024', '2024-06-01', '2024-08-31'],
    ['vuoden 2023 loppuun mennessä', null, '2023-12-31'],
    ['Luonnos syksy 23', '2023-09-01', '2023-12-31'],
    ['kevät - syksy 2024', '2024-01-01', '2024-12-31'],
    ['syksyllä 2023', '2023-09-01', '2023-12-31'],
    ['keväällä 2022', '2022-01-01', '2022-05-31'],
    // seed 001's OCR: stray letters after the dates, a guillemet for the arrow, a dash for "onwards"
    ['2020 - 2023 o o', '2020-01-01', '2023-12-31'],
    ['2021 -', '2021-01-01', null],
    // seed 000's OCR dropped a letter of "syyskuu": read as autumn, which starts in September too
    ['Alkaen syysy 2021', '2021-09-01', null],
  ])('%j → %s .. %s', (text, start, end) => {
    expect(read(text)).toEqual([start, end, true]);
  });

  it('reads "tehty" as done: a valid schedule with no dates', () => {
    expect(parseSchedule('tehty')).toEqual({ text: 'tehty', start: null, end: null, readable: true });
  });

  it('reads "jatkuvaa" alone as ongoing with no dates', () => {
    expect(read('Jatkuvaa')).toEqual([null, null, true]);
  });

  it('keeps the text as the user sees it, white space folded', () => {
    expect(parseSchedule(' Syksy 2020\nalkaen —\u00a02024').text).toBe('Syksy 2020 alkaen — 2024');
  });
});

describe('parseSchedule: Swedish forms', () => {
  it.each([
    ['våren 2024', '2024-01-01', '2024-05-31'],
    ['Hösten 2024', '2024-09-01', '2024-12-31'],
    ['sommaren 2024', '2024-06-01', '2024-08-31'],
    ['från 2021', '2021-01-01', null],
    ['senast 12/2024', null, '2024-12-31'],
    ['2021 - 2023, fortlöpande', '2021-01-01', null],
    ['från september 2021', '2021-09-01', null],
    ['hösten 2020 - våren 2021', '2020-09-01', '2021-05-31'],
    ['fr.o.m. 2022', '2022-01-01', null],
  ])('%j → %s .. %s', (text, start, end) => {
    expect(read(text)).toEqual([start, end, true]);
  });

  it('reads "fortlöpande" alone as ongoing', () => {
    expect(read('Fortlöpande')).toEqual([null, null, true]);
  });

  it('reads "var tredje månad" (every third month) as no season: å tells vår (spring) from var', () => {
    expect(read('2024 var tredje månad')).toEqual(['2024-01-01', '2024-12-31', true]);
    expect(read('Vår 2024')).toEqual(['2024-01-01', '2024-05-31', true]);
  });
});

describe('parseSchedule: words a scan damaged', () => {
  it('reads season and deadline words whose ä/ö a scan lost or made a 6', () => {
    expect(read('KEVAT 2021')).toEqual(['2021-01-01', '2021-05-31', true]);
    expect(read('vuoden 2023 loppuun menness6')).toEqual([null, '2023-12-31', true]);
    expect(read('h6sten 2024')).toEqual(['2024-09-01', '2024-12-31', true]);
  });

  it('reads a season whose ä or ö is a letter and a combining mark, as a Mac may save it', () => {
    expect(read('Keva\u0308t 2021')).toEqual(['2021-01-01', '2021-05-31', true]);
    expect(read('ho\u0308sten 2024')).toEqual(['2024-09-01', '2024-12-31', true]);
  });
});

describe('parseSchedule: dates', () => {
  it('reads two dates typed as text', () => {
    expect(read('1.9.2024 - 31.12.2024')).toEqual(['2024-09-01', '2024-12-31', true]);
    expect(read('2024-09-01 – 2024-12-31')).toEqual(['2024-09-01', '2024-12-31', true]);
  });

  it('gives a real date from ExcelJS and its serial from Office.js the same one-day result', () => {
    const fromExcelJs = parseSchedule(new Date(Date.UTC(2024, 8, 1)));
    const fromOfficeJs = parseSchedule(45536);
    expect(fromExcelJs).toEqual({ text: '2024-09-01', start: '2024-09-01', end: '2024-09-01', readable: true });
    expect(fromOfficeJs).toEqual(fromExcelJs);
  });

  it('gives 1 March 1900 for serial 61, past the phantom leap day', () => {
    expect(parseSchedule(61)).toEqual(parseSchedule(new Date(Date.UTC(1900, 2, 1))));
    expect(read(61)).toEqual(['1900-03-01', '1900-03-01', true]);
  });

  it('reads a year typed into a number cell as that year, not as a serial', () => {
    expect(read(2021)).toEqual(['2021-01-01', '2021-12-31', true]);
  });

  it('keeps an end before the start for the validator to report', () => {
    expect(read('2024 - 2021')).toEqual(['2024-01-01', '2021-12-31', true]);
  });
});

describe('parseSchedule: what cannot be read', () => {
  it('treats an empty cell as readable and dateless', () => {
    expect(parseSchedule(null)).toEqual({ text: '', start: null, end: null, readable: true });
    expect(parseSchedule(undefined)).toEqual({ text: '', start: null, end: null, readable: true });
    expect(parseSchedule('  \n ')).toEqual({ text: '', start: null, end: null, readable: true });
  });

  it.each(['Lähetteiden määrä laskee 10%', 'pian', 'Syksy', 'alkaen', 'mennessä', '31.2.2024', '13/2024', '(n. 1600 kpl)'])(
    '%j is unreadable and has no dates',
    (text) => {
      expect(read(text)).toEqual([null, null, false]);
    },
  );

  it('does not read booleans, errors or impossible serials as schedules', () => {
    expect(parseSchedule(true).readable).toBe(false);
    expect(parseSchedule({ error: '#REF!' }).readable).toBe(false);
    expect(parseSchedule(60).readable).toBe(false);
    expect(parseSchedule(-5).readable).toBe(false);
    expect(parseSchedule(Number.NaN).readable).toBe(false);
    expect(parseSchedule(new Date(Number.NaN)).readable).toBe(false);
  });
});

describe('parseSchedule: properties', () => {
  const valid = (d: string | null) => d === null || isoDateSchema.safeParse(d).success;
  const cellValue = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.stringMatching(/^[0-9./\- →>]{0,14}$/),
    fc
      .array(fc.constantFrom('Kevät', 'syksy', '2021', '24', '9-12/', '-', '→', 'alkaen', 'mennessä', 'tehty', ' ', '1.9.'), {
        maxLength: 8,
      })
      .map((parts) => parts.join(' ')),
    fc.double(),
    fc.integer(),
    fc.date(),
    fc.boolean(),
    fc.constant(null),
  );

  it('never throws and gives only real ISO dates, none when unreadable', () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const p = parseSchedule(value);
        expect(valid(p.start) && valid(p.end)).toBe(true);
        if (!p.readable) expect([p.start, p.end]).toEqual([null, null]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every Excel serial like the date ExcelJS would give for it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        // ExcelJS's own conversion: days since 1899-12-30 for the 1900 system past the phantom day.
        const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        if (serial >= 1900 && serial <= 2199) return; // whole numbers there are years
        expect(parseSchedule(serial)).toEqual(parseSchedule(date));
      }),
    );
  });
});
