// Preloaded into a measured child process: on exit, writes its peak memory and run time to the file
// named by BENCH_USAGE_FILE, so the parent reads them without parsing the child's own output.
const fs = require('node:fs');
const started = performance.now();
process.on('exit', (code) => {
  const file = process.env.BENCH_USAGE_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(
    file,
    JSON.stringify({
      maxRssKiB: usage.maxRSS,
      userMs: usage.userCPUTime / 1000,
      systemMs: usage.systemCPUTime / 1000,
      sinceStartMs: performance.now() - started,
      exitCode: code,
    }),
  );
});
