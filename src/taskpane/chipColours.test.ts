import { STATUS_PALETTE, VERDICT_PALETTE } from '../core';
import { chipColours } from './chipColours';
import { readableTextColour } from './readableTextColour';

describe('chipColours', () => {
  it('gives a filled chip its fill and a text that reads on it', () => {
    const done = chipColours(STATUS_PALETTE.done) as Record<string, string>;
    expect(done['--chip-fill']).toBe(STATUS_PALETTE.done.fill);
    expect(done['--chip-text']).toBe(readableTextColour(STATUS_PALETTE.done.fontColor, STATUS_PALETTE.done.fill ?? ''));
  });

  it('gives an outlined chip no fill, its outline, and the theme’s text colour (not black on a dark pane)', () => {
    const unknown = chipColours(STATUS_PALETTE.unknown) as Record<string, string>;
    expect(unknown['--chip-fill']).toBe('transparent');
    expect(unknown['--chip-border']).toBe(STATUS_PALETTE.unknown.outline);
    expect(unknown['--chip-text']).toContain('colorNeutralForeground1');
  });

  it('strikes through the removed status, and colours verdicts the same way', () => {
    expect(chipColours(STATUS_PALETTE.removed).textDecoration).toBe('line-through');
    expect((chipColours(VERDICT_PALETTE.met) as Record<string, string>)['--chip-fill']).toBe(VERDICT_PALETTE.met.fill);
  });
});
