import { STATUS_PALETTE } from '../core';
import { readableTextColour } from './readableTextColour';

/** WCAG's contrast ratio, written out independently of the code under test. */
function ratio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('readableTextColour', () => {
  it('darkens the grey of the "Poistettu" chip until it reads on its light grey fill', () => {
    const removed = STATUS_PALETTE.removed;
    expect(ratio(removed.fontColor, removed.fill!)).toBeLessThan(4.5);
    const text = readableTextColour(removed.fontColor, removed.fill!);
    expect(ratio(text, removed.fill!)).toBeGreaterThanOrEqual(4.5);
    // Still a grey, so the chip still looks removed.
    expect(text.slice(1, 3)).toBe(text.slice(3, 5));
    expect(text).not.toBe('#000000');
  });

  it("keeps every other status's palette colour where it already reads", () => {
    for (const style of Object.values(STATUS_PALETTE)) {
      if (style.fill === null || ratio(style.fontColor, style.fill) < 4.5) continue;
      expect(readableTextColour(style.fontColor, style.fill)).toBe(style.fontColor.toUpperCase());
    }
  });
});
