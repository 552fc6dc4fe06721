/** A caught error as the one short line the CLI shows in parentheses after its own message. */

/**
 * The first line of an error's message, trimmed and cut at 200 characters: no stack trace reaches the user.
 * @example errorLine(new Error("ENOENT: no such file or directory, open 'r.xlsx'\n    at …")) //=> "ENOENT: no such file or directory, open 'r.xlsx'"
 */
export function errorLine(e: unknown): string {
  return ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').trim().slice(0, 200);
}
