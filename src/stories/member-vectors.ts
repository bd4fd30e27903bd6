import { KEY_PREFIX, type StoryMember } from './model.js';
import { weigh, type Frequencies, type SparseVector } from './vectors.js';

/** The three compared parts of an article: content terms, names, headline and lead. */
export type Part = keyof typeof KEY_PREFIX;
export const PARTS: readonly Part[] = ['terms', 'names', 'head'];

/**
 * An article's weighted vectors, one per part (raw keys, heaviest first), scaled together so the
 * three parts make one unit vector.
 */
export type PartVectors = Record<Part, SparseVector>;

/** How counts become weights. */
export interface Weighing {
  /** Pseudo-documents for the idf. */
  priorDocuments: number;
  /** Entries kept per part. */
  keep: Record<Part, number>;
  /** Multiplies each part's tf-idf weights before the whole is scaled to unit length. */
  weights: Record<Part, number>;
}

/**
 * Tf-idf vectors of an article's counts, the three parts scaled to unit length *together*: a part
 * weighs by the evidence it carries. An article that names two people has a small names part, so
 * sharing those two names moves its score a little; scaled on its own, that part would make the
 * two names count as much as eighty shared words.
 */
export function weighParts(
  counts: Readonly<Record<Part, ReadonlyMap<string, number>>>,
  freq: Frequencies,
  w: Weighing,
): PartVectors {
  const out = {} as PartVectors;
  for (const p of PARTS) {
    const v = weigh(prefixed(counts[p], KEY_PREFIX[p]), freq, w.priorDocuments, w.keep[p]);
    out[p] = new Map([...v].map(([k, x]) => [k.slice(KEY_PREFIX[p].length), x * w.weights[p]]));
  }
  return unitParts(out);
}

/** The parts scaled by one factor so that together they have unit length. */
export function unitParts(v: PartVectors): PartVectors {
  let sum = 0;
  for (const p of PARTS) for (const x of v[p].values()) sum += x * x;
  const len = Math.sqrt(sum);
  const out = {} as PartVectors;
  for (const p of PARTS) out[p] = new Map([...v[p]].map(([k, x]) => [k, len === 0 ? 0 : x / len]));
  return out;
}

/** Tf-idf weights of an article's opening sentences, weighed as headline-and-lead terms. */
export function weighOpening(
  opening: ReadonlyMap<string, number>,
  freq: Frequencies,
  w: Weighing,
): SparseVector {
  const v = weigh(prefixed(opening, KEY_PREFIX.head), freq, w.priorDocuments, w.keep.head);
  return new Map([...v].map(([k, x]) => [k.slice(KEY_PREFIX.head.length), x]));
}

/** Every prefixed key of a member's stored counts. */
export function memberKeys(m: StoryMember): string[] {
  const out: string[] = [];
  for (const p of PARTS) for (const k of Object.keys(m[p])) out.push(KEY_PREFIX[p] + k);
  return out;
}

/** A stored member's counts as maps, ready to weigh. */
export function memberCounts(m: StoryMember): Record<Part, Map<string, number>> {
  return {
    terms: new Map(Object.entries(m.terms)),
    names: new Map(Object.entries(m.names)),
    head: new Map(Object.entries(m.head)),
  };
}

function prefixed(counts: ReadonlyMap<string, number>, prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, n] of counts) out.set(prefix + k, n);
  return out;
}
