import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EXPECTED_PROBLEMS, problemsWorkbook, PROBLEMS_SHEET, PLAN_SHEET } from '../../fixtures/problems';
import { seed001WellbeingGrid, SEED001_FOLLOW_UP_AS_OF } from '../../fixtures/seed001FollowUp';
import { issueSchema } from '../../src/core/schema/report';
import { cli, tempDir, writeXlsx } from './cliHarness';

// Real .xlsx files are zipped and parsed; on a busy CI machine that takes longer than Jest's 5 s default.
jest.setTimeout(60_000);

const dir = tempDir('validate');

describe('validate', () => {
  it('prints the issues grouped by sheet, in sheet and row order, and exits 1 on an error', async () => {
    const input = await writeXlsx(dir, 'ongelmat.xlsx', problemsWorkbook());
    const run = await cli(['validate', input, '--as-of', '2024-06-30']);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([]);
    const headings = run.out.filter((l) => l.startsWith('Välilehti: '));
    expect(headings).toEqual([`Välilehti: ${PROBLEMS_SHEET}`, `Välilehti: ${PLAN_SHEET}`]);
    const rows = run.out.filter((l) => /^ {2}[A-Z]+\d+ /.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(EXPECTED_PROBLEMS.map((p) => p.cell));
    expect(rows.find((l) => l.trim().startsWith('D10'))).toMatch(/^ {2}D10 +virhe +Aikataulu '2024 - 2021'/);
    expect(run.out[run.out.length - 1]).toBe('Huomiot: virheitä 1, varoituksia 6, tiedoksi 2');
  });

  it('writes the issues as JSON objects of the contract with --json', async () => {
    const input = await writeXlsx(dir, 'ongelmat2.xlsx', problemsWorkbook());
    const json = join(dir, 'huomiot.json');
    await cli(['validate', input, '--json', json, '--as-of', '2024-06-30', '--lang', 'en']);
    const issues = z.array(issueSchema).parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(issues.map(({ sheet, cell, code, severity }) => ({ sheet, cell, code, severity }))).toEqual(EXPECTED_PROBLEMS);
    expect(issues.find((i) => i.code === 'status.unknown')?.message).toMatch(/^Unknown status 'Odottaa päätöstä'/);
  });

  it('exits 0 on warnings only, and says so plainly when there is nothing at all', async () => {
    const clean = await writeXlsx(dir, 'siisti.xlsx', { fileName: null, sheets: [seed001WellbeingGrid()] });
    const run = await cli(['validate', clean, '--as-of', SEED001_FOLLOW_UP_AS_OF, '--lang', 'sv']);
    expect(run).toEqual({ code: 0, out: ['siisti.xlsx: inget att anmärka.'], err: [] });
  });
});
