/** A PDF's pages as poppler reads them: size, words with their boxes, and the text in drawing order. */
import { spawnSync } from 'node:child_process';

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  /** Points. */
  width: number;
  height: number;
  words: PdfWord[];
  /** The page's text as drawn, lines broken where a cell's text wraps (`pdftotext -raw`). */
  text: string;
}

function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not be run: ${result.error.message}. Install poppler-utils.`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Every page of the PDF at `path`, read with three poppler calls whatever the number of pages (`pdfinfo`, `pdftotext -bbox`,
 * `pdftotext -raw`). Throws when poppler is not installed: a test that needs it must fail without it.
 * @example readPdfPages('/tmp/raportti.pdf')[0]?.width //=> 841.89 (A4 landscape)
 */
export function readPdfPages(path: string): PdfPage[] {
  const info = run('pdfinfo', ['-f', '1', '-l', '100000', path]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const bbox = run('pdftotext', ['-bbox', path, '-']);
  const words = bbox
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: decode(m[5] ?? ''),
      })),
    );
  const texts = run('pdftotext', ['-raw', path, '-']).split('\f');
  return sizes.map((size, i) => ({ ...size, words: words[i] ?? [], text: texts[i] ?? '' }));
}
