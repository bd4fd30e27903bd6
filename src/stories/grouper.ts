import { createHash } from 'node:crypto';
import { GLOBAL_SCOPE } from '../articles/article.js';
import { dayNumber, storyFeatures } from './features.js';
import { KEY_PREFIX, visibleScopes, type Assignment, type GroupingArticle, type StoryMember } from './model.js';
import type { StoryIndex } from './story-index.js';
import { DEFAULT_STORY_TUNING, type StoryTuning } from './tuning.js';
import { addInto, dot, normalize, weigh, type Frequencies, type SparseVector } from './vectors.js';

type Part = keyof typeof KEY_PREFIX;
const PARTS: readonly Part[] = ['terms', 'names', 'head'];

interface Weighted {
  member: StoryMember;
  v: Record<Part, SparseVector>;
}

/** A story id derived from the article that started it: the same data gives the same ids. */
export function storyIdFor(articleId: string): string {
  return `st-${createHash('sha256').update(articleId).digest('hex').slice(0, 10)}`;
}

/**
 * Incremental, stable story grouping. Each article joins the best-scoring existing story at or
 * above the threshold, or starts a new one; stories already formed are never re-split or merged.
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
    const fresh: Array<{ a: GroupingArticle; member: StoryMember }> = [];
    const copies: GroupingArticle[] = [];
    for (const a of batch) {
      const existing = await this.index.storyOf(a.id);
      if (existing !== null) out.push({ articleId: a.id, storyId: existing, action: 'kept', score: 0 });
      else if (a.duplicateOf !== null) copies.push(a);
      else fresh.push({ a, member: toMember(a) });
    }
    for (const { member } of fresh) await this.index.countDocument(keysOf(member));
    fresh.sort((x, y) => x.member.day - y.member.day || (x.a.id < y.a.id ? -1 : 1));
    const cache = new Map<string, Weighted>();
    for (const { member } of fresh) out.push(await this.place(member, cache));
    for (const c of copies) out.push(await this.linkCopy(c));
    return out;
  }

  private async place(member: StoryMember, cache: Map<string, Weighted>): Promise<Assignment> {
    const t = this.tuning;
    const scopes = visibleScopes(member.scope, GLOBAL_SCOPE);
    const freq = await this.index.frequencies(keysOf(member));
    const self = this.weighMember(member, freq);
    const indexKeys = [
      ...topKeys(self.v.terms, t.indexKeys.terms, KEY_PREFIX.terms),
      ...topKeys(self.v.names, t.indexKeys.names, KEY_PREFIX.names),
    ];
    const candidates = await this.index.candidates(indexKeys, scopes, t.candidates);
    const groups = await this.index.members(candidates, scopes, t.membersPerStory);
    const allKeys = new Set<string>(keysOf(member));
    for (const ms of groups.values()) for (const m of ms) for (const k of keysOf(m)) allKeys.add(k);
    const all = await this.index.frequencies(allKeys);
    const me = this.weighMember(member, all);
    // Only the weighted (kept) entries are stored: the long tail says little and costs space.
    const stored = trimmed(member, me);

    let best: { storyId: string; score: number; members: Weighted[] } | null = null;
    for (const [storyId, ms] of groups) {
      const weighted = ms.map((m) => this.cached(m, all, cache));
      const score = this.storyScore(me, weighted);
      if (score > (best?.score ?? 0)) best = { storyId, score, members: weighted };
    }
    if (best !== null && best.score >= t.threshold) {
      await this.index.addMember({ storyId: best.storyId, create: false, member: stored, indexKeys });
      cache.set(member.articleId, me);
      // Global articles only ever join global stories, so a story with a global member is global;
      // its label comes from global members only, never from one server's own article.
      const isGlobal = best.members.some((w) => w.member.scope === GLOBAL_SCOPE);
      await this.relabel(best.storyId, [...best.members, me].filter((w) => !isGlobal || w.member.scope === GLOBAL_SCOPE));
      return { articleId: member.articleId, storyId: best.storyId, action: 'joined', score: best.score };
    }
    const storyId = await this.freshId(member.articleId);
    await this.index.addMember({ storyId, create: true, member: stored, indexKeys });
    await this.index.setLabel(storyId, member.title);
    cache.set(member.articleId, me);
    return { articleId: member.articleId, storyId, action: 'started', score: 0 };
  }

  /** max(similarity to the story's centroid, best single member), each weighed by the time between. */
  private storyScore(me: Weighted, members: Weighted[]): number {
    const w = this.tuning.weights;
    const centroid: Record<Part, SparseVector> = { terms: new Map(), names: new Map(), head: new Map() };
    let bestPair = 0;
    let nearest = Infinity;
    for (const m of members) {
      const decay = this.decay(me.member.day, m.member.day);
      nearest = Math.min(nearest, Math.abs(me.member.day - m.member.day));
      bestPair = Math.max(bestPair, decay * (w.terms * dot(me.v.terms, m.v.terms) + w.names * dot(me.v.names, m.v.names) + w.head * dot(me.v.head, m.v.head)));
      for (const p of PARTS) addInto(centroid[p], m.v[p]);
    }
    if (members.length < 2) return bestPair;
    const c = w.terms * dot(me.v.terms, normalize(centroid.terms)) + w.names * dot(me.v.names, normalize(centroid.names)) + w.head * dot(me.v.head, normalize(centroid.head));
    return Math.max(bestPair, c / (1 + nearest / this.tuning.halfDays));
  }

  private decay(a: number, b: number): number {
    return 1 / (1 + Math.abs(a - b) / this.tuning.halfDays);
  }

  /** The label is the title of the member closest to the story's centroid. */
  private async relabel(storyId: string, members: Weighted[]): Promise<void> {
    if (members.length === 0) return;
    const centroid: SparseVector = new Map();
    for (const m of members) addInto(centroid, m.v.terms);
    const c = normalize(centroid);
    let best = members[0]!;
    let bestScore = -1;
    for (const m of members) {
      const s = dot(m.v.terms, c);
      if (s > bestScore + 1e-12) {
        best = m;
        bestScore = s;
      }
    }
    await this.index.setLabel(storyId, best.member.title);
  }

  private async linkCopy(a: GroupingArticle): Promise<Assignment> {
    const original = a.duplicateOf!;
    let storyId = await this.index.storyOf(original);
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

  private cached(m: StoryMember, freq: Frequencies, cache: Map<string, Weighted>): Weighted {
    let w = cache.get(m.articleId);
    if (!w) {
      w = this.weighMember(m, freq);
      cache.set(m.articleId, w);
    }
    return w;
  }

  private weighMember(m: StoryMember, freq: Frequencies): Weighted {
    const t = this.tuning;
    const v = {} as Record<Part, SparseVector>;
    for (const p of PARTS) v[p] = weigh(prefixed(m[p], KEY_PREFIX[p]), freq, t.priorDocuments, t.keep[p]);
    return { member: m, v };
  }
}

function toMember(a: GroupingArticle): StoryMember {
  const f = storyFeatures({ title: a.title, text: a.text, date: a.date });
  return {
    articleId: a.id,
    scope: a.scope,
    title: a.title,
    day: f.day,
    terms: Object.fromEntries(f.terms),
    names: Object.fromEntries(f.names),
    head: Object.fromEntries(f.head),
  };
}

function trimmed(m: StoryMember, w: Weighted): StoryMember {
  const out = { ...m, terms: {}, names: {}, head: {} } as StoryMember;
  for (const p of PARTS) {
    const keep: Record<string, number> = {};
    for (const k of w.v[p].keys()) {
      const raw = k.slice(KEY_PREFIX[p].length);
      keep[raw] = m[p][raw]!;
    }
    out[p] = keep;
  }
  return out;
}

function prefixed(counts: Record<string, number>, prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, n] of Object.entries(counts)) out.set(prefix + k, n);
  return out;
}

/** Every prefixed key of a member (each once). */
export function keysOf(m: StoryMember): string[] {
  const out: string[] = [];
  for (const p of PARTS) for (const k of Object.keys(m[p])) out.push(KEY_PREFIX[p] + k);
  return out;
}

function topKeys(v: SparseVector, n: number, prefix: string): string[] {
  return [...v.keys()].filter((k) => k.startsWith(prefix)).slice(0, n);
}
