import { errorLine } from './errorLine';

describe('errorLine', () => {
  it('keeps only the first line of the message, trimmed, without the stack', () => {
    expect(errorLine(new Error("  ENOENT: no such file or directory, open 'r.xlsx'\n    at open (node:fs)"))).toBe(
      "ENOENT: no such file or directory, open 'r.xlsx'",
    );
  });

  it('takes a thrown non-error as text and cuts a long line at 200 characters', () => {
    expect(errorLine('onErrorStopParsing')).toBe('onErrorStopParsing');
    expect(errorLine(new Error('x'.repeat(500)))).toHaveLength(200);
  });
});
