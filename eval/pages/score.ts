/**
 * Extraction from real news pages (../shared/corpus/pages): word-level recall and precision of the
 * stored article text against the expected text, and title, outlet, byline and date agreement.
 * Usage: npx tsx eval/pages/score.ts [--verbose] [page-id…]
 */
import { loadPages, PAGES_DIR, pagesAvailable } from './corpus.js';
import { evaluatePage, summarize, type FieldResult, type PageResult } from './evaluate.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.filter((a) => !a.startsWith('--'));
if (!pagesAvailable()) {
  process.stderr.write(`No pages at ${PAGES_DIR} (a developer checkout has ../shared/corpus/pages).\n`);
  process.exit(1);
}
const pages = loadPages().filter((p) => only.length === 0 || only.includes(p.id));
const results: PageResult[] = [];
for (const page of pages) results.push(await evaluatePage(page));

const pct = (x: number) => x.toFixed(3);
const mark = (f: FieldResult | null) => (f === null ? '  ' : f.ok ? 'ok' : 'NO');
const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\n/g, ' / ');
process.stdout.write('page                        recall  prec.  noise  title outlet byline date\n');
for (const r of results) {
  process.stdout.write(
    `${r.id.padEnd(27)} ${pct(r.text.recall)}  ${pct(r.text.precision)}  ${String(r.noise.length).padStart(5)}  ` +
      `${mark(r.title)}    ${mark(r.outlet)}     ${mark(r.byline)}     ${mark(r.published)}` +
      `${r.error ? `  FAILED: ${r.error}` : ''}\n`,
  );
  if (!verbose) continue;
  for (const [name, f] of Object.entries({
    title: r.title,
    outlet: r.outlet,
    byline: r.byline,
    published: r.published,
  }))
    if (f && !f.ok)
      process.stdout.write(
        `    ${name}: expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)}\n`,
      );
  for (const n of r.noise) process.stdout.write(`    ${n.kind}: ${clip(n.paragraph)}\n`);
  for (const p of r.text.extra) process.stdout.write(`    + ${clip(p)}\n`);
  for (const p of r.text.missed) process.stdout.write(`    - ${clip(p)}\n`);
}
const s = summarize(results);
const rate = (x: { ok: number; of: number }) => `${x.ok}/${x.of} (${pct(x.of === 0 ? 1 : x.ok / x.of)})`;
process.stdout.write(
  `\npages: ${s.pages} (failed: ${s.failed})\n` +
    `text, mean per page: recall ${pct(s.recall)}  precision ${pct(s.precision)}  (lowest page: ${pct(s.minRecall)} / ${pct(s.minPrecision)})\n` +
    `text, over all words: recall ${pct(s.wordRecall)}  precision ${pct(s.wordPrecision)}\n` +
    `without the labelled noise: recall ${pct(s.articleRecall)}  precision ${pct(s.articlePrecision)}\n` +
    `labelled noise paragraphs kept: ${Object.values(s.noiseKept).reduce((a, b) => a + b, 0)} of ${s.noiseLabelled} ${JSON.stringify(s.noiseKept)}\n` +
    `paragraphs kept that are mostly not in the expected text: ${s.extraParagraphs}\n` +
    `title exact: ${rate(s.title)}  outlet: ${rate(s.outlet)}  byline: ${rate(s.byline)}  published: ${rate(s.published)}\n`,
);
