/** Fills a message template's {placeholders}; locale files stay data only. */

/**
 * Replaces each `{name}` with its parameter; a placeholder without a parameter is left as it is,
 * so a missing value shows instead of vanishing.
 * @example formatMessage("Tuntematon tila '{value}'.", { value: 'Ehkä' }) //=> "Tuntematon tila 'Ehkä'."
 */
export function formatMessage(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}
