/**
 * Where the time goes when a real page is ingested: jsdom parsing, metadata, Readability, our
 * text walk and cleaning. Runs each page of ../shared/corpus/pages several times (after one
 * warm-up run) and reports p95 per stage, and p50/p95 end to end through draftFromHtml. Times are
 * CPU time of this process (user + system), which other work on a shared machine disturbs far
 * less than wall time; end to end also shows wall time.
 * Usage: npx tsx eval/pages/timing.ts [--runs N] [page-id…]
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { buildDraft } from '../../src/articles/draft.js';
import { blockText } from '../../src/articles/formats/dom-text.js';
import { printedDate, readPageMeta } from '../../src/articles/formats/html-meta.js';
import { draftFromHtml } from '../../src/articles/formats/html.js';
import { isPageNoise } from '../../src/articles/formats/page-noise.js';
import { splitByline, takeDatelines } from '../../src/articles/formats/printed-lines.js';
import { loadPages, PAGES_DIR, pagesAvailable } from './corpus.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 10;
const only = args.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1);
if (!pagesAvailable()) {
  process.stderr.write(`No pages at ${PAGES_DIR}.\n`);
  process.exit(1);
}

type Stage = 'parse' | 'meta' | 'readability' | 'text' | 'clean' | 'total';
const STAGES: Stage[] = ['parse', 'meta', 'readability', 'text', 'clean', 'total'];

/** The steps of draftFromHtml (src/articles/formats/html.ts), timed one by one. */
function timedExtraction(html: string): Record<Stage, number> {
  const t0 = cpuMs();
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  const t1 = cpuMs();
  const meta = readPageMeta(document, null);
  const printed = meta.published === null ? printedDate(document) : null;
  const t2 = cpuMs();
  const article = new Readability<Node>(document, { serializer: (n) => n, keepClasses: true }).parse();
  const t3 = cpuMs();
  const { body, date } = takeDatelines(
    article?.content ? blockText(article.content, { skip: isPageNoise }) : '',
  );
  const byline = splitByline(article?.byline);
  const t4 = cpuMs();
  buildDraft({
    body,
    title: meta.title ?? article?.title ?? null,
    byline: meta.byline ?? byline.name,
    published: meta.published,
    printedDate: printed ?? byline.date ?? date,
    raw: { kind: 'html', source: 'timing', content: html },
  });
  const t5 = cpuMs();
  dom.window.close();
  return {
    parse: t1 - t0,
    meta: t2 - t1,
    readability: t3 - t2,
    text: t4 - t3,
    clean: t5 - t4,
    total: t5 - t0,
  };
}

/** CPU time of this process so far, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.ceil(q * xs.length) - 1]!;
const ms = (x: number) => x.toFixed(0).padStart(6);

const pages = loadPages()
  .filter((p) => only.length === 0 || only.includes(p.id))
  .sort((a, b) => a.html.length - b.html.length);
const endToEnd: Array<{ kb: number; ms: number; wall: number }> = [];
process.stdout.write(
  `${runs} runs per page after one warm-up; p95 in ms per stage (parse = jsdom, text = our DOM walk)\n\n` +
    `page                          KB  ${STAGES.map((s) => s.padStart(11)).join('')}  draftFromHtml p50 / p95\n`,
);
for (const page of pages) {
  timedExtraction(page.html);
  await draftFromHtml(page.html, { source: page.id });
  const stages: Record<Stage, number[]> = {
    parse: [],
    meta: [],
    readability: [],
    text: [],
    clean: [],
    total: [],
  };
  const whole: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = timedExtraction(page.html);
    for (const s of STAGES) stages[s].push(t[s]);
    const [cpu, clock] = [cpuMs(), performance.now()];
    await draftFromHtml(page.html, { source: page.id });
    whole.push(cpuMs() - cpu);
    wall.push(performance.now() - clock);
  }
  const kb = Buffer.byteLength(page.html) / 1024;
  whole.forEach((w, i) => endToEnd.push({ kb, ms: w, wall: wall[i]! }));
  process.stdout.write(
    `${page.id.padEnd(26)} ${kb.toFixed(0).padStart(5)}  ${STAGES.map((s) => ms(quantile(stages[s], 0.95)).padStart(11)).join('')}  ` +
      `${ms(quantile(whole, 0.5))} / ${ms(quantile(whole, 0.95))}   wall ${ms(quantile(wall, 0.5))} / ${ms(quantile(wall, 0.95))}\n`,
  );
}
const near = endToEnd.filter((r) => r.kb >= 150 && r.kb <= 350);
if (near.length > 0) {
  const cpu = near.map((r) => r.ms);
  const wall = near.map((r) => r.wall);
  process.stdout.write(
    `\npages of 150–350 KB (${near.length} runs): draftFromHtml CPU p50 ${ms(quantile(cpu, 0.5)).trim()} ms, p95 ${ms(quantile(cpu, 0.95)).trim()} ms; ` +
      `wall p50 ${ms(quantile(wall, 0.5)).trim()} ms, p95 ${ms(quantile(wall, 0.95)).trim()} ms (target: p95 ≤ 1000 ms for a 250 KB page)\n`,
  );
}
