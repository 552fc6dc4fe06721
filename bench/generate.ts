/** Deterministic synthetic workbooks for the benchmark, built from the seeds' own vocabulary and layouts. */
import ExcelJS from 'exceljs';
import type { CellValue, Grid, WorkbookData } from '../src/core/grid';
import { SEED002_BUDGET_TITLE, seed002BudgetGrid } from '../fixtures/seed002Budget';

/** One benchmark size: action rows (items, continuation rows included) spread over sheets. */
export interface BenchSize {
  rows: number;
  sheets: number;
}

export interface GeneratedWorkbook {
  data: WorkbookData;
  /** Action rows written (what the core should find as items), and the other rows that are not items. */
  actionRows: number;
  otherRows: number;
  /** Indicator rows written in the indicator tables under the actions (each one an indicator item). */
  indicatorRows: number;
}

/**
 * mulberry32: a tiny seeded PRNG, so every run measures the same workbook.
 * @example makeRandom(7)() //=> 0.6512…
 */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Vocabulary from seeds 000–004 (OCR damage and line breaks kept where the seeds have them).
const WORKSTREAMS = [
  'Yhteistyö kumppanien kanssa',
  'lääkäiden palvelut',
  'Vammaispalvelut',
  'Lastensuojelu',
  'Tiedolla johtaminen',
  'Digitaaliset hankkeet',
  'Perusturvan henkilöstön työhyvinvoinnin kehittäminen',
  'Kotihoito ja kotikuntoutus',
  'Äldreomsorg och hemvård',
  'Socialt arbete för barn och familjer',
];
const CHAIRS = ['Anna-Liisa Koivisto', 'Mari Levonen', 'Pauliina Hietasalo', 'Ilkka Manninen', 'Mira Heimo-Mulinga', 'Annika Immonen'];
const GOALS = [
  'Sotekeskusten ja erikoissairaanhoidon välisen yhteistyön kehittäminen',
  'Päivystyspotilaiden hoitaminen oikeassa paikassa',
  'Paljon palveluita tarvitsevien asiakkaiden palvelujen parantaminen',
  'Kotihoidon kehittäminen',
  'Kotikuntoutuksen kehittäminen',
  'Digitalisaation hyödyntäminen',
  'Vammaispalveluiden palvelurakenteen keventäminen',
  'Oikea-aikaisen puuttumisen lisäksi panostus ennalta ehkäisevään toimintaan',
  'Tiedolla johtamisen hallintamalli',
  'Henkilöstön työhyvinvoinnin ja työolojen kehittyminen',
];
const ACTIONS = [
  'Konsultaatiokäytäntöjen kehittäminen ja lisääminen yhteistyössä Satasairaalan kanssa',
  'Sairaalapalveluiden optimaaliset potilasvirrat, potilaskuljetukset ja tarvike- ja lääkejaketut',
  'Sotekeskusten kiirevastaanottopotilaiden hoidon tarpeen arviointi ja hoitaminen monialaisena etäpalveluna',
  'Päivystyspotilaiden hoidon tarpeen arviointi ja ohjaaminen/hoitaminen 116117-puhelinpalvelussa',
  'läkkäiden akuutti sairaanhoito kotiin/Akuutti kotikeskus ja Combilanssi-toiminta',
  'Yhteinen tilannekeskus',
  'Kotihoito 24/7 ja kotihoidon henkilöstöresurssien lisäys',
  'Kaikenikäisten kotihoidon palvelusetelien laajentaminen',
  'Kunnonhoitaja koulutukset',
  'Tekoälyn ja hyvinvointiteknologian käyttöönotto',
  'Etähoivan käyttöönotto',
  'Henkilökohtaisen avun järjestäminen omana toimintana',
  'Sähköinen perhekeskus',
  'Nuorten ja vanhempien verkkoauttaminen',
  'Olemassa olevien tietojärjestelmien ja raportointimahdollisuuksien tehokkaampi käyttö',
  'Raportoinnin kehittäminen:\n- Analytiikan kehittäminen\n- Yhteisen Lifecaren hyötyjen valjastaminen',
  'Omaolo- ja 116117-palveluiden laaja käyttöönotto osana asiakkaan digihoitopolkua',
  'Chatbot-pohjainen digitaalinen neuvontapalvelu ja matalan kynnyksen yhteydenottokanava',
  'Mobiilisanelun käyttöönotto & puheentunnistus',
  'Yhtenäiset työaikakäytännöt',
  'Etätöyön mahdollistaminen',
  'Työkierron mahdollistaminen',
  'Ennakoiva henkilöstösuunnittelu',
  'Utveckling av hemvården dygnet runt',
];
const TARGETS = [
  'Lähteiden kokonaismäärä laskee 10 %',
  'Hoitotarvikekustannusten kokonaisuromäärä on korkeintaan 10 % noussut edellisestä vuodesta.',
  'Ajanvaraukseen tulleista puheluista enenevä määrä hoidetaan puhelimessa',
  '94 % 75 vuotta täyttäneistä asuu kotona',
  'Kotihoidon asiakkaista 5 %',
  'Verkkoauttaminen on pilotoitu ja osa pysyvää palvelutarjontaa',
  'Perusturvan osastolta siirrytään välittömästi pois kun sairaalahoidon tarve päättyy',
  'Avustajien rekrytointi Perusturvan\ntyöntekijöiksi\n5 avustajaa/vuosi uusille asiakkaille',
  '100% kaikki ovat saaneet omahoitajan/omatyöntekijän ja hoitosuunnitelman',
];
const METRICS = [
  'Koulutuksen käyneiden määrä, kpl',
  'Viestintäsuunnitelman toteutuminen',
  'Kotihoidon palvelusetelien määrät asiakasryhmittäin',
  '- Toimintasuunnitelma\n- Toimintakertomus\n- Osavuosiraportit',
  'Tilastointi kehityskeskusteluista',
  'Antal utbildade, st',
  null,
];
const OWNERS = [
  'Vastuualuejohtajat ja tulosyksikköpäälliköt',
  'Esimiehet',
  'Mari Levonen',
  'Ilkka Manninen',
  'Kotihoidon päällikkö',
  'Enhetschef',
];
const SCHEDULES: readonly (string | number)[] = [
  'Syksy 2020 - kevät 2021',
  '2021 →',
  '2022 →',
  '9-12/24 mennessä',
  '2020 - 2023',
  '2020 >',
  'Syksy 2020 alkaen — 2024',
  'Kevät 2021 - 2024',
  'Alkaen syyskuu 2021',
  '2020-2024, jatkuvaa',
  'Kvartaaleittain alkaen kevät 2021',
  'Syksy 2024',
  'tehty',
  'Hösten 2023',
  2021,
  2023,
];
/** Statuses as the seeds write them, weighted by how often they occur there. */
const STATUSES: readonly (readonly [string | null, number])[] = [
  ['Kyllä', 30],
  ['Ei', 12],
  ['Osittain toteutunut', 8],
  ['Ei /\nkorona', 4],
  ['Keskeytetty', 3],
  ['Kyllä, mutta keskeytetty', 2],
  ['Osittain toteutunut, keskeytetty', 2],
  ['Toteutunut', 6],
  ['Ei toteutunut, suunnittelu käynnissä hyvinvointialueella', 2],
  ['Poistettu', 1],
  ['Poistettu 2022 suunnitelmasta', 1],
  ['Käynnissä', 6],
  [' Kylla', 1],
  ['Ja', 2],
  ['Pågår', 1],
  ['Valmis?', 1],
  [null, 2],
];
const STATUS_TOTAL = STATUSES.reduce((n, [, w]) => n + w, 0);

const HEADERS_FI = ['Toimenpide', 'Tavoite', 'Aikataulu', 'Mittarit', 'Vastuuhenkilö', 'Toteuma'];
const HEADERS_FI_ALT = ['TOIMENPIDE', 'Tavoite', 'Aikataulu', 'Mittari', 'Vastuutaho/henkilöt', 'Toteutunut'];
const HEADERS_SV = ['Åtgärd', 'Mål', 'Tidtabell', 'Mätare', 'Ansvarig', 'Status'];
/** Indicator tables (seeds 002 and 004): goal, indicator, baseline, target, quarters, owner. */
const INDICATOR_HEADERS_FI = [
  'Tavoite',
  'Mittari',
  'Lähtötaso 2023',
  'Tavoitetaso 2025',
  'Q1/2024',
  'Q2/2024',
  'Q3/2024',
  'Q4/2024',
  'Vastuuhenkilö',
];
const INDICATOR_HEADERS_SV = [
  'Mål',
  'Mätare',
  'Utgångsläge',
  'Målnivå 2025',
  'Kvartal 1 2024',
  'Kvartal 2 2024',
  'Kvartal 3 2024',
  'Kvartal 4 2024',
  'Ansvarig',
];
const INDICATORS = [
  'Lähtövaihtuvuus',
  'Sairauspoissaolo % (Prima)',
  'Kiireettömään hoitoon pääsy (vrk)',
  'Lastensuojelun sijoituksista perhehoidon osuus',
  'Asiakaskokemus (NPS)',
  'Lähetteiden kokonaismäärä',
  'Tehostettu palveluasuminen, NHG:n prosentti',
  'Asiakkaat, joilla ≥ 9 käyntiä vuodessa',
];
/** Targets as the seeds write them, each with a baseline and a level its values wander around. */
const INDICATOR_TARGETS: readonly (readonly [string, CellValue, number])[] = [
  ['Alle 10 %', '11,2 %', 10],
  ['korkeintaan 4,5 %', 5.1, 4.5],
  ['enintään 14 vrk', '21 vrk', 14],
  ['>50%', '46 %', 50],
  ['Asiakaskokemus on parantunut vuoden 2023 lähtötasosta', 42, 44],
  ['Lähteiden kokonaismäärä laskee 10 %', '12 480', 11500],
  ['vähintään 80 %', 0.74, 80],
  ['0 asiakasta', 537, 100],
  ['Kysely on toteutettu', null, 0],
];
/** One indicator row per this many action rows (at least a few per sheet). */
const ACTIONS_PER_INDICATOR = 50;

const CATEGORIES = ['kansalaispalvelut', 'ammattilaisen työkalut', 'Johtamisen välineet ja automaatio'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Seed 002's budget table in 1 000 € (header and twelve lines, percents as fractions), from the shared fixture. */
const BUDGET_ROWS: readonly (readonly CellValue[])[] = seed002BudgetGrid().values.slice(2);
/** Budget columns (0-based, within the budget table) that hold a percent as a fraction. */
export const BUDGET_PERCENT_COLUMNS: readonly number[] = [3, 5, 7, 8];

/**
 * A workbook of `rows` action rows over `sheets` sheets: per sheet a title, a chair line, header rows
 * (fi, sv, repeated, with categories), "Tavoite N: …" section rows (merged across the table),
 * numbered actions with continuation rows, and on the first sheet seed 002's budget table above the actions.
 * @example generateWorkbook({ rows: 1000, sheets: 1 }).actionRows //=> 1000
 */
export function generateWorkbook(size: BenchSize, seed = 20240630): GeneratedWorkbook {
  const random = makeRandom(seed + size.rows * 31 + size.sheets);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pickStatus = (): string | null => {
    let r = random() * STATUS_TOTAL;
    for (const [status, weight] of STATUSES) {
      r -= weight;
      if (r < 0) return status;
    }
    return 'Kyllä';
  };

  const sheets: Grid[] = [];
  let otherRows = 0;
  let indicatorRows = 0;
  for (let s = 0; s < size.sheets; s++) {
    const rowsHere = Math.floor(size.rows / size.sheets) + (s < size.rows % size.sheets ? 1 : 0);
    const swedish = s % 5 === 3;
    const headers = swedish ? HEADERS_SV : s % 3 === 1 ? HEADERS_FI_ALT : HEADERS_FI;
    const values: CellValue[][] = [];
    const merges: string[] = [];
    const width = headers.length;
    const pad = (cells: CellValue[]): CellValue[] => [...cells, ...Array<CellValue>(Math.max(0, width - cells.length)).fill(null)];
    // Every sheet starts at B2, as most hand-made sheets leave a margin; cells are addressed from there.
    const origin = { row: 2, col: 2 };
    const mergeRow = (): void => {
      const excelRow = origin.row + values.length - 1;
      merges.push(`B${excelRow}:${String.fromCharCode(66 + width - 1)}${excelRow}`);
    };

    if (s === 0) {
      values.push([SEED002_BUDGET_TITLE]);
      for (const row of BUDGET_ROWS) values.push([...row]);
      values.push([], [], []);
      otherRows += BUDGET_ROWS.length + 4;
    }
    const name = WORKSTREAMS[s % WORKSTREAMS.length] as string;
    values.push([name]);
    values.push([swedish ? `Ordförande ${pick(CHAIRS)}` : `Puheenjohtaja ${pick(CHAIRS)}`]);
    values.push([]);
    values.push([...headers]);
    otherRows += 4;

    let goal = 0;
    let letter = 0;
    let written = 0;
    let untilSection = 0;
    let action = '';
    while (written < rowsHere) {
      if (untilSection <= 0) {
        goal++;
        letter = 0;
        untilSection = 6 + Math.floor(random() * 18);
        // Seed 000 repeats the header before most goals, sometimes with a category after a slash.
        const repeat = random();
        if (repeat < 0.3) {
          values.push([...headers]);
          otherRows++;
        } else if (repeat < 0.4 && !swedish) {
          values.push([`${headers[0]}/${pick(CATEGORIES)}`, ...headers.slice(1)]);
          otherRows++;
        }
        values.push(pad([`${swedish ? 'Mål' : 'Tavoite'} ${goal}${random() < 0.5 ? ':' : '.'} ${pick(GOALS)}`]));
        mergeRow();
        otherRows++;
      }
      const continuation = letter > 0 && random() < 0.2;
      if (!continuation) {
        action = `${goal}.${LETTERS[letter % LETTERS.length]} ${pick(ACTIONS)}`;
        letter++;
      }
      const lead = random() < 0.05 ? '  ' : '';
      values.push([
        continuation ? null : lead + action,
        pick(TARGETS),
        // A few rows left unfinished, as in a live follow-up: no schedule (5 %), no owner (3 %).
        random() < 0.95 ? pick(SCHEDULES) : null,
        pick(METRICS),
        random() < 0.97 ? pick(OWNERS) : null,
        pickStatus(),
      ]);
      written++;
      untilSection--;
    }
    values.push([], []);
    otherRows += 2 + 1;
    const indicatorsHere = Math.max(3, Math.round(rowsHere / ACTIONS_PER_INDICATOR));
    values.push(...indicatorTable(indicatorsHere, swedish, random));
    indicatorRows += indicatorsHere;
    const suffix = s >= WORKSTREAMS.length ? ` ${s + 1}` : '';
    sheets.push({ sheet: name.slice(0, 31 - suffix.length).trimEnd() + suffix, origin, values, tables: [], merges });
  }
  return { data: { fileName: `bench-${size.rows}.xlsx`, sheets }, actionRows: size.rows, otherRows, indicatorRows };
}

/**
 * An indicator table of `count` rows under its header: goals written once over several indicators, values
 * per quarter as numbers, text percentages and %-formatted fractions, the later quarters not yet filled in.
 * @example indicatorTable(3, false, makeRandom(1))[0] //=> ['Tavoite', 'Mittari', 'Lähtötaso 2023', …]
 */
export function indicatorTable(count: number, swedish: boolean, random: () => number): CellValue[][] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const rows: CellValue[][] = [[...(swedish ? INDICATOR_HEADERS_SV : INDICATOR_HEADERS_FI)]];
  const filledQuarters = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const [target, baseline, level] = pick(INDICATOR_TARGETS);
    const quarters = [0, 1, 2, 3].map((q): CellValue => {
      if (q >= filledQuarters || level === 0) return null;
      const value = Math.round(level * (0.85 + random() * 0.3) * 10) / 10;
      return target.includes('%') && random() < 0.5 ? `${String(value).replace('.', ',')} %` : value;
    });
    rows.push([i % 4 === 0 ? pick(GOALS) : null, pick(INDICATORS), baseline, target, ...quarters, pick(OWNERS)]);
  }
  return rows;
}

/**
 * Writes the workbook as a real .xlsx with ExcelJS's streaming writer (shared strings, merges, percent
 * formats), as Excel would save it; streaming keeps the 100 000-row file cheap to make.
 * @example await writeWorkbookXlsx(generateWorkbook({ rows: 1000, sheets: 1 }).data, 'bench/out/bench-1000.xlsx')
 */
export async function writeWorkbookXlsx(data: WorkbookData, path: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  for (const grid of data.sheets) {
    const sheet = writer.addWorksheet(grid.sheet);
    // The streaming writer can only merge rows it has not committed yet.
    for (const merge of grid.merges ?? []) sheet.mergeCells(merge);
    for (let r = 0; r < grid.values.length; r++) {
      const cells = grid.values[r] ?? [];
      const row = sheet.getRow(grid.origin.row + r);
      for (let c = 0; c < cells.length; c++) {
        const value = cells[c];
        if (value === null || value === undefined) continue;
        const cell = row.getCell(grid.origin.col + c);
        cell.value =
          typeof value === 'object' && !(value instanceof Date) ? { error: value.error as ExcelJS.CellErrorValue['error'] } : value;
        if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
      }
      if (grid.sheet === data.sheets[0]?.sheet && r >= 2 && r < 1 + BUDGET_ROWS.length) {
        for (const c of BUDGET_PERCENT_COLUMNS) row.getCell(grid.origin.col + c).numFmt = '0 %';
      }
      row.commit();
    }
    sheet.commit();
  }
  await writer.commit();
}
