import { PassThrough } from 'node:stream';
import { failedWorkbook } from '../../core';
import { getLocale } from '../../core/locales/getLocale';
import { countStatuses } from '../../core/countStatuses';
import type { WorkbookSummary } from '../../core/schema/consolidation';
import { createProgress } from './createProgress';
import { unitRead } from './unitRead';

const fi = getLocale('fi');
const read: WorkbookSummary = {
  ...failedWorkbook('a.xlsx', ''),
  ok: true,
  reason: null,
  totals: { total: 500, byStatus: countStatuses([]) },
  overdue: 12,
};

describe('createProgress', () => {
  it('writes one plain line per file when stderr is no terminal', () => {
    const lines: string[] = [];
    const progress = createProgress({ out: () => undefined, err: (l) => lines.push(l) }, null, 2, fi);
    progress.tick('yksiköt/a.xlsx', unitRead(read));
    progress.tick('yksiköt/b.xlsx', unitRead(failedWorkbook('yksiköt/b.xlsx', 'Tiedosto on vioittunut.')));
    progress.stop();
    expect(lines).toEqual([
      '[1/2] yksiköt/a.xlsx: 500 toimenpidettä, 12 myöhässä, 0 virhettä',
      '[2/2] yksiköt/b.xlsx: ei luettu: Tiedosto on vioittunut.',
    ]);
  });

  it('draws a bar with the count and the current file on a terminal, and no lines', () => {
    const lines: string[] = [];
    const tty = Object.assign(new PassThrough(), {
      isTTY: true,
      columns: 120,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
    let drawn = '';
    tty.on('data', (chunk: Buffer) => (drawn += chunk.toString()));
    const progress = createProgress({ out: () => undefined, err: (l) => lines.push(l) }, tty as unknown as NodeJS.WriteStream, 2, fi);
    progress.tick('yksiköt/a.xlsx', unitRead(read));
    progress.stop();
    expect(lines).toEqual([]);
    expect(drawn).toContain('1/2');
    expect(drawn).toContain('yksiköt/a.xlsx');
  });
});
