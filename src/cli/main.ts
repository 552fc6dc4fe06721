/** Entry point of `npm run cli`: wires the dispatcher to the terminal and sets the exit code. */
import { runCli } from './runCli';

void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
