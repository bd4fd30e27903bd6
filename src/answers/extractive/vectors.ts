import { contentTerms } from '../../retrieval/terms.js';
import { addInto, dot, normalize } from '../../text/sparse-vector.js';

/** A sparse, L2-normalised TF-IDF vector. */
export type Vector = Map<string, number>;

/** TF-IDF vectors for a set of texts, with idf from the same set (log-scaled tf). */
export function tfidfVectors(texts: readonly string[]): { vectors: Vector[]; idf: Map<string, number> } {
  const terms = texts.map(contentTerms);
  const df = new Map<string, number>();
  for (const t of terms) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log((n + 1) / (d + 0.5)));
  return { vectors: terms.map((t) => weigh(t, idf)), idf };
}

/** A vector for a text (a query) under an existing idf; unknown terms are ignored. */
export function vectorFor(text: string, idf: ReadonlyMap<string, number>): Vector {
  return weigh(
    contentTerms(text).filter((w) => idf.has(w)),
    idf,
  );
}

/** The normalised mean of vectors: the "centre" of a set of sentences. */
export function centroid(vectors: readonly Vector[]): Vector {
  const sum: Vector = new Map();
  for (const v of vectors) addInto(sum, v);
  return normalize(sum);
}

/** Cosine similarity of two unit vectors. */
export const cosine = dot;

function weigh(terms: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const tf = new Map<string, number>();
  for (const w of terms) tf.set(w, (tf.get(w) ?? 0) + 1);
  const v = new Map<string, number>();
  for (const [w, c] of tf) v.set(w, (1 + Math.log(c)) * (idf.get(w) ?? 0));
  return normalize(v);
}
