/**
 * Answer latency for the offline engine: p50/p95 per command over an already filled store.
 * The bench harness (bench/run.ts) opens stores of N synthetic articles and calls `benchAnswers`
 * for each size, then `answersSection` for its part of bench/RESULTS.md.
 */
import type { AnswerKind } from '../src/answers/answer.js';
import { createExtractiveEngine } from '../src/answers/extractive/index.js';
import { isUserError } from '../src/errors.js';
import { createLogger, type Logger } from '../src/log.js';
import { words } from '../src/retrieval/index.js';
import type { ArticleStore } from '../src/store/article-store.js';

/** Target from the issue: p95 ≤ 300 ms at 100k stored articles. */
export const ANSWER_P95_TARGET_MS = 300;

const COMMANDS: ReadonlyArray<{ command: string; kind: AnswerKind }> = [
  { command: 'summarize', kind: 'summary' },
  { command: 'timeline', kind: 'timeline' },
  { command: 'whosaid', kind: 'quotes' },
];

export interface AnswersBenchOptions {
  store: ArticleStore;
  /** How many articles the store holds (for the report). */
  articles: number;
  /** Queries to ask; by default taken from stored headlines, so any synthetic vocabulary works. */
  queries?: readonly string[];
  /** Timed answers per command (default 40), after 3 untimed warm-up answers. */
  runs?: number;
  log?: Logger;
}

export interface CommandLatency {
  command: string;
  articles: number;
  runs: number;
  p50: number;
  p95: number;
  /** Answers that ended in a UserError (e.g. nothing matched); timed all the same. */
  userErrors: number;
}

/** Measures each command's answer latency (retrieval + engine + verification) in milliseconds. */
export async function benchAnswers(opts: AnswersBenchOptions): Promise<CommandLatency[]> {
  const engine = createExtractiveEngine({ store: opts.store, log: opts.log ?? createLogger('silent') });
  const queries = opts.queries?.length ? [...opts.queries] : await headlineQueries(opts.store);
  const runs = opts.runs ?? 40;
  const out: CommandLatency[] = [];
  for (const { command, kind } of COMMANDS) {
    const times: number[] = [];
    let userErrors = 0;
    for (let i = -3; i < runs; i++) {
      const query = queries[(i + queries.length * 3) % queries.length]!;
      const started = performance.now();
      try {
        await engine.answer({ kind, query });
      } catch (err) {
        if (!isUserError(err)) throw err;
        if (i >= 0) userErrors++;
      }
      if (i >= 0) times.push(performance.now() - started);
    }
    out.push({
      command,
      articles: opts.articles,
      runs,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      userErrors,
    });
  }
  return out;
}

/** The Markdown section for bench/RESULTS.md. */
export function answersSection(results: readonly CommandLatency[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.articles.toLocaleString('en-US')} | ${r.command} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p95 <= ANSWER_P95_TARGET_MS ? 'yes' : '**no**'} | ${r.runs} |`,
  );
  return [
    '## Answer latency (offline engine)',
    '',
    `Time from request to verified answer (retrieval, extraction, verification), per command; target p95 ≤ ${ANSWER_P95_TARGET_MS} ms at 100k articles.`,
    '',
    '| articles | command | p50 ms | p95 ms | p95 on target | runs |',
    '| ---: | --- | ---: | ---: | --- | ---: |',
    ...rows,
    '',
  ].join('\n');
}

/** Two longer words from each of up to 20 recent headlines (unstemmed, as a user would type them). */
async function headlineQueries(store: ArticleStore): Promise<string[]> {
  const recent = await store.list({ limit: 20 });
  const queries = recent
    .map((a) =>
      words(a.title)
        .filter((w) => w.length > 3)
        .slice(0, 2)
        .join(' '),
    )
    .filter((q) => q.length > 0);
  return queries.length > 0 ? queries : ['news'];
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}
