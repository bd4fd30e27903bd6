/**
 * The `tokens` section: what the Claude engine sends and what it costs besides the model.
 * - Input tokens per answer against a naive baseline that sends the top 20 matching articles whole,
 *   with the share of the offline engine's citations (over that baseline input) that our selected
 *   passages still contain.
 * - The engine's own overhead per answer with a local fake API answering instantly: everything but
 *   retrieval (shared with the offline engine) and the model.
 * Input sizes use the same conservative estimate (chars / 3.5) on both sides, so the ratio is fair.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SQLITE_MIGRATIONS } from '../src/app/sqlite-backend.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { AnswerKind } from '../src/answers/answer.js';
import { buildRequest, estimateTokens } from '../src/answers/claude/request.js';
import { createClaudeEngine, type ClaudeObservation } from '../src/answers/claude/engine.js';
import type { SourceDocument } from '../src/answers/claude/documents.js';
import { createExtractiveEngine } from '../src/answers/extractive/index.js';
import { loadPrompts } from '../src/answers/prompts.js';
import { draftFromRecord } from '../src/articles/formats/json.js';
import { fixedClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { isUserError } from '../src/errors.js';
import type { Logger } from '../src/log.js';
import { packageRoot } from '../src/paths.js';
import type { ArticleStore } from '../src/store/article-store.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { block, startFakeAnthropic } from '../test/helpers/fake-anthropic.js';
import { fmt, percentile } from './measure.js';
import { BENCH_NOW } from './corpus-db.js';
import type { BenchSection } from './section.js';

/** Targets from the issue. */
export const TOKEN_RATIO_TARGET = 0.4;
export const COVERAGE_TARGET = 0.9;
export const OVERHEAD_P95_TARGET_MS = 20;
const BASELINE_ARTICLES = 20;
const KINDS: readonly AnswerKind[] = ['summary', 'timeline', 'quotes'];

/** Fixed questions over the shared corpus (../shared/corpus): its stories and seed articles. */
export const CORPUS_QUERIES: readonly string[] = [
  'FBI Clinton email investigation',
  'Comey letter to Congress',
  'Huma Abedin laptop emails',
  'Trump rally voters',
  'WikiLeaks Clinton campaign',
  'Airbus A380 delivery delays',
  'Boeing tanker contract Air Force',
  'stock markets central banks',
  'GM bankruptcy Obama',
  'Chrysler Fiat bankruptcy',
  'North Korea Russia weapons Putin',
  'jobs unemployment economy',
];

export interface TokenRow {
  query: string;
  kind: AnswerKind;
  baselineArticles: number;
  baselineTokens: number;
  tokens: number;
  /** Citations of the offline answer over the baseline input, and how many lie inside our passages. */
  offlineCitations: number;
  covered: number;
}

export interface ClaudeBenchResult {
  corpus: string;
  rows: TokenRow[];
  /** Engine overhead per answer (ms): total minus retrieval minus the instant fake's request. */
  overhead: number[];
  /** Wall time per answer including retrieval (ms), for context. */
  total: number[];
}

/** Runs both measures over a filled store. */
export async function benchClaude(opts: {
  store: ArticleStore;
  queries: readonly string[];
  corpus: string;
  rounds?: number;
  passageChars?: number;
}): Promise<ClaudeBenchResult> {
  const fake = await startFakeAnthropic();
  fake.reply({ content: [block('Nothing.')] });
  const log = silentLogger();
  const config = loadConfig({
    ANTHROPIC_API_KEY: 'sk-bench-not-a-key',
    ANTHROPIC_BASE_URL: fake.url,
    ANTHROPIC_MAX_RETRIES: '0',
  });
  const prompts = loadPrompts();
  const offline = createExtractiveEngine({ store: opts.store, log });
  let seen: ClaudeObservation | undefined;
  const claude = createClaudeEngine({
    config,
    store: opts.store,
    log,
    fallback: offline,
    prompts,
    passageChars: opts.passageChars,
    observe: (o) => (seen = o),
  });
  const rows: TokenRow[] = [];
  const overhead: number[] = [];
  const total: number[] = [];
  try {
    // Warm-up: loads the SDK and opens the connection, as a running bot would have.
    await claude.answer({ kind: 'summary', query: opts.queries[0]! }).catch(() => undefined);
    for (let round = 0; round < (opts.rounds ?? 3); round++) {
      for (const query of opts.queries) {
        for (const kind of KINDS) {
          seen = undefined;
          try {
            await claude.answer({ kind, query });
          } catch (err) {
            if (isUserError(err)) continue;
            throw err;
          }
          if (!seen) continue;
          const o: ClaudeObservation = seen;
          overhead.push(o.totalMs - o.retrievalMs - o.modelMs);
          total.push(o.totalMs);
          if (round === 0)
            rows.push(
              await compare({
                store: opts.store,
                offline,
                prompts,
                query,
                kind,
                observed: o,
                maxTokens: config.anthropic.maxTokens.summary,
              }),
            );
        }
      }
    }
  } finally {
    await fake.close();
  }
  return { corpus: opts.corpus, rows, overhead, total };
}

async function compare(o: {
  store: ArticleStore;
  offline: ReturnType<typeof createExtractiveEngine>;
  prompts: ReturnType<typeof loadPrompts>;
  query: string;
  kind: AnswerKind;
  observed: ClaudeObservation;
  maxTokens: number;
}): Promise<TokenRow> {
  const hits = await o.store.search({ text: o.query, limit: BASELINE_ARTICLES });
  const whole: SourceDocument[] = hits.map((h) => ({
    article: h.article,
    data: h.article.text,
    segments: [{ docStart: 0, docEnd: h.article.text.length, articleStart: 0 }],
  }));
  const baseline = buildRequest({
    prompts: o.prompts,
    kind: o.kind,
    digest: false,
    query: o.query,
    speaker: undefined,
    docs: whole,
    model: 'baseline',
    maxTokens: o.maxTokens,
  });
  let offlineCitations = 0;
  let covered = 0;
  const baselineIds = new Set(hits.map((h) => h.article.id));
  try {
    // The offline engine answering the same question: the sentences it cites from the baseline's articles.
    const answer = await o.offline.answer({ kind: o.kind, query: o.query });
    for (const item of answer.items) {
      for (const c of item.citations) {
        if (!baselineIds.has(c.articleId)) continue;
        offlineCitations++;
        if (inside(o.observed.docs, c.articleId, c.start, c.end)) covered++;
      }
    }
  } catch (err) {
    if (!isUserError(err)) throw err;
  }
  return {
    query: o.query,
    kind: o.kind,
    baselineArticles: hits.length,
    baselineTokens: estimateTokens(baseline),
    tokens: estimateTokens(o.observed.params),
    offlineCitations,
    covered,
  };
}

function inside(docs: readonly SourceDocument[], articleId: string, start: number, end: number): boolean {
  const doc = docs.find((d) => d.article.id === articleId);
  return (
    doc?.segments.some((s) => s.articleStart <= start && end <= s.articleStart + (s.docEnd - s.docStart)) ??
    false
  );
}

/** The Markdown block for bench/RESULTS.md. */
export function claudeSection(r: ClaudeBenchResult): string {
  const sum = (f: (row: TokenRow) => number) => r.rows.reduce((n, row) => n + f(row), 0);
  const ratio =
    sum((x) => x.tokens) /
    Math.max(
      1,
      sum((x) => x.baselineTokens),
    );
  const coverage =
    sum((x) => x.covered) /
    Math.max(
      1,
      sum((x) => x.offlineCitations),
    );
  const perKind = KINDS.map((kind) => {
    const rows = r.rows.filter((x) => x.kind === kind);
    const s = (f: (row: TokenRow) => number) => rows.reduce((n, row) => n + f(row), 0);
    const n = Math.max(1, rows.length);
    return `| ${kind} | ${rows.length} | ${fmt.int(s((x) => x.baselineTokens) / n)} | ${fmt.int(s((x) => x.tokens) / n)} | ${(
      (s((x) => x.tokens) /
        Math.max(
          1,
          s((x) => x.baselineTokens),
        )) *
      100
    ).toFixed(0)}% | ${s((x) => x.covered)}/${s((x) => x.offlineCitations)} (${(
      (s((x) => x.covered) /
        Math.max(
          1,
          s((x) => x.offlineCitations),
        )) *
      100
    ).toFixed(0)}%) |`;
  });
  const p95 = percentile(r.overhead, 95);
  return [
    `### ${r.corpus}`,
    '',
    `${r.rows.length} answers (${KINDS.join(', ')} × the fixed query set in bench/claude-bench.ts). Baseline: the top ${BASELINE_ARTICLES} search hits sent whole, same prompts; our request: the passages the engine selects (16,000 characters of relevance-ranked passages, under the 12,000-token cap). Both sized with the conservative estimate (chars / 3.5). Coverage: of the sentences the offline engine cites answering the same question from the baseline's articles, the share that lie inside the passages we send.`,
    '',
    '| command | answers | baseline tokens/answer | our tokens/answer | share of baseline | offline citations covered |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...perKind,
    `| **all** | ${r.rows.length} | ${fmt.int(sum((x) => x.baselineTokens) / Math.max(1, r.rows.length))} | ${fmt.int(sum((x) => x.tokens) / Math.max(1, r.rows.length))} | ${(ratio * 100).toFixed(0)}% (target ≤ ${TOKEN_RATIO_TARGET * 100}%: ${fmt.pass(ratio <= TOKEN_RATIO_TARGET)}) | ${(coverage * 100).toFixed(0)}% (target ≥ ${COVERAGE_TARGET * 100}%: ${fmt.pass(coverage >= COVERAGE_TARGET)}) |`,
    '',
    `Engine overhead per answer, model excluded (local fake Messages API answering at once; real SDK over loopback HTTP, count_tokens included; retrieval excluded, it is the offline engine's too): p50 ${fmt.ms(percentile(r.overhead, 50))} ms, p95 ${fmt.ms(p95)} ms over ${r.overhead.length} answers (target p95 ≤ ${OVERHEAD_P95_TARGET_MS} ms: ${fmt.pass(p95 <= OVERHEAD_P95_TARGET_MS)}). With retrieval: p50 ${fmt.ms(percentile(r.total, 50))} ms, p95 ${fmt.ms(percentile(r.total, 95))} ms.`,
    '',
  ].join('\n');
}

/** Loads the shared corpus into a temp store, or returns null when it is absent. */
async function corpusStore(log: Logger): Promise<{ store: ArticleStore; close: () => Promise<void> } | null> {
  const root = join(packageRoot(), '..', 'shared', 'corpus');
  if (!existsSync(root)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-claude-bench-'));
  const store = await openSqliteStore({ migrations: SQLITE_MIGRATIONS, path: join(dir, 'corpus.db'), log });
  for (const collection of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(root, collection.name)).filter((n) => n.endsWith('.json'))) {
      const path = join(root, collection.name, f);
      await store.save(draftFromRecord(JSON.parse(readFileSync(path, 'utf8')), path), { scope: 'global' });
    }
  }
  return { store, close: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

function silentLogger(): Logger {
  return pino({ level: 'silent' }, new Writable({ write: (_c, _e, cb) => cb() }));
}

/** Two longer words from each of the 12 newest headlines: the synthetic archive's query set. */
async function headlineQueries(store: ArticleStore): Promise<string[]> {
  const recent = await store.list({ limit: 12 });
  return recent
    .map((a) =>
      a.title
        .split(/\s+/)
        .filter((w) => w.length > 3)
        .slice(0, 2)
        .join(' '),
    )
    .filter(Boolean);
}

/**
 * Registered in bench/run.ts as `tokens`: the synthetic archive at the smallest bench size (where
 * every query matches well over 20 articles, as the baseline assumes), then the real corpus.
 */
export const tokensBenchSection: BenchSection = {
  name: 'tokens',
  async run(ctx) {
    const parts: string[] = ['## Claude engine: input tokens and overhead', ''];
    const size = Math.min(...ctx.sizes);
    const db = await ctx.corpus.get(size);
    const synthetic = await openSqliteStore({
      migrations: SQLITE_MIGRATIONS,
      path: db.path,
      clock: fixedClock(BENCH_NOW),
    });
    try {
      parts.push(
        claudeSection(
          await benchClaude({
            store: synthetic,
            queries: await headlineQueries(synthetic),
            corpus: `synthetic archive of ${size.toLocaleString('en-US')} articles, queries from 12 headlines`,
          }),
        ),
      );
    } finally {
      await synthetic.close();
    }
    const corpus = await corpusStore(ctx.log);
    if (!corpus) parts.push('Real corpus: skipped (../shared/corpus is not present).', '');
    else {
      try {
        parts.push(
          claudeSection(
            await benchClaude({
              store: corpus.store,
              queries: CORPUS_QUERIES,
              corpus:
                '../shared/corpus (49 real news articles; most queries match fewer than 20, so the baseline is small and fixed prompt costs weigh more)',
            }),
          ),
        );
      } finally {
        await corpus.close();
      }
    }
    return parts.join('\n');
  },
};
