/** Small statistics for the benchmark's repeated runs. */

/**
 * The median of the samples (the mean of the middle two for an even count).
 * @example median([5, 1, 3]) //=> 3
 */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
