/** How much CPU a bench child has used: the figure read beside wall time, firmer on a shared machine. */

/**
 * CPU time of this process (all its threads: zlib inflates on the thread pool) since `from`, in milliseconds.
 * @example const cpu = process.cpuUsage(); read(); cpuMsSince(cpu) //=> 1530
 */
export function cpuMsSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}
