import { StoryGrouper } from '../../src/stories/grouper.js';
import { MemoryStoryIndex } from './memory-index.js';
import type { StoryTuning } from '../../src/stories/tuning.js';
import type { LabeledArticle } from './data.js';
import { pairwise, type PairScore } from './pairwise.js';

/** How articles reach the grouper: in batches (each grouped in date order) or one by one. */
export type Arrival =
  | { kind: 'one-batch' }
  | { kind: 'batches'; batches: string[][] }
  | { kind: 'one-by-one'; order: 'date' | 'shuffled'; seed?: number };

/** A merge made while grouping, with the gold stories of the articles on each side. */
export interface MergeRecord {
  from: string;
  into: string;
  fromGold: string[];
  intoGold: string[];
  /** Some gold story had articles on both sides. */
  right: boolean;
}

/** The in-memory index, recording every merge it is asked to make. */
class RecordingIndex extends MemoryStoryIndex {
  readonly merges: MergeRecord[] = [];

  constructor(private readonly gold: ReadonlyMap<string, string>) {
    super();
  }

  override async mergeStories(args: { from: string; into: string }): Promise<void> {
    const goldOf = (id: string): string[] =>
      (this.stories.get(id)?.members ?? []).map((m) => this.gold.get(m.articleId) ?? m.articleId);
    const fromGold = goldOf(args.from);
    const intoGold = goldOf(args.into);
    this.merges.push({ ...args, fromGold, intoGold, right: fromGold.some((g) => intoGold.includes(g)) });
    await super.mergeStories(args);
  }
}

/** Groups the articles as they would arrive, and scores the result against the gold stories. */
export async function groupAndScore(
  articles: readonly LabeledArticle[],
  arrival: Arrival,
  tuning: Partial<StoryTuning> = {},
): Promise<PairScore & { stories: Map<string, string[]>; merges: MergeRecord[] }> {
  const index = new RecordingIndex(new Map(articles.map((a) => [a.id, a.story])));
  const grouper = new StoryGrouper(index, tuning);
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const batch of batchesOf(articles, arrival)) await grouper.assign(batch.map((id) => byId.get(id)!));
  const predicted = new Map<string, string>();
  const stories = new Map<string, string[]>();
  for (const a of articles) {
    const s = (await index.storyOf(a.id)) ?? `none:${a.id}`;
    predicted.set(a.id, s);
    stories.set(s, [...(stories.get(s) ?? []), a.id]);
  }
  return {
    ...pairwise(new Map(articles.map((a) => [a.id, a.story])), predicted),
    stories,
    merges: index.merges,
  };
}

function batchesOf(articles: readonly LabeledArticle[], arrival: Arrival): string[][] {
  switch (arrival.kind) {
    case 'one-batch':
      return [articles.map((a) => a.id)];
    case 'batches':
      return arrival.batches;
    case 'one-by-one': {
      const ids = [...articles]
        .sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1))
        .map((a) => a.id);
      return (arrival.order === 'date' ? ids : shuffle(ids, arrival.seed ?? 1)).map((id) => [id]);
    }
  }
}

/** A deterministic shuffle (a fixed linear congruential generator). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
