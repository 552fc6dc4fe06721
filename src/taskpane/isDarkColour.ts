/** Office tells the pane its theme as colours; a dark body background means the pane should be dark too. */

/**
 * True when a `#RRGGBB` colour is dark (relative luminance below one half); false for anything unreadable.
 * @example isDarkColour('#262626') //=> true  (Office's "Black" theme)
 */
export function isDarkColour(hex: string | null | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? '');
  if (m === null) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
