import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTextFile } from './writeTextFile';

describe('writeTextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seuranta-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes pieces of text and of bytes one after another, whatever their sizes', async () => {
    // Pieces around the writer's one-megabyte buffer: many small ones filling it past its end, in letters of two and
    // three bytes, then one larger than the whole buffer, then bytes already encoded.
    const small = Array.from({ length: 60_000 }, (_, i) => `{"toimenpide":"Kotihoito ${i}","tila":"Käynnissä →"},`);
    const large = `"${'Åtgärd '.repeat(200_000)}"`;
    const bytes = Buffer.from('\n"Valmis – klar"\n', 'utf8');
    const path = join(dir, 'raportti.json');
    expect(await writeTextFile(path, [...small, large, bytes, 'loppu'])).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe(`${small.join('')}${large}${bytes.toString('utf8')}loppu`);
  });

  it('writes a whole text, and an empty one', async () => {
    const path = join(dir, 'pieni.json');
    expect(await writeTextFile(path, '{"tila": "Kyllä"}\n')).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('{"tila": "Kyllä"}\n');
    expect(await writeTextFile(path, [])).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('names the file it cannot write instead of throwing', async () => {
    const path = join(dir, 'ei-kansiota', 'raportti.json');
    const result = await writeTextFile(path, ['{}']);
    expect(result).toMatchObject({ ok: false, reason: 'unwritable', path });
  });
});
