/** How many bytes one sync may carry: Excel on the web refuses requests and responses over 5 MB; desktop Excel has no such limit. */

/** Under the web's 5 MB with room for the request's own framing. */
const WEB_BUDGET = 4_000_000;
/** Desktop: large enough that realistic workbooks go in one batch, small enough to keep memory sane. */
const DESKTOP_BUDGET = 64_000_000;

/**
 * The byte budget of one sync on this platform.
 * @example payloadBudget() //=> 4000000 in Excel on the web
 */
export function payloadBudget(): number {
  const web = typeof Office !== 'undefined' && Office.context?.platform === Office.PlatformType?.OfficeOnline;
  return web ? WEB_BUDGET : DESKTOP_BUDGET;
}
