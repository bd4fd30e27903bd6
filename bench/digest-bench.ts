import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/articles/article.js';
import { draftFromText } from '../src/articles/formats/text.js';
import { createExtractiveEngine } from '../src/answers/extractive/index.js';
import { fixedClock } from '../src/clock.js';
import { buildDigest } from '../src/digest/build.js';
import { renderDigestMessage } from '../src/discord/digest/render.js';
import type { ArticleStore } from '../src/store/article-store.js';
import { openApp, type App } from '../src/app/app.js';
import type { Logger } from '../src/log.js';
import { loadConfig } from '../src/config.js';
import { pairwise, type PairScore } from '../eval/stories/pairwise.js';
import { fmt, percentile } from './measure.js';
import type { BenchSection } from './section.js';
import { SyntheticCorpus } from './synthetic.js';
import { OUTLETS } from './vocabulary.js';

// BENCH_DIGEST_SCALE (0-1] shrinks the run for quick checks; the published figures use 1.
const SCALE = Math.min(1, Math.max(0.01, Number(process.env.BENCH_DIGEST_SCALE ?? 1)));
const BACKGROUND = Math.round(2_000 * SCALE);
const STORIES = Math.round(125 * SCALE);
const OUTLETS_PER_STORY = 4;
const DAY = '2025-01-14';
const NOW = '2025-01-15T07:00:00.000Z';
const BUILDS = 3;
export const DIGEST_TARGET_MS = 2_000;
const TARGET_MS = DIGEST_TARGET_MS;

/**
 * Digest build time and story grouping time, on a fresh database: a background archive of 2,000
 * synthetic articles grouped in one back-fill, then one news day of 500 articles (125 events, each
 * written up by four outlets: the same facts in their own mix and order of sentences, so they are
 * one story but not near-duplicates) grouped one article at a time as ingest would, then the day's
 * digest (10 stories, offline extractive engine) built and laid out for Discord three times.
 */
export const digestBenchSection: BenchSection = {
  name: 'digest',
  async run(ctx) {
    const path = join(ctx.workDir, 'digest-bench.db');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    const clock = fixedClock(NOW);
    const log = ctx.log.child({ section: 'digest' });
    const app = await openApp({ config: loadConfig({ NEWSROOM_DB: path }), clock, log });
    try {
      return section(await measureDigest(app, log));
    } finally {
      await app.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    }
  },
};

/** What the digest bench measures on one freshly opened, empty app (SQLite or Postgres). */
export interface DigestFigures {
  backfillMs: number;
  perArticle: number[];
  dayStories: number;
  quality: PairScore;
  builds: number[];
  stories: number;
  chars: number;
}

/** The clock a digest-bench app must be opened with. */
export const DIGEST_BENCH_NOW = NOW;

/** Fills an empty app with the background archive and the news day, groups them, builds the digest. */
export async function measureDigest(app: App, log: Logger): Promise<DigestFigures> {
  const { store } = app;
  const synthetic = new SyntheticCorpus(7_000_001);
  for (let i = 0; i < BACKGROUND; i++) {
    const a = synthetic.article(i);
    await store.save(draftFromText(a.content, a.source, 'text'), { scope: 'global' });
  }
  let t0 = performance.now();
  await app.grouping.backfill();
  const backfillMs = (performance.now() - t0) / BACKGROUND;

  const day: Article[] = [];
  for (let s = 0; s < STORIES; s++) day.push(...(await saveStory(store, synthetic, s)));
  const perArticle: number[] = [];
  for (const a of day) {
    t0 = performance.now();
    await app.grouping.assign([a]);
    perArticle.push(performance.now() - t0);
  }
  const dayStories = (await app.stories.list({ since: DAY, until: DAY, limit: 1000 })).filter(
    (s) => s.last === DAY,
  );
  const storyOf = new Map<string, string>();
  for (const st of dayStories) for (const id of [...st.articles, ...st.copies]) storyOf.set(id, st.id);
  const quality = pairwise(
    new Map(day.map((a, i) => [a.id, String(Math.floor(i / OUTLETS_PER_STORY))])),
    storyOf,
  );

  const engine = createExtractiveEngine({ store, log });
  const builds: number[] = [];
  let stories = 0;
  let chars = 0;
  for (let i = 0; i < BUILDS; i++) {
    t0 = performance.now();
    const digest = await buildDigest({ ...app, engine }, { date: DAY, timeZone: 'UTC', stories: 10 });
    const message = renderDigestMessage(digest);
    builds.push(performance.now() - t0);
    stories = digest.stories.length;
    chars = message.embeds[0]!.description!.length;
  }
  return { backfillMs, perArticle, dayStories: dayStories.length, quality, builds, stories, chars };
}

/** One event written up by four outlets: each takes the base report's sentences in its own order and mixes in its own. */
async function saveStory(store: ArticleStore, synthetic: SyntheticCorpus, s: number): Promise<Article[]> {
  const base = synthetic.article(100_000 + s);
  const [headline, ...rest] = base.content.split('\n\n');
  const facts = rest
    .slice(0, -1)
    .join(' ')
    .replace(/^[A-Z ,0-9]+ — /, '')
    .split(/(?<=\.) /);
  const out: Article[] = [];
  for (let v = 0; v < OUTLETS_PER_STORY; v++) {
    const own = synthetic
      .article(200_000 + s * OUTLETS_PER_STORY + v)
      .content.split('\n\n')
      .slice(1, -1)
      .join(' ')
      .split(/(?<=\.) /);
    const sentences = facts
      .filter((_, i) => (i + v) % 3 !== 0)
      .map((f, i) => (i % 2 === 0 ? f : `${f} ${own[i] ?? ''}`.trim()));
    const rotated = [...sentences.slice(v * 2), ...sentences.slice(0, v * 2)];
    const paragraphs: string[] = [];
    for (let i = 0; i < rotated.length; i += 3) paragraphs.push(rotated.slice(i, i + 3).join(' '));
    const outlet = OUTLETS[(s + v) % OUTLETS.length]!.name;
    const text = `${headline}\n\n${paragraphs.join('\n\n')}\n\n© 2025 ${outlet}\n`;
    const draft = {
      ...draftFromText(text, `day/${s}-${v}.txt`, 'text'),
      outlet,
      publishedAt: DAY,
      publishedAtSource: 'metadata' as const,
    };
    const r = await store.save(draft, { scope: 'global' });
    out.push((await store.get(r.id))!);
  }
  return out;
}

function section(r: DigestFigures): string {
  const build = percentile(r.builds, 50);
  const worst = Math.max(...r.builds);
  return [
    '## Daily digest and story grouping',
    '',
    `Fresh database: ${BACKGROUND.toLocaleString('en-US')} synthetic archive articles (bench/synthetic.ts), then a news day of ${STORIES * OUTLETS_PER_STORY} articles: ${STORIES} events, each written up by ${OUTLETS_PER_STORY} outlets (shared facts, own sentences and order; not near-duplicates). Offline extractive engine.`,
    '',
    '| measure | value | target | result |',
    '| --- | ---: | --- | --- |',
    `| story grouping, back-fill of the archive (ms/article) | ${fmt.ms(r.backfillMs)} | — | — |`,
    `| story grouping at ingest, one article at a time: p50 / p95 (ms) | ${fmt.ms(percentile(r.perArticle, 50))} / ${fmt.ms(percentile(r.perArticle, 95))} | — | — |`,
    `| the day's grouping against its ${STORIES} events: pairwise precision / recall (synthetic word-salad text, whose topics and names recur across unrelated articles by design: see eval/stories for the measure on real news) | ${r.quality.precision.toFixed(2)} / ${r.quality.recall.toFixed(2)} (${r.dayStories} stories) | — | — |`,
    `| digest build for the day (${r.stories} stories, ${r.chars} characters), median of ${BUILDS} (ms) | ${fmt.ms(build)} (max ${fmt.ms(worst)}) | ≤ ${TARGET_MS.toLocaleString('en-US')} ms | ${fmt.pass(worst <= TARGET_MS)} |`,
    '',
  ].join('\n');
}
