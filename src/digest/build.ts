import type { Article } from '../articles/article.js';
import type { AnswerEngine, AnswerItem, Source } from '../answers/answer.js';
import { isUserError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { ArticleStore } from '../store/article-store.js';
import type { StoryStore } from '../stories/story-store.js';
import { articleInstant, articlesOfDay } from './day-articles.js';
import type { Digest, DigestStory } from './digest.js';

/** What a digest is built from. */
export interface DigestBuildContext {
  store: ArticleStore;
  stories: StoryStore;
  /** Groups articles stored before grouping ran, so the day's stories are complete. */
  grouping: { backfill(): Promise<number> };
  clock: Clock;
  log: Logger;
  /** The answering engine (extractive offline; the Claude digest engine when configured). */
  engine: AnswerEngine;
}

export interface DigestRequest {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  timeZone: string;
  /** A guild id: global articles plus that server's; undefined = global only. */
  guild?: string | undefined;
  /** Stories at most. */
  stories: number;
}

// The summary reads at most this many of a story's articles of the day: the newest carry the news.
const SUMMARY_ARTICLES = 5;
// A second sentence is added only while the pair stays short enough to read at a glance.
const TWO_SENTENCE_CHARS = 380;
// Summaries are written a few at a time: the engine has its own concurrency cap.
const PARALLEL = 3;

interface Group {
  id: string;
  originals: Article[];
  all: Article[];
}

/**
 * Builds the digest of one local day: the stories with articles on that day in the scope, ranked
 * by how many outlets covered them that day, then how many articles, then how recent; each with a
 * one- or two-sentence cited summary from the engine (so every citation was verified).
 */
export async function buildDigest(ctx: DigestBuildContext, req: DigestRequest): Promise<Digest> {
  const articles = await articlesOfDay(ctx.store, req);
  await ctx.grouping.backfill();
  const storyOf = await ctx.stories.storiesOf(articles.map((a) => a.id));
  const groups = new Map<string, Group>();
  for (const a of articles) {
    const id = storyOf.get(a.id) ?? `article:${a.id}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, originals: [], all: [] }));
    g.all.push(a);
    if (a.duplicateOf === null) g.originals.push(a);
  }
  const ranked = [...groups.values()]
    .filter((g) => g.originals.length > 0 || g.all.length > 0)
    .map((g) => ({ g, outlets: outletsOf(g.all), latest: Math.max(...g.all.map(articleInstant)) }))
    .sort(
      (x, y) =>
        y.outlets.length - x.outlets.length ||
        y.g.originals.length - x.g.originals.length ||
        y.latest - x.latest ||
        (x.g.id < y.g.id ? -1 : 1),
    );
  const chosen = ranked.slice(0, Math.max(0, req.stories));
  const stories: DigestStory[] = [];
  for (let i = 0; i < chosen.length; i += PARALLEL) {
    stories.push(
      ...(await Promise.all(
        chosen.slice(i, i + PARALLEL).map((c) => storyOfDay(ctx, req, c.g, c.outlets, c.latest)),
      )),
    );
  }
  return {
    date: req.date,
    timeZone: req.timeZone,
    guild: req.guild ?? null,
    articleCount: articles.filter((a) => a.duplicateOf === null).length,
    stories,
    moreStories: Math.max(0, ranked.length - chosen.length),
    engine: ctx.engine.name,
  };
}

async function storyOfDay(
  ctx: DigestBuildContext,
  req: DigestRequest,
  g: Group,
  outlets: string[],
  latest: number,
): Promise<DigestStory> {
  const newest = [...(g.originals.length > 0 ? g.originals : g.all)].sort(
    (a, b) => articleInstant(b) - articleInstant(a),
  );
  const { summary, sources } = await summarize(ctx, req, newest.slice(0, SUMMARY_ARTICLES));
  const labelArticle = newest[0]!;
  const label =
    (g.id.startsWith('article:') ? null : await storyLabel(ctx, g.id, req.guild)) ?? labelArticle.title;
  return {
    id: g.id.startsWith('article:') ? labelArticle.id : g.id,
    label,
    outlets,
    articleIds: newest.map((a) => a.id),
    summary,
    sources,
    links: newest.slice(0, 3).map((a) => ({ title: a.title, outlet: a.outlet, url: a.url })),
    latest: new Date(latest).toISOString(),
  };
}

async function storyLabel(
  ctx: DigestBuildContext,
  storyId: string,
  guild: string | undefined,
): Promise<string | null> {
  return (await ctx.stories.get(storyId, { guild }))?.label ?? null;
}

/** The first one or two verified sentences of a summary of the given articles, with their sources renumbered. */
async function summarize(
  ctx: DigestBuildContext,
  req: DigestRequest,
  articles: Article[],
): Promise<{ summary: AnswerItem[]; sources: Source[] }> {
  try {
    const answer = await ctx.engine.answer({
      kind: 'summary',
      query: '',
      articles: articles.map((a) => a.id),
      ...(req.guild ? { guild: req.guild } : {}),
    });
    const items = answer.items.slice(0, 1);
    const second = answer.items[1];
    if (second && items[0] && items[0].text.length + second.text.length <= TWO_SENTENCE_CHARS)
      items.push(second);
    const used = [...new Set(items.flatMap((i) => i.citations.map((c) => c.source)))];
    const renumber = new Map(used.map((n, i) => [n, i + 1]));
    return {
      summary: items.map((i) => ({
        ...i,
        citations: i.citations.map((c) => ({ ...c, source: renumber.get(c.source)! })),
      })),
      sources: answer.sources
        .filter((s) => renumber.has(s.n))
        .map((s) => ({ ...s, n: renumber.get(s.n)! }))
        .sort((a, b) => a.n - b.n),
    };
  } catch (err) {
    // A story the engine cannot summarise still appears, as a headline with its links.
    if (isUserError(err)) ctx.log.debug({ err: err.message }, 'digest story without summary');
    else ctx.log.warn({ err }, 'digest summary failed; headline only');
    return { summary: [], sources: [] };
  }
}

function outletsOf(articles: Article[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.outlet) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
}
