import { failedWorkbook } from '../../core';
import { unitRead } from './unitRead';

describe('unitRead', () => {
  it("carries the unit's row of koonti.json: the summary, reason and all", () => {
    const summary = failedWorkbook('yksiköt/rikki.xlsx', 'Tiedosto on vioittunut.');
    const read = unitRead(summary);
    expect(read.summary).toBe(summary);
    expect(JSON.parse(new TextDecoder().decode(read.json))).toEqual(summary);
  });
});
