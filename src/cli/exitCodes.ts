/** The CLI's exit codes, a contract scripts rely on (docs/ARCHITECTURE.md). */
export const EXIT = {
  done: 0,
  /** The workbook has error-severity issues; the outputs are still written. */
  workbookErrors: 1,
  /** The file could not be read or written, or the arguments are wrong. */
  unreadable: 2,
  /** A bug of ours: the report broke its own contract or something threw. */
  internal: 3,
} as const;
