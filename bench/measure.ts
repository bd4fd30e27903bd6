/** Small timing and memory helpers for the benchmark sections. */

/** The p-th percentile (nearest rank) of a list of numbers; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** Process resident-set high-water mark so far, in MB (the kernel's maxRSS). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export const fmt = {
  ms: (v: number) => v.toFixed(v < 10 ? 2 : 1),
  int: (v: number) => Math.round(v).toLocaleString('en-US'),
  mb: (v: number) => v.toFixed(0),
  ratio: (v: number) => `${v.toFixed(2)}×`,
  pass: (ok: boolean) => (ok ? 'pass' : '**MISS**'),
};
