/** A sparse vector: key → weight. */
export type SparseVector = Map<string, number>;

/** Document frequencies and the document count they were taken over. */
export interface Frequencies {
  total: number;
  df: ReadonlyMap<string, number>;
}

/** Smoothed inverse document frequency; `prior` pseudo-documents keep it sane in a small store. */
export function idf(freq: Frequencies, key: string, prior: number): number {
  return Math.log((freq.total + 1 + prior) / ((freq.df.get(key) ?? 0) + 1));
}

/** Sub-linear tf × idf weights of counts, the `keep` heaviest, scaled to unit length. */
export function weigh(counts: ReadonlyMap<string, number>, freq: Frequencies, prior: number, keep: number): SparseVector {
  const entries: Array<[string, number]> = [];
  for (const [key, count] of counts) {
    const w = (1 + Math.log(count)) * idf(freq, key, prior);
    if (w > 0) entries.push([key, w]);
  }
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return normalize(new Map(entries.slice(0, keep)));
}

/** The vector scaled to unit length (an empty vector stays empty). */
export function normalize(v: ReadonlyMap<string, number>): SparseVector {
  let n = 0;
  for (const w of v.values()) n += w * w;
  const out: SparseVector = new Map();
  if (n === 0) return out;
  const len = Math.sqrt(n);
  for (const [k, w] of v) out.set(k, w / len);
  return out;
}

/** Dot product; for unit vectors, the cosine similarity. */
export function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of small) {
    const x = large.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}

/** Adds `v` into `into` (for centroids). */
export function addInto(into: SparseVector, v: ReadonlyMap<string, number>): void {
  for (const [k, w] of v) into.set(k, (into.get(k) ?? 0) + w);
}
