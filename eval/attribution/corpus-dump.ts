/**
 * Prints corpus articles paragraph by paragraph, each followed by the attributions whose quotation
 * starts in it, for reading the extractor's output against the text. Output is for the terminal only:
 * corpus text is not to be copied into the project.
 * Usage: npx tsx eval/attribution/corpus-dump.ts [collection-or-file …] (default: seeds, polnear, wikinews)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphSpans } from '../../src/articles/passages.js';
import { extractAttributions } from '../../src/answers/attribution/index.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const args = process.argv.slice(2);
const targets = args.length > 0 ? args : ['seeds', 'polnear', 'wikinews'];

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
    const a = JSON.parse(readFileSync(f, 'utf8')) as { id: string; title: string; text: string };
    const found = extractAttributions({ text: a.text, title: a.title });
    process.stdout.write(`\n########## ${a.id}\n`);
    paragraphSpans(a.text).forEach((p, i) => {
      process.stdout.write(`\n[${i}] ${a.text.slice(p.start, p.end)}\n`);
      for (const x of found.filter((x) => x.quoteSpan.start >= p.start && x.quoteSpan.start < p.end)) {
        const kind = x.quoteKind === 'direct' ? 'D' : 'R';
        process.stdout.write(
          `    ${kind} ${x.speaker} (${x.speakerKind}) @${x.quoteSpan.start}-${x.quoteSpan.end}: ${x.quote.replace(/\s+/g, ' ')}\n`,
        );
      }
    });
  }
}
