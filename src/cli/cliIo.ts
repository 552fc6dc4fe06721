/** Where the CLI's lines go: the terminal in use, a list in tests. */
export interface CliIo {
  /** A line of normal output (stdout). */
  out(line: string): void;
  /** A line explaining a failure (stderr). */
  err(line: string): void;
}
