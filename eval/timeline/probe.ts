/**
 * Shows what the extractor makes of single sentences, for quick checks of a wording.
 * Usage: PUB=2023-09-05 npx tsx eval/timeline/probe.ts "The vote was held on Tuesday." ["…"]  (PUB=null: no publication date)
 */
import { extractDatedEvents } from '../../src/answers/timeline/index.js';
const PUB = process.env.PUB ?? '2023-09-05';
const lines = process.argv.slice(2);
for (const l of lines) {
  const ev = extractDatedEvents({ text: l, publishedAt: PUB === 'null' ? null : PUB });
  process.stdout.write(
    `${JSON.stringify(l)} => ${ev.map((e) => `${e.date} [${e.dateText}]`).join(' | ') || '-'}\n`,
  );
}
