import type { Retrieval } from '../../retrieval/index.js';
import { contentTerms, stem } from '../../retrieval/index.js';
import type { DraftItem } from '../answer.js';
import { passageSentences, readingOrder, type PassageSentence } from '../extractive/passage-sentences.js';
import { summaryRejection } from '../extractive/sentence-filter.js';

/** A sentence of the retrieved passages with how much of the question it covers. */
export interface MatchedSentence extends PassageSentence {
  /** Idf-weighted share of the question's content terms the sentence contains, in [0, 1]. */
  coverage: number;
}

// A sentence answers the question when it holds at least this share of the question's weight: a
// question about something the articles never mention ("the mayor's favourite colour") then finds
// only partial matches ("the mayor said…") and is reported as not answered.
const ANSWERS = 0.6;
// Kept beside the best sentence when nearly as good: an answer of up to three sentences.
const NEAR_BEST = 0.75;
const MAX_SENTENCES = 3;
// Words that shape a question rather than name what it is about ("how many", "how long").
const QUESTION_WORDS = new Set(
  ['many', 'much', 'long', 'often', 'far', 'whose', 'exactly', 'happen', 'happened', 'know'].map(stem),
);

/**
 * Every sentence of the retrieved passages scored against the question, best first. Terms weigh by
 * their rarity among these sentences; a question term no sentence contains weighs the most, so a
 * question about something absent cannot be covered.
 */
export function matchQuestion(retrieval: Retrieval, question: string): MatchedSentence[] {
  const sentences = passageSentences(retrieval).filter(
    (s) => summaryRejection(s.text, s.article.title) === null,
  );
  const wanted = [...new Set(contentTerms(question))].filter((w) => !QUESTION_WORDS.has(w));
  const termsOf = sentences.map((s) => new Set(contentTerms(s.text)));
  const n = sentences.length;
  const weight = new Map(
    wanted.map((w) => [w, Math.log((n + 1) / (termsOf.filter((t) => t.has(w)).length + 0.5))] as const),
  );
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  return sentences
    .map((s, i): MatchedSentence => {
      const covered = wanted.filter((w) => termsOf[i]!.has(w)).reduce((a, w) => a + weight.get(w)!, 0);
      return { ...s, coverage: total > 0 ? covered / total : 0 };
    })
    .sort((a, b) => b.coverage - a.coverage || a.articleRank - b.articleRank || a.start - b.start);
}

/** The sentences that answer the question (empty when none does), in reading order, each cited. */
export function answeringSentences(retrieval: Retrieval, question: string): DraftItem[] {
  const ranked = matchQuestion(retrieval, question);
  const best = ranked[0]?.coverage ?? 0;
  if (best < ANSWERS) return [];
  return toItems(ranked.filter((s) => s.coverage >= best * NEAR_BEST).slice(0, MAX_SENTENCES));
}

/**
 * The sentences closest to a question the articles do not answer: the best partial matches, or
 * each article's first sentence when nothing matches at all.
 */
export function closestSentences(retrieval: Retrieval, question: string): DraftItem[] {
  const ranked = matchQuestion(retrieval, question);
  const partial = ranked.filter((s) => s.coverage > 0).slice(0, MAX_SENTENCES);
  if (partial.length > 0) return toItems(partial);
  const leads = new Map<string, MatchedSentence>();
  for (const s of [...ranked].sort((a, b) => a.start - b.start))
    if (!leads.has(s.article.id)) leads.set(s.article.id, s);
  return toItems([...leads.values()].slice(0, MAX_SENTENCES));
}

function toItems(sentences: MatchedSentence[]): DraftItem[] {
  return [...sentences]
    .sort((a, b) => readingOrder(a, b) || a.start - b.start)
    .map((s) => ({
      text: s.text,
      citations: [{ articleId: s.article.id, start: s.start, end: s.end, text: s.text }],
    }));
}
