import { createHash } from 'node:crypto';
import { GLOBAL_SCOPE } from '../articles/article.js';
import { dayNumber, storyFeatures, type StoryFeatures } from './features.js';
import {
  KEY_PREFIX,
  visibleScopes,
  type Assignment,
  type GroupingArticle,
  type StoryMember,
} from './model.js';
import type { StoryIndex } from './story-index.js';
import { bridgedStory, keepsItsId } from './bridging.js';
import {
  memberCounts,
  memberKeys,
  PARTS,
  weighOpening,
  weighParts,
  type PartVectors,
} from './member-vectors.js';
import { centroid, openingSimilarity, similarity, storyScore } from './story-score.js';
import { DEFAULT_STORY_TUNING, type StoryTuning } from './tuning.js';
import type { SparseVector } from './vectors.js';

/** A story id derived from the article that started it: the same data gives the same ids. */
export function storyIdFor(articleId: string): string {
  return `st-${createHash('sha256').update(articleId).digest('hex').slice(0, 10)}`;
}

/**
 * Incremental, stable story grouping. Each article joins the best-scoring existing story at or
 * above the threshold, or starts a new one. Stories already formed are never re-split; two are
 * merged only when one article clearly belongs to both (see bridging.ts).
 * A batch is counted into the document frequencies first and then grouped in date order, so a
 * backlog ingested at once is grouped as if it had arrived day by day.
 */
export class StoryGrouper {
  private readonly tuning: StoryTuning;

  constructor(
    private readonly index: StoryIndex,
    tuning: Partial<StoryTuning> = {},
  ) {
    this.tuning = { ...DEFAULT_STORY_TUNING, ...tuning };
  }

  /** Groups a batch of newly saved articles; already grouped ones are left as they are. */
  async assign(batch: readonly GroupingArticle[]): Promise<Assignment[]> {
    const out: Assignment[] = [];
    const fresh: Array<{ a: GroupingArticle; f: StoryFeatures }> = [];
    const copies: GroupingArticle[] = [];
    for (const a of batch) {
      const existing = await this.index.storyOf(a.id);
      if (existing !== null) out.push({ articleId: a.id, storyId: existing, action: 'kept', score: 0 });
      else if (a.duplicateOf !== null) copies.push(a);
      else fresh.push({ a, f: storyFeatures({ title: a.title, text: a.text, date: a.date }) });
    }
    for (const { f } of fresh) await this.index.countDocument(featureKeys(f));
    fresh.sort((x, y) => x.f.day - y.f.day || (x.a.id < y.a.id ? -1 : 1));
    for (const { a, f } of fresh) out.push(await this.place(a, f));
    for (const c of copies) out.push(await this.linkCopy(c));
    return out;
  }

  private async place(a: GroupingArticle, f: StoryFeatures): Promise<Assignment> {
    const t = this.tuning;
    const scopes = visibleScopes(a.scope, GLOBAL_SCOPE);
    const freq = await this.index.frequencies(featureKeys(f));
    const mine = weighParts(f, freq, t);
    // Stored: the counts of the kept (heaviest) entries only; the long tail says little and costs space.
    const me: StoryMember = {
      articleId: a.id,
      scope: a.scope,
      title: a.title,
      day: f.day,
      terms: kept(f.terms, mine.terms),
      names: kept(f.names, mine.names),
      head: kept(f.head, mine.head),
    };
    vectorCache.set(me, { total: freq.total, v: mine });
    const indexKeys = [
      ...[...mine.terms.keys()].slice(0, t.indexKeys.terms).map((k) => KEY_PREFIX.terms + k),
      ...[...mine.names.keys()].slice(0, t.indexKeys.names).map((k) => KEY_PREFIX.names + k),
    ];
    const candidates = await this.index.candidates(indexKeys, scopes, t.candidates);
    const groups = await this.index.members(candidates, scopes, t.membersPerStory);
    await this.refreshVectors([...groups.values()].flat(), freq.total);

    const ranked = [...groups]
      .map(([storyId, members]) => ({ storyId, members, score: this.score(me, mine, members) }))
      .sort((x, y) => y.score - x.score || (x.storyId < y.storyId ? -1 : 1));
    const best = ranked[0];
    if (best === undefined || best.score < t.threshold) {
      const storyId = await this.freshId(a.id);
      await this.index.addMember({ storyId, create: true, member: me, indexKeys });
      await this.index.setLabel(storyId, a.title);
      return { articleId: a.id, storyId, action: 'started', score: 0 };
    }
    const target = await this.mergeIfBridged(a, weighOpening(f.opening, freq, t), ranked);
    await this.index.addMember({ storyId: target.storyId, create: false, member: me, indexKeys });
    // Global articles only ever join global stories, so a story with a global member is global;
    // its label comes from global members only, never from one server's own article.
    const isGlobal = target.members.some((m) => m.scope === GLOBAL_SCOPE);
    await this.relabel(
      target.storyId,
      [...target.members, me].filter((m) => !isGlobal || m.scope === GLOBAL_SCOPE),
    );
    return {
      articleId: a.id,
      storyId: target.storyId,
      action: 'joined',
      score: best.score,
      ...(target.merged.length > 0 ? { merged: target.merged } : {}),
    };
  }

  /**
   * When the article bridges its two best stories (bridging.ts) and both are of the article's own
   * scope (a server's article never reshapes global stories, nor mixes its own into them), merges
   * them: the older story keeps its id (keepsItsId) and the other redirects to it. Returns the
   * story the article joins.
   */
  private async mergeIfBridged(
    a: GroupingArticle,
    opening: SparseVector,
    ranked: ReadonlyArray<{ storyId: string; score: number; members: StoryMember[] }>,
  ): Promise<{ storyId: string; members: StoryMember[]; merged: string[] }> {
    const best = ranked[0]!;
    const none = { storyId: best.storyId, members: best.members, merged: [] };
    const partner = bridgedStory(
      ranked,
      { threshold: this.tuning.threshold, ...this.tuning.merge },
      (story) => openingSimilarity(opening, centroid(story.members.map(asVectors))),
    );
    if (partner === null) return none;
    const stats = await this.index.stats([best.storyId, partner.storyId]);
    const x = stats.get(best.storyId);
    const y = stats.get(partner.storyId);
    if (!x || !y || x.scope !== a.scope || y.scope !== a.scope) return none;
    const bestKeeps = keepsItsId({ id: best.storyId, ...x }, { id: partner.storyId, ...y });
    const [keep, away] = bestKeeps ? [best, partner] : [partner, best];
    await this.index.mergeStories({ from: away.storyId, into: keep.storyId });
    return { storyId: keep.storyId, members: [...keep.members, ...away.members], merged: [away.storyId] };
  }

  /**
   * Re-weighs members whose cached weights are out of date (see REWEIGH_GROWTH); all the
   * frequencies they need are read in one call.
   */
  private async refreshVectors(members: readonly StoryMember[], total: number): Promise<void> {
    const stale = members.filter((m) => {
      const c = vectorCache.get(m);
      return !c || (total !== c.total && (total < EXACT_BELOW || total > c.total * REWEIGH_GROWTH));
    });
    if (stale.length === 0) return;
    const keys = new Set(stale.flatMap(memberKeys));
    const freq = await this.index.frequencies(keys);
    for (const m of stale)
      vectorCache.set(m, { total: freq.total, v: weighParts(memberCounts(m), freq, this.tuning) });
  }

  private score(me: StoryMember, mine: PartVectors, members: readonly StoryMember[]): number {
    return storyScore(
      { day: me.day, v: mine },
      members.map((m) => ({ day: m.day, v: asVectors(m) })),
      this.tuning,
    );
  }

  /** The label is the title of the member closest to the story's centroid. */
  private async relabel(storyId: string, members: readonly StoryMember[]): Promise<void> {
    if (members.length === 0) return;
    const c = centroid(members.map(asVectors));
    let best = members[0]!;
    let bestScore = -1;
    for (const m of members) {
      const s = similarity(asVectors(m), c, this.tuning.evidence);
      if (s > bestScore + 1e-12) {
        best = m;
        bestScore = s;
      }
    }
    await this.index.setLabel(storyId, best.title);
  }

  private async linkCopy(a: GroupingArticle): Promise<Assignment> {
    const original = a.duplicateOf!;
    const storyId = await this.index.storyOf(original);
    const day = dayNumber(a.date);
    if (storyId === null) {
      // The original predates grouping: the copy stands in for it until the original is grouped.
      const [placed] = await this.assign([{ ...a, duplicateOf: null }]);
      return { ...placed!, action: 'started' };
    }
    await this.index.addCopy({ storyId, articleId: a.id, scope: a.scope, day });
    return { articleId: a.id, storyId, action: 'copy', score: 0 };
  }

  private async freshId(articleId: string): Promise<string> {
    // Ids come from the starting article; a second story started by the same id (the article was
    // removed and ingested again) gets a suffix.
    const base = storyIdFor(articleId);
    let id = base;
    for (let i = 2; (await this.index.hasStory(id)) && i < 100; i++) id = `${base}-${i}`;
    return id;
  }
}

// Weighted vectors of members, shared by every grouping in the process, with the document count
// they were weighted at. Members are immutable, so the cache only ever needs refreshing as the
// frequencies grow.
const vectorCache = new WeakMap<StoryMember, { total: number; v: PartVectors }>();
// Re-weigh a member once the document count has grown by this factor since its weights were made;
// in a small store (where each article moves the frequencies) whenever it has changed at all.
const REWEIGH_GROWTH = 1.05;
const EXACT_BELOW = 2_000;

function asVectors(m: StoryMember): PartVectors {
  const c = vectorCache.get(m);
  if (!c) throw new Error(`member ${m.articleId} was not weighed`);
  return c.v;
}

function kept(counts: ReadonlyMap<string, number>, weights: SparseVector): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of weights.keys()) out[k] = counts.get(k)!;
  return out;
}

/** Every prefixed key of an article's features (each once), as counted in document frequencies. */
export function featureKeys(f: StoryFeatures): string[] {
  const out: string[] = [];
  for (const p of PARTS) for (const k of f[p].keys()) out.push(KEY_PREFIX[p] + k);
  return out;
}
