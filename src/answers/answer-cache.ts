import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import type { ArticleStore } from '../store/article-store.js';
import type { Answer, AnswerDraft, AnswerRequest, VerifiedAnswer } from './answer.js';
import { indexArticles, verifyAnswer } from './verify.js';

/** Everything an answer depends on; any change gives another key. */
export interface AnswerCacheKeyParts {
  /** `summary`, `timeline`, `quotes`, or `digest`. */
  command: string;
  request: AnswerRequest;
  /** `store.version()`: changes whenever any article is added, updated or removed. */
  articleSetVersion: number;
  model: string;
  /** `Prompts.version`. */
  promptVersion: string;
}

/** A Keyv-backed cache of verified answers, so a repeated question costs no API call. */
export interface AnswerCache {
  /** A hit is re-verified against the stored articles before it is served; a miss is undefined. */
  get(key: string, guild: string | undefined): Promise<VerifiedAnswer | undefined>;
  set(key: string, answer: VerifiedAnswer): Promise<void>;
}

export interface AnswerCacheOptions {
  keyv: Keyv;
  store: ArticleStore;
  /** Entry lifetime; 0 disables the cache. */
  ttlSeconds: number;
}

/** Lower-cased, NFKC, whitespace collapsed, trailing `?`/`.` dropped: "Who said what? " = "who said what". */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?.!\s]+$/, '');
}

/** The cache key: `answer:` and a sha256 of the normalised parts. */
export function answerCacheKey(p: AnswerCacheKeyParts): string {
  const r = p.request;
  const norm = (s: string | undefined) =>
    s === undefined || s.trim() === '' ? null : s.normalize('NFKC').trim().toLowerCase();
  const parts = {
    command: p.command,
    query: normalizeQuery(r.query),
    pinned: [...new Set((r.articles ?? []).map((a) => a.trim()))].sort(),
    since: r.since ?? null,
    until: r.until ?? null,
    outlet: norm(r.outlet),
    speaker: norm(r.speaker),
    guild: r.guild ?? null,
    story: r.story ?? null,
    articles: p.articleSetVersion,
    model: p.model,
    prompts: p.promptVersion,
  };
  return `answer:${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}`;
}

/**
 * Creates the cache. A served answer is rebuilt through the verifier from the stored articles it
 * cites (a shared Keyv backend is not trusted blindly); if anything fails verification the entry is
 * treated as a miss. A hit reports zero usage: it cost no tokens.
 */
export function createAnswerCache(o: AnswerCacheOptions): AnswerCache {
  const enabled = o.ttlSeconds > 0;
  return {
    async get(key, guild) {
      if (!enabled) return undefined;
      const cached = (await o.keyv.get(key)) as Answer | undefined;
      if (!cached || !Array.isArray(cached.items) || !Array.isArray(cached.sources)) return undefined;
      const ids = [...new Set(cached.items.flatMap((i) => i.citations.map((c) => c.articleId)))];
      const articles = await o.store.getMany(ids, { guild });
      const draft: AnswerDraft = {
        kind: cached.kind,
        query: cached.query,
        engine: cached.engine,
        items: cached.items,
        warnings: cached.warnings,
        ...(Array.isArray(cached.differences) ? { differences: cached.differences } : {}),
      };
      if (cached.usage)
        draft.usage = {
          inputTokens: 0,
          outputTokens: 0,
          cacheCreationInputTokens: 0,
          cacheReadInputTokens: 0,
        };
      const answer = verifyAnswer(draft, indexArticles(articles));
      return answer.items.length === cached.items.length && answer.warnings.length === cached.warnings.length
        ? answer
        : undefined;
    },
    async set(key, answer) {
      if (!enabled) return;
      await o.keyv.set(key, JSON.parse(JSON.stringify(answer)) as Answer, o.ttlSeconds * 1000);
    },
  };
}
