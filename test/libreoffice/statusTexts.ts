/**
 * The status texts the colouring rules are held to: every status word of every language, the status texts of the seed
 * documents (as the fixtures keep them in cells, and as the documents print them), and variants of all of them with the
 * damage real cells carry (punctuation, case, line breaks, odd spaces, lost ä/ö marks, a scan's 6, decomposed letters).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as layouts from '../../fixtures/layouts';
import { seed000Workbook } from '../../fixtures/seed000';
import { seed001CooperationGrid, seed001WellbeingGrid } from '../../fixtures/seed001FollowUp';
import { buildReport } from '../../src/core/buildReport';
import type { Grid } from '../../src/core/grid';
import { LOCALES } from '../../src/core/locales/locale';
import { normalizeStatus } from '../../src/core/status/normalizeStatus';

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');

/** Ways a person, a keyboard or a scanner changes a status text. */
const VARIANTS: readonly ((t: string) => string)[] = [
  (t) => t.toUpperCase(),
  (t) => t.charAt(0).toUpperCase() + t.slice(1),
  (t) => t.replace(/[äå]/g, 'a').replace(/[ÄÅ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O'),
  (t) => (/[öÖ]/.test(t) ? t.replace(/[öÖ]/g, '6') : t.replace('o', '6')),
  (t) => t.normalize('NFD'),
  (t) => t.replace(/ /g, '\n'),
  (t) => t.replace(/ /g, '\r\n'),
  (t) => t.replace(/ /g, '\u00a0'),
  (t) => t.replace(/ /g, ' \t  '),
  (t) => t.replace(/ /g, '\u202f'),
  (t) => t.replace(/ /g, '\u3000'),
  (t) => `  ${t} \n`,
  (t) => `\ufeff${t}\u200b`,
  (t) => `${t}!`,
  (t) => `${t}.`,
  (t) => `(${t})`,
  (t) => `- ${t}`,
  (t) => `• ${t}`,
  (t) => `"${t}"`,
  (t) => `${t} /korona`,
  (t) => `${t}/korona`,
  (t) => `${t}–korona`,
  (t) => `${t}, mutta keskeytetty`,
  (t) => `${t}, 2022`,
  (t) => `${t}kin`,
  (t) => `${t}2`,
  (t) => `2 ${t}`,
  (t) => `${t}6`,
  (t) => `${t} 6`,
  (t) => `6${t}`,
  (t) => `mutta ${t}`,
  (t) => `${t}👍`,
  (t) => `✓ ${t}`,
  (t) => `${t}ä`,
  (t) => `${t.replace(/ /g, '-')}`,
  (t) => `${t.replace(/ /g, '/')}`,
];

/** Texts picked to sit on an edge of the rules: near words, only punctuation, digits a scan made, words run together. */
const EDGES: readonly string[] = [
  'Eikä',
  'Ehkä',
  'Okei',
  'ok6',
  '6k',
  '6 ei',
  'Ei 6',
  'Ty6n alla',
  'ty66n alla',
  '66',
  '-',
  '–',
  '?',
  '...',
  'x',
  'Ei /\nkorona',
  'Ei /  \nkorona',
  'Kyllä!',
  'Kylla\u0308',
  'Ka\u0308ynnissa\u0308',
  'Poistettuja',
  'Poistettuja, poistettu',
  'Ei, poistettu',
  'Keskeytetty, poistettu',
  'ei  aloitettu',
  'ei, aloitettu',
  'Ei vielä aloitettu',
  'on hold',
  'onhold',
  'not  started',
  'Inte påbörjad',
  'inte pa\u030abo\u0308rjad',
  'Delvis genomförd',
  'Yes, but on hold',
  'Not started',
  'Päättynyt',
];

/** The cells the reader takes for statuses in the fixture workbooks built from the seed documents. */
function fixtureStatusTexts(): string[] {
  const grids: Grid[] = [
    ...seed000Workbook().sheets,
    seed001CooperationGrid(),
    seed001WellbeingGrid(),
    ...Object.values(layouts).filter((v): v is Grid => typeof v === 'object' && v !== null && 'values' in v),
  ];
  const texts: string[] = [];
  for (const grid of grids) {
    const report = buildReport({ fileName: null, sheets: [grid] }, { asOf: '2022-06-30', lang: 'fi' });
    for (const table of report.actionTables) for (const item of table.items) texts.push(item.statusText);
  }
  return texts;
}

/**
 * Pieces of the seed documents' lines (split at tabs, tags and pipes) that read as a status, and the short ones that
 * start like a status word or hold a removal or suspension word without being one ("Jatkotoimenpiteet").
 */
function documentStatusTexts(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    for (const piece of readFileSync(join(SEEDS, file), 'utf8').split(/\t|<[^>]+>|\||\n/)) {
      const text = piece.trim();
      const { status } = normalizeStatus(text);
      if (status !== 'unknown' && status !== 'missing') texts.push(text);
      else if (text.length <= 60 && startsLikeAStatus(text)) texts.push(text);
    }
  }
  return texts;
}

const WORDS = Object.values(LOCALES).flatMap((l) => Object.values(l.statusWords).flat());

function startsLikeAStatus(text: string): boolean {
  const lower = text.toLowerCase();
  return WORDS.some((w) => lower.startsWith(w.slice(0, Math.max(2, w.length - 1))));
}

/** Every status word of every locale, as the locale writes it. */
export function statusWordsOfAllLocales(): string[] {
  return [...new Set(WORDS)];
}

/** The seed documents' status texts, as cells hold them and as the documents print them. */
export function seedStatusTexts(): string[] {
  return [...new Set([...fixtureStatusTexts(), ...documentStatusTexts()])].filter((t) => t !== '');
}

/**
 * The whole set: each word and seed text as written and in `variantsEach` of the variants (taken in turn, so every
 * variant meets many texts), and the edge cases; no duplicates.
 * @example statusTexts(2).includes('Kyllä, mutta keskeytetty') //=> true
 */
export function statusTexts(variantsEach: number): string[] {
  const bases = [...statusWordsOfAllLocales(), ...seedStatusTexts()];
  const texts = new Set<string>(EDGES);
  bases.forEach((base, i) => {
    texts.add(base);
    for (let j = 0; j < variantsEach; j += 1) texts.add(VARIANTS[(i * variantsEach + j) % VARIANTS.length]?.(base) ?? base);
  });
  return [...texts];
}
