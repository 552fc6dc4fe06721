import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { oleFile } from '../../fixtures/oleFile';
import { seed001CooperationGrid } from '../../fixtures/seed001FollowUp';
import { SML, sheetXml, strictPackage, xlsxPackage, zipParts } from '../../fixtures/xlsxParts';
import * as reader from '../../src/cli/xlsx/read/readXlsxPackage';
import { readWorkbookFile } from '../../src/cli/xlsx/readWorkbookFile';
import { formatMessage } from '../../src/core/i18n/formatMessage';
import { en } from '../../src/core/locales/en';
import { fi } from '../../src/core/locales/fi';
import { sv } from '../../src/core/locales/sv';
import { cli, spawnCli, tempDir, writeXlsx } from './cliHarness';

// Real .xlsx files are zipped and parsed; on a busy CI machine that takes longer than Jest's 5 s default.
jest.setTimeout(60_000);

const dir = tempDir('failures');
const corrupt = join(dir, 'rikki.xlsx');
writeFileSync(corrupt, 'PK\u0003\u0004 tämä ei ole oikea työkirja\n');

/** What the user sees: one line on stderr, no stack trace, nothing on stdout. */
function expectOneLine(stderr: string, stdout: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/Error:/);
  expect(stdout).toBe('');
}

describe('the CLI as a process (npm run cli)', () => {
  it('exits 2 with one line when the file is missing', () => {
    const r = spawnCli(['report', join(dir, 'puuttuu.xlsx'), '--out', join(dir, 'r.xlsx'), '--json', join(dir, 'r.json')]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, r.stdout);
    expect(r.stderr).toContain('puuttuu.xlsx');
    expect(r.stderr).toContain('ei löydy');
  });

  it('exits 2 with one line when the file is not a workbook', () => {
    const r = spawnCli(['validate', corrupt, '--lang', 'en']);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, r.stdout);
    expect(r.stderr).toMatch(/^File '.*rikki\.xlsx' is damaged or incomplete and cannot be read\. .*\n$/);
  });

  it('tells the owner of a password-protected workbook, in Finnish by default, to remove the password', () => {
    const path = join(dir, 'salattu.xlsx');
    writeFileSync(path, oleFile(['EncryptionInfo', 'EncryptedPackage']));
    const r = spawnCli(['report', path, '--out', join(dir, 'salattu-r.xlsx'), '--json', join(dir, 'salattu.json')]);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, r.stdout);
    expect(r.stderr).toBe(`${formatMessage(fi.cli.fileEncrypted, { path })}\n`);
    expect(existsSync(join(dir, 'salattu.json'))).toBe(false);
  });

  it('exits 0 with a summary on a good file', async () => {
    const input = await writeXlsx(dir, 'hyva.xlsx', { fileName: null, sheets: [seed001CooperationGrid()] });
    const r = spawnCli(['report', input, '--out', join(dir, 'hyva-r.xlsx'), '--json', join(dir, 'hyva.json'), '--as-of', '2022-06-30']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Toimenpiteitä: 16 (1 taulukossa)');
  });
});

describe('every file that is no readable workbook gets one line in the chosen language and exit 2', () => {
  const oneSheet = [{ name: 'Seuranta', xml: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Toimenpide</t></is></c></row>') }];
  const cases: [string, () => Promise<Buffer>, keyof typeof fi.cli, Record<string, string>][] = [
    ['a password-protected workbook', async () => oleFile(['EncryptionInfo', 'EncryptedPackage']), 'fileEncrypted', {}],
    ['an Excel 97-2003 workbook (.xls)', async () => oleFile(['Workbook', '\u0005SummaryInformation']), 'fileLegacyXls', {}],
    [
      'an OpenDocument spreadsheet',
      () => zipParts({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }),
      'fileOds',
      {},
    ],
    ['CSV renamed .xlsx', async () => Buffer.from('Toimenpide;Vastuuhenkilö;Tila\nAsiakasohjaus;Anna Virtanen;Valmis\n'), 'fileText', {}],
    ['a zip cut short', async () => (await xlsxPackage({ sheets: oneSheet })).subarray(0, 400), 'fileCorrupt', {}],
    [
      'a sheet part that is not XML',
      () => xlsxPackage({ sheets: [{ name: 'Seuranta', xml: 'Toimenpide;Tila' }] }),
      'fileDamagedPart',
      { part: 'xl/worksheets/sheet1.xml' },
    ],
    [
      'a part with a DOCTYPE (an entity bomb)',
      () =>
        xlsxPackage({
          sheets: oneSheet,
          sharedStrings: `<!DOCTYPE sst [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst xmlns="${SML}"><si><t>&b;</t></si></sst>`,
        }),
      'fileDoctype',
      { part: 'xl/sharedStrings.xml' },
    ],
  ];

  it.each(cases)('%s', async (name, build, key, params) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    writeFileSync(path, await build());
    for (const [lang, locale] of [
      ['fi', fi],
      ['sv', sv],
      ['en', en],
    ] as const) {
      const run = await cli(['validate', path, '--lang', lang]);
      expect(run).toEqual({ code: 2, out: [], err: [formatMessage(locale.cli[key] as string, { path, ...params })] });
    }
  });

  it('calls a fault of ours an internal error (exit 3), not an unreadable file', async () => {
    const input = await writeXlsx(dir, 'bugi.xlsx', { fileName: null, sheets: [seed001CooperationGrid()] });
    const spy = jest
      .spyOn(reader, 'readXlsxPackage')
      .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'sheets')"));
    try {
      const run = await cli(['validate', input, '--lang', 'en']);
      expect(run).toEqual({
        code: 3,
        out: [],
        err: [formatMessage(en.cli.internalError, { detail: "Cannot read properties of undefined (reading 'sheets')" })],
      });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('a valid package the CLI used to misread', () => {
  it('whose workbook part sits at the package root is read, and a rerun replaces its summary instead of adding another', async () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const rows =
      `<row r="1">${cell('A1', 'Toimenpide')}${cell('B1', 'Vastuuhenkilö')}${cell('C1', 'Toteuma')}</row>` +
      `<row r="2">${cell('A2', 'Asiakasohjauksen yhtenäistäminen')}${cell('B2', 'Anna Virtanen')}${cell('C2', 'Kyllä')}</row>` +
      `<row r="3">${cell('A3', 'Kotihoidon toiminnanohjaus')}${cell('B3', 'Mikko Laine')}${cell('C3', 'Ei')}</row>`;
    const input = join(dir, 'juuri.xlsx');
    writeFileSync(input, await xlsxPackage({ workbookPart: 'workbook.xml', sheets: [{ name: 'Seuranta', xml: sheetXml(rows) }] }));
    let from = input;
    for (const run of [1, 2, 3]) {
      const out = join(dir, `juuri-${run}.xlsx`);
      const result = await cli(['report', from, '--out', out, '--json', join(dir, `juuri-${run}.json`), '--as-of', '2024-06-30']);
      expect(result.code).toBe(0);
      expect(result.out).toContain('Toimenpiteitä: 2 (1 taulukossa)');
      expect(result.out).toContain('Lisätyt välilehdet: Yhteenveto, Seurantahistoria');
      from = out;
    }
    // ExcelJS finds no sheets in such a package: the copy is read back with the CLI's reader.
    const after = await readWorkbookFile(from);
    expect(after.ok && after.data.sheets.map((s) => s.sheet)).toEqual(['Seuranta', 'Yhteenveto', 'Seurantahistoria']);
  });
});

describe('bad arguments exit 2 with one line in the chosen language', () => {
  let input: string;
  beforeAll(async () => {
    input = await writeXlsx(dir, 'args.xlsx', { fileName: null, sheets: [seed001CooperationGrid()] });
  });

  const cases: [string, () => string[], string][] = [
    ['no command', () => [], 'Käyttö:'],
    ['an unknown command', () => ['raportti', input], "Tuntematon komento 'raportti'. Komennot: report, validate, consolidate."],
    ['no input', () => ['validate'], 'Anna luettava Excel-työkirja (.xlsx).'],
    [
      'no outputs',
      () => ['report', input, '--out', join(dir, 'x.xlsx')],
      'Anna raportin tiedostot: --out raportti.xlsx ja --json raportti.json.',
    ],
    ['an option without its value', () => ['report', input, '--out', join(dir, 'x.xlsx'), '--json'], "Valinta '--json' tarvitsee arvon."],
    ['an unknown option', () => ['validate', input, '--verbose'], "Tuntematon valinta '--verbose'."],
    [
      'a date that does not exist',
      () => ['validate', input, '--as-of', '2023-02-29'],
      "Päivä '2023-02-29' ei kelpaa. Kirjoita se muodossa VVVV-KK-PP, esimerkiksi 2024-06-30.",
    ],
    [
      'a Finnish-style date',
      () => ['validate', input, '--as-of', '30.6.2024', '--lang', 'sv'],
      "Datumet '30.6.2024' duger inte. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-06-30.",
    ],
    ['an unknown language', () => ['validate', input, '--lang', 'de'], "Kieli 'de' ei kelpaa. Valitse fi, sv tai en."],
    ['two input files', () => ['validate', input, 'toinen.xlsx'], "Ylimääräinen argumentti 'toinen.xlsx'."],
  ];

  it.each(cases)('%s', async (_name, argv, expected) => {
    const run = await cli(argv());
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err[0]).toBe(expected);
    if (expected !== 'Käyttö:') expect(run.err).toHaveLength(1);
  });

  it('refuses to write the report over the workbook it reads', async () => {
    const run = await cli(['report', input, '--out', input, '--json', join(dir, 'y.json')]);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([`Raportti ei saa korvata luettavaa työkirjaa '${input}'. Anna --out-valinnalle toinen tiedostonimi.`]);
    expect(existsSync(join(dir, 'y.json'))).toBe(false);
  });

  it('exits 2 when the output folder does not exist, naming the path', async () => {
    const out = join(dir, 'ei-kansiota', 'r.xlsx');
    const run = await cli(['report', input, '--out', out, '--json', join(dir, 'z.json'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(new RegExp(`^Cannot write to file '${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`));
    // report.json is written first but kept aside until the workbook is written: nothing of it is left.
    expect(existsSync(join(dir, 'z.json'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.part'))).toEqual([]);
  });

  it('exits 2 when the JSON folder does not exist, naming the path given, and writes no workbook', async () => {
    const json = join(dir, 'ei-kansiota', 'r.json');
    const out = join(dir, 'ei-jsonia.xlsx');
    const run = await cli(['report', input, '--out', out, '--json', json, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain(`Cannot write to file '${json}'`);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when the input is a folder', async () => {
    const folder = join(dir, 'kansio.xlsx');
    mkdirSync(folder);
    const run = await cli(['validate', folder]);
    expect(run).toEqual({ code: 2, out: [], err: [`'${folder}' ei ole tiedosto.`] });
  });

  it('prints the usage on --help and exits 0', async () => {
    const run = await cli(['--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe('Usage:');
    expect(run.out.some((l) => l.includes('npm run cli -- report <workbook.xlsx> --out <report.xlsx> --json <report.json>'))).toBe(true);
  });
});

describe('a Strict OOXML workbook, and a package of neither conformance class', () => {
  it("gets its report in Strict's own namespaces, with nothing said on stderr", async () => {
    const transitional = await writeXlsx(dir, 'strict-lähde.xlsx', { fileName: null, sheets: [seed001CooperationGrid()] });
    const strict = join(dir, 'strict.xlsx');
    writeFileSync(strict, await strictPackage(readFileSync(transitional)));
    const out = join(dir, 'strict-raportti.xlsx');
    const run = await cli(['report', strict, '--out', out, '--json', join(dir, 'strict.json'), '--as-of', '2022-06-30', '--lang', 'en']);
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: [] });
    const workbook = await (await JSZip.loadAsync(readFileSync(out))).file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('<sheet name="Summary"');
    expect(workbook).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    const read = await readWorkbookFile(out);
    expect(read.ok && read.data.sheets.map((g) => g.sheet)).toEqual([seed001CooperationGrid().sheet, 'Summary', 'Follow-up history']);
  });

  it('is refused in one line, and neither output is written', async () => {
    const good = await writeXlsx(dir, 'strict-suhde.xlsx', { fileName: null, sheets: [seed001CooperationGrid()] });
    const zip = await JSZip.loadAsync(readFileSync(good));
    const rels = await zip.file('_rels/.rels')!.async('string');
    // A Strict relationship to a Transitional workbook part.
    zip.file(
      '_rels/.rels',
      rels.replace(
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
        'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
      ),
    );
    writeFileSync(good, await zip.generateAsync({ type: 'nodebuffer' }));
    const out = join(dir, 'sekava-raportti.xlsx');
    const json = join(dir, 'sekava.json');
    const run = await cli(['report', good, '--out', out, '--json', json, '--as-of', '2022-06-30', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([formatMessage(en.cli.fileUnsupported, { path: good, detail: 'workbook part is not SpreadsheetML (Strict)' })]);
    expect([existsSync(out), existsSync(json)]).toEqual([false, false]);
  });
});
