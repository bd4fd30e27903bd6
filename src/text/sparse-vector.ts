/**
 * Sparse vectors (term → weight) for TF-IDF similarity, shared by the extractive summarizer and
 * story grouping.
 */
export type SparseVector = Map<string, number>;

/** The vector scaled to unit length (an empty or zero vector gives an empty one). */
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
