import type { Retrieval } from '../../retrieval/index.js';
import type { DraftItem } from '../answer.js';
import { passageSentences, readingOrder, type PassageSentence } from './passage-sentences.js';
import { summaryRejection } from './sentence-filter.js';
import { centroid, cosine, tfidfVectors, vectorFor, type Vector } from './vectors.js';

const MIN_SENTENCES = 3;
const MAX_SENTENCES = 7;
// MMR trade-off between relevance and novelty.
const LAMBDA = 0.7;
// "The purpose of this meeting…": leans on the sentence before it, though it can still stand.
const ANAPHORA =
  /^\W*(?:\S+\s+){0,4}(?:this|these|those|such|the latter|the former)\b(?!\s+(?:week|month|year|summer|spring|autumn|fall|winter|morning|afternoon|evening|weekend|time))/i;
// Above this similarity to a chosen sentence, a candidate says the same thing again.
const REDUNDANT = 0.5;

/** Result of summarising: items plus notes for `warnings`. */
export interface SummaryDraft {
  items: DraftItem[];
  warnings: string[];
}

/**
 * An extractive multi-document summary: 3–7 whole sentences from the retrieved passages, chosen by
 * centrality (TF-IDF cosine to the centroid and to the query) and maximal marginal relevance,
 * preferring outlets not yet represented, then ordered by article date and position. Each item is
 * the sentence verbatim, cited to its exact span.
 */
export function summarize(retrieval: Retrieval, query: string): SummaryDraft {
  const candidates = passageSentences(retrieval).filter(
    (s) => summaryRejection(s.text, s.article.title) === null,
  );
  if (candidates.length === 0)
    return {
      items: [],
      warnings: ['No whole sentence in the matching articles could stand alone in a summary.'],
    };

  const { vectors, idf } = tfidfVectors(candidates.map((c) => c.text));
  const centre = centroid(vectors);
  const q = vectorFor(query, idf);
  const relevance = candidates.map((c, i) => {
    const central = cosine(vectors[i]!, centre);
    const topical = q.size > 0 ? cosine(vectors[i]!, q) : central;
    // News puts the key facts first: a mild preference for early sentences.
    const lead = 0.1 / (1 + c.index / 3);
    const score = 0.55 * central + 0.35 * topical + lead + 0.1 * c.passageScore;
    return ANAPHORA.test(c.text) ? score * 0.8 : score;
  });

  const target = Math.min(
    MAX_SENTENCES,
    Math.max(MIN_SENTENCES, Math.round(Math.sqrt(candidates.length)) + 1),
  );
  const outlets = new Set(candidates.map(outletKey));
  const chosen = pickMmr({ candidates, vectors, relevance, target, multiOutlet: outlets.size > 1 });
  const items = chosen
    .map((i) => candidates[i]!)
    .sort((a, b) => readingOrder(a, b) || a.start - b.start)
    .map((s): DraftItem => ({
      text: s.text,
      citations: [{ articleId: s.article.id, start: s.start, end: s.end, text: s.text }],
    }));
  const warnings =
    items.length < MIN_SENTENCES
      ? [
          `Only ${items.length} sentence${items.length === 1 ? '' : 's'} in the matching articles could stand alone in a summary.`,
        ]
      : [];
  return { items, warnings };
}

function pickMmr(input: {
  candidates: PassageSentence[];
  vectors: Vector[];
  relevance: number[];
  target: number;
  multiOutlet: boolean;
}): number[] {
  const { candidates, vectors, relevance, target, multiOutlet } = input;
  const chosen: number[] = [];
  const seenOutlets = new Set<string>();
  // Highest similarity of each candidate to any chosen sentence, updated after each pick.
  const similarityToChosen = candidates.map(() => 0);
  while (chosen.length < target) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      if (chosen.includes(i)) continue;
      const similarity = similarityToChosen[i]!;
      if (similarity > REDUNDANT) continue;
      const novelty = multiOutlet && !seenOutlets.has(outletKey(candidates[i]!)) ? 0.15 : 0;
      const score = LAMBDA * relevance[i]! - (1 - LAMBDA) * similarity + novelty;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    seenOutlets.add(outletKey(candidates[best]!));
    for (let i = 0; i < candidates.length; i++) {
      similarityToChosen[i] = Math.max(similarityToChosen[i]!, cosine(vectors[i]!, vectors[best]!));
    }
  }
  return chosen;
}

// Articles with an unknown outlet each count as their own voice.
function outletKey(s: PassageSentence): string {
  return s.article.outlet?.toLowerCase() ?? `article:${s.article.id}`;
}
