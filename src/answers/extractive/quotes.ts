import type { Article } from '../../articles/article.js';
import type { Retrieval } from '../../retrieval/index.js';
import type { DraftItem } from '../answer.js';
import { canonicalizeSpeakers, type Attribution } from '../attribution/index.js';
import { passageAttributions } from './attribution-windows.js';
import { normalizeForQuote } from '../normalize.js';
import { PassageIndex, readingOrder } from './passage-sentences.js';

/**
 * The best-matching search hits are read whole: an article that ranks this high is about the
 * query, so everyone quoted in it belongs in "who said what" even where a paragraph does not
 * repeat the query words ("This is not a quick fix," Okafor said). Lower hits keep only
 * attributions that touch a matching passage, which keeps a broad query's list focused.
 */
const WHOLE_ARTICLE_HITS = 5;

interface Found {
  attribution: Attribution;
  article: Article;
  articleRank: number;
}

/**
 * Who said what. Attributions are extracted from each retrieved article's text (whole, or around
 * the passages of a very long one: pronouns and "the spokesman" need the earlier paragraphs), then
 * kept when their evidence overlaps a retrieved passage — every one, for a pinned article. Speakers are canonicalised across articles;
 * the same words reported by two articles become one item with both citations. Items are grouped
 * by speaker (most quoted first), in reading order within a speaker. A direct quote's item text is
 * the quoted words; a reported one's is the evidence sentence.
 */
export function buildQuotes(retrieval: Retrieval): { items: DraftItem[]; warnings: string[] } {
  const index = new PassageIndex(retrieval);
  const found: Found[] = [];
  const pinned = new Set(retrieval.passages.filter((p) => p.pinned).map((p) => p.articleId));
  retrieval.articles.forEach((article, articleRank) => {
    const whole = pinned.has(article.id) || articleRank < WHOLE_ARTICLE_HITS;
    for (const attribution of passageAttributions(article, index, whole))
      found.push({ attribution, article, articleRank });
  });

  // Names are grouped within one kind only: a company, a group or a document is never filed under a
  // person of a similar name ("Ford" the carmaker, "Gerald Ford").
  const canonical = new Map<string, string>();
  for (const kind of KINDS) {
    const names = [...new Set(found.filter((f) => kindOf(f) === kind).map((f) => f.attribution.speaker))];
    for (const [given, name] of canonicalizeSpeakers(names)) canonical.set(`${kind}\u0000${given}`, name);
  }
  const nameOf = (f: Found): string =>
    canonical.get(`${kindOf(f)}\u0000${f.attribution.speaker}`) ?? f.attribution.speaker;
  const speakerKey = (f: Found): string => `${kindOf(f)}\u0000${nameOf(f)}`;
  const aliases = new Map<string, string[]>();
  for (const f of found) {
    const list = aliases.get(speakerKey(f)) ?? [];
    list.push(f.attribution.speaker);
    aliases.set(speakerKey(f), list);
  }

  const items = new Map<string, { item: DraftItem; group: string; first: Found }>();
  for (const f of [...found].sort(
    (a, b) => readingOrder(a, b) || a.attribution.evidenceSpan.start - b.attribution.evidenceSpan.start,
  )) {
    const { attribution: a, article } = f;
    const speaker = nameOf(f);
    const group = speakerKey(f);
    const citation = {
      articleId: article.id,
      start: a.evidenceSpan.start,
      end: a.evidenceSpan.end,
      text: article.text.slice(a.evidenceSpan.start, a.evidenceSpan.end),
    };
    const key = `${group}\u0000${normalizeForQuote(a.quote).toLowerCase()}`;
    const same = items.get(key);
    if (same) {
      if (!same.item.citations.some((c) => c.articleId === citation.articleId && c.start === citation.start))
        same.item.citations.push(citation);
      continue;
    }
    items.set(key, {
      item: {
        text: itemText(a, citation.text),
        speaker,
        speakerAliases: [...new Set(aliases.get(group))],
        ...(a.speakerKind === 'unknown' ? {} : { speakerKind: a.speakerKind }),
        quote: a.quote,
        quoteKind: a.quoteKind,
        citations: [citation],
      },
      group,
      first: f,
    });
  }

  const bySpeaker = new Map<string, DraftItem[]>();
  for (const { item, group } of items.values()) bySpeaker.set(group, [...(bySpeaker.get(group) ?? []), item]);
  const ordered = [...bySpeaker.values()]
    .map((list, i) => ({ list, i }))
    .sort((a, b) => b.list.length - a.list.length || a.i - b.i);
  const out = ordered.flatMap((g) => g.list);
  return {
    items: out,
    warnings: out.length === 0 ? ['No attributed statements were found in the matching articles.'] : [],
  };
}

/** Speakers are named alike only within one of these (a bare surname counts with people). */
const KINDS = ['person', 'organization', 'group', 'document'] as const;
const kindOf = (f: Found): (typeof KINDS)[number] =>
  f.attribution.speakerKind === 'unknown' ? 'person' : f.attribution.speakerKind;

/**
 * What a quote item shows under its speaker's heading: a direct quote as the quoted words; reported
 * speech as the article's own sentence, which keeps the verb ("urged", "warned") that carries meaning.
 */
function itemText(a: Attribution, evidence: string): string {
  return a.quoteKind === 'direct' ? `“${a.quote.trim()}”` : evidence;
}
