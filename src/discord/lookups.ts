import type { Article } from '../articles/article.js';
import { canonicalizeSpeakers, extractAttributions } from '../answers/attribution/index.js';
import type { Logger } from '../log.js';
import type { ArticleStore } from '../store/article-store.js';
import { storyChoices } from '../stories/choices.js';
import type { StoryStore } from '../stories/story-store.js';
import type { Lookups } from './bot-context.js';

export interface LookupOptions {
  store: ArticleStore;
  log: Logger;
  /** Newest articles per scope read for speaker names (default 300). */
  speakerArticles?: number;
  /** Stories offered for `story` options (label · outlets · date → story id). */
  stories: Pick<StoryStore, 'list'>;
  /** Longest an autocomplete waits for a speaker list being built (default 1500 ms; Discord allows 3 s). */
  waitMs?: number;
}

const MAX_CHOICES = 25;
const MAX_LEN = 100;

/**
 * Autocomplete over the store, always within Discord's limits (≤ 25 choices, ≤ 100 characters).
 * Speaker names are costly to find (attribution over article text), so they are cached per scope
 * and rebuilt in the background when `store.version()` changes; a stale list is served meanwhile.
 */
export function createLookups(options: LookupOptions): Lookups {
  const { store } = options;
  const speakers = speakerCache(options);
  return {
    async articles(guild, typed) {
      const text = typed.trim();
      const scope = { guild: guild ?? undefined };
      let found: Article[];
      if (!text) found = await store.list({ ...scope, limit: MAX_CHOICES });
      else {
        const exact = await store.get(text, scope);
        const hits = (await store.search({ ...scope, text, limit: MAX_CHOICES })).map((h) => h.article);
        found = exact ? [exact, ...hits.filter((a) => a.id !== exact.id)] : hits;
      }
      return found
        .filter((a) => a.id.length <= MAX_LEN)
        .slice(0, MAX_CHOICES)
        .map((a) => ({
          name: choiceName(
            `${a.title} — ${a.outlet ?? 'outlet unknown'}, ${a.publishedAt?.slice(0, 10) ?? 'undated'}`,
          ),
          value: a.id,
        }));
    },
    async outlets(guild, typed) {
      const names = await store.outlets({ guild: guild ?? undefined }, typed.trim(), MAX_CHOICES);
      return names.filter((n) => n.length <= MAX_LEN).map((n) => ({ name: choiceName(n), value: n }));
    },
    async stories(guild, typed) {
      const choices = await storyChoices(options.stories, guild ?? undefined, typed);
      return choices
        .filter((c) => c.value.length <= MAX_LEN)
        .slice(0, MAX_CHOICES)
        .map((c) => ({ name: choiceName(c.name), value: c.value }));
    },
    async speakers(guild, typed) {
      const t = typed.trim().toLowerCase();
      const names = await speakers(guild);
      const starts = names.filter((n) => n.toLowerCase().startsWith(t));
      const contains = names.filter((n) => !n.toLowerCase().startsWith(t) && n.toLowerCase().includes(t));
      return [...starts, ...contains]
        .filter((n) => n.length <= MAX_LEN)
        .slice(0, MAX_CHOICES)
        .map((n) => ({ name: choiceName(n), value: n }));
    },
  };
}

/** A choice label: one line, no control characters, at most 100 characters. */
export function choiceName(text: string): string {
  const clean =
    text
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || '—';
  return clean.length <= MAX_LEN ? clean : `${clean.slice(0, MAX_LEN - 1)}…`;
}

interface Entry {
  version: number;
  names: string[];
  building: Promise<string[]> | null;
}

function speakerCache(options: LookupOptions): (guild: string | null) => Promise<string[]> {
  const cache = new Map<string, Entry>();
  const limit = options.speakerArticles ?? 300;
  const waitMs = options.waitMs ?? 1500;
  return async (guild) => {
    const key = guild ?? '';
    const version = await options.store.version();
    let entry = cache.get(key);
    if (entry && entry.version === version && !entry.building) return entry.names;
    if (!entry) cache.set(key, (entry = { version: -1, names: [], building: null }));
    const e = entry;
    e.building ??= buildSpeakers(options.store, guild, limit)
      .then((names) => {
        Object.assign(e, { version, names, building: null });
        return names;
      })
      .catch((err: unknown) => {
        options.log.warn({ err, guild }, 'could not build the speaker list');
        e.building = null;
        return e.names;
      });
    let timer: NodeJS.Timeout | undefined;
    const stale = new Promise<string[]>((r) => (timer = setTimeout(() => r(e.names), waitMs)));
    const names = await Promise.race([e.building, stale]);
    clearTimeout(timer);
    return names;
  };
}

/** Speakers of the newest articles, most quoted first; yields between articles so the bot stays responsive. */
async function buildSpeakers(store: ArticleStore, guild: string | null, limit: number): Promise<string[]> {
  const articles = await store.list({ guild: guild ?? undefined, limit });
  const counts = new Map<string, number>();
  for (const article of articles) {
    await new Promise((r) => setImmediate(r));
    for (const a of extractAttributions({ text: article.text, title: article.title })) {
      if (a.speakerKind === 'unknown') continue;
      counts.set(a.speaker, (counts.get(a.speaker) ?? 0) + 1);
    }
  }
  const canonical = canonicalizeSpeakers([...counts.keys()]);
  const merged = new Map<string, number>();
  for (const [name, n] of counts) {
    const c = canonical.get(name) ?? name;
    merged.set(c, (merged.get(c) ?? 0) + n);
  }
  return [...merged.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}
