/**
 * Prints every dated event found in corpus articles, for eyeballing systematic errors.
 * Usage: npx tsx eval/timeline/corpus-dump.ts [collection-or-file ...] (default: all of ../shared/corpus)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDatedEvents } from '../../src/answers/timeline/index.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const args = process.argv.slice(2);
const targets = args.length > 0 ? args : ['seeds', 'wikinews', 'polnear'];

function files(target: string): string[] {
  const p = existsSync(target) ? target : join(corpus, target);
  if (statSync(p).isFile()) return [p];
  return readdirSync(p)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(p, f));
}

for (const t of targets) {
  for (const f of files(t)) {
    const a = JSON.parse(readFileSync(f, 'utf8')) as {
      id: string;
      text: string;
      published_at: string | null;
    };
    const publishedAt = process.env.NO_DATE ? null : (process.env.PUBLISHED_AT ?? a.published_at);
    process.stdout.write(`\n## ${a.id} (published ${publishedAt})\n`);
    for (const e of extractDatedEvents({ text: a.text, publishedAt })) {
      const sentence = a.text.slice(e.sentenceSpan.start, e.sentenceSpan.end).replace(/\s+/g, ' ');
      process.stdout.write(
        `${e.date.padEnd(10)} ${e.precision.padEnd(6)} [${e.dateText}] ${sentence.slice(0, 160)}\n`,
      );
    }
  }
}
