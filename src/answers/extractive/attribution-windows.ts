import type { Article } from '../../articles/article.js';
import { paragraphSpans } from '../../articles/passages.js';
import { extractAttributions, type Attribution } from '../attribution/index.js';
import type { PassageIndex } from './passage-sentences.js';

/**
 * Attributions of an article. Read whole (`whole`: a pinned article, or one of the best-matching
 * articles, which is about the query as a whole) every attribution is kept; otherwise a search hit is
 * read from its start to just past its last passage and only attributions touching a passage are kept. Speakers are introduced before they are referred to ("He said", "the spokesman"), so the
 * prefix resolves them exactly as the whole text would, and the rest of the article is not read.
 */
export function passageAttributions(article: Article, index: PassageIndex, whole: boolean): Attribution[] {
  if (whole) return extractAttributions({ text: article.text, title: article.title });
  const end = readUpTo(article, index);
  const text = end === article.text.length ? article.text : article.text.slice(0, end);
  return extractAttributions({ text, title: article.title }).filter((a) =>
    index.overlaps(article.id, a.evidenceSpan),
  );
}

// One paragraph past the last passage, where "…," she said may close a quotation; two while a
// quotation is still open at the end of the passage.
function readUpTo(article: Article, index: PassageIndex): number {
  const last = index.passagesOf(article.id).at(-1);
  if (!last) return 0;
  const after = paragraphSpans(article.text).filter((p) => p.start >= last.end);
  const extra = opensQuote(article.text.slice(last.start, last.end)) ? 2 : 1;
  return after[Math.min(extra, after.length) - 1]?.end ?? last.end;
}

// Curly marks tell an opening from a closing one; straight marks only pair up.
function opensQuote(text: string): boolean {
  const opening = (text.match(/[“«]/g) ?? []).length;
  const closing = (text.match(/[”»]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opening > closing || straight % 2 === 1;
}
