import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { problemsWorkbook } from '../../../fixtures/problems';
import { workbookDataToXlsx } from '../../../fixtures/toXlsx';
import { readAllWorkbooks } from './readAllWorkbooks';
import type { UnitJob } from './readUnitWorkbook';

jest.setTimeout(60_000);
const dir = mkdtempSync(join(tmpdir(), 'seuranta-all-'));

describe('readAllWorkbooks', () => {
  let jobs: UnitJob[];
  beforeAll(async () => {
    const bytes = await workbookDataToXlsx(problemsWorkbook());
    jobs = ['a', 'b', 'c'].map((name) => {
      const path = join(dir, `${name}.xlsx`);
      writeFileSync(path, bytes);
      return { path, file: `${name}.xlsx`, asOf: '2022-06-30', lang: 'fi' as const };
    });
    jobs.push({ path: join(dir, 'puuttuu.xlsx'), file: 'puuttuu.xlsx', asOf: '2022-06-30', lang: 'fi' });
  });

  it('returns the results in the order of the files and reports each once', async () => {
    const seen: string[] = [];
    const results = await readAllWorkbooks(jobs, { jobs: 1, workerScript: null, onResult: (job) => seen.push(job.file) });
    expect(results.map((r) => (r.kind === 'read' ? [r.summary.file, r.summary.ok] : null))).toEqual([
      ['a.xlsx', true],
      ['b.xlsx', true],
      ['c.xlsx', true],
      ['puuttuu.xlsx', false],
    ]);
    expect(seen.sort()).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx', 'puuttuu.xlsx']);
  });

  it('gives a file whose worker dies a row saying so, and goes on with the next', async () => {
    const crashing = join(dir, 'crash.js');
    // A worker that dies on its first file, as one out of memory would.
    writeFileSync(crashing, "require('node:worker_threads').parentPort.on('message', () => process.exit(7));");
    const results = await readAllWorkbooks(jobs.slice(0, 2), { jobs: 1, workerScript: crashing });
    expect(results.map((r) => r.kind === 'read' && r.summary.ok)).toEqual([false, false]);
    expect(results[0]?.kind === 'read' && results[0].summary.reason).toMatch(/code 7/);
  });
});
