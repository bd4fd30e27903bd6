import type { Article } from '../../articles/article.js';
import { contentTerms, type Retrieval, type StoryLookup } from '../../retrieval/index.js';
import type { AnswerDraft, AnswerRequest, DraftItem } from '../answer.js';
import { figuresIn } from '../differ/figures.js';
import { changedDate } from './dates.js';

/** A who-said request with a speaker and nothing else asks for the speaker's record. */
export function isSpeakerRecord(req: AnswerRequest): boolean {
  return (
    req.kind === 'quotes' &&
    !!req.speaker?.trim() &&
    req.query.trim() === '' &&
    (req.articles ?? []).length === 0 &&
    req.story === undefined
  );
}

/**
 * What a record searches for: the speaker's last name, which articles use on every mention after
 * the first ("Okafor said"), so no article that quotes them is missed; the speaker filter then
 * keeps only their statements.
 */
export function recordSearch(speaker: string): string {
  return speaker.trim().split(/\s+/).at(-1)!;
}

// Two statements are on the same point when their words overlap this much (figures aside).
const SAME_POINT = 0.25;

/**
 * A speaker's record: their statements in date order, each labelled with its story (or its
 * article's title when it belongs to none); a statement whose figure or date differs from what
 * the speaker said earlier on the same point, in the same story, carries that earlier statement.
 */
export async function shapeRecord(
  draft: AnswerDraft,
  retrieval: Retrieval,
  req: AnswerRequest,
  stories: StoryLookup | undefined,
): Promise<AnswerDraft> {
  const articles = new Map(retrieval.articles.map((a) => [a.id, a]));
  const articleOf = (i: DraftItem): Article => articles.get(i.citations[0]!.articleId)!;
  const storyIds = (await stories?.storiesOf?.([...articles.keys()])) ?? new Map<string, string>();
  const labels = new Map<string, string>();
  for (const id of new Set(storyIds.values())) {
    const story = await stories!.get(id, { guild: req.guild });
    if (story?.label) labels.set(id, story.label);
  }
  const storyOf = (i: DraftItem): string => {
    const a = articleOf(i);
    const id = storyIds.get(a.id);
    return (id && labels.get(id)) || a.title || a.id;
  };
  const dated = draft.items
    .filter((i) => i.citations.length > 0 && articles.has(i.citations[0]!.articleId))
    .map((item) => ({ item, at: articleOf(item).publishedAt ?? '', pos: item.citations[0]!.start }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.pos - b.pos));
  const items: DraftItem[] = [];
  for (const { item } of dated) {
    const story = storyOf(item);
    const before = items.filter((e) => e.story === story && e.speaker === item.speaker);
    const earlier = [...before].reverse().find((e) => changedPoint(statement(e), statement(item)));
    items.push({
      ...item,
      story,
      ...(earlier ? { earlier: { text: statement(earlier), citations: earlier.citations } } : {}),
    });
  }
  return { ...draft, items };
}

function statement(i: DraftItem): string {
  return i.quote ?? i.text;
}

/** Same point (shared words), different figure for the same counted thing, or a different date. */
function changedPoint(earlier: string, later: string): boolean {
  const a = new Set(contentTerms(earlier).filter((t) => !/\d/.test(t)));
  const b = new Set(contentTerms(later).filter((t) => !/\d/.test(t)));
  const shared = [...a].filter((t) => b.has(t)).length;
  if (shared < 2 || shared / new Set([...a, ...b]).size < SAME_POINT) return false;
  const figures = figuresIn(later);
  const changedFigure = figuresIn(earlier).some((f) =>
    figures.some((g) => g.unit === f.unit && g.value !== f.value),
  );
  return changedFigure || changedDate(earlier, later);
}
