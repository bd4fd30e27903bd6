/** Prints the attributions found in corpus articles: `npx tsx eval/attribution/show.ts <file.json|dir> …`. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractAttributions } from '../../src/answers/attribution/index.js';

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(p, f))
    : [p],
);
for (const f of files) {
  const a = JSON.parse(readFileSync(f, 'utf8')) as { title?: string; text: string };
  process.stdout.write(`\n===== ${f}\n`);
  for (const x of extractAttributions({ text: a.text, title: a.title })) {
    const role = x.speakerRole === null ? '' : ` [${x.speakerRole}]`;
    process.stdout.write(
      `${x.quoteKind === 'direct' ? 'D' : 'R'} ${x.speaker}${role} (${x.speakerKind}): ${x.quote}\n`,
    );
  }
}
