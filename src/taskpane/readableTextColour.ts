/** A status chip keeps the palette's colours, but its text must still read on its fill (WCAG AA: 4.5:1). */

/**
 * The palette's text colour when it reads on the fill at `minRatio`, else the same hue darkened step by step until it
 * does (grey on light grey stays grey, only darker).
 * @example readableTextColour('#7F7F7F', '#EDEDED') //=> '#595959'  ("Poistettu": 3.42:1 → 6.2:1)
 */
export function readableTextColour(text: string, fill: string, minRatio = 4.5): string {
  const background = luminance(fill);
  let rgb = channels(text);
  while (contrastRatio(luminance(hex(rgb)), background) < minRatio && rgb.some((c) => c > 0)) {
    rgb = rgb.map((c) => Math.floor(c * 0.85)) as [number, number, number];
  }
  return hex(rgb);
}

function channels(colour: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  return m === null ? [0, 0, 0] : [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

function hex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
