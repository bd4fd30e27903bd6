import type { Scope } from '../../src/articles/article.js';
import type { StoryMember, StoryStats } from '../../src/stories/model.js';
import type { StoryIndex } from '../../src/stories/story-index.js';
import type { Frequencies } from '../../src/stories/vectors.js';

interface MemoryStory {
  scope: Scope;
  label: string;
  members: StoryMember[];
  copies: Array<{ articleId: string; scope: Scope; day: number }>;
}

/** A StoryIndex held in memory: for the evaluation, benchmarks and tests of the algorithm. */
export class MemoryStoryIndex implements StoryIndex {
  readonly stories = new Map<string, MemoryStory>();
  /** Merged-away story id → the story it was merged into. */
  readonly redirects = new Map<string, string>();
  private readonly df = new Map<string, number>();
  private total = 0;
  private readonly byKey = new Map<string, Set<string>>();
  private readonly articleStory = new Map<string, string>();

  async frequencies(keys: Iterable<string>): Promise<Frequencies> {
    const df = new Map<string, number>();
    for (const k of keys) df.set(k, this.df.get(k) ?? 0);
    return { total: this.total, df };
  }

  async countDocument(keys: readonly string[]): Promise<void> {
    this.total += 1;
    for (const k of new Set(keys)) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  async candidates(keys: readonly string[], scopes: readonly Scope[], limit: number): Promise<string[]> {
    const shared = new Map<string, number>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    return [...shared]
      .filter(([id]) => scopes.includes(this.stories.get(id)!.scope))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([id]) => id);
  }

  async members(
    storyIds: readonly string[],
    scopes: readonly Scope[],
    limit: number,
  ): Promise<Map<string, StoryMember[]>> {
    const out = new Map<string, StoryMember[]>();
    for (const id of storyIds) {
      const s = this.stories.get(id);
      if (!s) continue;
      const ms = s.members
        .filter((m) => scopes.includes(m.scope))
        .sort((a, b) => b.day - a.day)
        .slice(0, limit);
      if (ms.length > 0) out.set(id, ms);
    }
    return out;
  }

  async storyOf(articleId: string): Promise<string | null> {
    return this.articleStory.get(articleId) ?? null;
  }

  async hasStory(storyId: string): Promise<boolean> {
    return this.stories.has(storyId) || this.redirects.has(storyId);
  }

  async addMember(args: {
    storyId: string;
    create: boolean;
    member: StoryMember;
    indexKeys: readonly string[];
  }): Promise<void> {
    let s = this.stories.get(args.storyId);
    if (!s) {
      if (!args.create) throw new Error(`no story ${args.storyId}`);
      s = { scope: args.member.scope, label: args.member.title, members: [], copies: [] };
      this.stories.set(args.storyId, s);
    }
    s.members.push(args.member);
    this.articleStory.set(args.member.articleId, args.storyId);
    for (const k of args.indexKeys) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(args.storyId);
    }
  }

  async addCopy(args: { storyId: string; articleId: string; scope: Scope; day: number }): Promise<void> {
    this.stories
      .get(args.storyId)
      ?.copies.push({ articleId: args.articleId, scope: args.scope, day: args.day });
    this.articleStory.set(args.articleId, args.storyId);
  }

  async setLabel(storyId: string, label: string): Promise<void> {
    const s = this.stories.get(storyId);
    if (s) s.label = label;
  }

  async stats(storyIds: readonly string[]): Promise<Map<string, StoryStats>> {
    const out = new Map<string, StoryStats>();
    for (const id of storyIds) {
      const s = this.stories.get(id);
      if (!s || s.members.length === 0) continue;
      out.set(id, {
        scope: s.scope,
        first: Math.min(...s.members.map((m) => m.day)),
        size: s.members.length,
      });
    }
    return out;
  }

  async mergeStories(args: { from: string; into: string }): Promise<void> {
    const from = this.stories.get(args.from);
    const into = this.stories.get(args.into);
    if (!from || !into) throw new Error(`cannot merge ${args.from} into ${args.into}`);
    into.members.push(...from.members);
    into.copies.push(...from.copies);
    for (const a of [...from.members, ...from.copies]) this.articleStory.set(a.articleId, args.into);
    for (const set of this.byKey.values()) if (set.delete(args.from)) set.add(args.into);
    for (const [old, target] of this.redirects) if (target === args.from) this.redirects.set(old, args.into);
    this.redirects.set(args.from, args.into);
    this.stories.delete(args.from);
  }
}
