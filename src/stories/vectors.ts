import { addInto, dot, normalize, type SparseVector } from '../text/sparse-vector.js';

export { addInto, dot, normalize, type SparseVector };

/** Document frequencies and the document count they were taken over. */
export interface Frequencies {
  total: number;
  df: ReadonlyMap<string, number>;
}

/** Smoothed inverse document frequency; `prior` pseudo-documents keep it sane in a small store. */
export function idf(freq: Frequencies, key: string, prior: number): number {
  return Math.log((freq.total + 1 + prior) / ((freq.df.get(key) ?? 0) + 1));
}

/** Sub-linear tf × idf weights of counts, the `keep` heaviest (heaviest first), not normalised. */
export function weigh(
  counts: ReadonlyMap<string, number>,
  freq: Frequencies,
  prior: number,
  keep: number,
): SparseVector {
  const entries: Array<[string, number]> = [];
  for (const [key, count] of counts) {
    const w = (1 + Math.log(count)) * idf(freq, key, prior);
    if (w > 0) entries.push([key, w]);
  }
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(entries.slice(0, keep));
}
